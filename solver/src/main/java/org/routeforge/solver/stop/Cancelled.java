package org.routeforge.solver.stop;

import org.routeforge.solver.CancelToken;
import org.routeforge.solver.SolveResult.StopReason;

/** Stops when the caller's cancel token fires. */
public record Cancelled(CancelToken token) implements StoppingCriterion {
  @Override
  public boolean shouldStop(double elapsedSeconds, long iterations, double bestFeasibleCost) {
    return token.isCancelled();
  }

  @Override
  public StopReason reason() {
    return StopReason.CANCELLED;
  }
}
