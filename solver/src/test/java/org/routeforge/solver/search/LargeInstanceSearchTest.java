package org.routeforge.solver.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.routeforge.data.generate.XGenerator;
import org.routeforge.data.model.CompactInstance;
import org.routeforge.data.model.Instance;
import org.routeforge.solver.model.Solution;

/**
 * The memory-lean paths of the local search give the same search as the tabulated ones: distances
 * computed on demand, route arrays that grow, and SWAP* without its per-route cache. Results are
 * compared with the tabulated, cached search and priced by the independent {@link Solution#evaluate}.
 */
class LargeInstanceSearchTest {

  @Test
  void onDemandDistancesGiveTheSameLocalOptimum() {
    Instance inst = XGenerator.generate(XGenerator.Config.random(300, false), 21);
    CompactInstance dense = CompactInstance.of(inst);
    CompactInstance lazy = CompactInstance.of(inst, 0);
    for (int maxRoutes : new int[] {60, 299}) { // 299 route slots: SWAP* runs without its cache
      List<int[]> start = chunks(dense.n, 30, new SplittableRandom(maxRoutes));
      LocalSearch a = descend(dense, maxRoutes, start);
      LocalSearch b = descend(lazy, maxRoutes, start);
      assertTrue(a.moves() > 0, "the descent applied no move");
      assertEquals(a.moves(), b.moves(), "moves, " + maxRoutes + " slots");
      assertEquals(a.distance(), b.distance(), 0, "distance, " + maxRoutes + " slots");
      assertRoutesEqual(a.routes(), b.routes());
      double priced = Solution.evaluate(inst, stopsOf(b.routes()), List.of()).distance();
      assertEquals(priced, b.distance(), 1e-6, "the search's distance against the evaluator");
    }
  }

  @Test
  void swapStarWithoutCacheChoosesTheSameMoves() {
    Instance inst = XGenerator.generate(XGenerator.Config.random(200, false), 5);
    CompactInstance ci = CompactInstance.of(inst);
    List<int[]> start = chunks(ci.n, 8, new SplittableRandom(9));
    LocalSearch a = new LocalSearch(ci, 20, 30, new SplittableRandom(1));
    LocalSearch b = new LocalSearch(ci, 20, 30, new SplittableRandom(1));
    for (LocalSearch ls : List.of(a, b)) {
      ls.setPenalties(5, 1);
      ls.load(start);
    }
    SwapStar cached = new SwapStar(a);
    SwapStar uncached = new SwapStar(b, 0);
    int applied = 0;
    for (int round = 0; round < 3; round++) {
      for (int ru = 0; ru < 30; ru++) {
        for (int rv = ru + 1; rv < 30; rv++) {
          if (a.routeLength(ru) == 0 || a.routeLength(rv) == 0) {
            continue;
          }
          boolean x = cached.run(ru, rv);
          boolean y = uncached.run(ru, rv);
          assertEquals(x, y, "SWAP* on routes " + ru + ", " + rv);
          applied += x ? 1 : 0;
        }
      }
    }
    assertTrue(applied > 0, "no SWAP* move was applied");
    assertRoutesEqual(a.routes(), b.routes());
  }

  private static LocalSearch descend(CompactInstance ci, int maxRoutes, List<int[]> start) {
    LocalSearch ls = new LocalSearch(ci, 20, maxRoutes, new SplittableRandom(4));
    ls.setPenalties(10, 1);
    ls.load(start);
    assertTrue(ls.run(Long.MAX_VALUE, null), "the descent ran to a local optimum");
    return ls;
  }

  /** The customers in random order, cut into routes of {@code size}. */
  private static List<int[]> chunks(int n, int size, SplittableRandom rnd) {
    int[] order = new int[n - 1];
    for (int i = 0; i < order.length; i++) {
      order[i] = i + 1;
    }
    for (int i = order.length - 1; i > 0; i--) {
      int j = rnd.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    List<int[]> out = new ArrayList<>();
    for (int s = 0; s < order.length; s += size) {
      out.add(java.util.Arrays.copyOfRange(order, s, Math.min(order.length, s + size)));
    }
    return out;
  }

  private static List<int[]> stopsOf(List<int[]> nodeRoutes) {
    List<int[]> out = new ArrayList<>();
    for (int[] r : nodeRoutes) {
      int[] s = new int[r.length];
      for (int i = 0; i < r.length; i++) {
        s[i] = r[i] - 1;
      }
      out.add(s);
    }
    return out;
  }

  private static void assertRoutesEqual(List<int[]> x, List<int[]> y) {
    assertEquals(x.size(), y.size(), "route count");
    for (int r = 0; r < x.size(); r++) {
      assertArrayEquals(x.get(r), y.get(r), "route " + r);
    }
  }
}
