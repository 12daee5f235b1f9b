package org.routeforge.solver.ortools.rich;

import com.google.ortools.constraintsolver.Assignment;
import com.google.ortools.constraintsolver.RoutingSearchParameters;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.routeforge.data.model.Instance;
import org.routeforge.solver.CancelToken;
import org.routeforge.solver.Progress;
import org.routeforge.solver.ProgressListener;
import org.routeforge.solver.SolveOptions;
import org.routeforge.solver.SolveResult;
import org.routeforge.solver.SolveResult.StopReason;
import org.routeforge.solver.SolverEngine;
import org.routeforge.solver.model.Unassigned;
import org.routeforge.solver.rich.RichEvaluation;
import org.routeforge.solver.rich.RichEvaluator;
import org.routeforge.solver.rich.RichReasons;
import org.routeforge.solver.rich.RichRequest;
import org.routeforge.solver.rich.RichResult;
import org.routeforge.solver.rich.RichRoute;

/**
 * The OR-Tools engine for rich instances ({@link RichOrToolsModel}): stops no vehicle can serve are set
 * aside with their reason ({@link RichReasons}), the rest solved by parallel cheapest insertion and
 * guided local search until the time limit (or OR-Tools' solution limit when an iteration limit is
 * given), from the warm-start routes when the request has them. When no solution is found within the
 * budget, one more search for just a first solution runs (the only way the budget is overrun). Each new best objective goes to the
 * progress listener; the cancel token stops the search through a custom limit. The returned routes
 * are re-checked by {@link RichEvaluator}.
 */
public final class RichOrToolsEngine implements SolverEngine {

  @Override
  public SolveResult solve(Instance instance, SolveOptions options, ProgressListener listener, CancelToken cancel) {
    return solveRich(RichRequest.of(instance), options, listener, cancel).result();
  }

  /** Solves a rich request (objective, warm start, locks). */
  public RichResult solveRich(RichRequest request, SolveOptions options, ProgressListener listener,
      CancelToken cancel) {
    long start = System.nanoTime();
    RichRequest req = request.withRounding(options.rounding());
    Instance inst = req.instance();
    ProgressListener out = listener == null ? ProgressListener.NONE : listener;
    CancelToken token = cancel == null ? new CancelToken() : cancel;
    List<Unassigned> pre = RichReasons.unservable(inst);
    boolean[] servable = new boolean[inst.stops().size()];
    java.util.Arrays.fill(servable, true);
    for (Unassigned u : pre) {
      servable[u.stopIndex()] = false;
    }
    List<RichRoute> routes = List.of();
    List<Progress> history = new ArrayList<>();
    long[] solutions = {0};
    boolean anyServable = false;
    for (boolean b : servable) {
      anyServable |= b;
    }
    if (anyServable && inst.vehicleCount() > 0) {
      RichOrToolsModel model = new RichOrToolsModel(req, servable);
      double budget = options.timeLimit().toNanos() / 1e9;
      long[] bestObjective = {Long.MAX_VALUE};
      model.routing.addAtSolutionCallback(() -> {
        solutions[0]++;
        long objective = model.routing.costVar().value();
        if (objective < bestObjective[0]) {
          bestObjective[0] = objective;
          double elapsed = (System.nanoTime() - start) / 1e9;
          Progress p = new Progress(elapsed, objective / (double) RichOrToolsModel.COST_SCALE, true, 0,
              solutions[0], Math.min(1, elapsed / budget));
          history.add(p);
          out.onProgress(p);
        }
      });
      model.routing.addSearchMonitor(model.routing.solver().makeCustomLimit(token::isCancelled));
      // the search keeps at least a quarter of the budget, so slow model building never leaves it no time
      Duration left = options.timeLimit().minusNanos(System.nanoTime() - start);
      if (left.compareTo(options.timeLimit().dividedBy(4)) < 0) {
        left = options.timeLimit().dividedBy(4);
      }
      RoutingSearchParameters params = RichOrToolsModel.parameters(left, options.iterationLimit());
      long[][] init = model.initialIndexRoutes();
      boolean warm = false;
      for (long[] r : init) {
        warm |= r.length > 0;
      }
      Assignment best = null;
      if (warm) {
        model.routing.closeModelWithParameters(params);
        Assignment a0 = model.routing.readAssignmentFromRoutes(init, true);
        best = a0 == null ? null : model.routing.solveFromAssignmentWithParameters(a0, params);
      }
      if (best == null) {
        best = model.routing.solveWithParameters(params);
      }
      if (best == null && !token.isCancelled()) {
        // no solution within the budget (a slow first solution on a loaded machine): one more try for
        // just a first solution, overrunning the budget rather than returning nothing
        best = model.routing.solveWithParameters(RichOrToolsModel.parameters(options.timeLimit(), 1));
      }
      if (best != null) {
        routes = model.routes(best);
      }
    }
    RichEvaluation eval = RichEvaluator.evaluate(inst, routes, req.locks());
    List<Unassigned> reasons = RichReasons.afterSearch(inst, eval.unserved(), pre);
    StopReason reason = token.isCancelled() ? StopReason.CANCELLED
        : options.iterationLimit() > 0 && solutions[0] >= options.iterationLimit() ? StopReason.ITERATION_LIMIT
        : StopReason.TIME_LIMIT;
    SolveResult result = new SolveResult(RichResult.toSolution(inst, routes, eval, reasons), history,
        (System.nanoTime() - start) / 1e9, solutions[0], reason);
    return new RichResult(result, routes, eval);
  }
}
