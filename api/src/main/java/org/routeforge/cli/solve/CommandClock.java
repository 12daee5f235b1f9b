package org.routeforge.cli.solve;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import org.routeforge.cli.RouteForgeCli;

/**
 * The wall clock of one command, counted from when it was launched, so that {@code --time-limit} can
 * bound the whole command: the search gets the limit less what starting and reading took, less a
 * reserve for writing the results and leaving the JVM.
 *
 * <p>When the command is the process's entry point ({@link RouteForgeCli#processEntry()}), the launch is the
 * JVM's own start time ({@code RuntimeMXBean#getStartTime}, milliseconds), or the
 * earlier moment the {@code routeforge} script records in {@value #LAUNCH_ENV} (epoch milliseconds) just
 * before it starts Java. {@code ProcessHandle}'s start instant is not used: on Linux it is derived
 * from the boot time in whole seconds and can be off by up to a second. A command executed inside a
 * longer-lived JVM (tests, an embedding program) counts from its own start instead.
 */
final class CommandClock {
  /** Environment variable with the launch time in epoch milliseconds, set by the {@code routeforge} script. */
  static final String LAUNCH_ENV = "ROUTEFORGE_LAUNCH_MS";
  /** Share of the limit kept back for writing and exiting. */
  static final double RESERVE_SHARE = 0.01;
  /** Least reserve for writing and exiting (the JVM's exit alone takes some 10–30 ms). */
  static final long MIN_RESERVE_MS = 40;
  /** Least share of the limit the search gets even when starting and reading used it all. */
  static final double MIN_SEARCH_SHARE = 0.05;

  private final double startup;
  private final long createdNanos;

  private CommandClock(double startupSeconds) {
    this.startup = startupSeconds;
    this.createdNanos = System.nanoTime();
  }

  /** A clock whose zero is the launch (see the class comment). */
  static CommandClock sinceJvmStart() {
    if (!RouteForgeCli.processEntry()) {
      return new CommandClock(0);
    }
    long now = System.currentTimeMillis();
    long launch = ManagementFactory.getRuntimeMXBean().getStartTime();
    String script = System.getenv(LAUNCH_ENV);
    if (script != null) {
      try {
        long s = Long.parseLong(script.trim());
        if (s <= launch && launch - s < 60_000) {
          launch = s;
        }
      } catch (NumberFormatException e) {
        // not set by the script: the JVM's start stands
      }
    }
    return new CommandClock(Math.max(0, now - launch) / 1000.0);
  }

  /** Seconds from the launch to the clock's creation (the start of the command's own code). */
  double startupSeconds() {
    return startup;
  }

  /** Seconds since the launch. */
  double elapsedSeconds() {
    return startup + (System.nanoTime() - createdNanos) / 1e9;
  }

  /**
   * What is left of {@code limit} for the search: the limit less the time elapsed since the launch and
   * less the reserve (1 % of the limit, at least {@value #MIN_RESERVE_MS} ms), but never less than
   * {@value #MIN_SEARCH_SHARE} of the limit (and 1 ms), so that a limit shorter than starting Java
   * still gets a first solution.
   */
  Duration searchBudget(Duration limit) {
    long limitMs = limit.toMillis();
    long reserve = Math.max(MIN_RESERVE_MS, Math.round(RESERVE_SHARE * limitMs));
    long left = limitMs - Math.round(elapsedSeconds() * 1000) - reserve;
    return Duration.ofMillis(Math.max(Math.max(1, Math.round(MIN_SEARCH_SHARE * limitMs)), left));
  }
}
