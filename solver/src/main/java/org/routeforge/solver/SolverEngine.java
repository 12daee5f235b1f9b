package org.routeforge.solver;

import org.routeforge.data.model.Instance;

/**
 * One way of solving an instance (the memetic search, OR-Tools). {@link Solver} picks the engine named
 * by {@link SolveOptions#engine()}; engines honour the options' limits, report new bests to the
 * listener and stop soon after the cancel token fires, returning the best solution found so far.
 */
public interface SolverEngine {
  /** Solves {@code instance} under {@code options}. */
  SolveResult solve(Instance instance, SolveOptions options, ProgressListener listener, CancelToken cancel);
}
