package org.routeforge.solver.ortools.rich;

import com.google.ortools.Loader;
import com.google.ortools.constraintsolver.Assignment;
import com.google.ortools.constraintsolver.FirstSolutionStrategy;
import com.google.ortools.constraintsolver.IntVar;
import com.google.ortools.constraintsolver.IntervalVar;
import com.google.ortools.constraintsolver.LocalSearchMetaheuristic;
import com.google.ortools.constraintsolver.RoutingDimension;
import com.google.ortools.constraintsolver.RoutingIndexManager;
import com.google.ortools.constraintsolver.RoutingModel;
import com.google.ortools.constraintsolver.RoutingSearchParameters;
import com.google.ortools.constraintsolver.Solver;
import com.google.ortools.constraintsolver.main;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.routeforge.data.model.DriverBreak;
import org.routeforge.data.model.Instance;
import org.routeforge.data.model.Shipment;
import org.routeforge.data.model.Stop;
import org.routeforge.data.model.TimeWindow;
import org.routeforge.data.model.VehicleType;
import org.routeforge.solver.rich.Lock;
import org.routeforge.solver.rich.Objective;
import org.routeforge.solver.rich.RichFleet;
import org.routeforge.solver.rich.RichRequest;
import org.routeforge.solver.rich.RichRoute;

/**
 * An OR-Tools {@link RoutingModel} for a general {@link Instance}: every vehicle of every type with its
 * own start and end node (several depots; an open start or end is a dummy node with free arcs),
 * per-vehicle arc costs ({@code costPerDistance * distance}), fixed costs, the time cost as the span
 * cost of the time dimension ({@code costPerTime * duration}), one capacity dimension per capacity
 * dimension (deliveries from the start as negative transits with the end load fixed to 0, so the start
 * load is the route's delivered total and shipments ride on top), a time dimension with service times,
 * several windows per stop (range + removed gaps), shifts, maximum duration (span bound), a distance
 * dimension for maximum distance, a stop-count dimension for maximum stops and strict precedences,
 * driver breaks ({@code setBreakIntervalsOfVehicle}, optional intervals performed exactly when the
 * vehicle is used, inside its route), skills (allowed values of each stop's vehicle variable), priorities
 * (disjunction penalties weighted {@code 1 + priority * (stops + 1)}), pickup–delivery pairs (same
 * vehicle, pickup strictly first), locked stops (vehicle fixed, locked order through the count
 * dimension) and min–max (the time dimension's global span cost).
 *
 * <p>OR-Tools works on integers: times are scaled by {@link #timeScale} (1 for integral data, else
 * 100), travel and service rounded up and closings down, so a route OR-Tools accepts is feasible in
 * the exact evaluation too; costs are scaled by {@link #COST_SCALE}. Stops set aside by the
 * pre-analysis are not in the model.
 */
final class RichOrToolsModel {
  /** Objective units per unit of cost. */
  static final long COST_SCALE = 1000;
  private static boolean loaded;

  final Instance inst;
  final RichFleet fleet;
  final RichRequest request;
  final int vehicles;
  final int[] stopOfNode;
  final int[] nodeOfStop;
  final int modelStops;
  final long timeScale;
  final long horizon;
  final RoutingIndexManager manager;
  final RoutingModel routing;
  final RoutingDimension time;
  final RoutingDimension count;
  final IntervalVar[][] breaks;
  private final int[] loc;

  /**
   * Builds the model.
   *
   * @param servable which stops to put in the model (the others were set aside)
   */
  RichOrToolsModel(RichRequest request, boolean[] servable) {
    loadNatives();
    this.request = request;
    this.inst = request.instance();
    this.fleet = RichFleet.of(inst);
    this.vehicles = fleet.vehicleCount();
    int nStops = inst.stops().size();
    nodeOfStop = new int[nStops];
    int m = 0;
    for (int s = 0; s < nStops; s++) {
      nodeOfStop[s] = servable[s] ? m++ : -1;
    }
    modelStops = m;
    stopOfNode = new int[m];
    for (int s = 0; s < nStops; s++) {
      if (nodeOfStop[s] >= 0) {
        stopOfNode[nodeOfStop[s]] = s;
      }
    }
    int nodes = m + 2 * vehicles;
    loc = new int[nodes];
    int[] starts = new int[vehicles];
    int[] ends = new int[vehicles];
    for (int i = 0; i < m; i++) {
      loc[i] = inst.stops().get(stopOfNode[i]).location();
    }
    for (int v = 0; v < vehicles; v++) {
      VehicleType vt = fleet.type(inst, v);
      starts[v] = m + 2 * v;
      ends[v] = m + 2 * v + 1;
      loc[starts[v]] = vt.startLocation();
      loc[ends[v]] = vt.endLocation();
    }
    timeScale = integralTimes() ? 1 : 100;
    manager = new RoutingIndexManager(nodes, vehicles, starts, ends);
    routing = new RoutingModel(manager);
    Solver solver = routing.solver();

    // time
    double maxTravel = 0;
    double totalService = 0;
    double latest = 0;
    for (int i = 0; i < nodes; i++) {
      for (int j = 0; j < nodes; j++) {
        double t = travelTime(i, j);
        if (Double.isFinite(t)) {
          maxTravel = Math.max(maxTravel, t);
        }
      }
    }
    for (Stop s : inst.stops()) {
      totalService += s.serviceTime();
      for (TimeWindow w : s.timeWindows()) {
        latest = Math.max(latest, Double.isFinite(w.close()) ? w.close() : w.open());
      }
    }
    for (VehicleType vt : inst.vehicleTypes()) {
      latest = Math.max(latest, Double.isFinite(vt.shift().close()) ? vt.shift().close() : vt.shift().open());
      for (DriverBreak b : vt.breaks()) {
        latest = Math.max(latest, b.window().close() + b.duration());
        totalService += b.duration();
      }
    }
    horizon = up(latest + totalService + (m + 2) * maxTravel) + 1;
    long[][] transit = new long[nodes][nodes];
    for (int i = 0; i < nodes; i++) {
      double service = i < m ? inst.stops().get(stopOfNode[i]).serviceTime() : 0;
      for (int j = 0; j < nodes; j++) {
        double t = travelTime(i, j);
        transit[i][j] = i == j ? 0 : Double.isFinite(t) ? Math.min(horizon, up(t + service)) : horizon;
      }
    }
    int timeCb = routing.registerTransitMatrix(transit);
    routing.addDimension(timeCb, horizon, horizon, false, "Time");
    time = routing.getMutableDimension("Time");
    for (int i = 0; i < m; i++) {
      List<TimeWindow> ws = inst.stops().get(stopOfNode[i]).timeWindows();
      if (ws.isEmpty()) {
        continue;
      }
      IntVar cumul = time.cumulVar(manager.nodeToIndex(i));
      long open = Math.min(up(ws.get(0).open()), horizon);
      long close = closing(ws.get(ws.size() - 1).close());
      cumul.setRange(open, Math.max(open, close));
      for (int k = 0; k + 1 < ws.size(); k++) {
        long gapStart = closing(ws.get(k).close()) + 1;
        long gapEnd = up(ws.get(k + 1).open()) - 1;
        if (gapStart <= gapEnd) {
          cumul.removeInterval(gapStart, gapEnd);
        }
      }
    }
    for (int v = 0; v < vehicles; v++) {
      VehicleType vt = fleet.type(inst, v);
      long open = Math.min(up(vt.shift().open()), horizon);
      long close = Math.max(open, closing(vt.shift().close()));
      time.cumulVar(routing.start(v)).setRange(open, close);
      time.cumulVar(routing.end(v)).setRange(open, close);
      if (Double.isFinite(vt.maxDuration())) {
        time.setSpanUpperBoundForVehicle(Math.max(0, down(vt.maxDuration())), v);
      }
      long spanCoef = Math.round(COST_SCALE * vt.costPerTime() / timeScale);
      if (spanCoef > 0) {
        time.setSpanCostCoefficientForVehicle(spanCoef, v);
      }
      routing.addVariableMinimizedByFinalizer(time.cumulVar(routing.end(v)));
      routing.addVariableMaximizedByFinalizer(time.cumulVar(routing.start(v)));
    }

    // arc costs per type, fixed costs
    long maxArc = 1;
    long maxFixed = 0;
    int[] arcCb = new int[inst.vehicleTypes().size()];
    for (int t = 0; t < arcCb.length; t++) {
      VehicleType vt = inst.vehicleTypes().get(t);
      long[][] cost = new long[nodes][nodes];
      for (int i = 0; i < nodes; i++) {
        for (int j = 0; j < nodes; j++) {
          double d = distance(i, j);
          cost[i][j] = i == j ? 0 : Double.isFinite(d) ? Math.round(COST_SCALE * vt.costPerDistance() * d) : horizon * COST_SCALE;
          if (Double.isFinite(d)) {
            maxArc = Math.max(maxArc, cost[i][j]);
          }
        }
      }
      arcCb[t] = routing.registerTransitMatrix(cost);
      maxFixed = Math.max(maxFixed, Math.round(COST_SCALE * vt.fixedCost()));
    }
    long maxSpanCoef = 0;
    for (int v = 0; v < vehicles; v++) {
      VehicleType vt = fleet.type(inst, v);
      routing.setArcCostEvaluatorOfVehicle(arcCb[fleet.typeOf(v)], v);
      if (vt.fixedCost() > 0) {
        routing.setFixedCostOfVehicle(Math.round(COST_SCALE * vt.fixedCost()), v);
      }
      maxSpanCoef = Math.max(maxSpanCoef, Math.round(COST_SCALE * vt.costPerTime() / timeScale));
    }

    // capacity dimensions
    boolean[] inShipment = new boolean[nStops];
    boolean[] isPickup = new boolean[nStops];
    for (Shipment sh : inst.shipments()) {
      inShipment[sh.pickup()] = true;
      inShipment[sh.delivery()] = true;
      isPickup[sh.pickup()] = true;
    }
    int dims = Math.max(1, inst.capacityDimensions());
    for (int d = 0; d < dims; d++) {
      long[] delta = new long[nodes];
      boolean any = false;
      for (int i = 0; i < m; i++) {
        int s = stopOfNode[i];
        int dem = inst.stops().get(s).demand(d);
        delta[i] = inShipment[s] && isPickup[s] ? dem : -dem;
        any |= dem != 0;
      }
      if (!any) {
        continue;
      }
      long[] caps = new long[vehicles];
      for (int v = 0; v < vehicles; v++) {
        caps[v] = fleet.type(inst, v).capacity(d);
      }
      int cb = routing.registerUnaryTransitVector(delta);
      routing.addDimensionWithVehicleCapacity(cb, 0, caps, false, "Load" + d);
      RoutingDimension load = routing.getMutableDimension("Load" + d);
      for (int v = 0; v < vehicles; v++) {
        load.cumulVar(routing.end(v)).setValue(0);
      }
    }

    // distance limit
    boolean limitDistance = false;
    for (VehicleType vt : inst.vehicleTypes()) {
      limitDistance |= Double.isFinite(vt.maxDistance());
    }
    if (limitDistance) {
      long ds = integralDistances() ? 1 : 100;
      long[][] dist = new long[nodes][nodes];
      long cap = 0;
      for (int i = 0; i < nodes; i++) {
        for (int j = 0; j < nodes; j++) {
          double d = distance(i, j);
          dist[i][j] = i == j ? 0 : Double.isFinite(d) ? (long) Math.ceil(d * ds - 1e-6) : Long.MAX_VALUE / 4;
          cap = Math.max(cap, dist[i][j] < Long.MAX_VALUE / 4 ? dist[i][j] : 0);
        }
      }
      long[] caps = new long[vehicles];
      for (int v = 0; v < vehicles; v++) {
        double md = fleet.type(inst, v).maxDistance();
        caps[v] = Double.isFinite(md) ? (long) Math.floor(md * ds + 1e-6) : cap * (m + 2);
      }
      routing.addDimensionWithVehicleCapacity(routing.registerTransitMatrix(dist), 0, caps, true, "Distance");
    }

    // stop count: max stops and strict precedences
    long[] one = new long[nodes];
    for (int i = 0; i < m; i++) {
      one[i] = 1;
    }
    long[] stopCaps = new long[vehicles];
    for (int v = 0; v < vehicles; v++) {
      stopCaps[v] = Math.min(fleet.type(inst, v).maxStops(), m + 1);
    }
    routing.addDimensionWithVehicleCapacity(routing.registerUnaryTransitVector(one), 0, stopCaps, true, "Stops");
    count = routing.getMutableDimension("Stops");

    // skills
    for (int i = 0; i < m; i++) {
      Stop st = inst.stops().get(stopOfNode[i]);
      if (st.skills().isEmpty()) {
        continue;
      }
      List<Long> allowed = new ArrayList<>();
      allowed.add(-1L);
      for (int v = 0; v < vehicles; v++) {
        if (fleet.type(inst, v).skills().containsAll(st.skills())) {
          allowed.add((long) v);
        }
      }
      long[] values = new long[allowed.size()];
      for (int k = 0; k < values.length; k++) {
        values[k] = allowed.get(k);
      }
      solver.addConstraint(solver.makeMemberCt(routing.vehicleVar(manager.nodeToIndex(i)), values));
    }

    // pickup and delivery
    for (Shipment sh : inst.shipments()) {
      int p = nodeOfStop[sh.pickup()];
      int d = nodeOfStop[sh.delivery()];
      if (p < 0 || d < 0) {
        continue;
      }
      long pi = manager.nodeToIndex(p);
      long di = manager.nodeToIndex(d);
      routing.addPickupAndDelivery(pi, di);
      solver.addConstraint(solver.makeEquality(routing.vehicleVar(pi), routing.vehicleVar(di)));
      solver.addConstraint(solver.makeLessOrEqual(solver.makeSum(count.cumulVar(pi), 1), count.cumulVar(di)));
      solver.addConstraint(solver.makeLessOrEqual(time.cumulVar(pi), time.cumulVar(di)));
    }

    // min-max
    long globalSpan = 0;
    if (request.objective() == Objective.MIN_MAX) {
      globalSpan = Math.max(1, Math.min(100 * (maxArc + maxFixed + maxSpanCoef + 1), (1L << 50) / horizon));
      time.setGlobalSpanCostCoefficient(globalSpan);
    }

    // priorities: dropping a stop must cost more than serving it on a vehicle of its own
    long base = 10 * (maxFixed + 2 * maxArc + (maxSpanCoef + globalSpan) * 2 * Math.min(horizon, up(maxTravel) + up(totalService) + 1)) + 1;
    double maxWeight = 1;
    for (Stop s : inst.stops()) {
      maxWeight = Math.max(maxWeight, RichRequest.unservedWeight(s.priority(), nStops));
    }
    base = Math.max(1, Math.min(base, (long) (1e17 / (maxWeight * Math.max(1, m)))));
    boolean[] locked = new boolean[nStops];
    for (Lock lock : request.locks()) {
      for (int s : lock.stops()) {
        int node = s >= 0 && s < nStops ? nodeOfStop[s] : -1;
        if (node < 0 || lock.vehicle() < 0 || lock.vehicle() >= vehicles) {
          continue;
        }
        locked[s] = true;
        solver.addConstraint(solver.makeMemberCt(routing.vehicleVar(manager.nodeToIndex(node)),
            new long[] {-1, lock.vehicle()}));
      }
      if (lock.inSequence()) {
        int prev = -1;
        for (int s : lock.stops()) {
          int node = s >= 0 && s < nStops ? nodeOfStop[s] : -1;
          if (node < 0) {
            continue;
          }
          if (prev >= 0) {
            solver.addConstraint(solver.makeLessOrEqual(
                solver.makeSum(count.cumulVar(manager.nodeToIndex(prev)), 1), count.cumulVar(manager.nodeToIndex(node))));
          }
          prev = node;
        }
      }
    }
    for (int i = 0; i < m; i++) {
      int s = stopOfNode[i];
      double w = RichRequest.unservedWeight(inst.stops().get(s).priority(), nStops) * (locked[s] ? 100 : 1);
      routing.addDisjunction(new long[] {manager.nodeToIndex(i)}, (long) Math.min(4e17 / Math.max(1, m), base * w));
    }

    // breaks
    breaks = new IntervalVar[vehicles][];
    long[] visitTransit = new long[(int) routing.size()];
    for (int idx = 0; idx < visitTransit.length; idx++) {
      int node = manager.indexToNode(idx);
      visitTransit[idx] = node < m ? up(inst.stops().get(stopOfNode[node]).serviceTime()) : 0;
    }
    for (int v = 0; v < vehicles; v++) {
      List<DriverBreak> bs = fleet.type(inst, v).breaks();
      breaks[v] = new IntervalVar[bs.size()];
      if (bs.isEmpty()) {
        continue;
      }
      for (int b = 0; b < bs.size(); b++) {
        DriverBreak br = bs.get(b);
        long open = Math.min(up(br.window().open()), horizon);
        long close = Math.max(open, closing(br.window().close()));
        IntervalVar iv = solver.makeFixedDurationIntervalVar(open, close, up(br.duration()), true,
            "break-" + v + "-" + b);
        solver.addConstraint(solver.makeEquality(iv.performedExpr(), routing.activeVehicleVar(v)));
        solver.addConstraint(solver.makeLessOrEqual(time.cumulVar(routing.start(v)), iv.safeStartExpr(horizon)));
        solver.addConstraint(solver.makeLessOrEqual(iv.safeEndExpr(0), time.cumulVar(routing.end(v))));
        routing.addIntervalToAssignment(iv);
        breaks[v][b] = iv;
      }
      time.setBreakIntervalsOfVehicle(breaks[v], v, visitTransit);
    }
  }

  /** Loads OR-Tools' native library once per JVM. */
  static synchronized void loadNatives() {
    if (!loaded) {
      Loader.loadNativeLibraries();
      loaded = true;
    }
  }

  private double travelTime(int i, int j) {
    return loc[i] < 0 || loc[j] < 0 || loc[i] == loc[j] ? 0 : inst.durations().get(loc[i], loc[j]);
  }

  private double distance(int i, int j) {
    return loc[i] < 0 || loc[j] < 0 || loc[i] == loc[j] ? 0 : inst.distances().get(loc[i], loc[j]);
  }

  private boolean integralTimes() {
    int n = inst.locations().size();
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        double t = inst.durations().get(i, j);
        if (Double.isFinite(t) && !isInt(t)) {
          return false;
        }
      }
    }
    for (Stop s : inst.stops()) {
      if (!isInt(s.serviceTime())) {
        return false;
      }
      for (TimeWindow w : s.timeWindows()) {
        if (!isInt(w.open()) || (Double.isFinite(w.close()) && !isInt(w.close()))) {
          return false;
        }
      }
    }
    for (VehicleType vt : inst.vehicleTypes()) {
      for (DriverBreak b : vt.breaks()) {
        if (!isInt(b.duration()) || !isInt(b.window().open()) || !isInt(b.window().close())) {
          return false;
        }
      }
    }
    return true;
  }

  private boolean integralDistances() {
    int n = inst.locations().size();
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        double d = inst.distances().get(i, j);
        if (Double.isFinite(d) && !isInt(d)) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean isInt(double v) {
    return !Double.isFinite(v) || Math.abs(v - Math.rint(v)) < 1e-9;
  }

  private long up(double v) {
    return (long) Math.ceil(v * timeScale - 1e-6);
  }

  private long down(double v) {
    return (long) Math.floor(v * timeScale + 1e-6);
  }

  private long closing(double close) {
    return Double.isFinite(close) ? Math.min(horizon, down(close)) : horizon;
  }

  /** Guided local search from parallel cheapest insertion, with a mandatory time limit. */
  static RoutingSearchParameters parameters(Duration limit, long solutionLimit) {
    Duration l = limit.isNegative() || limit.isZero() ? Duration.ofMillis(1) : limit;
    RoutingSearchParameters.Builder b = main.defaultRoutingSearchParameters().toBuilder()
        .setFirstSolutionStrategy(FirstSolutionStrategy.Value.PARALLEL_CHEAPEST_INSERTION)
        .setLocalSearchMetaheuristic(LocalSearchMetaheuristic.Value.GUIDED_LOCAL_SEARCH)
        .setTimeLimit(com.google.protobuf.Duration.newBuilder().setSeconds(l.getSeconds()).setNanos(l.getNano()).build());
    if (solutionLimit > 0) {
      b.setSolutionLimit(solutionLimit);
    }
    return b.build();
  }

  /** Warm-start routes (and locked sequences of vehicles without one) as OR-Tools indices. */
  long[][] initialIndexRoutes() {
    long[][] out = new long[vehicles][];
    List<List<Long>> lists = new ArrayList<>();
    boolean[] used = new boolean[inst.stops().size()];
    for (int v = 0; v < vehicles; v++) {
      lists.add(new ArrayList<>());
    }
    for (RichRoute r : request.initialRoutes()) {
      if (r.vehicle() < 0 || r.vehicle() >= vehicles) {
        continue;
      }
      for (int s : r.stops()) {
        if (s >= 0 && s < used.length && nodeOfStop[s] >= 0 && !used[s]) {
          used[s] = true;
          lists.get(r.vehicle()).add(manager.nodeToIndex(nodeOfStop[s]));
        }
      }
    }
    for (Lock lock : request.locks()) {
      if (lock.vehicle() < 0 || lock.vehicle() >= vehicles) {
        continue;
      }
      for (int s : lock.stops()) {
        if (s >= 0 && s < used.length && nodeOfStop[s] >= 0 && !used[s]) {
          used[s] = true;
          lists.get(lock.vehicle()).add(manager.nodeToIndex(nodeOfStop[s]));
        }
      }
    }
    for (int v = 0; v < vehicles; v++) {
      out[v] = new long[lists.get(v).size()];
      for (int k = 0; k < out[v].length; k++) {
        out[v][k] = lists.get(v).get(k);
      }
    }
    return out;
  }

  /** The routes of a solution (or of the search's current values when {@code a} is null), breaks placed. */
  List<RichRoute> routes(Assignment a) {
    List<RichRoute> out = new ArrayList<>();
    for (int v = 0; v < vehicles; v++) {
      List<Integer> stops = new ArrayList<>();
      List<Long> ends = new ArrayList<>();
      long index = next(a, routing.start(v));
      while (!routing.isEnd(index)) {
        int s = stopOfNode[manager.indexToNode(index)];
        stops.add(s);
        long cumul = a == null ? time.cumulVar(index).min() : a.min(time.cumulVar(index));
        ends.add(cumul + up(inst.stops().get(s).serviceTime()));
        index = next(a, index);
      }
      if (stops.isEmpty()) {
        continue;
      }
      int[] arr = new int[stops.size()];
      for (int k = 0; k < arr.length; k++) {
        arr[k] = stops.get(k);
      }
      int[] pos = new int[breaks[v].length];
      for (int b = 0; b < pos.length; b++) {
        long start = a == null ? breaks[v][b].startMin() : a.startValue(breaks[v][b]);
        int p = 0;
        while (p < ends.size() && ends.get(p) <= start) {
          p++;
        }
        pos[b] = p;
      }
      out.add(new RichRoute(v, arr, pos));
    }
    return out;
  }

  private long next(Assignment a, long index) {
    return a == null ? routing.nextVar(index).value() : a.value(routing.nextVar(index));
  }
}
