package org.routeforge.solver.stop;

import org.routeforge.solver.SolveResult.StopReason;

/**
 * Stops after a number of iterations that found no better feasible solution (counted from the start
 * while none is feasible). Stateful: it notices an improvement when it is asked after one, so it
 * must be asked at least once per iteration to count exactly; the engines do.
 */
public final class NoImprovement implements StoppingCriterion {
  private final long limit;
  private double best = Double.POSITIVE_INFINITY;
  private long improvedAt;

  /**
   * @throws IllegalArgumentException unless {@code limit >= 1}
   */
  public NoImprovement(long limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("the no-improvement limit must be at least 1, got " + limit);
    }
    this.limit = limit;
  }

  @Override
  public boolean shouldStop(double elapsedSeconds, long iterations, double bestFeasibleCost) {
    if (bestFeasibleCost < best - 1e-9) {
      best = bestFeasibleCost;
      improvedAt = iterations;
    }
    return iterations - improvedAt >= limit;
  }

  @Override
  public StopReason reason() {
    return StopReason.NO_IMPROVEMENT;
  }
}
