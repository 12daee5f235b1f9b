package org.routeforge.solver;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.routeforge.solver.model.Solution;

/**
 * The outcome of a solve.
 *
 * @param best the best solution found (feasible if any feasible one was found)
 * @param history every new best, in order (the cost curve)
 * @param runtimeSeconds wall-clock seconds spent
 * @param iterations iterations done (offspring generated for the memetic search)
 * @param stopReason why the search stopped
 * @param engine the engine implementation that ran (e.g. "memetic/giant-tour")
 * @param features the instance's features ({@code Feature.wire()} names)
 * @param operators the search operators that ran
 * @param notes what ran differently from what was asked, and why (one sentence each)
 * @param counts what the search counted, by name (giant-tour memetic search: {@code restarts},
 *     {@code repairs}, {@code swap*-moves}, {@code neighbours} per customer; islands: {@code migrations});
 *     empty when the engine counts nothing
 */
public record SolveResult(Solution best, List<Progress> history, double runtimeSeconds, long iterations,
    StopReason stopReason, String engine, List<String> features, List<String> operators, List<String> notes,
    Map<String, Long> counts) {

  public SolveResult {
    history = List.copyOf(history);
    features = List.copyOf(features);
    operators = List.copyOf(operators);
    notes = List.copyOf(notes);
    counts = Collections.unmodifiableMap(new TreeMap<>(counts));
  }

  /** A result an engine returns; {@code Solver} adds the engine, features, operators and notes. */
  public SolveResult(Solution best, List<Progress> history, double runtimeSeconds, long iterations,
      StopReason stopReason) {
    this(best, history, runtimeSeconds, iterations, stopReason, "", List.of(), List.of(), List.of(), Map.of());
  }

  /** The same result with the operators the engine ran (when they depend on the instance). */
  public SolveResult withOperators(List<String> operatorNames) {
    return new SolveResult(best, history, runtimeSeconds, iterations, stopReason, engine, features, operatorNames,
        notes, counts);
  }

  /** The same result with the counts the engine recorded. */
  public SolveResult withCounts(Map<String, Long> engineCounts) {
    return new SolveResult(best, history, runtimeSeconds, iterations, stopReason, engine, features, operators,
        notes, engineCounts);
  }

  /** The count named {@code name}, 0 when the engine did not record it. */
  public long count(String name) {
    return counts.getOrDefault(name, 0L);
  }

  /** The same result recording what ran; operators the engine recorded itself are kept. */
  public SolveResult describedAs(String engineName, List<String> featureNames, List<String> operatorNames,
      List<String> noteList) {
    return new SolveResult(best, history, runtimeSeconds, iterations, stopReason, engineName, featureNames,
        operators.isEmpty() ? operatorNames : operators, noteList, counts);
  }

  /** Why a solve stopped. */
  public enum StopReason {
    /** The time limit was reached. */
    TIME_LIMIT,
    /** The CPU-time budget was spent. */
    CPU_TIME_LIMIT,
    /** The iteration limit was reached. */
    ITERATION_LIMIT,
    /** The no-improvement limit was reached: that many iterations found no better feasible solution. */
    NO_IMPROVEMENT,
    /** A solution at or below the target cost was found. */
    TARGET_REACHED,
    /** The cancel token fired. */
    CANCELLED,
    /** The engine ended on its own (e.g. OR-Tools finished its search, or nothing was left to do). */
    COMPLETED
  }
}
