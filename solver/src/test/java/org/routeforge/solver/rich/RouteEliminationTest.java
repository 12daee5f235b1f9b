package org.routeforge.solver.rich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.random.RandomGeneratorFactory;
import org.junit.jupiter.api.Test;
import org.routeforge.data.model.Instance;
import org.routeforge.solver.problem.Feature;
import org.routeforge.solver.problem.Features;

/**
 * Route elimination empties a route whose stops fit on the others when vehicles carry a fixed cost,
 * the result checked by the brute-force evaluator; without vehicle costs it does not run.
 */
class RouteEliminationTest {

  private static Instance instance(double fixed) {
    Rich.B b = new Rich.B();
    int depot = b.loc(0, 0);
    for (int i = 0; i < 6; i++) {
      b.stop(10 + i, 5, 1);
    }
    int p = b.stop(20, 8, 1);
    int q = b.stop(22, 9, 1);
    b.shipment(p, q);
    b.vehicle(depot, depot).count(3).capacity(10).shift(0, 1000).fixed(fixed).add();
    return b.build();
  }

  @Test
  void aShortRouteIsEmptiedIntoTheOthers() {
    Instance inst = instance(500);
    RichSearch search = new RichSearch(RichRequest.of(inst), new boolean[inst.stops().size()]);
    RichSearch.State st = threeRoutes(search);
    RichSearch.State out = new RouteElimination(search).run(st, RandomGeneratorFactory.of("L64X256MixRandom").create(1));
    int routes = routes(search, out);
    assertEquals(1, routes, "every stop fits on one vehicle: two routes go");
    assertEquals(0, out.unservedWeight());
    BruteForceEvaluator.Result check = BruteForceEvaluator.evaluate(inst, out.routes(), List.of());
    assertTrue(check.broken().isEmpty(), check.broken().toString());
    assertEquals(check.cost(), out.totalCost(), 1e-6, "the search's price is the oracle's");
  }

  @Test
  void withDistanceAloneARouteGoesOnlyWhenThatIsShorter() {
    Instance inst = instance(0);
    assertTrue(!Features.of(inst).has(Feature.VEHICLE_COSTS));
    RichSearch search = new RichSearch(RichRequest.of(inst), new boolean[inst.stops().size()]);
    assertTrue(search.educationSteps().contains("route-elimination"), search.educationSteps().toString());
    RichSearch.State st = threeRoutes(search);
    RichSearch.State out = new RouteElimination(search).run(st, RandomGeneratorFactory.of("L64X256MixRandom").create(1));
    int routes = routes(search, out);
    assertTrue(routes < 3, "the shipment's own trip is longer than a detour: " + routes + " routes");
    assertTrue(out.totalCost() < st.totalCost(), out.totalCost() + " vs " + st.totalCost());
    BruteForceEvaluator.Result check = BruteForceEvaluator.evaluate(inst, out.routes(), List.of());
    assertTrue(check.broken().isEmpty(), check.broken().toString());
    assertEquals(check.cost(), out.totalCost(), 1e-6, "the search's price is the oracle's");
  }

  /** Three routes: stops 0-2, stops 3-5, the shipment alone. */
  private static RichSearch.State threeRoutes(RichSearch search) {
    RichSearch.State st = search.base();
    assertTrue(search.insertBestOn(st, 0, 0) && search.insertBestOn(st, 1, 0) && search.insertBestOn(st, 2, 0));
    assertTrue(search.insertBestOn(st, 3, 1) && search.insertBestOn(st, 4, 1) && search.insertBestOn(st, 5, 1));
    assertTrue(search.insertBestOn(st, 6, 2));
    return st;
  }

  private static int routes(RichSearch search, RichSearch.State st) {
    int routes = 0;
    for (int v = 0; v < search.vehicles; v++) {
      routes += st.len[v] > 0 ? 1 : 0;
    }
    return routes;
  }
}
