package org.routeforge.solver.rich;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.routeforge.data.model.Instance;
import org.routeforge.data.model.TimeWindow;
import org.routeforge.solver.VehicleTypeBuilder;
import org.routeforge.solver.model.Unassigned;

/**
 * One test per constraint, each built so that an engine ignoring the constraint would return a
 * different (cheaper) answer; run on both engines and checked by {@link RichEvaluator}.
 */
class RichEngineConstraintsTest {

  private static RichResult solveChecked(Rich.Engine engine, RichRequest req) {
    RichResult r = engine.solve(req);
    RichEvaluation again = RichEvaluator.evaluate(req.instance(), r.routes(), req.locks());
    assertTrue(again.feasible(), () -> engine + " broke constraints: " + again.violations());
    return r;
  }

  @ParameterizedTest
  @EnumSource(Rich.Engine.class)
  void windowReachableByOnlyOneVehicleEndsOnThatVehicle(Rich.Engine engine) {
    Rich.B b = new Rich.B();
    int depotA = b.loc(0, 0);
    int depotB = b.loc(100, 0);
    int tight = b.stop(95, 0, 0, List.of(new TimeWindow(0, 10)), Set.of(), 0, 1);
    b.stop(50, 0);
    b.vehicle(depotA, depotA).add();
    int typeB = b.vehicle(depotB, depotB).add();
    Instance inst = b.build();
    RichResult r = solveChecked(engine, RichRequest.of(inst));
    RichRoute route = Rich.routeOf(r, tight);
    assertNotNull(route, "the tight stop is served");
    assertEquals(typeB, RichFleet.of(inst).typeOf(route.vehicle()));
  }

  @ParameterizedTest
  @EnumSource(Rich.Engine.class)
  void skillLessVehicleNeverServesSkilledStop(Rich.Engine engine) {
    Rich.B b = new Rich.B();
    int near = b.loc(0, 0);
    int far = b.loc(60, 60);
    int fridge = b.stop(5, 0, 0, List.of(), Set.of("fridge"), 0, 1);
    b.stop(0, 5);
    b.vehicle(near, near).add();
    int skilled = b.vehicle(far, far).skills("fridge").add();
    Instance inst = b.build();
    RichResult r = solveChecked(engine, RichRequest.of(inst));
    RichRoute route = Rich.routeOf(r, fridge);
    assertNotNull(route);
    assertEquals(skilled, RichFleet.of(inst).typeOf(route.vehicle()));
  }

  @ParameterizedTest
  @EnumSource(Rich.Engine.class)
  void pickupAndDeliveryOnOneVehiclePickupFirst(Rich.Engine engine) {
    Rich.B b = new Rich.B();
    int a = b.loc(0, 0);
    int c = b.loc(50, 0);
    int pickup = b.stop(50, 0);
    int delivery = b.stop(10, 0);
    b.shipment(pickup, delivery);
    b.vehicle(a, -1).add();
    b.vehicle(c, -1).add();
    RichResult r = solveChecked(engine, RichRequest.of(b.build()));
    RichRoute route = Rich.routeOf(r, pickup);
    assertNotNull(route);
    assertArrayEquals(new int[] {pickup, delivery}, route.stops());
    assertEquals(40, r.evaluation().cost(), 1e-6);
  }

  @ParameterizedTest
  @EnumSource(Rich.Engine.class)
  void capacityHoldsInEveryDimension(Rich.Engine engine) {
    Rich.B b = new Rich.B();
    int d = b.loc(0, 0);
    b.stop(10, 0, 1, 5);
    b.stop(10, 1, 1, 5);
    b.vehicle(d, d).count(2).capacity(10, 5).add();
    RichResult r = solveChecked(engine, RichRequest.of(b.build()));
    assertEquals(2, r.routes().size());
    assertEquals(0, r.evaluation().unserved().length);
  }

  @ParameterizedTest
  @EnumSource(Rich.Engine.class)
  void maxStopsPerRoute(Rich.Engine engine) {
    Rich.B b = new Rich.B();
    int d = b.loc(0, 0);
    for (int i = 0; i < 4; i++) {
      b.stop(10, i);
    }
    b.vehicle(d, d).count(3).maxStops(2).add();
    RichResult r = solveChecked(engine, RichRequest.of(b.build()));
    assertEquals(0, r.evaluation().unserved().length);
    for (RichRoute route : r.routes()) {
      assertTrue(route.size() <= 2);
    }
  }

  @ParameterizedTest
  @EnumSource(Rich.Engine.class)
  void maxDistanceAndDurationAndShiftSplitRoutes(Rich.Engine engine) {
    for (int limit = 0; limit < 3; limit++) {
      Rich.B b = new Rich.B();
      int d = b.loc(0, 0);
      b.stop(10, 0);
      b.stop(-10, 0);
      VehicleTypeBuilder<Rich.B> v = b.vehicle(d, d).count(2);
      if (limit == 0) {
        v.maxDistance(25);
      } else if (limit == 1) {
        v.maxDuration(25);
      } else {
        v.shift(0, 25);
      }
      v.add();
      RichResult r = solveChecked(engine, RichRequest.of(b.build()));
      assertEquals(2, r.routes().size(), "limit " + limit);
      assertEquals(0, r.evaluation().unserved().length);
    }
  }

  @ParameterizedTest
  @EnumSource(Rich.Engine.class)
  void openRouteCostsNoReturn(Rich.Engine engine) {
    Rich.B b = new Rich.B();
    int d = b.loc(0, 0);
    b.stop(10, 0);
    b.stop(20, 0);
    b.vehicle(d, -1).add();
    RichResult r = solveChecked(engine, RichRequest.of(b.build()));
    assertEquals(20, r.evaluation().cost(), 1e-6);
  }

  @ParameterizedTest
  @EnumSource(Rich.Engine.class)
  void breakIsTakenInsideItsWindow(Rich.Engine engine) {
    Rich.B b = new Rich.B();
    int d = b.loc(0, 0);
    b.stop(10, 0);
    b.stop(20, 0);
    b.vehicle(d, d).breakAt(30, 40, 10).add();
    RichResult r = solveChecked(engine, RichRequest.of(b.build()));
    RichEvaluation.RouteReport rep = r.evaluation().routes().get(0);
    double start = rep.breakStarts()[0];
    assertTrue(start >= 30 - 1e-6 && start <= 40 + 1e-6, "break starts at " + start);
    assertTrue(rep.end() >= 40 - 1e-6, "the route lasts past the break, ends at " + rep.end());
  }

  @ParameterizedTest
  @EnumSource(Rich.Engine.class)
  void severalWindowsServiceInsideOne(Rich.Engine engine) {
    Rich.B b = new Rich.B();
    int d = b.loc(0, 0);
    int s = b.stop(20, 0, 0, List.of(new TimeWindow(0, 5), new TimeWindow(50, 60)), Set.of(), 0, 1);
    b.vehicle(d, d).add();
    RichResult r = solveChecked(engine, RichRequest.of(b.build()));
    assertNotNull(Rich.routeOf(r, s));
    double start = r.evaluation().routes().get(0).serviceStarts()[0];
    assertTrue(start >= 50 && start <= 60, "service starts at " + start);
  }

  @ParameterizedTest
  @EnumSource(Rich.Engine.class)
  void fixedCostDrivesFewerVehicles(Rich.Engine engine) {
    Rich.B b = new Rich.B();
    int a = b.loc(10, 0);
    int c = b.loc(-10, 0);
    b.stop(11, 0);
    b.stop(-11, 0);
    b.vehicle(a, a).fixed(100).add();
    b.vehicle(c, c).fixed(100).add();
    RichResult r = solveChecked(engine, RichRequest.of(b.build()));
    assertEquals(1, r.routes().size());
    assertEquals(144, r.evaluation().cost(), 1e-6);
  }

  @ParameterizedTest
  @EnumSource(Rich.Engine.class)
  void minMaxBalancesRoutes(Rich.Engine engine) {
    Rich.B b = new Rich.B();
    int d = b.loc(0, 0);
    for (int i = 0; i < 4; i++) {
      b.stop(10, i, 10, List.of(), Set.of(), 0, 1);
    }
    b.vehicle(d, d).count(2).add();
    Instance inst = b.build();
    RichResult cost = solveChecked(engine, RichRequest.of(inst));
    RichResult balanced = solveChecked(engine, RichRequest.of(inst).withObjective(Objective.MIN_MAX));
    assertEquals(1, cost.routes().size());
    assertEquals(2, balanced.routes().size());
    assertTrue(balanced.evaluation().makespan() < cost.evaluation().makespan() - 10);
  }

  @ParameterizedTest
  @EnumSource(Rich.Engine.class)
  void highPriorityStopIsKept(Rich.Engine engine) {
    Rich.B b = new Rich.B();
    int d = b.loc(0, 0);
    int low = b.stop(5, 0, 0, List.of(), Set.of(), 0, 1);
    int high = b.stop(40, 0, 0, List.of(), Set.of(), 5, 1);
    b.vehicle(d, d).capacity(1).add();
    RichResult r = solveChecked(engine, RichRequest.of(b.build()));
    assertNotNull(Rich.routeOf(r, high));
    Unassigned u = r.unassigned().get(0);
    assertEquals(low, u.stopIndex());
    assertEquals(RichReasons.PRIORITY_TRADE_OFF, u.code());
  }

  @ParameterizedTest
  @EnumSource(Rich.Engine.class)
  void lockedStopsStayOnTheirVehicleAndSequence(Rich.Engine engine) {
    Rich.B b = new Rich.B();
    int d0 = b.loc(0, 0);
    int d1 = b.loc(100, 0);
    int s1 = b.stop(10, 0);
    int s2 = b.stop(20, 0);
    int s3 = b.stop(90, 0);
    b.vehicle(d0, d0).count(2).add();
    b.vehicle(d1, d1).add();
    Instance inst = b.build();
    List<Lock> locks = List.of(new Lock(0, new int[] {s2, s1}, true), new Lock(1, new int[] {s3}, false));
    RichResult r = solveChecked(engine, RichRequest.of(inst).withLocks(locks));
    RichRoute r0 = Rich.routeOf(r, s1);
    assertEquals(0, r0.vehicle());
    assertArrayEquals(new int[] {s2, s1}, r0.stops());
    assertEquals(1, Rich.routeOf(r, s3).vehicle());
  }

  @ParameterizedTest
  @EnumSource(Rich.Engine.class)
  void warmStartIsNeverWorse(Rich.Engine engine) {
    Rich.B b = new Rich.B();
    int d = b.loc(0, 0);
    for (int i = 0; i < 6; i++) {
      b.stop(10 + 3 * i, (i % 2) * 7);
    }
    b.vehicle(d, d).count(2).capacity(3).add();
    Instance inst = b.build();
    List<RichRoute> warm = List.of(RichRoute.of(0, 0, 1, 2), RichRoute.of(1, 3, 4, 5));
    double warmCost = RichEvaluator.evaluate(inst, warm).cost();
    RichResult r = solveChecked(engine, RichRequest.of(inst).withInitialRoutes(warm));
    assertEquals(0, r.evaluation().unserved().length);
    assertTrue(r.evaluation().cost() <= warmCost + 1e-6);
  }

  @ParameterizedTest
  @EnumSource(Rich.Engine.class)
  void vehicleCountPerTypeIsRespected(Rich.Engine engine) {
    Rich.B b = new Rich.B();
    int near = b.loc(0, 0);
    int far = b.loc(80, 0);
    b.stop(5, 0);
    b.stop(0, 5);
    b.vehicle(near, near).capacity(1).add();
    int farType = b.vehicle(far, far).capacity(1).count(3).add();
    Instance inst = b.build();
    RichResult r = solveChecked(engine, RichRequest.of(inst));
    assertEquals(2, r.routes().size());
    assertEquals(0, r.evaluation().unserved().length);
    int onFar = 0;
    for (RichRoute route : r.routes()) {
      onFar += RichFleet.of(inst).typeOf(route.vehicle()) == farType ? 1 : 0;
    }
    assertEquals(1, onFar, "the near type has one vehicle, so one stop goes to the far depot");
  }
}
