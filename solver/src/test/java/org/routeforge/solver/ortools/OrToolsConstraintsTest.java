package org.routeforge.solver.ortools;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.routeforge.data.model.Instance;
import org.routeforge.data.model.Location;
import org.routeforge.data.model.Rounding;
import org.routeforge.data.model.Shipment;
import org.routeforge.data.model.Stop;
import org.routeforge.data.model.TimeWindow;
import org.routeforge.data.model.VehicleType;
import org.routeforge.solver.SolveOptions;
import org.routeforge.solver.VehicleTypeBuilder;
import org.routeforge.solver.model.Unassigned;
import org.routeforge.solver.rich.Lock;
import org.routeforge.solver.rich.RichEvaluation;
import org.routeforge.solver.rich.RichEvaluator;
import org.routeforge.solver.rich.RichReasons;
import org.routeforge.solver.rich.RichRequest;
import org.routeforge.solver.rich.RichResult;
import org.routeforge.solver.rich.RichRoute;
import org.routeforge.solver.rich.Violation;

/**
 * One test per feature of {@link OrToolsModelBuilder}, on {@link OrToolsEngine}: each builds a small
 * instance where the feature binds, solves it with and without the feature, checks the answer with
 * the independent {@link RichEvaluator}, and asserts that the feature changed the answer (the run
 * without it breaks the constraint, or costs differ), so no test passes with the feature ignored.
 */
class OrToolsConstraintsTest {

  /** Loads OR-Tools' native library once, outside the timed tests. */
  @BeforeAll
  static void loadNatives() {
    OrToolsModel.loadNatives();
  }

  /** Short solves: these instances have at most six stops. */
  private static RichResult solve(RichRequest req) {
    SolveOptions o = SolveOptions.builder().engine(SolveOptions.EngineKind.ORTOOLS)
        .timeLimit(Duration.ofMillis(700)).iterationLimit(60).build();
    return new OrToolsEngine().solveRich(req, o, null, null);
  }

  private static RichResult solve(Instance inst) {
    return solve(RichRequest.of(inst));
  }

  /** Solves and checks with the evaluator: feasible, every stop served. */
  private static RichResult solveFeasible(RichRequest req) {
    RichResult r = solve(req);
    RichEvaluation again = RichEvaluator.evaluate(req.instance(), r.routes(), req.locks());
    assertTrue(again.feasible(), () -> "violations " + again.violations());
    assertEquals(0, again.unserved().length, () -> "unserved " + r.unassigned());
    assertEquals(again.cost(), r.result().best().cost(), 1e-9);
    assertTrue(r.result().best().feasible());
    return r;
  }

  private static RichResult solveFeasible(Instance inst) {
    return solveFeasible(RichRequest.of(inst));
  }

  /** The run without the feature, checked against the instance with it: it must break {@code kind}. */
  private static void breaks(Instance with, RichResult without, Violation.Kind kind) {
    RichEvaluation e = RichEvaluator.evaluate(with, without.routes());
    assertTrue(e.has(kind), () -> "the run without the feature does not break " + kind + ": " + without.routes());
  }

  @Test
  void capacityHoldsInTheSecondDimension() {
    Instance with = twoCloseStops(v -> v.capacity(10, 5), 1, 5);
    Instance without = twoCloseStops(v -> v.capacity(10, 10), 1, 5);
    RichResult r = solveFeasible(with);
    assertEquals(2, r.routes().size());
    RichResult free = solveFeasible(without);
    assertEquals(1, free.routes().size());
    breaks(with, free, Violation.Kind.CAPACITY);
  }

  @Test
  void timeWindowsSplitARoute() {
    Instance with = twoCloseStops(v -> v, new TimeWindow(0, 12));
    Instance without = twoCloseStops(v -> v, TimeWindow.ALWAYS);
    RichResult r = solveFeasible(with);
    assertEquals(2, r.routes().size());
    breaks(with, solveFeasible(without), Violation.Kind.TIME_WINDOW);
  }

  @Test
  void severalWindowsPerStopChangeTheOrder() {
    // open route from (0,0): s1 at 10, s2 at 20. s1 may start in [0,5] or [40,50], s2 by 25
    Fixture f = new Fixture();
    int depot = f.loc(0, 0);
    int s1 = f.stop(10, 0, 0, List.of(new TimeWindow(0, 5), new TimeWindow(40, 50)));
    int s2 = f.stop(20, 0, 0, List.of(new TimeWindow(0, 25)));
    f.vehicle(depot, -1).add();
    Instance with = f.build();
    Instance without = f.withStop(s1, 0, List.of(new TimeWindow(0, 50))).build();
    RichResult r = solveFeasible(with);
    assertArrayEquals(new int[] {s2, s1}, r.routes().get(0).stops());
    assertEquals(40, r.evaluation().routes().get(0).serviceStarts()[1], 1e-6, "s1 waits for its second window");
    RichResult free = solveFeasible(without);
    assertArrayEquals(new int[] {s1, s2}, free.routes().get(0).stops());
    breaks(with, free, Violation.Kind.TIME_WINDOW);
  }

  @Test
  void serviceTimesCountTowardTheWindows() {
    Fixture f = new Fixture();
    int depot = f.loc(0, 0);
    int a = f.stop(10, 0, 10, List.of(new TimeWindow(0, 16)));
    int b = f.stop(10, 5, 10, List.of(new TimeWindow(0, 16)));
    f.vehicle(depot, depot).count(2).add();
    Instance with = f.build();
    Instance without = f.withStop(a, 0, List.of(new TimeWindow(0, 16)))
        .withStop(b, 0, List.of(new TimeWindow(0, 16))).build();
    assertEquals(2, solveFeasible(with).routes().size());
    RichResult free = solveFeasible(without);
    assertEquals(1, free.routes().size());
    breaks(with, free, Violation.Kind.TIME_WINDOW);
  }

  @Test
  void shiftSplitsARoute() {
    // leaving at 20, one route ends at 46.2; two end at 40 and 42.4
    Instance with = twoCloseStops(v -> v.shift(20, 45));
    assertEquals(2, solveFeasible(with).routes().size());
    breaks(with, solveFeasible(twoCloseStops(v -> v)), Violation.Kind.SHIFT);
  }

  @Test
  void maxDurationSplitsARoute() {
    Instance with = twoCloseStops(v -> v.maxDuration(25));
    assertEquals(2, solveFeasible(with).routes().size());
    breaks(with, solveFeasible(twoCloseStops(v -> v)), Violation.Kind.MAX_DURATION);
  }

  @Test
  void maxDistanceSplitsARoute() {
    Instance with = twoCloseStops(v -> v.maxDistance(25));
    assertEquals(2, solveFeasible(with).routes().size());
    breaks(with, solveFeasible(twoCloseStops(v -> v)), Violation.Kind.MAX_DISTANCE);
  }

  @Test
  void maxStopsSplitsARoute() {
    Fixture f = new Fixture();
    int depot = f.loc(0, 0);
    for (int i = 0; i < 3; i++) {
      f.stop(10, i);
    }
    Instance with = f.copy().vehicle(depot, depot).count(2).maxStops(2).then().build();
    Instance without = f.copy().vehicle(depot, depot).count(2).then().build();
    RichResult r = solveFeasible(with);
    assertEquals(2, r.routes().size());
    for (RichRoute route : r.routes()) {
      assertTrue(route.size() <= 2);
    }
    breaks(with, solveFeasible(without), Violation.Kind.MAX_STOPS);
  }

  @Test
  void driverBreakIsTakenInItsWindowAndSplitsARoute() {
    // one route lasts 26.2 + the 10-long break: past the shift end 35; two routes last 30 and 32.4
    Instance with = twoCloseStops(v -> v.shift(0, 35).breakAt(5, 40, 10));
    Instance without = twoCloseStops(v -> v.shift(0, 35));
    RichResult r = solveFeasible(with);
    assertEquals(2, r.routes().size());
    for (RichEvaluation.RouteReport rep : r.evaluation().routes()) {
      double start = rep.breakStarts()[0];
      assertTrue(start >= 5 - 1e-6 && start <= 40 + 1e-6, "break starts at " + start);
    }
    RichResult free = solveFeasible(without);
    assertEquals(1, free.routes().size());
    assertTrue(r.evaluation().cost() > free.evaluation().cost() + 10);
  }

  @Test
  void skillsRestrictTheVehicle() {
    Fixture f = new Fixture();
    int near = f.loc(0, 0);
    int far = f.loc(60, 60);
    int fridge = f.stop(5, 0, 0, List.of(), Set.of("fridge"));
    f.vehicle(near, near).add();
    int skilled = f.vehicle(far, far).skills("fridge").add();
    Instance with = f.build();
    Instance without = f.withStop(fridge, 0, List.of()).build();
    RichResult r = solveFeasible(with);
    assertEquals(skilled, r.routes().get(0).vehicle());
    RichResult free = solveFeasible(without);
    assertNotEquals(skilled, free.routes().get(0).vehicle());
    breaks(with, free, Violation.Kind.SKILL);
  }

  @Test
  void shipmentKeepsPickupAndDeliveryOnOneVehicle() {
    Fixture f = new Fixture();
    int a = f.loc(0, 0);
    int c = f.loc(50, 0);
    // no load: only the pairing constraints, not the load dimension, keep the two together
    int pickup = f.stop(50, 0, 0, List.of(), Set.of(), 0);
    int delivery = f.stop(10, 0, 0, List.of(), Set.of(), 0);
    f.vehicle(a, -1).add();
    f.vehicle(c, -1).add();
    Instance without = f.build();
    Instance with = f.copy().shipment(pickup, delivery).build();
    RichResult r = solveFeasible(with);
    assertEquals(1, r.routes().size());
    assertArrayEquals(new int[] {pickup, delivery}, r.routes().get(0).stops());
    assertEquals(40, r.evaluation().cost(), 1e-6);
    RichResult free = solveFeasible(without);
    assertEquals(10, free.evaluation().cost(), 1e-6, "each stop from its nearest start");
    breaks(with, free, Violation.Kind.PICKUP_DELIVERY);
  }

  @Test
  void shipmentPutsThePickupFirst() {
    Fixture f = new Fixture();
    int a = f.loc(0, 0);
    int pickup = f.stop(50, 0, 0, List.of(), Set.of(), 0);
    int delivery = f.stop(10, 0, 0, List.of(), Set.of(), 0);
    f.vehicle(a, -1).add();
    Instance without = f.build();
    Instance with = f.copy().shipment(pickup, delivery).build();
    RichResult r = solveFeasible(with);
    assertArrayEquals(new int[] {pickup, delivery}, r.routes().get(0).stops());
    RichResult free = solveFeasible(without);
    assertArrayEquals(new int[] {delivery, pickup}, free.routes().get(0).stops());
    breaks(with, free, Violation.Kind.PICKUP_DELIVERY);
  }

  @Test
  void pickupsAndDeliveriesShareTheCapacity() {
    // open route from 0 along a line: P1 10, P2 20, D1 30, D2 40; carrying both loads at once is cheapest
    Fixture f = new Fixture();
    int depot = f.loc(0, 0);
    int p1 = f.stop(10, 0);
    int p2 = f.stop(20, 0);
    int d1 = f.stop(30, 0);
    int d2 = f.stop(40, 0);
    f.shipment(p1, d1).shipment(p2, d2);
    Instance with = f.copy().vehicle(depot, -1).capacity(1).then().build();
    Instance without = f.copy().vehicle(depot, -1).capacity(2).then().build();
    RichResult r = solveFeasible(with);
    assertArrayEquals(new int[] {p1, d1, p2, d2}, r.routes().get(0).stops());
    assertEquals(60, r.evaluation().cost(), 1e-6);
    RichResult free = solveFeasible(without);
    assertEquals(40, free.evaluation().cost(), 1e-6);
    breaks(with, free, Violation.Kind.CAPACITY);
  }

  @Test
  void priorityDecidesWhichStopIsLeftOut() {
    Fixture f = new Fixture();
    int depot = f.loc(0, 0);
    int low = f.stop(5, 0);
    int high = f.stop(40, 0);
    f.vehicle(depot, depot).capacity(1).add();
    Instance without = f.build();
    Instance with = f.withPriority(high, 5).build();
    RichResult r = solve(RichRequest.of(with));
    assertTrue(r.evaluation().feasible());
    assertArrayEquals(new int[] {high}, r.routes().get(0).stops());
    Unassigned u = r.unassigned().get(0);
    assertEquals(low, u.stopIndex());
    assertEquals(RichReasons.PRIORITY_TRADE_OFF, u.code());
    RichResult free = solve(RichRequest.of(without));
    assertArrayEquals(new int[] {low}, free.routes().get(0).stops(), "without priorities the cheap stop is kept");
    assertEquals(Unassigned.NOT_ROUTED, free.unassigned().get(0).code());
  }

  @Test
  void fixedCostMergesRoutes() {
    Fixture f = new Fixture();
    int a = f.loc(10, 0);
    int c = f.loc(-10, 0);
    f.stop(11, 0);
    f.stop(-11, 0);
    Instance with = f.copy().vehicle(a, a).fixed(100).then().vehicle(c, c).fixed(100).then().build();
    Instance without = f.copy().vehicle(a, a).then().vehicle(c, c).then().build();
    RichResult r = solveFeasible(with);
    assertEquals(1, r.routes().size());
    assertEquals(144, r.evaluation().cost(), 1e-6);
    RichResult free = solveFeasible(without);
    assertEquals(2, free.routes().size());
    assertEquals(4, free.evaluation().cost(), 1e-6);
  }

  @Test
  void costPerTimeMovesTheWorkToAnotherVehicle() {
    Fixture f = new Fixture();
    int near = f.loc(0, 0);
    int far = f.loc(30, 0);
    f.stop(10, 0);
    Instance with = f.copy().vehicle(near, near).perTime(10).then().vehicle(far, far).then().build();
    Instance without = f.copy().vehicle(near, near).then().vehicle(far, far).then().build();
    RichResult r = solveFeasible(with);
    assertEquals(1, r.routes().get(0).vehicle(), "20 distance + 10 x 20 time near, 40 distance far");
    assertEquals(40, r.evaluation().cost(), 1e-6);
    RichResult free = solveFeasible(without);
    assertEquals(0, free.routes().get(0).vehicle());
    assertEquals(20, free.evaluation().cost(), 1e-6);
  }

  @Test
  void costPerDistanceDiffersByVehicleType() {
    Fixture f = new Fixture();
    int near = f.loc(0, 0);
    int far = f.loc(25, 0);
    f.stop(10, 0);
    Instance with = f.copy().vehicle(near, near).perDistance(3).then().vehicle(far, far).then().build();
    Instance without = f.copy().vehicle(near, near).then().vehicle(far, far).then().build();
    RichResult r = solveFeasible(with);
    assertEquals(1, r.routes().get(0).vehicle());
    assertEquals(30, r.evaluation().cost(), 1e-6);
    RichResult free = solveFeasible(without);
    assertEquals(0, free.routes().get(0).vehicle());
    assertEquals(20, free.evaluation().cost(), 1e-6);
  }

  @Test
  void openRouteCostsNoReturn() {
    Fixture f = new Fixture();
    int depot = f.loc(0, 0);
    f.stop(10, 0);
    f.stop(20, 0);
    assertEquals(20, solveFeasible(f.copy().vehicle(depot, -1).then().build()).evaluation().cost(), 1e-6);
    assertEquals(40, solveFeasible(f.copy().vehicle(depot, depot).then().build()).evaluation().cost(), 1e-6);
    // an open start: the route begins at its first stop
    assertEquals(10, solveFeasible(f.copy().vehicle(-1, -1).then().build()).evaluation().cost(), 1e-6);
  }

  @Test
  void eachDepotServesItsNeighbours() {
    Fixture f = new Fixture();
    int west = f.loc(0, 0);
    int east = f.loc(100, 0);
    int w = f.stop(5, 0);
    int e = f.stop(95, 0);
    Instance with = f.copy().vehicle(west, west).then().vehicle(east, east).then().build();
    Instance without = f.copy().vehicle(west, west).count(2).then().build();
    RichResult r = solveFeasible(with);
    assertEquals(20, r.evaluation().cost(), 1e-6);
    assertEquals(0, routeOf(r, w).vehicle());
    assertEquals(1, routeOf(r, e).vehicle());
    assertEquals(190, solveFeasible(without).evaluation().cost(), 1e-6);
  }

  @Test
  void locksKeepVehicleAndSequence() {
    Fixture f = new Fixture();
    int west = f.loc(0, 0);
    int east = f.loc(100, 0);
    int s1 = f.stop(10, 0);
    int s2 = f.stop(20, 0);
    int s3 = f.stop(90, 0);
    f.vehicle(west, -1).then().vehicle(east, -1).add();
    Instance inst = f.build();
    List<Lock> locks = List.of(new Lock(0, new int[] {s2, s1}, true), new Lock(0, new int[] {s3}, false));
    RichResult r = solveFeasible(RichRequest.of(inst).withLocks(locks));
    assertEquals(1, r.routes().size());
    assertEquals(0, r.routes().get(0).vehicle());
    int[] order = r.routes().get(0).stops();
    assertTrue(indexOf(order, s2) < indexOf(order, s1), () -> java.util.Arrays.toString(order));
    RichResult free = solveFeasible(inst);
    assertEquals(1, routeOf(free, s3).vehicle());
    assertArrayEquals(new int[] {s1, s2}, routeOf(free, s1).stops());
    assertTrue(RichEvaluator.evaluate(inst, free.routes(), locks).has(Violation.Kind.LOCK));
  }

  @Test
  void warmStartIsWhereTheSearchBegins() {
    Fixture f = new Fixture();
    int depot = f.loc(0, 0);
    for (int i = 0; i < 6; i++) {
      f.stop(10 + 3 * i, (i % 2) * 7);
    }
    f.vehicle(depot, depot).count(2).capacity(3).add();
    Instance inst = f.build();
    // a poor but feasible start: stops split by parity
    List<RichRoute> warm = List.of(RichRoute.of(0, 0, 2, 4), RichRoute.of(1, 1, 3, 5));
    double warmCost = RichEvaluator.evaluate(inst, warm).cost();
    SolveOptions one = SolveOptions.builder().timeLimit(Duration.ofMillis(700)).iterationLimit(1).build();
    RichResult first = new OrToolsEngine().solveRich(RichRequest.of(inst).withInitialRoutes(warm), one, null, null);
    assertEquals(warm, first.routes(), "one solution: the warm start itself");
    RichResult cold = new OrToolsEngine().solveRich(RichRequest.of(inst), one, null, null);
    assertNotEquals(warm, cold.routes());
    RichResult improved = solveFeasible(RichRequest.of(inst).withInitialRoutes(warm));
    assertTrue(improved.evaluation().cost() < warmCost - 1, improved.evaluation().cost() + " vs " + warmCost);
  }

  @Test
  void polishWorksOnAMultiDepotInstance() {
    Fixture f = new Fixture();
    int west = f.loc(0, 0);
    int east = f.loc(100, 0);
    for (int i = 0; i < 4; i++) {
      f.stop(5 + 30 * i, 3);
    }
    f.vehicle(west, west).count(2).then().vehicle(east, east).count(2).add();
    Instance inst = f.build();
    // every stop from the west depot, alternate stops on each route: feasible but poor
    List<RichRoute> poorRoutes = List.of(RichRoute.of(0, 0, 2), RichRoute.of(1, 1, 3));
    RichEvaluation poorEval = RichEvaluator.evaluate(inst, poorRoutes);
    assertTrue(poorEval.feasible());
    org.routeforge.solver.model.Solution poor = RichResult.toSolution(inst, poorRoutes, poorEval, List.of());
    org.routeforge.solver.model.Solution polished = OrToolsPolish.polish(inst, poor, Duration.ofMillis(500),
        new org.routeforge.solver.CancelToken());
    assertTrue(polished.feasible());
    assertTrue(polished.cost() < poor.cost() - 1, polished.cost() + " vs " + poor.cost());
  }

  // ---- fixtures ----

  /** Two stops 5 apart, 10 from the depot: one route 26.2, two routes 20 and 22.4; two vehicles. */
  private static Instance twoCloseStops(java.util.function.UnaryOperator<VehicleTypeBuilder<Fixture>> vehicle, int... demand) {
    return twoCloseStops(vehicle, TimeWindow.ALWAYS, demand);
  }

  private static Instance twoCloseStops(java.util.function.UnaryOperator<VehicleTypeBuilder<Fixture>> vehicle, TimeWindow window,
      int... demand) {
    Fixture f = new Fixture();
    int depot = f.loc(0, 0);
    List<TimeWindow> ws = window.isUnbounded() ? List.of() : List.of(window);
    f.stop(10, 0, 0, ws, Set.of(), demand);
    f.stop(10, 5, 0, ws, Set.of(), demand);
    return vehicle.apply(f.vehicle(depot, depot).count(2)).then().build();
  }

  private static RichRoute routeOf(RichResult r, int stop) {
    for (RichRoute route : r.routes()) {
      if (indexOf(route.stops(), stop) >= 0) {
        return route;
      }
    }
    throw new AssertionError("stop " + stop + " is on no route: " + r.routes());
  }

  private static int indexOf(int[] a, int x) {
    for (int i = 0; i < a.length; i++) {
      if (a[i] == x) {
        return i;
      }
    }
    return -1;
  }

  /** A small instance under construction: exact Euclidean distances, durations = distances. */
  private static final class Fixture {
    private final List<Location> locs = new ArrayList<>();
    private final List<Stop> stops = new ArrayList<>();
    private final List<Shipment> shipments = new ArrayList<>();
    private final List<VehicleType> types = new ArrayList<>();

    int loc(double x, double y) {
      locs.add(new Location("l" + locs.size(), x, y));
      return locs.size() - 1;
    }

    int stop(double x, double y) {
      return stop(x, y, 0, List.of(), Set.of());
    }

    int stop(double x, double y, double service, List<TimeWindow> windows) {
      return stop(x, y, service, windows, Set.of());
    }

    int stop(double x, double y, double service, List<TimeWindow> windows, Set<String> skills, int... demand) {
      int l = loc(x, y);
      stops.add(new Stop("s" + stops.size(), l, demand.length == 0 ? new int[] {1} : demand, service, windows,
          skills, 0));
      return stops.size() - 1;
    }

    /** A copy with stop {@code s}'s service, windows and skills replaced (skills cleared). */
    Fixture withStop(int s, double service, List<TimeWindow> windows) {
      Fixture c = copy();
      Stop old = c.stops.get(s);
      c.stops.set(s, new Stop(old.id(), old.location(), old.demand(), service, windows, Set.of(), old.priority()));
      return c;
    }

    Fixture withPriority(int s, int priority) {
      Fixture c = copy();
      Stop old = c.stops.get(s);
      c.stops.set(s, new Stop(old.id(), old.location(), old.demand(), old.serviceTime(), old.timeWindows(),
          old.skills(), priority));
      return c;
    }

    Fixture shipment(int pickup, int delivery) {
      shipments.add(new Shipment(pickup, delivery));
      return this;
    }

    Fixture copy() {
      Fixture c = new Fixture();
      c.locs.addAll(locs);
      c.stops.addAll(stops);
      c.shipments.addAll(shipments);
      c.types.addAll(types);
      return c;
    }

    VehicleTypeBuilder<Fixture> vehicle(int start, int end) {
      return new VehicleTypeBuilder<>(this, types, start, end);
    }

    Instance build() {
      Instance.Builder b = Instance.builder("ortools-constraints");
      b.locations(locs);
      b.euclidean(Rounding.EXACT);
      b.stops(stops);
      shipments.forEach(b::addShipment);
      b.vehicleTypes(types);
      return b.build();
    }
  }
}
