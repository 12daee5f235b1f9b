package org.routeforge.solver.stop;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.CopyOnWriteArrayList;
import org.routeforge.solver.SolveResult.StopReason;

/**
 * Stops once the solve's threads have used a CPU-time budget. Unlike the wall clock, CPU time does
 * not count the time a thread waits for a core, so a budget stays fair on a machine shared with other
 * work. The clock is {@link ThreadMXBean#getThreadCpuTime} of the thread that created the criterion
 * (the solving thread) plus any worker thread an engine {@link #register registers}, counted from
 * when each was added; JIT-compiler and GC threads are not counted (a C++ solver timed with
 * {@code clock()} pays for neither). Where the JVM cannot measure thread CPU time, the criterion falls
 * back to the wall clock and says so in {@link #measuresCpu()}.
 */
public final class MaxCpuTime implements StoppingCriterion {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private final double seconds;
  private final boolean cpu;
  private final CopyOnWriteArrayList<long[]> threads = new CopyOnWriteArrayList<>();
  private final long wallStart = System.nanoTime();

  /** A budget of {@code seconds} CPU seconds, counted from now on the calling thread. */
  public MaxCpuTime(double seconds) {
    this.seconds = seconds;
    boolean supported = THREADS.isCurrentThreadCpuTimeSupported() && THREADS.isThreadCpuTimeSupported();
    if (supported && !THREADS.isThreadCpuTimeEnabled()) {
      THREADS.setThreadCpuTimeEnabled(true);
    }
    this.cpu = supported && THREADS.isThreadCpuTimeEnabled();
    if (cpu) {
      register(Thread.currentThread());
    }
  }

  /** Counts {@code worker}'s CPU time from now on as well (engines that search on several threads). */
  public void register(Thread worker) {
    if (cpu) {
      long id = worker.getId();
      threads.add(new long[] {id, THREADS.getThreadCpuTime(id)});
    }
  }

  /** Whether CPU time is measured (false: the JVM cannot, and the wall clock stands in). */
  public boolean measuresCpu() {
    return cpu;
  }

  /** CPU seconds used so far by the counted threads (a thread that ended keeps nothing). */
  public double usedSeconds() {
    if (!cpu) {
      return (System.nanoTime() - wallStart) / 1e9;
    }
    long total = 0;
    for (long[] t : threads) {
      long now = THREADS.getThreadCpuTime(t[0]);
      if (now >= 0) {
        total += now - t[1];
      }
    }
    return total / 1e9;
  }

  @Override
  public boolean shouldStop(double elapsedSeconds, long iterations, double bestFeasibleCost) {
    return usedSeconds() >= seconds;
  }

  @Override
  public StopReason reason() {
    return StopReason.CPU_TIME_LIMIT;
  }
}
