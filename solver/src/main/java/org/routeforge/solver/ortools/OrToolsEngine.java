package org.routeforge.solver.ortools;

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
import org.routeforge.solver.rich.RichEngine;
import org.routeforge.solver.model.Unassigned;
import org.routeforge.solver.rich.Lock;
import org.routeforge.solver.rich.RichEvaluation;
import org.routeforge.solver.rich.RichEvaluator;
import org.routeforge.solver.rich.RichReasons;
import org.routeforge.solver.rich.RichRequest;
import org.routeforge.solver.rich.RichResult;
import org.routeforge.solver.rich.RichRoute;

/**
 * The {@code --engine ortools} engine: Google OR-Tools' routing solver on any instance, plain CVRP and
 * VRPTW as well as several depots, mixed fleets, shipments, skills, breaks and the rest, as a
 * well-known baseline to compare against.
 *
 * <p>Stops no vehicle can serve even alone are set aside with their reason ({@link RichReasons}); the
 * rest go into one model ({@link OrToolsModelBuilder}, which adds only the parts the instance needs).
 * The search starts from the warm-start routes and locked stops when the request has them, else from
 * the model's first-solution strategy, and improves by guided local search until the time limit (or
 * OR-Tools' solution limit when an iteration limit is given). Each new best goes to the progress
 * listener; the cancel token and the target cost stop the search through a custom search limit. When
 * no solution is found within the budget, one more search for just a first solution runs (the only way
 * the budget is overrun). The routes are evaluated by {@link RichEvaluator}; a stop OR-Tools leaves out
 * is reported as not routed (or as a priority trade-off).
 *
 * <p>Determinism: OR-Tools' routing search is single-threaded and ignores the seed; an iteration
 * limit gives repeatable results, a time limit does not.
 */
public final class OrToolsEngine implements RichEngine {

  @Override
  public SolveResult solve(Instance instance, SolveOptions options, ProgressListener listener,
      CancelToken cancel) {
    return solveRich(RichRequest.of(instance).withObjective(options.objective()), options, listener, cancel).result();
  }

  /** Solves a request with its objective, warm start and locks. */
  public RichResult solveRich(RichRequest request, SolveOptions options, ProgressListener listener,
      CancelToken cancel) {
    return run(request.withRounding(options.rounding()), options,
        listener == null ? ProgressListener.NONE : listener, cancel == null ? new CancelToken() : cancel, false);
  }

  /**
   * One OR-Tools solve of {@code req} (rounding already applied).
   *
   * @param polish start from the request's initial routes only: no first-solution fallback, and
   *     {@code null} when OR-Tools cannot load them
   */
  static RichResult run(RichRequest req, SolveOptions options, ProgressListener listener, CancelToken cancel,
      boolean polish) {
    long start = System.nanoTime();
    Instance inst = req.instance();
    List<Unassigned> pre = RichReasons.unservable(inst);
    boolean[] inModel = new boolean[inst.stops().size()];
    java.util.Arrays.fill(inModel, true);
    for (Unassigned u : pre) {
      inModel[u.stopIndex()] = false;
    }
    boolean any = false;
    for (boolean b : inModel) {
      any |= b;
    }
    List<RichRoute> routes = List.of();
    long solutions = 0;
    StopReason reason = StopReason.COMPLETED;
    List<Progress> history = List.of();
    if (any && inst.vehicleCount() > 0) {
      OrToolsModel model = OrToolsModelBuilder.build(req, inModel);
      OrToolsSearch search = new OrToolsSearch(model, listener, cancel, start,
          options.timeLimit().toNanos() / 1e9, options.targetCost());
      // the search keeps at least a quarter of the budget, so slow model building never leaves it no time
      Duration left = options.timeLimit().minusNanos(System.nanoTime() - start);
      if (left.compareTo(options.timeLimit().dividedBy(4)) < 0) {
        left = options.timeLimit().dividedBy(4);
      }
      RoutingSearchParameters params = OrToolsModel.parameters(model.firstSolution(), left,
          options.iterationLimit());
      List<RichRoute> initial = new ArrayList<>(req.initialRoutes());
      for (Lock lock : req.locks()) {
        initial.add(new RichRoute(lock.vehicle(), lock.stops(), new int[0]));
      }
      Assignment best = search.run(params, initial);
      if (polish && best == null) {
        return null;
      }
      if (best == null && search.warmRejected() && !cancel.isCancelled()) {
        best = search.run(params, List.of()); // the warm start did not load: start afresh
      }
      if (best == null && !cancel.isCancelled()) {
        // no solution within the budget (a slow first solution on a loaded machine): one more try for
        // just a first solution, overrunning the budget rather than returning nothing
        best = search.run(OrToolsModel.parameters(model.firstSolution(), options.timeLimit(), 1), List.of());
      }
      if (best != null) {
        routes = model.routes(best);
      }
      solutions = search.solutions();
      history = search.history();
      reason = search.stopReason();
      if (reason == StopReason.TIME_LIMIT && options.iterationLimit() > 0 && solutions >= options.iterationLimit()) {
        reason = StopReason.ITERATION_LIMIT;
      }
    }
    RichEvaluation eval = RichEvaluator.evaluate(inst, routes, req.locks());
    List<Unassigned> reasons = RichReasons.afterSearch(inst, eval.unserved(), pre);
    SolveResult result = new SolveResult(RichResult.toSolution(inst, routes, eval, reasons), history,
        (System.nanoTime() - start) / 1e9, solutions, reason);
    return new RichResult(result, routes, eval);
  }
}
