package org.routeforge.neural;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.routeforge.data.generate.XGenerator;
import org.routeforge.data.model.CompactInstance;
import org.routeforge.data.model.Instance;

class SectorDecompositionTest {
  private static PolicyModel shipped;

  @BeforeAll
  static void load() {
    shipped = PolicyModel.loadDefault();
  }

  @AfterAll
  static void close() {
    shipped.close();
  }

  private static Instance xLike(int customers, long seed) {
    return XGenerator.generate(XGenerator.Config.random(customers, false), seed);
  }

  @Test
  void sectorsCoverEveryCustomerExactlyOnceInBalancedGroups() {
    for (long seed = 1; seed <= 3; seed++) {
      CompactInstance ci = CompactInstance.of(xLike(1000, seed));
      CvrpBatch frame = CvrpBatch.of(ci, false);
      for (int shift : new int[] {0, 1, 57, 999, -3}) {
        int[][] sectors = new SectorDecomposition(100, 2).sectors(frame, shift);
        assertEquals(10, sectors.length);
        int[] times = new int[ci.n];
        for (int[] s : sectors) {
          assertTrue(s.length == 100, "1000 customers in 10 sectors of 100, got " + s.length);
          for (int c : s) {
            times[c]++;
          }
        }
        assertEquals(0, times[0], "the depot is in no sector");
        for (int c = 1; c < ci.n; c++) {
          assertEquals(1, times[c], "customer " + c + " (seed " + seed + ", shift " + shift + ")");
        }
      }
    }
    CompactInstance odd = CompactInstance.of(xLike(523, 9));
    int[][] s = new SectorDecomposition(100, 1).sectors(CvrpBatch.of(odd, false), 0);
    assertEquals(6, s.length);
    int total = 0;
    for (int[] g : s) {
      assertTrue(g.length == 87 || g.length == 88, "balanced: " + g.length);
      total += g.length;
    }
    assertEquals(523, total);
  }

  @Test
  void proposalsForAThousandCustomersAreFeasibleCompleteAndPairwiseDifferent() {
    Instance inst = xLike(1000, 42);
    CompactInstance ci = CompactInstance.of(inst);
    List<int[]> proposals = new SectorDecomposition(100, 2)
        .propose(shipped, ci, CvrpBatch.of(ci, false), 6, 1, new SplittableRandom(7));
    assertEquals(6, proposals.size(), "K = 6 asked, 6 distinct expected");
    List<Set<List<Integer>>> routeSets = new ArrayList<>();
    for (int[] seq : proposals) {
      routeSets.add(checkFeasible(inst, seq));
    }
    for (int a = 0; a < routeSets.size(); a++) {
      for (int b = a + 1; b < routeSets.size(); b++) {
        assertNotEquals(routeSets.get(a), routeSets.get(b), "proposals " + a + " and " + b + " are the same routes");
      }
    }
  }

  @Test
  void theProviderDecomposesLargeInstancesAndStillGivesSeveralDistinctProposals() {
    Instance inst = xLike(600, 5);
    CompactInstance ci = CompactInstance.of(inst);
    NeuralInitialSolutionProvider provider = new NeuralInitialSolutionProvider(
        NeuralInitialSolutionProvider.SEED_WORK, 500);
    List<int[]> proposals = provider.propose(ci, 4, new SplittableRandom(3));
    assertTrue(proposals.size() > 1, "K > 1 proposals, got " + proposals.size());
    Set<Set<List<Integer>>> distinct = new HashSet<>();
    for (int[] seq : proposals) {
      assertTrue(distinct.add(checkFeasible(inst, seq)), "duplicate proposal");
    }
  }

  /**
   * Independent check against the {@link Instance} (not the compact arrays the code uses): every
   * customer exactly once, every route's load (recomputed from the stops' demands) within the
   * vehicle capacity. Returns the routes as direction-free lists.
   */
  static Set<List<Integer>> checkFeasible(Instance inst, int[] seq) {
    int capacity = inst.vehicleTypes().get(0).capacity(0);
    int customers = inst.stops().size();
    int[] visits = new int[customers + 1];
    Set<List<Integer>> routes = new HashSet<>();
    List<Integer> route = new ArrayList<>();
    for (int i = 0; i <= seq.length; i++) {
      if (i == seq.length || seq[i] == 0) {
        if (!route.isEmpty()) {
          long load = 0;
          for (int v : route) {
            load += inst.stops().get(v - 1).demand(0);
          }
          assertTrue(load <= capacity, "route " + route + " carries " + load + " > capacity " + capacity);
          if (route.get(0) > route.get(route.size() - 1)) {
            java.util.Collections.reverse(route);
          }
          routes.add(List.copyOf(route));
          route.clear();
        }
        continue;
      }
      assertTrue(seq[i] >= 1 && seq[i] <= customers, "node " + seq[i] + " is no customer");
      visits[seq[i]]++;
      route.add(seq[i]);
    }
    for (int c = 1; c <= customers; c++) {
      assertEquals(1, visits[c], "customer " + c + " visits");
    }
    assertTrue(routes.size() > 1, "a 1000-customer solution has several routes");
    return routes;
  }
}
