package org.routeforge.solver;

import java.util.List;
import org.routeforge.solver.model.Solution;

/**
 * The outcome of a solve.
 *
 * @param best the best solution found (feasible if any feasible one was found)
 * @param history every new best, in order (the cost curve)
 * @param runtimeSeconds wall-clock seconds spent
 * @param iterations iterations done (offspring generated for the memetic search)
 * @param stopReason why the search stopped
 */
public record SolveResult(Solution best, List<Progress> history, double runtimeSeconds, long iterations,
    StopReason stopReason) {

  public SolveResult {
    history = List.copyOf(history);
  }

  /** Why a solve stopped. */
  public enum StopReason {
    /** The time limit was reached. */
    TIME_LIMIT,
    /** The iteration limit was reached. */
    ITERATION_LIMIT,
    /** A solution at or below the target cost was found. */
    TARGET_REACHED,
    /** The cancel token fired. */
    CANCELLED,
    /** The engine ended on its own (e.g. OR-Tools finished its search, or nothing was left to do). */
    COMPLETED
  }
}
