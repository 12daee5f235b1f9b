package org.routeforge.solver.split;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.routeforge.data.generate.XGenerator;
import org.routeforge.data.model.CompactInstance;

/** {@link Split#inOrder}: the tour's order kept, every route but the last within capacity, the route cap held. */
class SplitInOrderTest {
  @Test
  void cutsInOrderWithinCapacityAndTheRouteCap() {
    CompactInstance ci = CompactInstance.of(XGenerator.generate(XGenerator.Config.random(400, false), 2));
    Split split = new Split(ci);
    SplittableRandom rnd = new SplittableRandom(5);
    int checked = 0;
    for (int maxRoutes : new int[] {1, 3, 20, 400}) {
      int[] tour = rnd.ints(1, ci.n).distinct().limit(ci.n - 1).toArray();
      List<int[]> routes = split.inOrder(tour, maxRoutes);
      assertTrue(routes.size() <= maxRoutes, routes.size() + " routes for a cap of " + maxRoutes);
      int[] joined = routes.stream().flatMapToInt(java.util.Arrays::stream).toArray();
      assertArrayEquals(tour, joined, "the tour's order is kept");
      for (int r = 0; r < routes.size() - 1; r++) {
        long load = 0;
        for (int v : routes.get(r)) {
          load += ci.demand[v];
        }
        assertTrue(load <= ci.capacity || routes.get(r).length == 1, "route " + r + " load " + load);
        checked++;
      }
    }
    assertTrue(checked > 0);
  }
}
