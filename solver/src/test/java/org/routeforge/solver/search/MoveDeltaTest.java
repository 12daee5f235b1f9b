package org.routeforge.solver.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.routeforge.data.model.CompactInstance;
import org.routeforge.data.model.Instance;
import org.routeforge.solver.TestInstances;
import org.routeforge.solver.model.Route;
import org.routeforge.solver.model.Solution;

/**
 * Every move's O(1) delta equals the change of the penalised cost recomputed from scratch by the
 * independent evaluator ({@link Solution#evaluate}) after the move is applied; the O(1) pruning
 * bound never discards an improving move; SWAP* only applies improving moves. Each try checks at
 * least one move (a move kind that always answered +infinity would fail).
 */
class MoveDeltaTest {
  private static final double PC = 7.5;
  private static final double PT = 3.25;

  @Property(tries = 80)
  void deltasMatchFullEvaluation(@ForAll("seeds") long seed, @ForAll boolean timeWindows,
      @ForAll @IntRange(min = 0, max = 8) int move) {
    Instance inst = TestInstances.random(seed, 14, 30, timeWindows);
    CompactInstance ci = CompactInstance.of(inst);
    Random rnd = new Random(seed * 31 + move);
    LocalSearch ls = new LocalSearch(ci, 6, 6, new SplittableRandom(seed));
    ls.setPenalties(PC, PT);
    ls.load(randomRoutes(ci.n, 4, rnd));
    int checked = 0;
    for (int t = 0; t < 3000 && checked < 15; t++) {
      int u = 1 + rnd.nextInt(ci.n - 1);
      int rv = rnd.nextInt(ls.routeSlots());
      int pv = rnd.nextInt(ls.routeLength(rv) + 1);
      int ru = ls.routeOf(u);
      int pu = ls.positionOf(u);
      ls.pruning = true;
      double pruned = evaluate(ls, move, ru, pu, rv, pv);
      ls.pruning = false;
      double delta = evaluate(ls, move, ru, pu, rv, pv);
      if (delta == Double.POSITIVE_INFINITY) {
        continue;
      }
      if (pruned == Double.POSITIVE_INFINITY) {
        assertTrue(delta > -1e-6, "a pruned move must not improve, delta " + delta);
      } else {
        assertEquals(delta, pruned, 1e-9, "pruning must not change the delta");
      }
      double before = fullCost(inst, ls);
      assertEquals(before, ls.penalisedCost(), 1e-6, "incremental cost before the move");
      ls.apply();
      double after = fullCost(inst, ls);
      assertEquals(after - before, delta, 1e-6, "move " + move + " delta");
      assertEquals(after, ls.penalisedCost(), 1e-6, "incremental cost after the move");
      checked++;
    }
    assertTrue(checked > 0, "move " + move + ": no move was valid to check in 3000 tries");
  }

  @Property(tries = 40)
  void swapStarAppliesOnlyImprovingMoves(@ForAll("seeds") long seed, @ForAll boolean timeWindows) {
    Instance inst = TestInstances.random(seed, 14, 30, timeWindows);
    CompactInstance ci = CompactInstance.of(inst);
    Random rnd = new Random(seed);
    LocalSearch ls = new LocalSearch(ci, 6, 4, new SplittableRandom(seed));
    ls.setPenalties(PC, PT);
    ls.load(randomRoutes(ci.n, 4, rnd));
    SwapStar swapStar = new SwapStar(ls);
    for (int ru = 0; ru < 3; ru++) {
      for (int rv = ru + 1; rv < 3; rv++) {
        if (ls.routeLength(ru) == 0 || ls.routeLength(rv) == 0) {
          continue;
        }
        double before = fullCost(inst, ls);
        boolean applied = swapStar.run(ru, rv);
        double after = fullCost(inst, ls);
        assertEquals(after, ls.penalisedCost(), 1e-6, "incremental cost after SWAP*");
        if (applied) {
          assertTrue(after < before - 1e-9, "SWAP* must improve");
        } else {
          assertEquals(before, after, 1e-9, "a rejected SWAP* changes nothing");
        }
      }
    }
  }

  private static double evaluate(LocalSearch ls, int move, int ru, int pu, int rv, int pv) {
    switch (move) {
      case 0: return Relocate.evaluate(ls, ru, pu, rv, pv, Relocate.SINGLE);
      case 1: return Relocate.evaluate(ls, ru, pu, rv, pv, Relocate.PAIR);
      case 2: return Relocate.evaluate(ls, ru, pu, rv, pv, Relocate.PAIR_REVERSED);
      case 3: return Swap.evaluate(ls, ru, pu, rv, pv, Swap.ONE_ONE);
      case 4: return Swap.evaluate(ls, ru, pu, rv, pv, Swap.TWO_ONE);
      case 5: return Swap.evaluate(ls, ru, pu, rv, pv, Swap.TWO_TWO);
      case 6: return ru == rv ? TwoOpt.evaluate(ls, ru, pu, pv) : Double.POSITIVE_INFINITY;
      case 7: return ru != rv ? TwoOptStar.evaluate(ls, ru, pu, rv, pv, false) : Double.POSITIVE_INFINITY;
      default: return ru != rv ? TwoOptStar.evaluate(ls, ru, pu, rv, pv, true) : Double.POSITIVE_INFINITY;
    }
  }

  @Provide
  Arbitrary<Long> seeds() {
    return Arbitraries.longs().between(1, 1_000_000);
  }

  static List<int[]> randomRoutes(int n, int routes, Random rnd) {
    List<List<Integer>> rs = new ArrayList<>();
    for (int r = 0; r < routes; r++) {
      rs.add(new ArrayList<>());
    }
    List<Integer> nodes = new ArrayList<>();
    for (int i = 1; i < n; i++) {
      nodes.add(i);
    }
    java.util.Collections.shuffle(nodes, rnd);
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
    double c = 0;
    for (Route r : Solution.evaluate(inst, stops).routes()) {
      c += r.distance() + PC * r.excessLoad() + PT * r.timeWarp();
    }
    return c;
  }
}
