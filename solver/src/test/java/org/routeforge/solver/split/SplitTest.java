package org.routeforge.solver.split;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.routeforge.data.model.CompactInstance;
import org.routeforge.data.model.Instance;
import org.routeforge.solver.TestInstances;
import org.routeforge.solver.model.Route;
import org.routeforge.solver.model.Solution;

/** Split against brute force over every way of cutting small giant tours. */
class SplitTest {
  private static final double PC = 4.0;
  private static final double PT = 2.5;

  @Property(tries = 60)
  void optimalAgainstBruteForce(@ForAll("seeds") long seed, @ForAll boolean timeWindows) {
    Instance inst = TestInstances.random(seed, 8, 20, timeWindows);
    CompactInstance ci = CompactInstance.of(inst);
    int[] tour = shuffledTour(ci.n, new Random(seed));
    List<int[]> routes = new Split(ci).split(tour, PC, PT, ci.n);
    assertEquals(bruteForce(inst, tour, Integer.MAX_VALUE, timeWindows ? 1.5 * ci.capacity : Double.MAX_VALUE),
        cost(inst, routes), 1e-6);
    assertEquals(Arrays.toString(tour), Arrays.toString(concat(routes)), "split keeps the order");
  }

  @Property(tries = 40)
  void limitedFleetAgainstBruteForce(@ForAll("seeds") long seed, @ForAll boolean timeWindows) {
    Instance inst = TestInstances.random(seed, 8, 12, timeWindows);
    CompactInstance ci = CompactInstance.of(inst);
    int[] tour = shuffledTour(ci.n, new Random(seed));
    int maxRoutes = 2;
    List<int[]> routes = new Split(ci).split(tour, PC, PT, maxRoutes);
    assertTrue(routes.size() <= maxRoutes, "at most " + maxRoutes + " routes");
    long total = 0;
    for (int d : ci.demand) {
      total += d;
    }
    // Split first runs the unlimited split (no load cap without time windows, 1.5 x capacity with them)
    // and keeps it when it needs few enough routes; only otherwise does the capped per-count recursion run.
    double unlimitedCap = timeWindows ? 1.5 * ci.capacity : Double.MAX_VALUE;
    double unlimited = bruteForce(inst, tour, Integer.MAX_VALUE, unlimitedCap);
    double expected;
    if (Math.abs(unlimited - bruteForce(inst, tour, maxRoutes, unlimitedCap)) < 1e-9) {
      expected = unlimited;
    } else {
      double limit = maxRoutes * 1.5 * ci.capacity >= total ? 1.5 * ci.capacity : Double.MAX_VALUE;
      expected = bruteForce(inst, tour, maxRoutes, limit);
    }
    assertEquals(expected, cost(inst, routes), 1e-6);
  }

  /** The sample that found the unlimited split kept within the fleet (load above 1.5 x capacity). */
  @Example
  void limitedFleetKeepsAnUnlimitedSplitThatFits() {
    limitedFleetAgainstBruteForce(196, false);
  }

  @Provide
  Arbitrary<Long> seeds() {
    return Arbitraries.longs().between(1, 1_000_000);
  }

  private static int[] shuffledTour(int n, Random rnd) {
    List<Integer> l = new ArrayList<>();
    for (int i = 1; i < n; i++) {
      l.add(i);
    }
    java.util.Collections.shuffle(l, rnd);
    return l.stream().mapToInt(Integer::intValue).toArray();
  }

  private static int[] concat(List<int[]> routes) {
    return routes.stream().flatMapToInt(Arrays::stream).toArray();
  }

  /** Cheapest penalised cost over all 2^(m-1) cut sets with at most maxRoutes routes. */
  private static double bruteForce(Instance inst, int[] tour, int maxRoutes, double loadLimit) {
    int m = tour.length;
    double best = Double.POSITIVE_INFINITY;
    for (int mask = 0; mask < 1 << (m - 1); mask++) {
      List<int[]> routes = new ArrayList<>();
      int start = 0;
      boolean ok = true;
      for (int i = 0; i < m; i++) {
        if (i == m - 1 || (mask >> i & 1) == 1) {
          int[] r = Arrays.copyOfRange(tour, start, i + 1);
          long load = 0;
          for (int v : r) {
            load += inst.stops().get(v - 1).demand(0);
          }
          ok &= r.length == 1 || load <= loadLimit;
          routes.add(r);
          start = i + 1;
        }
      }
      if (ok && routes.size() <= maxRoutes) {
        best = Math.min(best, cost(inst, routes));
      }
    }
    return best;
  }

  /** Penalised cost by the independent evaluator. */
  private static double cost(Instance inst, List<int[]> nodeRoutes) {
    List<int[]> stops = new ArrayList<>();
    for (int[] r : nodeRoutes) {
      stops.add(Arrays.stream(r).map(v -> v - 1).toArray());
    }
    double c = 0;
    for (Route r : Solution.evaluate(inst, stops).routes()) {
      c += r.distance() + PC * r.excessLoad() + PT * r.timeWarp();
    }
    return c;
  }
}
