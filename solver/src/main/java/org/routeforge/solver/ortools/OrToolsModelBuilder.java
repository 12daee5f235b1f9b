package org.routeforge.solver.ortools;

import com.google.ortools.constraintsolver.IntVar;
import com.google.ortools.constraintsolver.IntervalVar;
import com.google.ortools.constraintsolver.RoutingDimension;
import com.google.ortools.constraintsolver.RoutingIndexManager;
import com.google.ortools.constraintsolver.RoutingModel;
import com.google.ortools.constraintsolver.Solver;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.routeforge.data.model.DriverBreak;
import org.routeforge.data.model.Instance;
import org.routeforge.data.model.Shipment;
import org.routeforge.data.model.Stop;
import org.routeforge.data.model.TimeWindow;
import org.routeforge.data.model.TravelMatrix;
import org.routeforge.data.model.VehicleType;
import org.routeforge.solver.rich.Lock;
import org.routeforge.solver.rich.Objective;
import org.routeforge.solver.rich.RichFleet;
import org.routeforge.solver.rich.RichRequest;

/**
 * Builds the one OR-Tools {@link RoutingModel} for any {@link Instance}: one method per dimension or
 * constraint, each applied only when the instance (or request) has the feature, so a plain CVRP gets
 * arc costs, one capacity dimension and drop penalties and nothing else.
 *
 * <ul>
 *   <li>{@link #addArcCosts}: {@code costPerDistance * distance} per vehicle type (one evaluator for
 *       every vehicle when the types share the coefficient); {@link #addFixedCosts}.</li>
 *   <li>{@link #addCapacity} per capacity dimension with a demand: demands add up from the start;
 *       with shipments the start load is the route's delivered total instead (negative transits, end
 *       load 0) and pickups add on top.</li>
 *   <li>{@link #addTime} (service times in the transits): {@link #addTimeWindows} (several windows:
 *       the cumul's range minus the gaps), {@link #addShifts}, {@link #addMaxDuration} (span bound),
 *       {@link #addTimeCosts} (span cost), {@link #addBreaks} (OR-Tools break intervals, performed
 *       exactly when the vehicle is used), {@link #addMinMax} (global span cost).</li>
 *   <li>{@link #addMaxDistance} (a distance dimension), {@link #addStopCount} (a count dimension for
 *       maximum stops and the order of shipments and locked sequences).</li>
 *   <li>{@link #restrictVehicles}: skills and locks as the allowed values of each stop's vehicle
 *       variable; {@link #addShipments}: pickup–delivery pairs, same vehicle, pickup first;
 *       {@link #addLockedSequences}.</li>
 *   <li>{@link #addDropPenalties}: every stop is optional at a penalty above any cost of serving it,
 *       weighted by priority ({@link RichRequest#unservedWeight}) and by 100 when locked.</li>
 * </ul>
 * Several depots and open routes come from the node layout: one node per start or end location, one
 * free node for open starts and ends. Warm starts and locked stops are loaded by the search
 * ({@link OrToolsModel#toIndexRoutes}).
 *
 * <p>OR-Tools works on integers. Costs are scaled by {@code costScale} and rounded; times by the
 * smallest of 1, 10, 100 that makes every time in the instance integral (else 1000), travel plus
 * service rounded up and closings down, so a route OR-Tools accepts is on time in the exact (double)
 * evaluation too. Distances for the maximum-distance dimension are rounded up the same way.
 */
final class OrToolsModelBuilder {
  /** The arc cost of an unreachable leg (infinite distance): far above any drop penalty in practice. */
  private static final long UNREACHABLE_ARC = 1L << 40;

  private final RichRequest request;
  private final Instance inst;
  private final RichFleet fleet;
  private final int vehicles;
  private final int m;
  private final int[] stopOfNode;
  private final int[] nodeOfStop;
  private final int[] loc;
  private final int nodes;
  private final RoutingIndexManager manager;
  private final RoutingModel routing;
  private final Solver solver;
  private final long costScale;
  private final long timeScale;
  private final int depotNodes;
  private final boolean timed;

  private long horizon;
  private double maxTravel;
  private double totalService;
  private RoutingDimension time;
  private RoutingDimension count;
  private IntervalVar[][] breaks;
  private long maxArc = 1;
  private long maxFixed;
  private long maxSpanCoef;
  private long globalSpan;
  private final int[] lockVehicle;

  private OrToolsModelBuilder(RichRequest request, boolean[] inModel) {
    this.request = request;
    this.inst = request.instance();
    this.fleet = RichFleet.of(inst);
    this.vehicles = fleet.vehicleCount();
    int nStops = inst.stops().size();
    nodeOfStop = new int[nStops];
    int k = 0;
    for (int s = 0; s < nStops; s++) {
      nodeOfStop[s] = inModel[s] ? k++ : -1;
    }
    m = k;
    stopOfNode = new int[m];
    for (int s = 0; s < nStops; s++) {
      if (nodeOfStop[s] >= 0) {
        stopOfNode[nodeOfStop[s]] = s;
      }
    }
    // one node per depot location, one for open starts/ends
    Map<Integer, Integer> depotNode = new LinkedHashMap<>();
    int[] starts = new int[vehicles];
    int[] ends = new int[vehicles];
    for (int v = 0; v < vehicles; v++) {
      VehicleType vt = fleet.type(inst, v);
      starts[v] = depotNode.computeIfAbsent(vt.startLocation(), l -> m + depotNode.size());
      ends[v] = depotNode.computeIfAbsent(vt.endLocation(), l -> m + depotNode.size());
    }
    depotNodes = depotNode.size();
    nodes = m + depotNodes;
    loc = new int[nodes];
    for (int i = 0; i < m; i++) {
      loc[i] = inst.stops().get(stopOfNode[i]).location();
    }
    for (Map.Entry<Integer, Integer> e : depotNode.entrySet()) {
      loc[e.getValue()] = e.getKey() < 0 ? -1 : e.getKey();
    }
    timed = needsTime(inst, request.objective());
    timeScale = timed ? scaleFor(timesOf(inst)) : 1;
    costScale = 10 * Math.max(100, timeScale);
    manager = new RoutingIndexManager(nodes, vehicles, starts, ends);
    routing = new RoutingModel(manager);
    solver = routing.solver();
    lockVehicle = lockedVehicles();
  }

  /**
   * Builds the model of {@code request}'s instance with the stops marked in {@code inModel} (the others
   * were set aside as unservable).
   */
  static OrToolsModel build(RichRequest request, boolean[] inModel) {
    OrToolsModel.loadNatives();
    OrToolsModelBuilder b = new OrToolsModelBuilder(request, inModel);
    return b.build();
  }

  private OrToolsModel build() {
    addArcCosts();
    if (hasFixedCosts(inst)) {
      addFixedCosts();
    }
    for (int d = 0; d < Math.max(1, inst.capacityDimensions()); d++) {
      if (hasDemandIn(inst, d)) {
        addCapacity(d);
      }
    }
    if (timed) {
      addTime();
      addTimeWindows();
      addShifts();
      addMaxDuration();
      addTimeCosts();
      addBreaks();
      if (request.objective() == Objective.MIN_MAX) {
        addMinMax();
      }
    }
    if (limitsDistance(inst)) {
      addMaxDistance();
    }
    if (limitsStops(inst) || !inst.shipments().isEmpty() || hasLockedSequence(request)) {
      addStopCount();
    }
    restrictVehicles();
    addShipments();
    addLockedSequences();
    addDropPenalties();
    IntervalVar[][] breakVars = breaks;
    if (breakVars == null) {
      breakVars = new IntervalVar[vehicles][0];
    }
    boolean insertion = !inst.shipments().isEmpty() || inst.vehicleTypes().size() > 1 || depotNodes > 1;
    return new OrToolsModel(inst, fleet, stopOfNode, nodeOfStop, loc, costScale, timeScale, manager, routing,
        time, breakVars, insertion);
  }

  // ---- costs ----

  /** Arc costs: {@code costPerDistance * distance}, one transit matrix per distinct coefficient. */
  private void addArcCosts() {
    Map<Double, Integer> callbackOf = new LinkedHashMap<>();
    int[] callbackOfVehicle = new int[vehicles];
    for (int v = 0; v < vehicles; v++) {
      double perDistance = fleet.type(inst, v).costPerDistance();
      Integer cb = callbackOf.get(perDistance);
      if (cb == null) {
        cb = routing.registerTransitMatrix(arcCosts(perDistance));
        callbackOf.put(perDistance, cb);
      }
      callbackOfVehicle[v] = cb;
    }
    if (callbackOf.size() == 1) {
      routing.setArcCostEvaluatorOfAllVehicles(callbackOfVehicle[0]);
    } else {
      for (int v = 0; v < vehicles; v++) {
        routing.setArcCostEvaluatorOfVehicle(callbackOfVehicle[v], v);
      }
    }
  }

  private long[][] arcCosts(double perDistance) {
    TravelMatrix dm = inst.distances();
    long[][] cost = new long[nodes][nodes];
    for (int i = 0; i < nodes; i++) {
      for (int j = 0; j < nodes; j++) {
        if (i == j || loc[i] < 0 || loc[j] < 0 || loc[i] == loc[j]) {
          continue;
        }
        double d = dm.get(loc[i], loc[j]);
        if (Double.isFinite(d)) {
          cost[i][j] = Math.round(costScale * perDistance * d);
          maxArc = Math.max(maxArc, cost[i][j]);
        } else {
          cost[i][j] = UNREACHABLE_ARC;
        }
      }
    }
    return cost;
  }

  /** Each vehicle's fixed cost, charged when it leaves its start. */
  private void addFixedCosts() {
    for (int v = 0; v < vehicles; v++) {
      long fixed = Math.round(costScale * fleet.type(inst, v).fixedCost());
      if (fixed > 0) {
        routing.setFixedCostOfVehicle(fixed, v);
        maxFixed = Math.max(maxFixed, fixed);
      }
    }
  }

  // ---- load ----

  /**
   * The load in capacity dimension {@code d}, bounded by each vehicle's capacity. Without shipments
   * demands add up from 0 at the start. With shipments a plain stop's goods are on board from the
   * start: its demand is a negative transit, the end load is fixed to 0 (so the start load is the
   * route's delivered total), a pickup adds its demand and its delivery removes it.
   */
  private void addCapacity(int d) {
    boolean pairs = !inst.shipments().isEmpty();
    boolean[] isPickup = new boolean[inst.stops().size()];
    for (Shipment sh : inst.shipments()) {
      isPickup[sh.pickup()] = true;
    }
    long[] transit = new long[nodes];
    for (int i = 0; i < m; i++) {
      int s = stopOfNode[i];
      int demand = inst.stops().get(s).demand(d);
      transit[i] = !pairs || isPickup[s] ? demand : -demand;
    }
    long[] caps = new long[vehicles];
    for (int v = 0; v < vehicles; v++) {
      caps[v] = fleet.type(inst, v).capacity(d);
    }
    String name = "Load" + d;
    routing.addDimensionWithVehicleCapacity(routing.registerUnaryTransitVector(transit), 0, caps, !pairs, name);
    if (pairs) {
      RoutingDimension load = routing.getMutableDimension(name);
      for (int v = 0; v < vehicles; v++) {
        load.cumulVar(routing.end(v)).setValue(0);
      }
    }
  }

  // ---- time ----

  /**
   * The time dimension: transit = travel time plus the service time at the origin, waiting allowed
   * (slack up to the horizon). Unreachable legs take the whole horizon.
   */
  private void addTime() {
    TravelMatrix tm = inst.durations();
    double[][] travel = new double[nodes][nodes];
    for (int i = 0; i < nodes; i++) {
      for (int j = 0; j < nodes; j++) {
        if (i != j && loc[i] >= 0 && loc[j] >= 0 && loc[i] != loc[j]) {
          travel[i][j] = tm.get(loc[i], loc[j]);
          if (Double.isFinite(travel[i][j])) {
            maxTravel = Math.max(maxTravel, travel[i][j]);
          }
        }
      }
    }
    for (int i = 0; i < m; i++) {
      totalService += inst.stops().get(stopOfNode[i]).serviceTime();
    }
    horizon = horizon();
    long[][] transit = new long[nodes][nodes];
    for (int i = 0; i < nodes; i++) {
      double service = i < m ? inst.stops().get(stopOfNode[i]).serviceTime() : 0;
      for (int j = 0; j < nodes; j++) {
        double t = travel[i][j];
        transit[i][j] = i == j ? 0 : Double.isFinite(t) ? Math.min(horizon, up(t + service)) : horizon;
      }
    }
    routing.addDimension(routing.registerTransitMatrix(transit), horizon, horizon, false, "Time");
    time = routing.getMutableDimension("Time");
    for (int v = 0; v < vehicles; v++) {
      // routes end as early as they can; a vehicle paid by the hour also starts as late as it can (the
      // shortest duration), others as early (maximising a start costs the finalizer about 2x per solution)
      routing.addVariableMinimizedByFinalizer(time.cumulVar(routing.end(v)));
      if (fleet.type(inst, v).costPerTime() > 0) {
        routing.addVariableMaximizedByFinalizer(time.cumulVar(routing.start(v)));
      } else {
        routing.addVariableMinimizedByFinalizer(time.cumulVar(routing.start(v)));
      }
    }
  }

  /**
   * The latest time any route can need: the latest shift closing when every vehicle has one, else the
   * latest window bound plus every service, break and a longest leg per node.
   */
  private long horizon() {
    boolean allClosed = true;
    double latestClose = 0;
    double latest = 0;
    for (VehicleType vt : inst.vehicleTypes()) {
      if (vt.count() <= 0) {
        continue;
      }
      TimeWindow shift = vt.shift();
      allClosed &= Double.isFinite(shift.close());
      if (Double.isFinite(shift.close())) {
        latestClose = Math.max(latestClose, shift.close());
      }
      latest = Math.max(latest, Double.isFinite(shift.close()) ? shift.close() : shift.open());
      for (DriverBreak b : vt.breaks()) {
        latest = Math.max(latest, b.window().close() + b.duration());
      }
    }
    if (allClosed) {
      return Math.max(1, down(latestClose));
    }
    double breakTime = 0;
    for (VehicleType vt : inst.vehicleTypes()) {
      for (DriverBreak b : vt.breaks()) {
        breakTime += b.duration();
      }
    }
    for (int i = 0; i < m; i++) {
      for (TimeWindow w : inst.stops().get(stopOfNode[i]).timeWindows()) {
        latest = Math.max(latest, Double.isFinite(w.close()) ? w.close() : w.open());
      }
    }
    return up(latest + totalService + breakTime + (m + 2) * maxTravel) + 1;
  }

  /**
   * Service starts inside one of the stop's windows: the cumul's range spans the first opening to the
   * last closing and the gaps between windows are removed. A window that rounding leaves empty makes
   * the stop inactive (reported as not routed) rather than served late.
   */
  private void addTimeWindows() {
    for (int i = 0; i < m; i++) {
      List<TimeWindow> ws = inst.stops().get(stopOfNode[i]).timeWindows();
      if (ws.isEmpty() || (ws.size() == 1 && ws.get(0).isUnbounded())) {
        continue;
      }
      long index = manager.nodeToIndex(i);
      long open = opening(ws.get(0).open());
      long close = closing(ws.get(ws.size() - 1).close());
      if (open > close) {
        routing.activeVar(index).setValue(0);
        continue;
      }
      IntVar cumul = time.cumulVar(index);
      cumul.setRange(open, close);
      for (int k = 0; k + 1 < ws.size(); k++) {
        long gapStart = closing(ws.get(k).close()) + 1;
        long gapEnd = opening(ws.get(k + 1).open()) - 1;
        if (gapStart <= gapEnd) {
          cumul.removeInterval(gapStart, gapEnd);
        }
      }
    }
  }

  /** Each vehicle starts and ends within its shift. */
  private void addShifts() {
    for (int v = 0; v < vehicles; v++) {
      TimeWindow shift = fleet.type(inst, v).shift();
      long open = opening(shift.open());
      long close = Math.max(open, closing(shift.close()));
      time.cumulVar(routing.start(v)).setRange(open, close);
      time.cumulVar(routing.end(v)).setRange(open, close);
    }
  }

  /** A route's duration (end minus start, waiting and breaks included) at most the type's maximum. */
  private void addMaxDuration() {
    for (int v = 0; v < vehicles; v++) {
      double max = fleet.type(inst, v).maxDuration();
      if (Double.isFinite(max)) {
        time.setSpanUpperBoundForVehicle(Math.max(0, down(max)), v);
      }
    }
  }

  /** {@code costPerTime * duration} as the span cost of the time dimension. */
  private void addTimeCosts() {
    for (int v = 0; v < vehicles; v++) {
      long coefficient = Math.round(costScale * fleet.type(inst, v).costPerTime() / timeScale);
      if (coefficient > 0) {
        time.setSpanCostCoefficientForVehicle(coefficient, v);
        maxSpanCoef = Math.max(maxSpanCoef, coefficient);
      }
    }
  }

  /**
   * Driver breaks: an optional fixed-duration interval per break, performed exactly when the vehicle
   * is used, starting inside its window and lying within the route; OR-Tools keeps it clear of the
   * service times (the visit transits) and lets it cut travel.
   */
  private void addBreaks() {
    breaks = new IntervalVar[vehicles][];
    long[] visitTransit = null;
    for (int v = 0; v < vehicles; v++) {
      List<DriverBreak> bs = fleet.type(inst, v).breaks();
      breaks[v] = new IntervalVar[bs.size()];
      if (bs.isEmpty()) {
        continue;
      }
      if (visitTransit == null) {
        visitTransit = new long[(int) routing.size()];
        for (int idx = 0; idx < visitTransit.length; idx++) {
          int node = manager.indexToNode(idx);
          visitTransit[idx] = node < m ? up(inst.stops().get(stopOfNode[node]).serviceTime()) : 0;
        }
      }
      for (int b = 0; b < bs.size(); b++) {
        DriverBreak br = bs.get(b);
        long open = opening(br.window().open());
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

  /**
   * Min–max: the latest route end weighs more than a unit of any other cost (the global span cost), so
   * OR-Tools shortens the longest route first; bounded so the objective cannot overflow.
   */
  private void addMinMax() {
    globalSpan = Math.max(1, Math.min(100 * (maxArc + maxFixed + maxSpanCoef + 1), (1L << 50) / horizon));
    time.setGlobalSpanCostCoefficient(globalSpan);
  }

  // ---- route limits ----

  /** A distance dimension bounded by each type's maximum distance (distances rounded up). */
  private void addMaxDistance() {
    long scale = scaleFor(distancesOf(inst));
    TravelMatrix dm = inst.distances();
    long[][] dist = new long[nodes][nodes];
    long longest = 0;
    List<int[]> unreachable = new ArrayList<>();
    for (int i = 0; i < nodes; i++) {
      for (int j = 0; j < nodes; j++) {
        if (i == j || loc[i] < 0 || loc[j] < 0 || loc[i] == loc[j]) {
          continue;
        }
        double d = dm.get(loc[i], loc[j]);
        if (Double.isFinite(d)) {
          dist[i][j] = (long) Math.ceil(d * scale - 1e-6);
          longest = Math.max(longest, dist[i][j]);
        } else {
          unreachable.add(new int[] {i, j});
        }
      }
    }
    long unlimited = longest * (m + 2);
    for (int[] ij : unreachable) {
      dist[ij[0]][ij[1]] = unlimited + 1;
    }
    long[] caps = new long[vehicles];
    for (int v = 0; v < vehicles; v++) {
      double max = fleet.type(inst, v).maxDistance();
      caps[v] = Double.isFinite(max) ? (long) Math.floor(max * scale + 1e-6) : unlimited;
    }
    routing.addDimensionWithVehicleCapacity(routing.registerTransitMatrix(dist), 0, caps, true, "Distance");
  }

  /**
   * A dimension counting the stops served so far: bounded by each type's maximum stops, and the
   * position that orders pickups before deliveries and locked stops in sequence.
   */
  private void addStopCount() {
    long[] one = new long[nodes];
    for (int i = 0; i < m; i++) {
      one[i] = 1;
    }
    long[] caps = new long[vehicles];
    for (int v = 0; v < vehicles; v++) {
      caps[v] = Math.min(fleet.type(inst, v).maxStops(), m + 1L);
    }
    routing.addDimensionWithVehicleCapacity(routing.registerUnaryTransitVector(one), 0, caps, true, "Stops");
    count = routing.getMutableDimension("Stops");
  }

  // ---- who serves what ----

  /**
   * Skills and locks: a stop's vehicle variable may only take the vehicles whose type has every skill
   * the stop needs and, for a locked stop, its lock's vehicle (or -1, unserved). A stop left with no
   * vehicle is inactive.
   */
  private void restrictVehicles() {
    boolean[] allowed = new boolean[vehicles];
    long[] values = new long[vehicles + 1];
    for (int i = 0; i < m; i++) {
      int s = stopOfNode[i];
      Stop st = inst.stops().get(s);
      if (st.skills().isEmpty() && lockVehicle[s] < 0) {
        continue;
      }
      int n = 0;
      for (int v = 0; v < vehicles; v++) {
        allowed[v] = fleet.type(inst, v).skills().containsAll(st.skills())
            && (lockVehicle[s] < 0 || lockVehicle[s] == v);
        n += allowed[v] ? 1 : 0;
      }
      long index = manager.nodeToIndex(i);
      if (n == vehicles) {
        continue;
      }
      if (n == 0) {
        routing.activeVar(index).setValue(0);
        continue;
      }
      int k = 0;
      values[k++] = -1;
      for (int v = 0; v < vehicles; v++) {
        if (allowed[v]) {
          values[k++] = v;
        }
      }
      routing.vehicleVar(index).setValue(java.util.Arrays.copyOf(values, k));
    }
  }

  /** Pickup–delivery pairs: both on the same vehicle (or both unserved), the pickup strictly first. */
  private void addShipments() {
    for (Shipment sh : inst.shipments()) {
      int p = nodeOfStop[sh.pickup()];
      int d = nodeOfStop[sh.delivery()];
      if (p < 0 || d < 0) {
        continue; // set aside as a pair beforehand
      }
      long pi = manager.nodeToIndex(p);
      long di = manager.nodeToIndex(d);
      routing.addPickupAndDelivery(pi, di);
      solver.addConstraint(solver.makeEquality(routing.vehicleVar(pi), routing.vehicleVar(di)));
      solver.addConstraint(solver.makeLessOrEqual(solver.makeSum(count.cumulVar(pi), 1), count.cumulVar(di)));
    }
  }

  /** Locks with {@code inSequence}: each listed stop after the previous one (others may come between). */
  private void addLockedSequences() {
    for (Lock lock : request.locks()) {
      if (!lock.inSequence()) {
        continue;
      }
      long prev = -1;
      for (int s : lock.stops()) {
        int node = s >= 0 && s < nodeOfStop.length ? nodeOfStop[s] : -1;
        if (node < 0) {
          continue;
        }
        long index = manager.nodeToIndex(node);
        if (prev >= 0) {
          solver.addConstraint(solver.makeLessOrEqual(solver.makeSum(count.cumulVar(prev), 1), count.cumulVar(index)));
        }
        prev = index;
      }
    }
  }

  /**
   * Each stop in its own disjunction: leaving it out costs more than serving it on a vehicle of its
   * own (fixed cost, a round trip, its time cost), times its priority weight, times 100 when locked,
   * capped so the objective cannot overflow.
   */
  private void addDropPenalties() {
    long spanTerm = time == null ? 0
        : (maxSpanCoef + globalSpan) * 2 * Math.min(horizon, up(maxTravel) + up(totalService) + 1);
    long base = 100 * (maxFixed + 2 * maxArc + spanTerm) + 1;
    int nStops = inst.stops().size();
    double maxWeight = 1;
    for (Stop s : inst.stops()) {
      maxWeight = Math.max(maxWeight, RichRequest.unservedWeight(s.priority(), nStops));
    }
    base = Math.max(1, Math.min(base, (long) (1e17 / (maxWeight * Math.max(1, m)))));
    long cap = (long) (4e17 / Math.max(1, m));
    for (int i = 0; i < m; i++) {
      int s = stopOfNode[i];
      double w = RichRequest.unservedWeight(inst.stops().get(s).priority(), nStops) * (lockVehicle[s] >= 0 ? 100 : 1);
      routing.addDisjunction(new long[] {manager.nodeToIndex(i)}, (long) Math.min(cap, base * w));
    }
  }

  /** The vehicle each stop is locked to (the first lock naming it), or -1. */
  private int[] lockedVehicles() {
    int[] out = new int[inst.stops().size()];
    java.util.Arrays.fill(out, -1);
    for (Lock lock : request.locks()) {
      if (lock.vehicle() < 0 || lock.vehicle() >= vehicles) {
        continue;
      }
      for (int s : lock.stops()) {
        if (s >= 0 && s < out.length && out[s] < 0) {
          out[s] = lock.vehicle();
        }
      }
    }
    return out;
  }

  // ---- feature checks (against the data model) ----

  private static boolean hasFixedCosts(Instance inst) {
    for (VehicleType vt : inst.vehicleTypes()) {
      if (vt.fixedCost() != 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasDemandIn(Instance inst, int d) {
    for (Stop s : inst.stops()) {
      if (s.demand(d) != 0) {
        return true;
      }
    }
    return false;
  }

  /** Whether any stop window, shift, duration limit, time cost, break or the objective involves time. */
  private static boolean needsTime(Instance inst, Objective objective) {
    if (objective == Objective.MIN_MAX || inst.hasTimeWindows()) {
      return true;
    }
    for (VehicleType vt : inst.vehicleTypes()) {
      if (Double.isFinite(vt.maxDuration()) || vt.costPerTime() != 0 || !vt.breaks().isEmpty()) {
        return true;
      }
    }
    return false;
  }

  private static boolean limitsDistance(Instance inst) {
    for (VehicleType vt : inst.vehicleTypes()) {
      if (Double.isFinite(vt.maxDistance())) {
        return true;
      }
    }
    return false;
  }

  private static boolean limitsStops(Instance inst) {
    for (VehicleType vt : inst.vehicleTypes()) {
      if (vt.maxStops() != Integer.MAX_VALUE) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasLockedSequence(RichRequest request) {
    for (Lock lock : request.locks()) {
      if (lock.inSequence() && lock.stops().length > 1) {
        return true;
      }
    }
    return false;
  }

  // ---- integer scaling ----

  /** Every time value of the instance: travel times, services, windows, shifts, breaks, duration limits. */
  private static double[] timesOf(Instance inst) {
    int n = inst.locations().size();
    TravelMatrix tm = inst.durations();
    List<Double> other = new ArrayList<>();
    for (Stop s : inst.stops()) {
      other.add(s.serviceTime());
      for (TimeWindow w : s.timeWindows()) {
        other.add(w.open());
        other.add(w.close());
      }
    }
    for (VehicleType vt : inst.vehicleTypes()) {
      other.add(vt.shift().open());
      other.add(vt.shift().close());
      other.add(vt.maxDuration());
      for (DriverBreak b : vt.breaks()) {
        other.add(b.duration());
        other.add(b.window().open());
        other.add(b.window().close());
      }
    }
    double[] out = new double[n * n + other.size()];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        out[i * n + j] = tm.get(i, j);
      }
    }
    for (int k = 0; k < other.size(); k++) {
      out[n * n + k] = other.get(k);
    }
    return out;
  }

  private static double[] distancesOf(Instance inst) {
    int n = inst.locations().size();
    double[] out = new double[n * n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        out[i * n + j] = inst.distances().get(i, j);
      }
    }
    return out;
  }

  /** The smallest of 1, 10, 100 that makes every finite value integral, else 1000. */
  static long scaleFor(double[] values) {
    for (long scale = 1; scale <= 100; scale *= 10) {
      if (integral(values, scale)) {
        return scale;
      }
    }
    return 1000;
  }

  private static boolean integral(double[] values, long scale) {
    for (double v : values) {
      if (Double.isFinite(v) && Math.abs(v * scale - Math.rint(v * scale)) > 1e-6) {
        return false;
      }
    }
    return true;
  }

  private long up(double v) {
    return (long) Math.ceil(v * timeScale - 1e-6);
  }

  private long down(double v) {
    return (long) Math.floor(v * timeScale + 1e-6);
  }

  private long opening(double open) {
    return Math.min(Math.max(0, up(open)), horizon);
  }

  private long closing(double close) {
    return Double.isFinite(close) ? Math.min(horizon, down(close)) : horizon;
  }
}
