package org.routeforge.solver.ortools;

import com.google.ortools.constraintsolver.Assignment;
import com.google.ortools.constraintsolver.RoutingSearchParameters;
import com.google.ortools.constraintsolver.SearchLimit;
import java.util.ArrayList;
import java.util.List;
import org.routeforge.solver.CancelToken;
import org.routeforge.solver.Progress;
import org.routeforge.solver.ProgressListener;
import org.routeforge.solver.SolveResult.StopReason;
import org.routeforge.solver.rich.RichRoute;

/**
 * One OR-Tools search on an {@link OrToolsModel}: runs it from scratch or from initial routes, reports
 * each new best objective to a {@link ProgressListener} (from an at-solution callback, with the cost in
 * the instance's own units and whether every stop in the model is served), and stops early on the
 * cancel token or a target cost (through a custom search limit, which OR-Tools polls during the
 * search, so cancellation does not wait for the next solution).
 */
final class OrToolsSearch {
  private final OrToolsModel model;
  private final ProgressListener listener;
  private final CancelToken cancel;
  private final long startNanos;
  private final double budgetSeconds;
  private final double targetCost;
  private final List<Progress> history = new ArrayList<>();
  private long solutions;
  private long bestObjective = Long.MAX_VALUE;
  private double bestCost = Double.POSITIVE_INFINITY;
  private boolean bestFeasible;
  private boolean targetReached;
  private boolean warmRejected;

  /**
   * @param startNanos {@link System#nanoTime()} at the start of the solve (progress times count from it)
   * @param budgetSeconds the whole solve's budget, for {@link Progress#fractionDone()}
   * @param targetCost stop once a feasible solution costs at most this (NaN = none)
   */
  OrToolsSearch(OrToolsModel model, ProgressListener listener, CancelToken cancel, long startNanos,
      double budgetSeconds, double targetCost) {
    this.model = model;
    this.listener = listener;
    this.cancel = cancel;
    this.startNanos = startNanos;
    this.budgetSeconds = budgetSeconds;
    this.targetCost = targetCost;
    model.routing.addAtSolutionCallback(this::onSolution);
    SearchLimit stop = model.routing.solver().makeCustomLimit(this::shouldStop);
    model.routing.addSearchMonitor(stop);
  }

  private boolean shouldStop() {
    return targetReached || cancel.isCancelled();
  }

  private void onSolution() {
    solutions++;
    long objective = model.routing.costVar().value();
    if (objective >= bestObjective) {
      return;
    }
    bestObjective = objective;
    bestFeasible = model.served(null) == model.modelStops;
    bestCost = model.cost(null);
    int routes = 0;
    for (int v = 0; v < model.vehicles; v++) {
      routes += model.routing.isEnd(model.routing.nextVar(model.routing.start(v)).value()) ? 0 : 1;
    }
    double elapsed = elapsedSeconds();
    Progress p = new Progress(elapsed, bestCost, bestFeasible, routes, solutions,
        Math.min(1, elapsed / budgetSeconds));
    history.add(p);
    listener.onProgress(p);
    if (bestFeasible && bestCost <= targetCost) {
      targetReached = true;
    }
  }

  /**
   * Runs the search: from {@code initial} when it has a stop, otherwise from the first-solution
   * strategy in {@code params}.
   *
   * @return the best solution, or {@code null} when OR-Tools found none or could not load {@code initial}
   */
  Assignment run(RoutingSearchParameters params, List<RichRoute> initial) {
    long[][] start = model.toIndexRoutes(initial);
    boolean warm = false;
    for (long[] r : start) {
      warm |= r.length > 0;
    }
    warmRejected = false;
    if (!warm) {
      return model.routing.solveWithParameters(params);
    }
    model.routing.closeModelWithParameters(params);
    Assignment first = model.routing.readAssignmentFromRoutes(start, true);
    warmRejected = first == null;
    return first == null ? null : model.routing.solveFromAssignmentWithParameters(first, params);
  }

  /** Whether the last {@link #run} was given initial routes that OR-Tools could not load. */
  boolean warmRejected() {
    return warmRejected;
  }

  /** Why the search ended (call after {@link #run}). */
  StopReason stopReason() {
    if (cancel.isCancelled()) {
      return StopReason.CANCELLED;
    }
    return targetReached ? StopReason.TARGET_REACHED : StopReason.TIME_LIMIT;
  }

  double elapsedSeconds() {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  /** Every new best, in order. */
  List<Progress> history() {
    return history;
  }

  /** Solutions OR-Tools accepted during the search (its notion of iterations). */
  long solutions() {
    return solutions;
  }
}
