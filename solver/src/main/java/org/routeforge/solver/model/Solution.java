package org.routeforge.solver.model;

import java.util.ArrayList;
import java.util.List;
import org.routeforge.data.model.Instance;
import org.routeforge.data.model.Stop;
import org.routeforge.data.model.TimeWindow;
import org.routeforge.data.model.TravelMatrix;
import org.routeforge.data.model.VehicleType;

/**
 * A solution: routes, total cost, feasibility, and the stops left unserved with their reasons.
 *
 * <p>{@link #evaluate} recomputes everything from the instance alone, independently of the search's
 * incremental move evaluation, so tests and callers can check what the search claims.
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
   * Evaluates routes of stop indices (0-based into {@code instance.stops()}); empty routes are dropped.
   * Route {@code k} uses the vehicle type that covers it when the types' counts are laid end to end
   * (the first {@code count(0)} routes use type 0, ...). Stops in neither the routes nor
   * {@code knownUnassigned} are reported as {@link Unassigned#NOT_ROUTED}.
   *
   * @throws IllegalArgumentException when a stop index is out of range or visited twice
   */
  public static Solution evaluate(Instance instance, List<int[]> routesOfStopIndices,
      List<Unassigned> knownUnassigned) {
    int nStops = instance.stops().size();
    boolean[] seen = new boolean[nStops];
    List<Route> routes = new ArrayList<>();
    double cost = 0;
    double distance = 0;
    boolean feasible = true;
    int routeNo = 0;
    for (int[] stops : routesOfStopIndices) {
      if (stops.length == 0) {
        continue;
      }
      for (int s : stops) {
        if (s < 0 || s >= nStops) {
          throw new IllegalArgumentException("route " + (routeNo + 1) + " visits stop index " + s
              + ", but the instance has stops 0.." + (nStops - 1));
        }
        if (seen[s]) {
          throw new IllegalArgumentException("stop " + instance.stops().get(s).id() + " (index " + s
              + ") is visited twice");
        }
        seen[s] = true;
      }
      int type = typeOfRoute(instance, routeNo);
      boolean overFleet = type < 0;
      VehicleType vt = instance.vehicleTypes().get(overFleet ? instance.vehicleTypes().size() - 1 : type);
      Route r = evaluateRoute(instance, overFleet ? instance.vehicleTypes().size() - 1 : type, vt, stops);
      routes.add(r);
      feasible &= r.feasible() && !overFleet;
      distance += r.distance();
      cost += vt.fixedCost() + vt.costPerDistance() * r.distance() + vt.costPerTime() * r.duration();
      routeNo++;
    }
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
    feasible &= unassigned.isEmpty();
    return new Solution(routes, cost, distance, feasible, unassigned);
  }

  private static int typeOfRoute(Instance instance, int routeNo) {
    long covered = 0;
    for (int t = 0; t < instance.vehicleTypes().size(); t++) {
      covered += instance.vehicleTypes().get(t).count();
      if (routeNo < covered) {
        return t;
      }
    }
    return -1;
  }

  private static Route evaluateRoute(Instance inst, int type, VehicleType vt, int[] stops) {
    TravelMatrix dm = inst.distances();
    TravelMatrix tm = inst.durations();
    int dims = Math.max(1, inst.capacityDimensions());
    long[] load = new long[dims];
    double[] arrivals = new double[stops.length];
    double[] waits = new double[stops.length];
    double dist = 0;
    double timeWarp = 0;
    int prev = vt.startLocation();
    double start = vt.shift().open();
    double t = start;
    for (int i = 0; i < stops.length; i++) {
      Stop s = inst.stops().get(stops[i]);
      for (int d = 0; d < dims; d++) {
        load[d] += s.demand(d);
      }
      if (prev >= 0) {
        dist += dm.get(prev, s.location());
        t += tm.get(prev, s.location());
      } else {
        start = Math.max(start, s.earliest());
        t = start;
      }
      arrivals[i] = t;
      TimeWindow w = windowFor(s, t);
      if (t < w.open()) {
        waits[i] = w.open() - t;
        t = w.open();
      } else if (t > w.close()) {
        timeWarp += t - w.close();
        t = w.close();
      }
      t += s.serviceTime();
      prev = s.location();
    }
    if (vt.endLocation() >= 0) {
      dist += dm.get(prev, vt.endLocation());
      t += tm.get(prev, vt.endLocation());
    }
    if (t > vt.shift().close()) {
      timeWarp += t - vt.shift().close();
      t = vt.shift().close();
    }
    double duration = t - start;
    long excess = 0;
    for (int d = 0; d < dims; d++) {
      excess += Math.max(0, load[d] - vt.capacity(d));
    }
    boolean ok = excess == 0 && timeWarp <= 1e-9 && dist <= vt.maxDistance() + 1e-9
        && duration <= vt.maxDuration() + 1e-9 && stops.length <= vt.maxStops()
        && Double.isFinite(dist);
    return new Route(type, stops, load[0], dist, duration, arrivals, waits, timeWarp, excess, ok);
  }

  /** The window service starts in when arriving at {@code t}: the first one not yet closed, else the last. */
  private static TimeWindow windowFor(Stop s, double t) {
    List<TimeWindow> ws = s.timeWindows();
    if (ws.isEmpty()) {
      return TimeWindow.ALWAYS;
    }
    for (TimeWindow w : ws) {
      if (t <= w.close()) {
        return w;
      }
    }
    return ws.get(ws.size() - 1);
  }

  /**
   * Finds stops no vehicle can serve even alone (demand above capacity, window unreachable within the
   * shift, max distance/duration exceeded by the out-and-back trip, unreachable location, missing
   * skill), naming the stop and the constraint. The search leaves these out and reports them.
   */
  public static List<Unassigned> unservable(Instance inst) {
    List<Unassigned> out = new ArrayList<>();
    for (int s = 0; s < inst.stops().size(); s++) {
      Unassigned why = null;
      for (int t = 0; t < inst.vehicleTypes().size() && (t == 0 || why != null); t++) {
        why = whyNot(inst, s, t);
      }
      if (why != null) {
        out.add(why);
      }
    }
    return out;
  }

  private static Unassigned whyNot(Instance inst, int s, int type) {
    Stop stop = inst.stops().get(s);
    VehicleType vt = inst.vehicleTypes().get(type);
    String id = "stop " + stop.id() + " (index " + s + ")";
    if (!vt.skills().containsAll(stop.skills())) {
      return new Unassigned(s, Unassigned.SKILL, "skill",
          id + " needs skills " + stop.skills() + ", vehicles have " + vt.skills());
    }
    for (int d = 0; d < Math.max(1, inst.capacityDimensions()); d++) {
      if (stop.demand(d) > vt.capacity(d)) {
        return new Unassigned(s, Unassigned.CAPACITY, "capacity",
            id + " has demand " + stop.demand(d) + " in dimension " + d + " above the vehicle capacity "
                + vt.capacity(d));
      }
    }
    Route alone = evaluateRoute(inst, type, vt, new int[] {s});
    if (!Double.isFinite(alone.distance())) {
      return new Unassigned(s, Unassigned.UNREACHABLE, "unreachable",
          id + " cannot be reached from (or return to) the depot");
    }
    if (alone.timeWarp() > 1e-9) {
      return new Unassigned(s, Unassigned.TIME_WINDOW, "time window",
          id + " has window [" + stop.earliest() + ", " + stop.latest() + "]: the earliest arrival is "
              + alone.arrivals()[0] + " and the vehicle is " + alone.timeWarp()
              + " late for its window or the shift end " + vt.shift().close());
    }
    if (alone.distance() > vt.maxDistance() + 1e-9) {
      return new Unassigned(s, Unassigned.MAX_DISTANCE, "max distance",
          id + " needs a round trip of " + alone.distance() + ", above the maximum " + vt.maxDistance());
    }
    if (alone.duration() > vt.maxDuration() + 1e-9) {
      return new Unassigned(s, Unassigned.MAX_DURATION, "max duration",
          id + " needs a round trip of " + alone.duration() + ", above the maximum " + vt.maxDuration());
    }
    return null;
  }
}
