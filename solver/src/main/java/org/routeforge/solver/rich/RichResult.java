package org.routeforge.solver.rich;

import java.util.ArrayList;
import java.util.List;
import org.routeforge.data.model.Instance;
import org.routeforge.solver.SolveResult;
import org.routeforge.solver.model.Route;
import org.routeforge.solver.model.Solution;
import org.routeforge.solver.model.Unassigned;

/**
 * The outcome of a rich solve: the pipeline's {@link SolveResult} (whose solution lists every route
 * with its vehicle type and every unserved stop with its reason) plus the vehicle-level routes with
 * their breaks and the independent {@link RichEvaluator} check of them.
 *
 * @param result what {@code Solver.solve} returns
 * @param routes the routes per vehicle, breaks placed
 * @param evaluation the evaluator's verdict on {@link #routes}
 */
public record RichResult(SolveResult result, List<RichRoute> routes, RichEvaluation evaluation) {
  public RichResult {
    routes = List.copyOf(routes);
  }

  /** The unserved stops with their reasons. */
  public List<Unassigned> unassigned() {
    return result.best().unassigned();
  }

  /**
   * Builds the pipeline's {@link Solution} from evaluated rich routes: one {@link Route} per non-empty
   * route (vehicle type, figures from the evaluation), the unserved stops with {@code reasons}.
   */
  public static Solution toSolution(Instance inst, List<RichRoute> routes, RichEvaluation eval,
      List<Unassigned> reasons) {
    List<Route> out = new ArrayList<>();
    java.util.Map<Integer, RichEvaluation.RouteReport> byVehicle = new java.util.HashMap<>();
    for (RichEvaluation.RouteReport rep : eval.routes()) {
      byVehicle.putIfAbsent(rep.vehicle(), rep);
    }
    for (int r = 0; r < routes.size(); r++) {
      RichRoute rr = routes.get(r);
      RichEvaluation.RouteReport rep = byVehicle.remove(rr.vehicle());
      if (rr.size() == 0 || rep == null) {
        // empty, or rejected by the evaluator (bad index, vehicle twice): listed among the violations
        continue;
      }
      int[] stops = rr.stops();
      long load = 0;
      for (int s : stops) {
        load += inst.stops().get(s).demand(0);
      }
      double[] arrivals = rep.arrivals();
      double[] starts = rep.serviceStarts();
      double[] waits = new double[stops.length];
      for (int i = 0; i < stops.length; i++) {
        waits[i] = starts[i] - arrivals[i];
      }
      boolean ok = true;
      for (Violation v : eval.violations()) {
        ok &= v.route() != r;
      }
      out.add(new Route(rep.type(), stops, load, rep.distance(), rep.duration(), arrivals, waits, 0, 0, ok));
    }
    boolean feasible = eval.feasible() && eval.unserved().length == 0;
    return new Solution(out, eval.cost(), eval.distance(), feasible, reasons);
  }
}
