package org.routeforge.solver.rich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.routeforge.data.model.Instance;

/**
 * Route-to-vehicle assignment moves a route to a cheaper vehicle type and swaps routes between the
 * depots they belong to; every result passes the brute-force evaluator at a lower cost, and on random
 * mixed-fleet instances it never makes a solution worse.
 */
class RouteAssignmentTest {

  private static RichSearch.State start(RichSearch search, List<RichRoute> routes) {
    return search.fromRoutes(routes);
  }

  @Test
  void aRouteMovesToTheCheaperVehicleType() {
    Rich.B b = new Rich.B();
    int d = b.loc(0, 0);
    int s1 = b.stop(10, 0);
    int s2 = b.stop(10, 5);
    b.vehicle(d, d).fixed(100).add();
    b.vehicle(d, d).fixed(10).add();
    Instance inst = b.build();
    RichSearch search = new RichSearch(RichRequest.of(inst), new boolean[inst.stops().size()]);
    RichSearch.State st = start(search, List.of(RichRoute.of(0, s1, s2)));
    double before = BruteForceEvaluator.evaluate(inst, st.routes(), List.of()).cost();
    RouteAssignment ra = new RouteAssignment(search);
    assertTrue(ra.run(st));
    List<RichRoute> after = st.routes();
    assertEquals(1, after.size());
    assertEquals(1, after.get(0).vehicle(), "on the vehicle with the fixed cost 10");
    BruteForceEvaluator.Result check = BruteForceEvaluator.evaluate(inst, after, List.of());
    assertTrue(check.broken().isEmpty(), check.broken().toString());
    assertEquals(before - 90, check.cost(), 1e-9);
  }

  @Test
  void routesSwapToTheDepotsTheyAreNear() {
    Rich.B b = new Rich.B();
    int d0 = b.loc(0, 0);
    int d1 = b.loc(100, 0);
    int near0 = b.stop(5, 0);
    int near1 = b.stop(95, 0);
    b.vehicle(d0, d0).add();
    b.vehicle(d1, d1).add();
    Instance inst = b.build();
    RichSearch search = new RichSearch(RichRequest.of(inst), new boolean[inst.stops().size()]);
    RichSearch.State st = start(search, List.of(RichRoute.of(0, near1), RichRoute.of(1, near0)));
    assertEquals(380, BruteForceEvaluator.evaluate(inst, st.routes(), List.of()).cost(), 1e-9);
    assertTrue(new RouteAssignment(search).run(st));
    BruteForceEvaluator.Result check = BruteForceEvaluator.evaluate(inst, st.routes(), List.of());
    assertTrue(check.broken().isEmpty(), check.broken().toString());
    assertEquals(20, check.cost(), 1e-9);
  }

  @Test
  void neverWorseAndAlwaysFeasibleOnRandomMixedFleets() {
    int applied = 0;
    for (long seed = 1; seed <= 40; seed++) {
      Instance inst = RichPropertyTest.randomInstance(seed);
      RichSearch search = new RichSearch(RichRequest.of(inst), new boolean[inst.stops().size()]);
      int[] order = new int[search.tasks.length];
      for (int i = 0; i < order.length; i++) {
        order[i] = i;
      }
      // the decoded routes put on the vehicles in another order (routes a vehicle cannot drive are dropped)
      List<RichRoute> decoded = search.decode(order).routes();
      int vehicles = RichFleet.of(inst).vehicleCount();
      java.util.List<RichRoute> moved = new java.util.ArrayList<>();
      for (RichRoute r : decoded) {
        moved.add(RichRoute.of((int) ((r.vehicle() + seed) % vehicles), r.stops()));
      }
      java.util.Set<Integer> used = new java.util.HashSet<>();
      moved.removeIf(r -> !used.add(r.vehicle()));
      RichSearch.State st = search.fromRoutes(moved);
      RichIndividual before = st.individual();
      RouteAssignment ra = new RouteAssignment(search);
      boolean changed = ra.run(st);
      BruteForceEvaluator.Result check = BruteForceEvaluator.evaluate(inst, st.routes(), List.of());
      assertTrue(check.broken().isEmpty(), "seed " + seed + ": " + check.broken());
      assertEquals(check.cost(), st.individual().cost(), 1e-6, "the search's cost is the brute force's");
      assertTrue(st.individual().compareTo(before) <= 0, "seed " + seed + " got worse");
      if (changed) {
        assertTrue(st.individual().compareTo(before) < 0, "an applied reassignment improves");
        applied++;
      }
    }
    assertTrue(applied > 0, "no reassignment applied on 40 random mixed fleets");
  }
}
