package org.routeforge.solver.rich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.routeforge.data.model.Instance;
import org.routeforge.data.model.TimeWindow;

/**
 * Route segments ({@link RouteSegments}) price every route the same as the simulator
 * ({@link RichSearch#simulate}), a separate computation, and as the evaluator where the route is a
 * complete plan: on random instances with single time windows, service times, shipments, two capacity
 * dimensions, a maximum duration, distance and number of stops, an open route and two depots; for
 * insertions, removals, replacements and 2-opt* tails on a random state, while that state changes and
 * another state is priced in between.
 */
class RouteSegmentsTest {
  private static final int MOVES = 400;

  @Test
  void segmentsPriceAsTheSimulator() {
    int[] total = new int[4];
    for (long seed = 1; seed <= 30; seed++) {
      int[] c = check(seed);
      for (int k = 0; k < total.length; k++) {
        total[k] += c[k];
      }
    }
    assertTrue(total[0] >= 500, "feasible routes compared: " + total[0]);
    assertTrue(total[1] >= 500, "infeasible routes compared: " + total[1]);
    assertTrue(total[2] >= 50, "feasible 2-opt* routes compared: " + total[2]);
    assertTrue(total[3] >= 50, "feasible complete routes checked by the evaluator: " + total[3]);
  }

  /** Compares on {@link #MOVES} moves on one instance; returns feasible, infeasible, 2-opt*, complete plans. */
  private static int[] check(long seed) {
    Instance inst = instance(seed);
    int n = inst.stops().size();
    RichSearch search = new RichSearch(RichRequest.of(inst), new boolean[n]);
    assertTrue(RouteSegments.supports(org.routeforge.solver.problem.Features.of(inst)));
    Random rnd = new Random(seed);
    RichSearch.State st = randomState(search, n, rnd);
    RichSearch.State other = randomState(search, n, rnd);
    int feasible = 0;
    int infeasible = 0;
    int tails = 0;
    int completePlans = 0;
    for (int k = 0; k < MOVES; k++) {
      if (k % 50 == 49) {
        // the state changes (its segments must follow) and another state is priced in between
        int v = rnd.nextInt(search.vehicles);
        int w = (v + 1) % search.vehicles;
        if (st.len[w] > 0) {
          int[] moved = java.util.Arrays.copyOf(st.seq[v], st.len[v] + 1);
          moved[st.len[v]] = st.seq[w][0];
          int[] rest = java.util.Arrays.copyOfRange(st.seq[w], 1, st.len[w]);
          st.set(w, rest, rest.length, 0, 0);
          st.set(v, moved, moved.length, 0, 0);
        }
        if (other.len[0] > 0) {
          search.segmentsOf(other).remove(other, 0, 0);
        }
      }
      RouteSegments segments = search.segmentsOf(st);
      int v = rnd.nextInt(search.vehicles);
      int len = st.len[v];
      int[] route = java.util.Arrays.copyOf(st.seq[v], len);
      int[] seq;
      double priced;
      int kind = rnd.nextInt(4);
      if (kind == 0 || kind == 2) {
        int s = rnd.nextInt(n);
        if (contains(route, s) || (kind == 2 && len == 0)) {
          continue;
        }
        int at = rnd.nextInt(kind == 0 ? len + 1 : len);
        seq = kind == 0 ? inserted(route, at, s) : replaced(route, at, s);
        priced = kind == 0 ? segments.insert(st, v, at, s) : segments.replace(st, v, at, s);
      } else if (kind == 1) {
        if (len == 0) {
          continue;
        }
        int i = rnd.nextInt(len);
        seq = removed(route, i);
        priced = segments.remove(st, v, i);
      } else {
        int w = rnd.nextInt(search.vehicles);
        if (w == v) {
          continue;
        }
        int keep = rnd.nextInt(len + 1);
        int from = rnd.nextInt(st.len[w] + 1);
        seq = new int[keep + st.len[w] - from];
        System.arraycopy(route, 0, seq, 0, keep);
        System.arraycopy(st.seq[w], from, seq, keep, st.len[w] - from);
        priced = segments.tails(st, v, keep, w, from);
      }
      double end = segments.lastEnd;
      double simulated = search.simulate(v, seq, seq.length);
      String where = "seed " + seed + " kind " + kind + " vehicle " + v + " " + java.util.Arrays.toString(seq);
      if (simulated == Double.POSITIVE_INFINITY) {
        assertEquals(Double.POSITIVE_INFINITY, priced, where);
        infeasible++;
        continue;
      }
      assertEquals(simulated, priced, 1e-6, where);
      assertEquals(search.lastEnd, end, 1e-6, where);
      feasible++;
      tails += kind == 3 ? 1 : 0;
      if (pairsComplete(search, seq)) {
        RichEvaluation e = RichEvaluator.evaluate(inst, List.of(new RichRoute(v, seq, new int[0])));
        assertTrue(e.violations().isEmpty(), where + " " + e.violations());
        assertEquals(e.cost(), priced, 1e-6, where);
        completePlans++;
      }
    }
    return new int[] {feasible, infeasible, tails, completePlans};
  }

  private static boolean contains(int[] a, int s) {
    for (int x : a) {
      if (x == s) {
        return true;
      }
    }
    return false;
  }

  private static int[] inserted(int[] a, int at, int s) {
    int[] out = new int[a.length + 1];
    System.arraycopy(a, 0, out, 0, at);
    out[at] = s;
    System.arraycopy(a, at, out, at + 1, a.length - at);
    return out;
  }

  private static int[] replaced(int[] a, int at, int s) {
    int[] out = a.clone();
    out[at] = s;
    return out;
  }

  private static int[] removed(int[] a, int i) {
    int[] out = new int[a.length - 1];
    System.arraycopy(a, 0, out, 0, i);
    System.arraycopy(a, i + 1, out, i, a.length - i - 1);
    return out;
  }

  /** Random disjoint routes on every vehicle (feasible or not). */
  private static RichSearch.State randomState(RichSearch search, int n, Random rnd) {
    RichSearch.State st = search.new State();
    List<List<Integer>> routes = new ArrayList<>();
    for (int v = 0; v < search.vehicles; v++) {
      routes.add(new ArrayList<>());
    }
    for (int s = 0; s < n; s++) {
      int v = rnd.nextInt(2 * search.vehicles);
      if (v < search.vehicles) {
        routes.get(v).add(rnd.nextInt(routes.get(v).size() + 1), s);
      }
    }
    for (int v = 0; v < search.vehicles; v++) {
      int[] seq = routes.get(v).stream().mapToInt(Integer::intValue).toArray();
      st.set(v, seq, seq.length, 0, 0);
    }
    return st;
  }

  private static boolean pairsComplete(RichSearch search, int[] seq) {
    for (int i = 0; i < seq.length; i++) {
      int o = search.partner[seq[i]];
      if (o < 0) {
        continue;
      }
      int j = -1;
      for (int k = 0; k < seq.length; k++) {
        j = seq[k] == o ? k : j;
      }
      if (j < 0 || (search.isPickup(seq[i]) && j < i) || (!search.isPickup(seq[i]) && j > i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Four single stops and three shipments on a 100 x 100 square (service 0..10, no window or one
   * window), two capacity dimensions; vehicle type 0 (two vehicles) at depot A paid per time with a
   * maximum duration, type 1 from depot B with an open end, a maximum distance and at most five stops.
   */
  static Instance instance(long seed) {
    Random rnd = new Random(seed);
    Rich.B b = new Rich.B();
    int depotA = b.loc(30, 50);
    int depotB = b.loc(70, 50);
    double open = rnd.nextDouble() * 50;
    List<Integer> stops = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      List<TimeWindow> ws = new ArrayList<>();
      if (rnd.nextBoolean()) {
        double from = open + rnd.nextDouble() * 300;
        ws.add(new TimeWindow(from, from + 40 + rnd.nextDouble() * 150));
      }
      stops.add(b.stop(rnd.nextDouble() * 100, rnd.nextDouble() * 100, rnd.nextInt(11), ws, Set.of(), 0,
          1 + rnd.nextInt(4), rnd.nextInt(3)));
    }
    for (int k = 0; k < 3; k++) {
      b.shipment(stops.get(4 + 2 * k), stops.get(5 + 2 * k));
    }
    var typeA = b.vehicle(depotA, depotA).count(2).capacity(12, 8).shift(open, open + 900).fixed(10)
        .maxDuration(500 + rnd.nextDouble() * 300);
    typeA.perTime(1);
    typeA.add();
    b.vehicle(depotB, -1).capacity(10, 8).shift(open, open + 800).fixed(5).maxDistance(300 + rnd.nextDouble() * 150)
        .maxStops(5).add();
    return b.build();
  }
}
