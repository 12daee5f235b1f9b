package org.routeforge.solver.stop;

import org.routeforge.solver.SolveResult.StopReason;

/**
 * Decides when a search stops, from what every engine can report: elapsed time, iterations and the
 * best feasible cost so far. The memetic search maps these onto Jenetics' stream limit.
 */
public interface StoppingCriterion {
  /** Whether to stop now. */
  boolean shouldStop(double elapsedSeconds, long iterations, double bestFeasibleCost);

  /** The reason reported when this criterion stops the search. */
  StopReason reason();
}
