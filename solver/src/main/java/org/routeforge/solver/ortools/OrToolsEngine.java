package org.routeforge.solver.ortools;

import com.google.ortools.constraintsolver.RoutingSearchParameters;
import java.time.Duration;
import java.util.List;
import org.routeforge.data.model.Instance;
import org.routeforge.solver.CancelToken;
import org.routeforge.solver.PreparedInstance;
import org.routeforge.solver.ProgressListener;
import org.routeforge.solver.SolveOptions;
import org.routeforge.solver.SolveResult;
import org.routeforge.solver.SolveResult.StopReason;
import org.routeforge.solver.SolverEngine;
import org.routeforge.solver.model.Solution;

/**
 * The {@code --engine ortools} engine: Google OR-Tools' routing solver on the same single-depot
 * CVRP/VRPTW instances as the memetic search, as a well-known baseline to compare against.
 *
 * <p>The model ({@link OrToolsModel}) has arc costs from the distance matrix, a capacity dimension, a
 * time dimension with windows and service times when the instance has windows, the instance's
 * vehicle count, and a droppable disjunction per stop. The search builds a first solution (path
 * cheapest arc) and improves it by guided local search until the time limit. Each new best goes to the progress listener; the cancel token and the target cost stop
 * the search through a custom search limit. Stops no vehicle can serve are set aside beforehand
 * ({@link PreparedInstance}) and reported with their reason; a stop OR-Tools leaves out for lack of
 * time or fleet is reported as not routed.
 *
 * <p>Determinism: OR-Tools' routing search is single-threaded and ignores the seed; an iteration
 * limit (OR-Tools' solution limit) gives repeatable results, a time limit does not.
 */
public final class OrToolsEngine implements SolverEngine {

  @Override
  public SolveResult solve(Instance instance, SolveOptions options, ProgressListener listener,
      CancelToken cancel) {
    long start = System.nanoTime();
    PreparedInstance prepared = PreparedInstance.of(instance, options);
    if (prepared.compact().n <= 1) {
      Solution empty = prepared.toSolution(List.of());
      return new SolveResult(empty, List.of(), (System.nanoTime() - start) / 1e9, 0, StopReason.COMPLETED);
    }
    OrToolsModel model = OrToolsModel.of(prepared.compact());
    double budget = options.timeLimit().toNanos() / 1e9;
    OrToolsSearch search = new OrToolsSearch(model, listener, cancel, start, budget, options.targetCost());
    Duration left = options.timeLimit().minusNanos(System.nanoTime() - start);
    RoutingSearchParameters params = OrToolsModel.parameters(model.defaultFirstSolution(), left);
    if (options.iterationLimit() > 0) {
      params = params.toBuilder().setSolutionLimit(options.iterationLimit()).build();
    }
    List<int[]> routes = search.run(params, null);
    Solution best = prepared.toSolution(routes == null ? List.of() : routes);
    StopReason reason = search.stopReason();
    if (reason == StopReason.TIME_LIMIT && options.iterationLimit() > 0
        && search.solutions() >= options.iterationLimit()) {
      reason = StopReason.ITERATION_LIMIT;
    }
    return new SolveResult(best, search.history(), search.elapsedSeconds(), search.solutions(), reason);
  }
}
