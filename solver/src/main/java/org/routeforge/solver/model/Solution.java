package org.routeforge.solver.model;

import java.util.ArrayList;
import java.util.List;
import org.routeforge.data.model.Instance;
import org.routeforge.solver.rich.RichEvaluation;
import org.routeforge.solver.rich.RichEvaluator;
import org.routeforge.solver.rich.RichFleet;
import org.routeforge.solver.rich.RichReasons;
import org.routeforge.solver.rich.RichRoute;
import org.routeforge.solver.rich.Violation;

/**
 * A solution: routes, total cost, feasibility, and the stops left unserved with their reasons.
 *
 * <p>{@link #evaluate} recomputes everything from the instance alone with the one evaluator
 * ({@link RichEvaluator}), independently of the searches' incremental move evaluation, so tests and
 * callers can check what a search claims.
 *
 * @param routes the non-empty routes
 * @param cost total cost: per used vehicle {@code fixedCost + costPerDistance * distance +
 *     costPerTime * duration} (plain total distance for CVRPLIB/Solomon fleets)
 * @param distance total distance
 * @param feasible whether every route is feasible, the fleet suffices and every stop is served
 * @param unassigned stops not served, with the reason
 * @implNote immutable.
 */
public record Solution(List<Route> routes, double cost, double distance, boolean feasible,
    List<Unassigned> unassigned) {

  public Solution {
    routes = List.copyOf(routes);
    unassigned = List.copyOf(unassigned);
  }

  /** Number of routes. */
  public int routeCount() {
    return routes.size();
  }

  /** The routes as arrays of stop indices (into {@code Instance.stops()}). */
  public List<int[]> routeStops() {
    List<int[]> out = new ArrayList<>(routes.size());
    for (Route r : routes) {
      out.add(r.stops());
    }
    return out;
  }

  /** Evaluates routes that must serve every stop (unserved stops are reported as not routed). */
  public static Solution evaluate(Instance instance, List<int[]> routesOfStopIndices) {
    return evaluate(instance, routesOfStopIndices, List.of());
  }

  /**
   * Evaluates routes of stop indices (0-based into {@code instance.stops()}) with the one evaluator,
   * {@link RichEvaluator}; empty routes are dropped. Route {@code k} is driven by vehicle {@code k}
   * when the types' counts are laid end to end (routes beyond the fleet reuse its last vehicle and
   * make the solution infeasible). Driver breaks are not placed (use {@link #of} with placed routes).
   * Stops in neither the routes nor {@code knownUnassigned} are reported as {@link Unassigned#NOT_ROUTED}.
   *
   * @throws IllegalArgumentException when a stop index is out of range or visited twice
   */
  public static Solution evaluate(Instance instance, List<int[]> routesOfStopIndices,
      List<Unassigned> knownUnassigned) {
    int nStops = instance.stops().size();
    boolean[] seen = new boolean[nStops];
    RichFleet fleet = RichFleet.of(instance);
    List<RichRoute> routes = new ArrayList<>();
    for (int[] stops : routesOfStopIndices) {
      if (stops.length == 0) {
        continue;
      }
      for (int s : stops) {
        if (s < 0 || s >= nStops) {
          throw new IllegalArgumentException("route " + (routes.size() + 1) + " visits stop index " + s
              + ", but the instance has stops 0.." + (nStops - 1));
        }
        if (seen[s]) {
          throw new IllegalArgumentException("stop " + instance.stops().get(s).id() + " (index " + s
              + ") is visited twice");
        }
        seen[s] = true;
      }
      int vehicle = Math.min(routes.size(), fleet.vehicleCount() - 1);
      routes.add(RichRoute.of(vehicle, stops));
    }
    RichEvaluation eval = RichEvaluator.evaluate(instance, routes);
    List<Unassigned> unassigned = new ArrayList<>(knownUnassigned);
    boolean[] known = new boolean[nStops];
    for (Unassigned u : knownUnassigned) {
      known[u.stopIndex()] = true;
    }
    for (int s = 0; s < nStops; s++) {
      if (!seen[s] && !known[s]) {
        unassigned.add(new Unassigned(s, Unassigned.NOT_ROUTED, "not routed",
            "stop " + instance.stops().get(s).id() + " is on no route"));
      }
    }
    return of(instance, routes, eval, unassigned);
  }

  /**
   * The solution of routes per vehicle already evaluated by {@link RichEvaluator}: one {@link Route}
   * per non-empty route with the evaluator's figures, feasible when the evaluator found no violation
   * and {@code unassigned} is empty.
   */
  public static Solution of(Instance inst, List<RichRoute> routes, RichEvaluation eval, List<Unassigned> unassigned) {
    boolean[] broken = new boolean[routes.size()];
    for (Violation v : eval.violations()) {
      if (v.route() >= 0 && v.route() < broken.length) {
        broken[v.route()] = true;
      }
    }
    List<Route> out = new ArrayList<>();
    // routes the evaluator rejected (bad index, stop twice) have no report: listed among its violations
    for (RichEvaluation.RouteReport rep : eval.routes()) {
      int r = rep.route();
      RichRoute rr = routes.get(r);
      int[] stops = rr.stops();
      long load = 0;
      for (int s : stops) {
        load += inst.stops().get(s).demand(0);
      }
      double[] arrivals = rep.arrivals();
      double[] starts = rep.serviceStarts();
      double[] waits = new double[stops.length];
      for (int i = 0; i < stops.length; i++) {
        waits[i] = Math.max(0, starts[i] - arrivals[i]);
      }
      out.add(new Route(rep.type(), stops, load, rep.distance(), rep.duration(), arrivals, waits, rep.timeWarp(),
          rep.excessLoad(), !broken[r], rep.vehicle(), rep.departure(), rep.end(), rep.breakStarts(), rep.startLoad()));
    }
    boolean feasible = eval.feasible() && unassigned.isEmpty();
    return new Solution(out, eval.cost(), eval.distance(), feasible, unassigned);
  }

  /**
   * The same routes priced under {@code inst}'s vehicle costs: a solution found under an objective's
   * costs ({@code Objective.costsFor}) reported in the instance's own terms. Only costs differ
   * between the two instances, so distances, durations and feasibility stay.
   */
  public Solution repricedFor(Instance inst) {
    double total = 0;
    for (Route r : routes) {
      var vt = inst.vehicleTypes().get(r.vehicleType());
      total += vt.fixedCost() + vt.costPerDistance() * r.distance() + vt.costPerTime() * r.duration();
    }
    return new Solution(routes, total, distance, feasible, unassigned);
  }

  /**
   * Stops no vehicle can serve even alone, each with its reason code and a sentence naming the stop
   * and the numbers ({@link RichReasons#unservable}, the one table of reasons). The search leaves
   * these out and reports them.
   */
  public static List<Unassigned> unservable(Instance inst) {
    return RichReasons.unservable(inst);
  }
}
