package org.routeforge.solver.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.routeforge.data.model.Instance;
import org.routeforge.data.model.Location;
import org.routeforge.data.model.Rounding;
import org.routeforge.data.model.Stop;
import org.routeforge.data.model.TimeWindow;
import org.routeforge.data.model.VehicleType;

/** The independent evaluator on a hand-computed line instance. */
class SolutionTest {
  /** Depot at x=0, stops at x=10, 20, 30; capacity 10; windows chosen to force a wait and a warp. */
  private static Instance line() {
    Instance.Builder b = Instance.builder("line");
    b.addLocation(new Location("d", 0, 0));
    b.addLocation(new Location("a", 10, 0));
    b.addLocation(new Location("b", 20, 0));
    b.addLocation(new Location("c", 30, 0));
    b.euclidean(Rounding.EXACT);
    b.addStop(new Stop("a", 1, new int[] {4}, 5, List.of(new TimeWindow(15, 100)), Set.of(), 0));
    b.addStop(new Stop("b", 2, new int[] {4}, 5, List.of(new TimeWindow(0, 20)), Set.of(), 0));
    b.addStop(new Stop("c", 3, new int[] {4}, 0, List.of(), Set.of(), 0));
    b.addVehicleType(VehicleType.simple(2, 10, 0).withShift(new TimeWindow(0, 1000)));
    return b.build();
  }

  @Test
  void computesArrivalsWaitsTimeWarpAndLoad() {
    Solution s = Solution.evaluate(line(), List.of(new int[] {0, 1, 2}));
    Route r = s.routes().get(0);
    // leaving at 0 would wait 5 at a; leaving at 5 ends just as early (at 65), so the vehicle leaves
    // at 5: arrive a at 15, serve until 20, arrive b at 30 (closes 20: warp 10), serve 20..25,
    // arrive c at 35, back at 65; duration 65 - 5 plus the warp 10 (the clock went back by it)
    assertEquals(5, r.departure(), 1e-9);
    assertArrayEquals(new double[] {15, 30, 35}, r.arrivals(), 1e-9);
    assertArrayEquals(new double[] {0, 0, 0}, r.waits(), 1e-9);
    assertEquals(70, r.duration(), 1e-9);
    assertEquals(10, r.timeWarp(), 1e-9);
    assertEquals(60, r.distance(), 1e-9);
    assertEquals(12, r.load());
    assertEquals(2, r.excessLoad());
    assertFalse(r.feasible());
    assertFalse(s.feasible());
    assertEquals(60, s.cost(), 1e-9);
  }

  @Test
  void feasibleSplitAndUnroutedStops() {
    Solution s = Solution.evaluate(line(), List.of(new int[] {1}, new int[] {0, 2}));
    assertTrue(s.routes().get(0).feasible());
    assertTrue(s.feasible(), () -> s.toString());
    assertEquals(40 + 60, s.cost(), 1e-9);
    Solution missing = Solution.evaluate(line(), List.of(new int[] {1}));
    assertFalse(missing.feasible());
    assertEquals(2, missing.unassigned().size());
    assertEquals(Unassigned.NOT_ROUTED, missing.unassigned().get(0).code());
  }

  @Test
  void tooManyRoutesAreInfeasible() {
    Solution s = Solution.evaluate(line(), List.of(new int[] {0}, new int[] {1}, new int[] {2}));
    assertFalse(s.feasible(), "three routes, two vehicles");
  }

  @Test
  void rejectsDuplicatesAndBadIndices() {
    assertThrows(IllegalArgumentException.class, () -> Solution.evaluate(line(), List.of(new int[] {0, 0})));
    assertThrows(IllegalArgumentException.class, () -> Solution.evaluate(line(), List.of(new int[] {7})));
  }

  @Test
  void namesUnservableStopsAndTheirConstraint() {
    Instance.Builder b = line().toBuilder();
    b.addLocation(new Location("far", 500, 0));
    b.euclidean(Rounding.EXACT);
    b.addStop(new Stop("late", 4, new int[] {1}, 0, List.of(new TimeWindow(0, 100)), Set.of(), 0));
    b.addStop(new Stop("heavy", 1, new int[] {11}, 0, List.of(), Set.of(), 0));
    List<Unassigned> bad = Solution.unservable(b.build());
    assertEquals(2, bad.size());
    assertEquals(3, bad.get(0).stopIndex());
    assertEquals(Unassigned.TIME_WINDOW, bad.get(0).code());
    assertTrue(bad.get(0).detail().contains("late"), bad.get(0).detail());
    assertEquals(4, bad.get(1).stopIndex());
    assertEquals(Unassigned.CAPACITY, bad.get(1).code());
    assertTrue(bad.get(1).detail().contains("demand 11"), bad.get(1).detail());
  }
}
