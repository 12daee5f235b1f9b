package org.routeforge.solver.stop;

import org.routeforge.solver.SolveResult.StopReason;

/** Stops after a number of iterations (memetic search: offspring educated); the reproducible limit. */
public record MaxIterations(long iterations) implements StoppingCriterion {
  @Override
  public boolean shouldStop(double elapsedSeconds, long done, double bestFeasibleCost) {
    return done >= iterations;
  }

  @Override
  public StopReason reason() {
    return StopReason.ITERATION_LIMIT;
  }
}
