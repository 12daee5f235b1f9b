package org.routeforge.solver.rich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.routeforge.data.model.Instance;
import org.routeforge.data.model.TimeWindow;
import org.routeforge.solver.problem.Features;

/**
 * Every node operator's move price against the oracle: on random rich instances (two depots, an open
 * route, two vehicle types with fixed costs, skills, one or two windows, breaks, two capacity
 * dimensions, shipments, route limits) and random solutions, each move an operator prices as
 * finite is applied to a copy, and the copy must satisfy every constraint and cost exactly the price
 * more, as the separately written {@link BruteForceEvaluator} computes it. Half the instances have no
 * breaks and single windows, so that moves between routes are priced from route segments; each
 * operator must have priced and been checked, both ways, on at least 50 feasible moves, of which at
 * least one improves. With pruning
 * on, no move that the distance bound skips would have improved.
 */
public class NodeOperatorDeltaTest {

  /**
   * Even seeds give instances without breaks and with at most one window per stop, whose moves
   * between routes are priced from route segments; odd seeds have breaks and several windows.
   */
  private static boolean segmentPriced(long seed) {
    return seed % 2 == 0;
  }

  public static Instance instance(long seed) {
    Random rnd = new Random(seed);
    Rich.B b = new Rich.B();
    int d0 = b.loc(0, 0);
    int d1 = b.loc(60, 60);
    int stops = 14 + rnd.nextInt(6);
    for (int i = 0; i < stops; i++) {
      double open = rnd.nextDouble() * 200;
      List<TimeWindow> ws = switch (rnd.nextInt(segmentPriced(seed) ? 2 : 3)) {
        case 0 -> List.of();
        case 1 -> List.of(new TimeWindow(open, open + 90));
        default -> List.of(new TimeWindow(open, open + 40), new TimeWindow(open + 100, open + 160));
      };
      Set<String> skills = rnd.nextInt(5) == 0 ? Set.of("fridge") : Set.of();
      b.stop(rnd.nextDouble() * 60, rnd.nextDouble() * 60, 5, ws, skills, 0, 1 + rnd.nextInt(3), rnd.nextInt(3));
    }
    for (int k = 0; k < 3; k++) {
      int p = b.stop(rnd.nextDouble() * 60, rnd.nextDouble() * 60, 2, 1);
      int q = b.stop(rnd.nextDouble() * 60, rnd.nextDouble() * 60, 2, 1);
      b.shipment(p, q);
    }
    var first = b.vehicle(d0, d0).count(3).capacity(12, 8).shift(0, 500).fixed(20).maxStops(9);
    if (!segmentPriced(seed)) {
      first.breakAt(100, 200, 15);
    }
    first.add();
    b.vehicle(d1, -1).count(2).capacity(14, 9).shift(0, 450).maxDistance(320).skills("fridge").add();
    return b.build();
  }

  @Test
  void everyPricedMoveMatchesTheOracle() {
    Map<String, int[]> checked = new HashMap<>();
    for (long seed = 1; seed <= 12; seed++) {
      Instance inst = instance(seed);
      RichSearch search = new RichSearch(RichRequest.of(inst), new boolean[inst.stops().size()]);
      search.pruning = false;
      NodeOperator[] ops = search.operatorsFor(Features.of(inst));
      assertEquals(4, ops.length, "every node operator supports a rich instance");
      Random rnd = new Random(seed);
      int[] order = new int[search.tasks.length];
      for (int i = 0; i < order.length; i++) {
        order[i] = i;
      }
      for (int i = order.length - 1; i > 0; i--) {
        int j = rnd.nextInt(i + 1);
        int t = order[i];
        order[i] = order[j];
        order[j] = t;
      }
      RichSearch.State st = search.decode(order);
      double before = oracleCost(inst, st);
      int n = inst.stops().size();
      String pricing = RouteSegments.supports(Features.of(inst)) ? " (segments)" : " (simulated)";
      assertEquals(segmentPriced(seed), pricing.equals(" (segments)"), "seed " + seed + pricing);
      for (NodeOperator op : ops) {
        int[] counts = checked.computeIfAbsent(op.name() + pricing, k -> new int[2]);
        for (int u = 0; u < n; u++) {
          for (int v = 0; v < n; v++) {
            if (u == v) {
              continue;
            }
            double delta = op.evaluate(st, u, v);
            if (delta == Double.POSITIVE_INFINITY) {
              continue;
            }
            RichSearch.State moved = st.copy();
            op.apply(moved);
            BruteForceEvaluator.Result after = BruteForceEvaluator.evaluate(inst, moved.routes(), List.of());
            String where = op.name() + " seed " + seed + " u " + u + " v " + v;
            assertTrue(after.broken().isEmpty(), () -> where + " breaks " + after.broken());
            assertEquals(after.cost() - before, delta, 1e-6, where);
            assertEquals(st.unservedWeight(), moved.unservedWeight(), 1e-9, where + " serves the same stops");
            counts[0]++;
            counts[1] += delta < -1e-6 ? 1 : 0;
          }
        }
      }
    }
    assertEquals(Set.of("relocate (segments)", "exchange (segments)", "2-opt* (segments)", "2-opt (segments)",
        "relocate (simulated)", "exchange (simulated)", "2-opt* (simulated)", "2-opt (simulated)"), checked.keySet());
    checked.forEach((name, c) -> {
      assertTrue(c[0] >= 50, () -> name + " checked on " + c[0] + " moves only");
      assertTrue(c[1] >= 1, () -> name + " never found an improving move");
    });
  }

  @Test
  void prunedMovesWouldNotHaveImproved() {
    Map<String, int[]> pruned = new HashMap<>();
    for (long seed = 1; seed <= 12; seed++) {
      Instance inst = instance(seed);
      RichSearch search = new RichSearch(RichRequest.of(inst), new boolean[inst.stops().size()]);
      assertTrue(search.distancePriced, "the test instances price distance only");
      int[] order = new int[search.tasks.length];
      for (int i = 0; i < order.length; i++) {
        order[i] = order.length - 1 - i;
      }
      RichSearch.State st = search.decode(order);
      int n = inst.stops().size();
      for (NodeOperator op : search.operatorsFor(Features.of(inst))) {
        int[] count = pruned.computeIfAbsent(op.name(), k -> new int[1]);
        for (int u = 0; u < n; u++) {
          for (int v = 0; v < n; v++) {
            if (u == v) {
              continue;
            }
            search.pruning = true;
            double withPruning = op.evaluate(st, u, v);
            search.pruning = false;
            double exact = op.evaluate(st, u, v);
            if (withPruning == Double.POSITIVE_INFINITY && exact < Double.POSITIVE_INFINITY) {
              count[0]++;
              double d = exact;
              String where = op.name() + " seed " + seed + " u " + u + " v " + v;
              assertTrue(d >= -1e-6, () -> where + " was skipped but improves by " + d);
            } else {
              assertEquals(exact, withPruning, 1e-9, op.name() + " prices the same when not skipped");
            }
          }
        }
      }
    }
    pruned.forEach((name, c) -> assertTrue(c[0] > 0, () -> name + " never skipped a feasible move"));
    assertEquals(4, pruned.size());
  }

  private static double oracleCost(Instance inst, RichSearch.State st) {
    BruteForceEvaluator.Result r = BruteForceEvaluator.evaluate(inst, st.routes(), List.of());
    assertTrue(r.broken().isEmpty(), () -> "the decoded solution breaks " + r.broken());
    return r.cost();
  }
}
