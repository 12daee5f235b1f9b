package org.routeforge.solver.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.routeforge.data.model.CompactInstance;
import org.routeforge.data.model.Instance;
import org.routeforge.solver.TestInstances;
import org.routeforge.solver.model.Route;
import org.routeforge.solver.model.Solution;

/**
 * Every move's O(1) delta equals the change of the penalised cost recomputed from scratch by the
 * independent evaluator ({@link Solution#evaluate}) after the move is applied.
 */
class MoveDeltaTest {
  private static final double PC = 7.5;
  private static final double PT = 3.25;

  @Property(tries = 60)
  void deltasMatchFullEvaluation(@ForAll("seeds") long seed, @ForAll boolean timeWindows,
      @ForAll @IntRange(min = 0, max = 9) int move) {
    Instance inst = TestInstances.random(seed, 14, 30, timeWindows);
    CompactInstance ci = CompactInstance.of(inst);
    Random rnd = new Random(seed * 31 + move);
    LocalSearch ls = new LocalSearch(ci, 6, 6, new java.util.SplittableRandom(seed));
    ls.setPenalties(PC, PT);
    ls.load(randomRoutes(ci.n, 4, rnd));
    int checked = 0;
    for (int t = 0; t < 200 && checked < 15; t++) {
      int u = 1 + rnd.nextInt(ci.n - 1);
      int rv = rnd.nextInt(ls.routeSlots());
      int pv = rnd.nextInt(ls.routeLength(rv) + 1);
      int ru = ls.routeOf(u);
      int pu = ls.positionOf(u);
      double delta;
      switch (move) {
        case 0: delta = Relocate.evaluate(ls, ru, pu, rv, pv, Relocate.SINGLE); break;
        case 1: delta = Relocate.evaluate(ls, ru, pu, rv, pv, Relocate.PAIR); break;
        case 2: delta = Relocate.evaluate(ls, ru, pu, rv, pv, Relocate.PAIR_REVERSED); break;
        case 3: delta = Swap.evaluate(ls, ru, pu, rv, pv, Swap.ONE_ONE); break;
        case 4: delta = Swap.evaluate(ls, ru, pu, rv, pv, Swap.TWO_ONE); break;
        case 5: delta = Swap.evaluate(ls, ru, pu, rv, pv, Swap.TWO_TWO); break;
        case 6: delta = ru == rv ? TwoOpt.evaluate(ls, ru, pu, pv) : Double.POSITIVE_INFINITY; break;
        case 7: delta = ru != rv ? TwoOptStar.evaluate(ls, ru, pu, rv, pv, false) : Double.POSITIVE_INFINITY; break;
        case 8: delta = ru != rv ? TwoOptStar.evaluate(ls, ru, pu, rv, pv, true) : Double.POSITIVE_INFINITY; break;
        default:
          if (ru != rv && ls.routeLength(ru) > 0 && ls.routeLength(rv) > 0) {
            double before = fullCost(inst, ls);
            boolean applied = new SwapStar(ls).run(ru, rv);
            double after = fullCost(inst, ls);
            assertEquals(after, ls.penalisedCost(), 1e-6, "incremental cost after SWAP*");
            if (applied) {
              org.junit.jupiter.api.Assertions.assertTrue(after < before - 1e-9, "SWAP* must improve");
            } else {
              assertEquals(before, after, 1e-9, "a rejected SWAP* changes nothing");
            }
            checked++;
          }
          continue;
      }
      if (delta == Double.POSITIVE_INFINITY) {
        continue;
      }
      double before = fullCost(inst, ls);
      assertEquals(before, ls.penalisedCost(), 1e-6, "incremental cost before the move");
      ls.apply();
      double after = fullCost(inst, ls);
      assertEquals(after - before, delta, 1e-6, "move " + move + " delta");
      assertEquals(after, ls.penalisedCost(), 1e-6, "incremental cost after the move");
      checked++;
    }
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<Long> seeds() {
    return net.jqwik.api.Arbitraries.longs().between(1, 1_000_000);
  }

  static List<int[]> randomRoutes(int n, int routes, Random rnd) {
    List<Integer> nodes = new ArrayList<>();
    for (int i = 1; i < n; i++) {
      nodes.add(i);
    }
    java.util.Collections.shuffle(nodes, rnd);
    List<List<Integer>> rs = new ArrayList<>();
    for (int r = 0; r < routes; r++) {
      rs.add(new ArrayList<>());
    }
    for (int v : nodes) {
      rs.get(rnd.nextInt(routes - 1)).add(v); // the last route stays empty
    }
    List<int[]> out = new ArrayList<>();
    for (List<Integer> r : rs) {
      out.add(r.stream().mapToInt(Integer::intValue).toArray());
    }
    return out;
  }

  /** Penalised cost from scratch: distance + PC * excess load + PT * time warp of every route. */
  static double fullCost(Instance inst, LocalSearch ls) {
    List<int[]> stops = new ArrayList<>();
    for (int[] r : ls.routes()) {
      int[] s = new int[r.length];
      for (int i = 0; i < r.length; i++) {
        s[i] = r[i] - 1;
      }
      stops.add(s);
    }
    Solution sol = Solution.evaluate(inst, stops);
    double c = 0;
    for (Route r : sol.routes()) {
      c += r.distance() + PC * r.excessLoad() + PT * r.timeWarp();
    }
    return c;
  }
}
