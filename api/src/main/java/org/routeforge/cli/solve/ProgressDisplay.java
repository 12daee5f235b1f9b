package org.routeforge.cli.solve;

import java.io.PrintWriter;
import java.util.Locale;
import org.routeforge.solver.Progress;

/**
 * Shows a solve's progress on stderr. On a terminal: one bar redrawn in place a few times a second
 * ({@code [#####-----] 50% 5.0s cost=1234 routes=10 feasible}); otherwise one plain line per new best,
 * so logs stay readable.
 */
final class ProgressDisplay implements AutoCloseable {
  private static final int WIDTH = 30;
  private final PrintWriter err;
  private final boolean tty;
  private final Thread ticker;
  private final long start = System.nanoTime();
  private volatile Progress last;
  private volatile boolean closed;

  private final double budgetSeconds;

  private ProgressDisplay(PrintWriter err, boolean tty, double budgetSeconds) {
    this.err = err;
    this.tty = tty;
    this.budgetSeconds = budgetSeconds;
    if (tty) {
      ticker = new Thread(this::tick, "routeforge-progress");
      ticker.setDaemon(true);
      ticker.start();
    } else {
      ticker = null;
    }
  }

  /** A display on {@code err}; {@code budgetSeconds} scales the bar. */
  static ProgressDisplay forStream(PrintWriter err, boolean tty, double budgetSeconds) {
    return new ProgressDisplay(err, tty, budgetSeconds);
  }

  /** Records a new best; prints it at once when not on a terminal. */
  void onProgress(Progress p) {
    last = p;
    if (!tty) {
      synchronized (err) {
        err.printf(Locale.ROOT, "%8.2fs  cost=%s  routes=%d  feasible=%s  iteration=%d%n", p.elapsedSeconds(),
            SolveCommand.number(p.cost()), p.routes(), p.feasible(), p.iteration());
        err.flush();
      }
    }
  }

  private void tick() {
    while (!closed) {
      draw();
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private void draw() {
    Progress p = last;
    double t = (System.nanoTime() - start) / 1e9;
    double frac = Math.max(0, Math.min(1, Math.max(t / budgetSeconds, p == null ? 0 : p.fractionDone())));
    int filled = (int) Math.round(frac * WIDTH);
    StringBuilder bar = new StringBuilder("\r[");
    for (int i = 0; i < WIDTH; i++) {
      bar.append(i < filled ? '#' : '-');
    }
    bar.append(String.format(Locale.ROOT, "] %3.0f%% %6.1fs", frac * 100, t));
    if (p != null) {
      bar.append(String.format(Locale.ROOT, "  cost=%s routes=%d %s", SolveCommand.number(p.cost()), p.routes(),
          p.feasible() ? "feasible" : "infeasible"));
    }
    bar.append("   ");
    synchronized (err) {
      err.print(bar);
      err.flush();
    }
  }

  @Override
  public void close() {
    closed = true;
    if (ticker != null) {
      ticker.interrupt();
      try {
        ticker.join(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      draw();
      synchronized (err) {
        err.println();
        err.flush();
      }
    }
  }
}
