package org.routeforge.solver.rich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.routeforge.data.model.Instance;
import org.routeforge.data.model.TimeWindow;
import org.routeforge.data.model.VehicleType;

/**
 * The search's route simulator ({@link RichSearch#simulate}), the one evaluator ({@link RichEvaluator})
 * and the brute force ({@link BruteForceEvaluator}) price every route the simulator accepts the same,
 * on random instances with several windows per stop, service times, one or two breaks and shifts that
 * do not start at 0: three separate computations of the least duration over departures.
 */
class SimulatorAgainstEvaluatorTest {
  private static final int ROUTES_PER_TRY = 300;
  private static final int ENOUGH = 5;

  @Property(tries = 25, seed = "20261202")
  void simulatorEvaluatorAndBruteForceAgree(@ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
    int[] counts = check(seed);
    assertTrue(counts[0] >= ENOUGH, "feasible routes with several windows: " + counts[0]);
    assertTrue(counts[1] >= ENOUGH, "feasible routes with breaks: " + counts[1]);
  }

  /**
   * The case a scan over the first window alone gets wrong is really met: over eight instances, several
   * accepted routes leave at a departure that serves some stop in a later window than leaving at the
   * shift's opening.
   */
  @Test
  void laterWindowsAreChosenOften() {
    int later = 0;
    for (long seed = 1; seed <= 8; seed++) {
      later += check(seed)[2];
    }
    assertTrue(later >= 8, "routes served in a later window at their departure: " + later);
  }

  /**
   * Compares the three on random routes of {@link #instance(long)}; returns how many accepted routes
   * had several windows, breaks, and a stop in a later window at their departure than at the opening.
   */
  private static int[] check(long seed) {
    Instance inst = instance(seed);
    RichSearch search = new RichSearch(RichRequest.of(inst), new boolean[inst.stops().size()]);
    Random rnd = new Random(seed * 31 + 7);
    int severalWindows = 0;
    int withBreaks = 0;
    int laterWindow = 0;
    for (int attempt = 0; attempt < ROUTES_PER_TRY; attempt++) {
      int v = rnd.nextInt(2);
      int[] stops = randomSequence(inst.stops().size(), rnd);
      double simulated = search.simulate(v, stops, stops.length);
      if (simulated == Double.POSITIVE_INFINITY) {
        continue;
      }
      int breaks = inst.vehicleTypes().get(v).breaks().size();
      RichRoute route = new RichRoute(v, stops, java.util.Arrays.copyOf(search.lastBreakPos, breaks));
      double end = search.lastEnd;
      RichEvaluation e = RichEvaluator.evaluate(inst, List.of(route));
      BruteForceEvaluator.Result b = BruteForceEvaluator.evaluate(inst, List.of(route), List.of());
      String where = "seed " + seed + " " + route + " " + e.violations();
      assertTrue(e.violations().isEmpty(), where);
      assertTrue(b.broken().isEmpty(), where + " brute force: " + b.broken());
      assertEquals(e.cost(), simulated, 1e-6, where);
      assertEquals(b.cost(), e.cost(), 1e-6, where);
      assertEquals(b.routes().get(0).departure(), e.routes().get(0).departure(), 1e-6, where);
      assertEquals(e.routes().get(0).end(), end, 1e-6, where);
      boolean several = false;
      for (int s : stops) {
        several |= inst.stops().get(s).timeWindows().size() > 1;
      }
      severalWindows += several ? 1 : 0;
      withBreaks += breaks > 0 ? 1 : 0;
      VehicleType vt = inst.vehicleTypes().get(v);
      int[] atOpen = BruteForceEvaluator.windows(inst, vt, stops, route.breakPositions(), vt.shift().open());
      int[] atDeparture = BruteForceEvaluator.windows(inst, vt, stops, route.breakPositions(), e.routes().get(0).departure());
      laterWindow += java.util.Arrays.equals(atOpen, atDeparture) ? 0 : 1;
    }
    return new int[] {severalWindows, withBreaks, laterWindow};
  }

  /**
   * Eight stops on a 100 x 100 square, service 0..10, none, one or two to three windows; vehicle 0
   * with one or two breaks, vehicle 1 without; both paid per time, shifts opening in [20, 80].
   */
  static Instance instance(long seed) {
    Random rnd = new Random(seed);
    Rich.B b = new Rich.B();
    int depot = b.loc(50, 50);
    double open = 20 + rnd.nextDouble() * 60;
    for (int i = 0; i < 8; i++) {
      List<TimeWindow> ws = new ArrayList<>();
      int kind = rnd.nextInt(4);
      double from = open + rnd.nextDouble() * 250;
      for (int k = 0; k < (kind == 0 ? 0 : kind == 1 ? 1 : kind); k++) {
        double width = 15 + rnd.nextDouble() * 60;
        ws.add(new TimeWindow(from, from + width));
        from += width + 20 + rnd.nextDouble() * 120;
      }
      b.stop(rnd.nextDouble() * 100, rnd.nextDouble() * 100, rnd.nextInt(11), ws, Set.of(), 0, 1);
    }
    var withBreaks = b.vehicle(depot, depot).shift(open, open + 900).fixed(10);
    withBreaks.perTime(1);
    double breakOpen = open + 40 + rnd.nextDouble() * 150;
    withBreaks.breakAt(breakOpen, breakOpen + 30 + rnd.nextDouble() * 100, 10 + rnd.nextInt(15));
    if (rnd.nextBoolean()) {
      withBreaks.breakAt(breakOpen + 200, breakOpen + 320, 10);
    }
    withBreaks.add();
    var plain = b.vehicle(depot, depot).shift(open, open + 900).fixed(10);
    plain.perTime(0.5);
    plain.add();
    return b.build();
  }

  /** Two to six distinct stops of {@code n} in random order. */
  private static int[] randomSequence(int n, Random rnd) {
    List<Integer> all = new ArrayList<>();
    for (int s = 0; s < n; s++) {
      all.add(s);
    }
    java.util.Collections.shuffle(all, rnd);
    int len = 2 + rnd.nextInt(5);
    int[] out = new int[len];
    for (int i = 0; i < len; i++) {
      out[i] = all.get(i);
    }
    return out;
  }
}
