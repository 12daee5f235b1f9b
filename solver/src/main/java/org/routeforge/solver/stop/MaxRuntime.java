package org.routeforge.solver.stop;

import org.routeforge.solver.SolveResult.StopReason;

/** Stops once the wall-clock budget is spent. */
public record MaxRuntime(double seconds) implements StoppingCriterion {
  @Override
  public boolean shouldStop(double elapsedSeconds, long iterations, double bestFeasibleCost) {
    return elapsedSeconds >= seconds;
  }

  @Override
  public StopReason reason() {
    return StopReason.TIME_LIMIT;
  }
}
