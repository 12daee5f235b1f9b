package org.routeforge.solver.stop;

import org.routeforge.solver.SolveResult.StopReason;

/** Stops once a feasible solution costs at most the target (e.g. a best-known value). */
public record TargetCost(double target) implements StoppingCriterion {
  @Override
  public boolean shouldStop(double elapsedSeconds, long iterations, double bestFeasibleCost) {
    return bestFeasibleCost <= target + 1e-9;
  }

  @Override
  public StopReason reason() {
    return StopReason.TARGET_REACHED;
  }
}
