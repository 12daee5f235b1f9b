package org.routeforge.solver.rich;

import java.util.ArrayList;
import java.util.List;
import org.routeforge.data.model.DriverBreak;
import org.routeforge.data.model.Instance;
import org.routeforge.data.model.Shipment;
import org.routeforge.data.model.Stop;
import org.routeforge.data.model.TimeWindow;
import org.routeforge.data.model.VehicleType;

/**
 * The independent constraint checker of rich solutions: recomputes cost and every constraint of an
 * {@link Instance} from scratch for given routes, and lists each violation. It shares no code with the
 * engines' own feasibility tests, so tests can hold what a search claims against it.
 *
 * <p>This is the one definition of every quantity a solution reports (the solver README repeats it):
 * <ul>
 *   <li>Time: the vehicle leaves its start (an open start, location -1, has no first leg) at a
 *       departure time, the shift's opening or later. Service at a stop starts at the arrival or the
 *       opening of the first window still open; arriving after the last window closes, service
 *       starts at that close and the lateness is <em>time warp</em> (Vidal et al. 2013), a
 *       {@code TIME_WINDOW} violation. A break placed at position {@code p} is taken on the leg to
 *       stop {@code p} (or to the end), as early as its window allows, the vehicle driving as much of
 *       the leg as it can before it; it must start by the window's close. The route ends at the
 *       arrival at the end location (open end: the end of the last service); ending after the
 *       shift's close is time warp too. Every arrival is a non-decreasing function of the
 *       departure, so leaving at the opening is the least late; a departure is <em>admissible</em>
 *       when no stop, break or the end is later past its window's (the shift's) close than when
 *       leaving at the opening (for a feasible route: when the route stays feasible).</li>
 *   <li>Duration: end minus departure plus the time warp at stops (the lateness counts as time
 *       spent, as in PyVRP), so travel, service, breaks and the waiting that the departure cannot
 *       absorb. The route's duration is the least over admissible departures, and its departure the
 *       earliest admissible one that reaches it. With one window per stop this is Savelsbergh's
 *       forward slack (PyVRP's duration segments): leave as late as possible without ending later.
 *       With several windows a later departure may move a stop into a later window and wait there,
 *       then shorten again as that wait is absorbed, so the duration is not monotone in the
 *       departure: the least is found by a scan over the departures where a stop passes a window's
 *       close ({@link #bestDeparture}).</li>
 *   <li>Load: stops outside shipments deliver goods loaded at the start (so the start load is the sum
 *       of their demands); a shipment's pickup adds its demand, its delivery removes its demand. The
 *       peak load must stay within capacity in every dimension; the excess is the peak above it.</li>
 *   <li>Cost per used vehicle: {@code fixedCost + costPerDistance * distance + costPerTime * duration}.</li>
 * </ul>
 */
public final class RichEvaluator {
  private static final double EPS = 1e-6;
  /** Durations closer than this are the same (the earlier departure is kept). */
  private static final double TIE = 1e-9;

  private RichEvaluator() {}

  /** Evaluates {@code routes} for {@code instance} with no locks. */
  public static RichEvaluation evaluate(Instance instance, List<RichRoute> routes) {
    return evaluate(instance, routes, List.of());
  }

  /**
   * What the evaluation of one instance's routes reads besides the instance: its fleet and which
   * stops are a shipment's pickup or delivery. Made once per instance for many single-route
   * evaluations ({@link #evaluateAlone}).
   */
  static final class Context {
    final Instance inst;
    final RichFleet fleet;
    final boolean[] inShipment;
    final boolean[] isPickup;
    final int[] partner;
    final int dims;

    Context(Instance inst) {
      this.inst = inst;
      this.dims = Math.max(1, inst.capacityDimensions());
      this.fleet = RichFleet.of(inst);
      int n = inst.stops().size();
      inShipment = new boolean[n];
      isPickup = new boolean[n];
      partner = new int[n];
      java.util.Arrays.fill(partner, -1);
      for (Shipment sh : inst.shipments()) {
        inShipment[sh.pickup()] = true;
        inShipment[sh.delivery()] = true;
        isPickup[sh.pickup()] = true;
        partner[sh.pickup()] = sh.delivery();
        partner[sh.delivery()] = sh.pickup();
      }
    }
  }

  /**
   * Evaluates one route of distinct, valid stop indices on a valid vehicle, as {@link #evaluate}
   * would, in time proportional to the route (no locks; a shipment must have both halves on it; the
   * other stops are not listed as unserved).
   */
  static RichEvaluation evaluateAlone(Context ctx, RichRoute route) {
    List<Violation> out = new ArrayList<>();
    RichEvaluation.RouteReport rep = route(ctx, 0, route, out);
    int[] stops = route.stops();
    for (int p = 0; p < stops.length; p++) {
      int o = ctx.partner[stops[p]];
      if (o < 0) {
        continue;
      }
      int q = -1;
      for (int i = 0; i < stops.length; i++) {
        q = stops[i] == o ? i : q;
      }
      String name = ctx.inst.stops().get(stops[p]).id() + " / " + ctx.inst.stops().get(o).id();
      if (q < 0) {
        out.add(new Violation(Violation.Kind.PICKUP_DELIVERY, 0, stops[p], "shipment " + name + " is only half served"));
      } else if (ctx.isPickup[stops[p]] && q < p) {
        out.add(new Violation(Violation.Kind.PICKUP_DELIVERY, 0, stops[p], "shipment " + name
            + " is delivered before it is picked up"));
      }
    }
    return new RichEvaluation(List.of(rep), rep.cost(), rep.distance(), rep.end(), new int[0], 0, out);
  }

  /** Evaluates {@code routes} for {@code instance}, checking {@code locks} as well. */
  public static RichEvaluation evaluate(Instance inst, List<RichRoute> routes, List<Lock> locks) {
    Context ctx = new Context(inst);
    RichFleet fleet = ctx.fleet;
    int nStops = inst.stops().size();
    List<Violation> out = new ArrayList<>();
    int[] routeOfStop = new int[nStops];
    int[] posOfStop = new int[nStops];
    java.util.Arrays.fill(routeOfStop, -1);
    boolean[] vehicleUsed = new boolean[fleet.vehicleCount()];
    int[] usedPerType = new int[inst.vehicleTypes().size()];
    List<RichEvaluation.RouteReport> reports = new ArrayList<>();
    double cost = 0;
    double distance = 0;
    double makespan = 0;
    for (int r = 0; r < routes.size(); r++) {
      RichRoute route = routes.get(r);
      int[] stops = route.stops();
      boolean ok = true;
      for (int p = 0; p < stops.length; p++) {
        int s = stops[p];
        if (s < 0 || s >= nStops) {
          out.add(new Violation(Violation.Kind.STRUCTURE, r, -1, "route " + r + " visits stop index " + s
              + " outside 0.." + (nStops - 1)));
          ok = false;
        } else if (routeOfStop[s] >= 0) {
          out.add(new Violation(Violation.Kind.STRUCTURE, r, s, "stop " + inst.stops().get(s).id()
              + " is visited twice (routes " + routeOfStop[s] + " and " + r + ")"));
          ok = false;
        } else {
          routeOfStop[s] = r;
          posOfStop[s] = p;
        }
      }
      int v = route.vehicle();
      if (v < 0 || v >= fleet.vehicleCount()) {
        out.add(new Violation(Violation.Kind.VEHICLE_COUNT, r, -1, "route " + r + " uses vehicle " + v
            + " but the fleet has vehicles 0.." + (fleet.vehicleCount() - 1)));
        ok = false;
      } else if (stops.length > 0) {
        if (vehicleUsed[v]) {
          out.add(new Violation(Violation.Kind.VEHICLE_COUNT, r, -1, "vehicle " + v + " drives two routes"));
        }
        vehicleUsed[v] = true;
        usedPerType[fleet.typeOf(v)]++;
      }
      if (!ok || stops.length == 0) {
        continue;
      }
      RichEvaluation.RouteReport rep = route(ctx, r, route, out);
      reports.add(rep);
      cost += rep.cost();
      distance += rep.distance();
      makespan = Math.max(makespan, rep.end());
    }
    for (int t = 0; t < usedPerType.length; t++) {
      if (usedPerType[t] > inst.vehicleTypes().get(t).count()) {
        out.add(new Violation(Violation.Kind.VEHICLE_COUNT, -1, -1, "type " + inst.vehicleTypes().get(t).id()
            + " drives " + usedPerType[t] + " routes but has " + inst.vehicleTypes().get(t).count() + " vehicles"));
      }
    }
    checkShipments(inst, routeOfStop, posOfStop, out);
    checkLocks(inst, routes, locks, routeOfStop, posOfStop, out);
    int unservedCount = 0;
    for (int s = 0; s < nStops; s++) {
      if (routeOfStop[s] < 0) {
        unservedCount++;
      }
    }
    int[] unserved = new int[unservedCount];
    double weight = 0;
    int k = 0;
    for (int s = 0; s < nStops; s++) {
      if (routeOfStop[s] < 0) {
        unserved[k++] = s;
        weight += RichRequest.unservedWeight(inst.stops().get(s).priority(), nStops);
      }
    }
    return new RichEvaluation(reports, cost, distance, makespan, unserved, weight, out);
  }

  private static RichEvaluation.RouteReport route(Context ctx, int r, RichRoute route, List<Violation> out) {
    Instance inst = ctx.inst;
    RichFleet fleet = ctx.fleet;
    int v = route.vehicle();
    int typeIndex = fleet.typeOf(v);
    VehicleType vt = inst.vehicleTypes().get(typeIndex);
    int[] stops = route.stops();
    int[] breakPos = route.breakPositions();
    List<DriverBreak> breaks = vt.breaks();
    if (breakPos.length != breaks.size()) {
      out.add(new Violation(Violation.Kind.BREAK, r, -1, "vehicle " + v + " has " + breaks.size()
          + " breaks but the route places " + breakPos.length));
    }
    for (int b = 0; b < Math.min(breakPos.length, breaks.size()); b++) {
      if (breakPos[b] < 0 || breakPos[b] > stops.length) {
        out.add(new Violation(Violation.Kind.BREAK, r, -1, "break " + breaks.get(b).id() + " at position "
            + breakPos[b] + " outside 0.." + stops.length));
      }
    }
    for (int s : stops) {
      Stop st = inst.stops().get(s);
      if (!vt.skills().containsAll(st.skills())) {
        out.add(new Violation(Violation.Kind.SKILL, r, s, "stop " + st.id() + " needs " + st.skills()
            + " but vehicle " + v + " (type " + vt.id() + ") has " + vt.skills()));
      }
    }
    if (stops.length > vt.maxStops()) {
      out.add(new Violation(Violation.Kind.MAX_STOPS, r, -1, "vehicle " + v + " serves " + stops.length
          + " stops, at most " + vt.maxStops() + " allowed"));
    }
    long[] startLoad = new long[ctx.dims];
    long excess = capacity(ctx, vt, r, v, stops, startLoad, out);
    Schedule s = bestDeparture(inst, vt, stops, breakPos);
    for (int p = 0; p < stops.length; p++) {
      if (s.warps[p] > EPS) {
        Stop st = inst.stops().get(stops[p]);
        out.add(new Violation(Violation.Kind.TIME_WINDOW, r, stops[p], "vehicle " + v + " arrives at stop "
            + st.id() + " at " + s.arrivals[p] + ", " + s.warps[p] + " after its window closes"));
      }
    }
    for (int b = 0; b < breaks.size(); b++) {
      if (!Double.isNaN(s.breakStarts[b]) && s.breakStarts[b] > breaks.get(b).window().close() + EPS) {
        out.add(new Violation(Violation.Kind.BREAK, r, -1, "break " + breaks.get(b).id() + " of vehicle " + v
            + " starts at " + s.breakStarts[b] + ", after its window closes at " + breaks.get(b).window().close()));
      }
    }
    if (!s.reachable) {
      out.add(new Violation(Violation.Kind.UNREACHABLE, r, -1, "vehicle " + v + " travels an arc with no finite cost"));
    }
    double stopWarp = s.stopWarp;
    double timeWarp = stopWarp;
    double end = s.end;
    if (end > vt.shift().close()) {
      timeWarp += end - vt.shift().close();
      if (end > vt.shift().close() + EPS) {
        out.add(new Violation(Violation.Kind.SHIFT, r, -1, "vehicle " + v + " ends at " + end
            + ", after its shift closes at " + vt.shift().close()));
      }
    }
    double departure = s.departure;
    // serving late starts at the window's close: the clock goes back by the lateness, which counts as time spent
    double duration = end - departure + stopWarp;
    if (duration > vt.maxDuration() + EPS) {
      out.add(new Violation(Violation.Kind.MAX_DURATION, r, -1, "vehicle " + v + " drives for " + duration
          + ", above the maximum " + vt.maxDuration()));
    }
    if (s.distance > vt.maxDistance() + EPS) {
      out.add(new Violation(Violation.Kind.MAX_DISTANCE, r, -1, "vehicle " + v + " drives " + s.distance
          + ", above the maximum " + vt.maxDistance()));
    }
    double cost = vt.fixedCost() + vt.costPerDistance() * s.distance + vt.costPerTime() * duration;
    return new RichEvaluation.RouteReport(v, typeIndex, s.distance, duration, departure, end, s.arrivals,
        s.serviceStarts, s.breakStarts, cost, timeWarp, excess, startLoad, r);
  }

  /**
   * The schedule of the admissible departure with the least duration, the earliest one if several:
   * a scan over the pieces of the departure axis on which no stop changes window. On one piece,
   * leaving {@code x} later than its start moves the end by {@code max(0, x - waitTotal)}, so the
   * duration falls by {@code min(x, waitTotal)}; the piece ends where a stop would pass the close of
   * a window that has a successor (beyond, it waits for the next one: the duration may jump up,
   * then fall again) or where leaving later would add lateness (a stop or a break later than at the
   * shift's opening, or the end later past the shift's close), which ends the scan, as does a move to
   * a later window that makes anything downstream later than allowed. Each step moves
   * one stop to its next window, so the scan takes at most one pass per window on the route.
   */
  private static Schedule bestDeparture(Instance inst, VehicleType vt, int[] stops, int[] breakPos) {
    int[] floors = new int[stops.length];
    double x = vt.shift().open();
    Schedule s = schedule(inst, vt, stops, breakPos, x, floors);
    double lateness = s.lateness;
    double best = Double.POSITIVE_INFINITY;
    double bestX = x;
    int[] bestFloors = floors.clone();
    boolean first = true;
    while (true) {
      double step = Math.min(s.waitTotal, Math.min(s.change, s.limit));
      double duration = s.end + s.stopWarp - x - step;
      // a later piece starts just after its first departure: its start alone belongs to the piece before
      if ((first || step > 0) && duration < best - TIE) {
        best = duration;
        bestX = x + step;
        bestFloors = floors.clone();
      }
      first = false;
      if (!(s.change < s.limit) || !s.reachable) {
        break; // later departures add lateness (or an arc has no finite time: no time is meaningful)
      }
      x += s.change;
      for (int p = 0; p < stops.length; p++) {
        if (s.cross[p] <= s.change + TIE) {
          floors[p] = s.windows[p] + 1;
        }
      }
      s = schedule(inst, vt, stops, breakPos, x, floors);
      if (s.lateness > lateness + TIE) {
        break; // the stop's wait for its next window made something downstream later than allowed
      }
    }
    return schedule(inst, vt, stops, breakPos, bestX, bestFloors);
  }

  /** One simulation of a route's times from a departure, with how far later the departure may move. */
  private static final class Schedule {
    double departure;
    double[] arrivals;
    double[] serviceStarts;
    double[] warps;
    double[] breakStarts;
    /** Per stop, the index of the window service starts in (0 without windows). */
    int[] windows;
    /** Per stop, how much later leaving moves it past its window's close into the next one (or infinity). */
    double[] cross;
    double distance;
    double end;
    double stopWarp;
    double waitTotal;
    /** Time warp at stops, break starts past their windows and the end past the shift's close, summed. */
    double lateness;
    /** The least {@link #cross}. */
    double change = Double.POSITIVE_INFINITY;
    /** How much later the vehicle may leave before a stop, a break or the end gets later than allowed. */
    double limit = Double.POSITIVE_INFINITY;
    boolean reachable = true;
  }

  /**
   * Simulates the route leaving at {@code depart}, stop {@code p} served in window {@code floors[p]}
   * or a later one. Breaks placed at {@code p} are taken on the leg to stop {@code p}, as early as
   * their window allows, after driving as much of the leg as possible. Service starts at the arrival
   * or the opening of the first window still open; arriving after the last window closes, service
   * starts at that close and the lateness is time warp.
   */
  private static Schedule schedule(Instance inst, VehicleType vt, int[] stops, int[] breakPos, double depart,
      int[] floors) {
    List<DriverBreak> breaks = vt.breaks();
    Schedule s = new Schedule();
    s.departure = depart;
    s.arrivals = new double[stops.length];
    s.serviceStarts = new double[stops.length];
    s.warps = new double[stops.length];
    s.windows = new int[stops.length];
    s.cross = new double[stops.length];
    java.util.Arrays.fill(s.cross, Double.POSITIVE_INFINITY);
    s.breakStarts = new double[breaks.size()];
    java.util.Arrays.fill(s.breakStarts, Double.NaN);
    double t = depart;
    int prev = vt.startLocation();
    for (int p = 0; p <= stops.length; p++) {
      int next = p < stops.length ? inst.stops().get(stops[p]).location() : vt.endLocation();
      double travelLeft = 0;
      if (prev >= 0 && next >= 0) {
        double d = inst.distances().get(prev, next);
        double tt = inst.durations().get(prev, next);
        if (!Double.isFinite(d) || !Double.isFinite(tt)) {
          s.reachable = false;
        }
        s.distance += d;
        travelLeft = tt;
      }
      for (int b = 0; b < Math.min(breakPos.length, breaks.size()); b++) {
        if (breakPos[b] != p) {
          continue;
        }
        DriverBreak br = breaks.get(b);
        // leaving later first uses up the waits before, then delays the leg's start t, which the
        // break tolerates until its window closes (a late break cannot be pushed at all)
        s.limit = Math.min(s.limit, s.waitTotal + Math.max(0, br.window().close() - t));
        double start = Math.max(t, br.window().open());
        double driven = Math.min(travelLeft, start - t);
        travelLeft -= driven;
        s.waitTotal += start - t - driven;
        s.breakStarts[b] = start;
        s.lateness += Math.max(0, start - br.window().close());
        t = start + br.duration();
      }
      t += travelLeft;
      if (p == stops.length) {
        break;
      }
      Stop st = inst.stops().get(stops[p]);
      s.arrivals[p] = t;
      int k = window(st, t, floors[p]);
      s.windows[p] = k;
      TimeWindow w = st.timeWindows().isEmpty() ? TimeWindow.ALWAYS : st.timeWindows().get(k);
      double start;
      if (t > w.close()) {
        s.warps[p] = t - w.close();
        s.stopWarp += s.warps[p];
        start = w.close();
        s.limit = Math.min(s.limit, s.waitTotal);
      } else {
        double slack = s.waitTotal + Math.max(0, w.close() - t);
        if (k + 1 < st.timeWindows().size()) {
          s.cross[p] = slack;
          s.change = Math.min(s.change, slack);
        } else {
          s.limit = Math.min(s.limit, slack);
        }
        start = Math.max(t, w.open());
        s.waitTotal += start - t;
      }
      s.serviceStarts[p] = start;
      t = start + st.serviceTime();
      prev = st.location();
    }
    s.end = t;
    s.limit = Math.min(s.limit, s.waitTotal + Math.max(0, vt.shift().close() - t));
    s.lateness += s.stopWarp + Math.max(0, t - vt.shift().close());
    return s;
  }

  /**
   * The window service starts in when arriving at {@code t}: the first one from {@code floor} on not
   * yet closed, the last one when all are closed (service then starts at its close, late), 0 without
   * windows ({@link TimeWindow#ALWAYS}).
   */
  private static int window(Stop s, double t, int floor) {
    List<TimeWindow> ws = s.timeWindows();
    for (int k = floor; k < ws.size(); k++) {
      if (t <= ws.get(k).close() + EPS) {
        return k;
      }
    }
    return Math.max(0, ws.size() - 1);
  }

  /**
   * Checks the load profile: stops outside shipments deliver goods loaded at the start, a pickup
   * adds its demand and its delivery removes it. Fills {@code startLoad} per dimension and returns
   * the excess load (peak above capacity, summed over the dimensions).
   */
  private static long capacity(Context ctx, VehicleType vt, int r, int v, int[] stops, long[] startLoad,
      List<Violation> out) {
    Instance inst = ctx.inst;
    int dims = startLoad.length;
    boolean[] inShipment = ctx.inShipment;
    boolean[] isPickup = ctx.isPickup;
    long excess = 0;
    for (int d = 0; d < dims; d++) {
      long load = 0;
      for (int s : stops) {
        if (!inShipment[s]) {
          load += inst.stops().get(s).demand(d);
        }
      }
      startLoad[d] = load;
      long cap = vt.capacity(d);
      long peak = load;
      int peakStop = -1;
      for (int s : stops) {
        int dem = inst.stops().get(s).demand(d);
        load += inShipment[s] && isPickup[s] ? dem : -dem;
        if (load > peak) {
          peak = load;
          peakStop = s;
        }
      }
      if (peak > cap) {
        excess += peak - cap;
        out.add(new Violation(Violation.Kind.CAPACITY, r, peakStop, "vehicle " + v + " carries " + peak
            + " in dimension " + d + (peakStop < 0 ? " when it leaves" : " after stop " + inst.stops().get(peakStop).id())
            + ", above its capacity " + cap));
      }
    }
    return excess;
  }

  private static void checkShipments(Instance inst, int[] routeOfStop, int[] posOfStop, List<Violation> out) {
    for (Shipment sh : inst.shipments()) {
      int p = sh.pickup();
      int d = sh.delivery();
      String name = inst.stops().get(p).id() + " -> " + inst.stops().get(d).id();
      if ((routeOfStop[p] < 0) != (routeOfStop[d] < 0)) {
        out.add(new Violation(Violation.Kind.PICKUP_DELIVERY, -1, p, "shipment " + name + " is only half served"));
      } else if (routeOfStop[p] >= 0 && routeOfStop[p] != routeOfStop[d]) {
        out.add(new Violation(Violation.Kind.PICKUP_DELIVERY, routeOfStop[p], p, "shipment " + name
            + " is picked up on route " + routeOfStop[p] + " and delivered on route " + routeOfStop[d]));
      } else if (routeOfStop[p] >= 0 && posOfStop[p] > posOfStop[d]) {
        out.add(new Violation(Violation.Kind.PICKUP_DELIVERY, routeOfStop[p], p, "shipment " + name
            + " is delivered before it is picked up"));
      }
    }
  }

  private static void checkLocks(Instance inst, List<RichRoute> routes, List<Lock> locks, int[] routeOfStop,
      int[] posOfStop, List<Violation> out) {
    for (Lock lock : locks) {
      int lastPos = -1;
      for (int s : lock.stops()) {
        int r = s >= 0 && s < routeOfStop.length ? routeOfStop[s] : -1;
        if (r < 0 || routes.get(r).vehicle() != lock.vehicle()) {
          out.add(new Violation(Violation.Kind.LOCK, r, s, "stop " + (s >= 0 && s < routeOfStop.length
              ? inst.stops().get(s).id() : Integer.toString(s)) + " is locked to vehicle " + lock.vehicle()
              + " but " + (r < 0 ? "is not served" : "is on vehicle " + routes.get(r).vehicle())));
          continue;
        }
        if (lock.inSequence()) {
          if (posOfStop[s] < lastPos) {
            out.add(new Violation(Violation.Kind.LOCK, r, s, "stop " + inst.stops().get(s).id()
                + " is out of its locked sequence on vehicle " + lock.vehicle()));
          }
          lastPos = posOfStop[s];
        }
      }
    }
  }
}
