package org.routeforge.api.jobs;

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
import org.routeforge.data.model.PlannedRoute;
import org.routeforge.data.model.Rounding;
import org.routeforge.data.model.Stop;
import org.routeforge.data.model.TimeWindow;
import org.routeforge.data.model.VehicleType;
import org.routeforge.solver.rich.Lock;
import org.routeforge.solver.rich.RichRequest;
import org.routeforge.solver.rich.RichRoute;

/** The one mapping of a plan to the solver's request: vehicles numbered type by type, lock kinds, no merging. */
class RequestPreparationTest {
  /** Two identical-but-for-id types ("a" with 2 vehicles, "b" with 1) and three stops. */
  private static Instance fleet(int countA) {
    Instance.Builder b = Instance.builder("prep");
    b.addLocation(new Location("depot", 0, 0));
    for (int i = 0; i < 3; i++) {
      b.addStop(new Stop("s" + i, b.addLocation(new Location("l" + i, i + 1, 0)), new int[] {1}, 0, List.of(),
          Set.of(), 0));
    }
    b.euclidean(Rounding.EXACT);
    for (String id : new String[] {"a", "b"}) {
      b.addVehicleType(new VehicleType(id, id.equals("a") ? countA : 1, new int[] {5}, 0, 0, TimeWindow.ALWAYS,
          Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Integer.MAX_VALUE, 0, 1, 0, Set.of(), List.of()));
    }
    return b.build();
  }

  @Test
  void planBecomesRoutesAndLocksOnTheNamedVehicles() {
    Instance in = fleet(2);
    List<PlannedRoute> plan = List.of(PlannedRoute.locked(1, 0, PlannedRoute.Lock.SEQUENCE, 2, 0),
        PlannedRoute.locked(0, 1, PlannedRoute.Lock.ROUTE, 1), PlannedRoute.warmStart(0, 0, 0));
    RequestPreparation.Normalized n = RequestPreparation.prepare(in, plan.subList(0, 2), List.of(), List.of(), List.of());
    RichRequest req = n.request(org.routeforge.solver.rich.Objective.COST);
    assertEquals(2, req.instance().vehicleTypes().size(), "vehicle types are not merged under a plan");
    assertEquals(List.of(RichRoute.of(2, 2, 0), RichRoute.of(1, 1)), req.initialRoutes(), "type b's vehicle is 2");
    List<Lock> locks = req.locks();
    assertEquals(2, locks.size());
    assertEquals(2, locks.get(0).vehicle());
    assertArrayEquals(new int[] {2, 0}, locks.get(0).stops());
    assertTrue(locks.get(0).inSequence());
    assertEquals(1, locks.get(1).vehicle());
    assertFalse(locks.get(1).inSequence(), "a route lock keeps the stops on the vehicle in any order");
    RequestPreparation.Normalized warm = RequestPreparation.prepare(in, plan.subList(2, 3), List.of(), List.of(),
        List.of());
    assertEquals(List.of(), warm.locks(), "a warm start locks nothing");
    assertEquals(1, warm.initialRoutes().size());
    RequestPreparation.Normalized none = RequestPreparation.prepare(in, List.of(), List.of(), List.of(), List.of());
    assertEquals(1, none.instance().vehicleTypes().size(), "without a plan identical types are merged");
    assertEquals(List.of("a", "a", "b"), none.mergedIds());
  }

  @Test
  void vehicleBeyondTheSolversFleetIsRefused() {
    // type a has 9 vehicles, but with 3 stops the solver's fleet holds 3 of them
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RequestPreparation.plan(fleet(9),
        List.of(PlannedRoute.warmStart(0, 5, 1))));
    assertTrue(e.getMessage().contains("vehicle 5 of type \"a\"") && e.getMessage().contains("at most 3"), e.getMessage());
  }
}
