package org.routeforge.solver.rich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.routeforge.data.model.DenseMatrix;
import org.routeforge.data.model.Instance;
import org.routeforge.data.model.Location;
import org.routeforge.data.model.Stop;
import org.routeforge.data.model.TimeWindow;
import org.routeforge.data.model.VehicleType;
import org.routeforge.solver.VehicleTypeBuilder;
import org.routeforge.solver.model.Unassigned;

/** Every unassigned reason code, from the pre-analysis and from a whole solve (a partial solution, never a failure). */
class RichReasonsTest {

  /** One depot at (0, 0), one far stop at (50, 0) plus a normal stop at (1, 0); {@code tweak} breaks the far one. */
  private static Unassigned reasonFor(java.util.function.BiConsumer<Rich.B, VehicleTypeBuilder<Rich.B>> tweak, boolean skilled,
      int demand, List<TimeWindow> windows) {
    Rich.B b = new Rich.B();
    int d = b.loc(0, 0);
    b.stop(1, 0);
    b.stop(50, 0, 0, windows, skilled ? Set.of("crane") : Set.of(), 0, demand);
    VehicleTypeBuilder<Rich.B> v = b.vehicle(d, d).capacity(10);
    tweak.accept(b, v);
    v.add();
    List<Unassigned> out = RichReasons.unservable(b.build());
    assertEquals(1, out.size(), () -> out.toString());
    assertEquals(1, out.get(0).stopIndex());
    return out.get(0);
  }

  @Test
  void skill() {
    assertEquals(Unassigned.SKILL, reasonFor((b, v) -> { }, true, 1, List.of()).code());
  }

  @Test
  void capacity() {
    assertEquals(Unassigned.CAPACITY, reasonFor((b, v) -> { }, false, 11, List.of()).code());
  }

  @Test
  void timeWindow() {
    assertEquals(Unassigned.TIME_WINDOW, reasonFor((b, v) -> { }, false, 1, List.of(new TimeWindow(0, 20))).code());
  }

  @Test
  void shiftTooShortIsATimeWindowReason() {
    assertEquals(Unassigned.TIME_WINDOW, reasonFor((b, v) -> v.shift(0, 60), false, 1, List.of()).code());
  }

  @Test
  void maxDistance() {
    assertEquals(Unassigned.MAX_DISTANCE, reasonFor((b, v) -> v.maxDistance(60), false, 1, List.of()).code());
  }

  @Test
  void maxDuration() {
    assertEquals(Unassigned.MAX_DURATION, reasonFor((b, v) -> v.maxDuration(60), false, 1, List.of()).code());
  }

  @Test
  void breakThatCannotBePlaced() {
    // the break must start by 5 and lasts 100: the far stop's window [0, 80] cannot be met
    assertEquals(RichReasons.BREAK, reasonFor((b, v) -> v.breakAt(0, 5, 100), false, 1,
        List.of(new TimeWindow(0, 80))).code());
  }

  @Test
  void maxStops() {
    Rich.B b = new Rich.B();
    int d = b.loc(0, 0);
    b.stop(1, 0);
    b.vehicle(d, d).maxStops(0).add();
    assertEquals(RichReasons.MAX_STOPS, RichReasons.unservable(b.build()).get(0).code());
  }

  @Test
  void unreachableLocation() {
    double inf = Double.POSITIVE_INFINITY;
    DenseMatrix m = DenseMatrix.of(new double[][] {{0, 5, inf}, {5, 0, inf}, {inf, inf, 0}});
    Instance inst = Instance.builder("unreachable")
        .locations(List.of(new Location("d", Double.NaN, Double.NaN), new Location("a", Double.NaN, Double.NaN),
            new Location("b", Double.NaN, Double.NaN)))
        .distances(m)
        .stops(List.of(Stop.simple("a", 1, 1), Stop.simple("b", 2, 1)))
        .addVehicleType(VehicleType.simple(2, 10, 0))
        .build();
    List<Unassigned> out = RichReasons.unservable(inst);
    assertEquals(1, out.size());
    assertEquals(Unassigned.UNREACHABLE, out.get(0).code());
  }

  @Test
  void shipmentPartnerOfAnUnservableStop() {
    Rich.B b = new Rich.B();
    int d = b.loc(0, 0);
    int p = b.stop(5, 0, 0, List.of(), Set.of("crane"), 0, 1);
    int q = b.stop(6, 0);
    b.shipment(p, q);
    b.vehicle(d, d).add();
    List<Unassigned> out = RichReasons.unservable(b.build());
    assertEquals(2, out.size());
    assertEquals(Unassigned.SKILL, out.get(0).code());
    assertEquals(RichReasons.SHIPMENT, out.get(1).code());
    assertEquals(q, out.get(1).stopIndex());
  }

  @Test
  void aTypeThatCanServeClearsTheReason() {
    Rich.B b = new Rich.B();
    int d = b.loc(0, 0);
    b.stop(5, 0, 0, List.of(), Set.of("crane"), 0, 1);
    b.vehicle(d, d).add();
    b.vehicle(d, d).skills("crane").add();
    assertTrue(RichReasons.unservable(b.build()).isEmpty());
  }

  @ParameterizedTest
  @EnumSource(Rich.Engine.class)
  void solveReturnsPartialSolutionWithReasonsAndNotRouted(Rich.Engine engine) {
    Rich.B b = new Rich.B();
    int d = b.loc(0, 0);
    int skilled = b.stop(5, 0, 0, List.of(), Set.of("crane"), 0, 1);
    b.stop(10, 0, 0, List.of(), Set.of(), 0, 1);
    b.stop(-10, 0, 0, List.of(), Set.of(), 0, 1);
    b.vehicle(d, d).capacity(1).add();
    RichResult r = engine.solve(RichRequest.of(b.build()));
    assertTrue(r.evaluation().feasible(), () -> r.evaluation().violations().toString());
    assertEquals(1, r.routes().size());
    List<Unassigned> u = r.unassigned();
    assertEquals(2, u.size());
    assertEquals(skilled, u.get(0).stopIndex());
    assertEquals(Unassigned.SKILL, u.get(0).code());
    assertEquals(Unassigned.NOT_ROUTED, u.get(1).code());
    assertTrue(!r.result().best().feasible());
  }
}
