package org.routeforge.solver.rich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.routeforge.data.model.Instance;
import org.routeforge.data.model.TimeWindow;
import org.routeforge.solver.VehicleTypeBuilder;

/** The independent checker finds each kind of violation and computes cost the documented way. */
class RichEvaluatorTest {

  @Test
  void onBoardLoadOfShipmentsCounts() {
    Rich.B b = new Rich.B();
    int d = b.loc(0, 0);
    int p1 = b.stop(10, 0, 3);
    int q1 = b.stop(20, 0, 3);
    int p2 = b.stop(15, 0, 3);
    int q2 = b.stop(25, 0, 3);
    b.shipment(p1, q1);
    b.shipment(p2, q2);
    b.vehicle(d, d).capacity(5).add();
    Instance inst = b.build();
    assertTrue(RichEvaluator.evaluate(inst, List.of(RichRoute.of(0, p1, q1, p2, q2))).feasible());
    RichEvaluation both = RichEvaluator.evaluate(inst, List.of(RichRoute.of(0, p1, p2, q1, q2)));
    assertTrue(both.has(Violation.Kind.CAPACITY));
    RichEvaluation wrongOrder = RichEvaluator.evaluate(inst, List.of(RichRoute.of(0, q1, p1, p2, q2)));
    assertTrue(wrongOrder.has(Violation.Kind.PICKUP_DELIVERY));
    RichEvaluation half = RichEvaluator.evaluate(inst, List.of(RichRoute.of(0, p1, q1, p2)));
    assertTrue(half.has(Violation.Kind.PICKUP_DELIVERY));
  }

  @Test
  void costIsFixedPlusDistancePlusTimeWithoutStartWait() {
    Rich.B b = new Rich.B();
    int d = b.loc(0, 0);
    b.stop(10, 0, 5, List.of(new TimeWindow(100, 200)), Set.of(), 0, 1);
    VehicleTypeBuilder<Rich.B> v = b.vehicle(d, d).fixed(7);
    v.perTime(0.5);
    v.add();
    RichEvaluation e = RichEvaluator.evaluate(b.build(), List.of(RichRoute.of(0, 0)));
    assertTrue(e.feasible());
    RichEvaluation.RouteReport r = e.routes().get(0);
    // leaves at 90 (not 0), serves 100-105, back at 115: duration 25
    assertEquals(90, r.departure(), 1e-9);
    assertEquals(25, r.duration(), 1e-9);
    assertEquals(7 + 20 + 0.5 * 25, e.cost(), 1e-9);
  }

  /**
   * Leaving later than the forward slack of the first window moves stop a into its second window:
   * the duration jumps up, then falls below the first window's best as the wait there is absorbed.
   */
  @Test
  void durationIsTheLeastOverDeparturesWhenALaterWindowIsShorter() {
    Rich.B b = new Rich.B();
    int d = b.loc(0, 0);
    int a = b.stop(10, 0, 0, List.of(new TimeWindow(0, 20), new TimeWindow(100, 120)), Set.of(), 0, 1);
    int c = b.stop(20, 0, 0, List.of(new TimeWindow(230, 240)), Set.of(), 0, 1);
    b.vehicle(d, d).shift(5, 400).add();
    RichEvaluation e = RichEvaluator.evaluate(b.build(), List.of(RichRoute.of(0, a, c)));
    assertTrue(e.feasible(), e.violations().toString());
    RichEvaluation.RouteReport r = e.routes().get(0);
    // leaving at 10 (a served at 20 in its first window) takes 240; leaving at 110 (a at 120 in its
    // second window, c waits from 130 to 230, back at 250) takes 140
    assertEquals(110, r.departure(), 1e-9);
    assertEquals(140, r.duration(), 1e-9);
    assertEquals(120, r.serviceStarts()[0], 1e-9);
    assertEquals(250, r.end(), 1e-9);
  }

  @Test
  void windowsShiftSkillsStopsLocksAndVehiclesAreChecked() {
    Rich.B b = new Rich.B();
    int d = b.loc(0, 0);
    int a = b.stop(10, 0, 0, List.of(new TimeWindow(0, 5)), Set.of("x"), 0, 1);
    int c = b.stop(20, 0);
    b.vehicle(d, d).count(1).maxStops(1).shift(0, 30).maxDistance(30).maxDuration(30).add();
    Instance inst = b.build();
    RichEvaluation e = RichEvaluator.evaluate(inst, List.of(RichRoute.of(0, a, c), RichRoute.of(0)),
        List.of(new Lock(0, new int[] {c, a}, true)));
    for (Violation.Kind k : new Violation.Kind[] {Violation.Kind.TIME_WINDOW, Violation.Kind.SKILL,
        Violation.Kind.MAX_STOPS, Violation.Kind.SHIFT, Violation.Kind.MAX_DISTANCE, Violation.Kind.MAX_DURATION,
        Violation.Kind.LOCK}) {
      assertTrue(e.has(k), () -> k + " missing from " + e.violations());
    }
    RichEvaluation twice = RichEvaluator.evaluate(inst, List.of(RichRoute.of(0, c), RichRoute.of(0, a)));
    assertTrue(twice.has(Violation.Kind.VEHICLE_COUNT));
  }

  @Test
  void breakOutsideItsWindowOrMissingIsReported() {
    Rich.B b = new Rich.B();
    int d = b.loc(0, 0);
    int a = b.stop(50, 0);
    b.vehicle(d, d).breakAt(0, 10, 5).add();
    Instance inst = b.build();
    assertTrue(RichEvaluator.evaluate(inst, List.of(new RichRoute(0, new int[] {a}, new int[] {0}))).feasible());
    assertTrue(RichEvaluator.evaluate(inst, List.of(new RichRoute(0, new int[] {a}, new int[] {1})))
        .has(Violation.Kind.BREAK));
    assertTrue(RichEvaluator.evaluate(inst, List.of(RichRoute.of(0, a))).has(Violation.Kind.BREAK));
  }

  @Test
  void openRoutesHaveNoReturnLeg() {
    Rich.B b = new Rich.B();
    int d = b.loc(0, 0);
    int a = b.stop(30, 40);
    b.vehicle(-1, d).add();
    b.vehicle(d, -1).add();
    Instance inst = b.build();
    assertEquals(50, RichEvaluator.evaluate(inst, List.of(RichRoute.of(0, a))).cost(), 1e-9);
    assertEquals(50, RichEvaluator.evaluate(inst, List.of(RichRoute.of(1, a))).cost(), 1e-9);
    assertFalse(RichEvaluator.evaluate(inst, List.of(RichRoute.of(2, a))).feasible());
  }
}
