package org.routeforge.solver.rich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.routeforge.data.model.Instance;
import org.routeforge.solver.model.Route;
import org.routeforge.solver.model.Solution;

/**
 * The one evaluator ({@link RichEvaluator}, behind {@link Solution#evaluate}) agrees with the
 * separately written {@link BruteForceEvaluator} on random routes of random rich instances: cost,
 * distance, and per route the duration, departure, time warp and excess load, and the set of broken
 * constraint kinds. Every constraint kind is seen broken at least once (so each is really compared),
 * and feasible routes are seen too.
 */
class EvaluatorAgainstBruteForceTest {

  @Test
  void oneEvaluatorMatchesTheBruteForcePerConstraintKind() {
    Map<Violation.Kind, Integer> seen = new EnumMap<>(Violation.Kind.class);
    int feasible = 0;
    int compared = 0;
    for (long seed = 1; seed <= 400; seed++) {
      Instance inst = RichPropertyTest.randomInstance(seed);
      Random rnd = new Random(seed * 7919);
      List<RichRoute> routes = randomRoutes(inst, rnd);
      List<Lock> locks = rnd.nextInt(4) == 0
          ? List.of(new Lock(0, new int[] {0, 1}, rnd.nextBoolean())) : List.of();
      RichEvaluation e = RichEvaluator.evaluate(inst, routes, locks);
      BruteForceEvaluator.Result b = BruteForceEvaluator.evaluate(inst, routes, locks);
      String where = "seed " + seed + " " + routes + " " + e.violations();
      Set<Violation.Kind> kinds = EnumSet.noneOf(Violation.Kind.class);
      for (Violation v : e.violations()) {
        kinds.add(v.kind());
      }
      assertEquals(b.broken(), kinds, where);
      assertEquals(b.cost(), e.cost(), 1e-6, where);
      assertEquals(b.distance(), e.distance(), 1e-6, where);
      assertEquals(b.routes().size(), e.routes().size(), where);
      for (int r = 0; r < b.routes().size(); r++) {
        BruteForceEvaluator.RouteFigures f = b.routes().get(r);
        RichEvaluation.RouteReport rep = e.routes().get(r);
        assertEquals(f.duration(), rep.duration(), 1e-6, where);
        assertEquals(f.departure(), rep.departure(), 1e-6, where);
        assertEquals(f.timeWarp(), rep.timeWarp(), 1e-6, where);
        assertEquals(f.excess(), rep.excessLoad(), where);
      }
      for (Violation.Kind k : kinds) {
        seen.merge(k, 1, Integer::sum);
      }
      feasible += kinds.isEmpty() ? 1 : 0;
      compared++;
    }
    assertEquals(400, compared);
    assertTrue(feasible > 0, "some random solutions are feasible");
    for (Violation.Kind k : EnumSet.of(Violation.Kind.CAPACITY, Violation.Kind.TIME_WINDOW, Violation.Kind.SHIFT,
        Violation.Kind.MAX_DISTANCE, Violation.Kind.MAX_STOPS, Violation.Kind.SKILL,
        Violation.Kind.PICKUP_DELIVERY, Violation.Kind.BREAK, Violation.Kind.LOCK)) {
      assertTrue(seen.getOrDefault(k, 0) > 0, k + " never broken in " + seen);
    }
  }

  /** {@link Solution#evaluate} reports the same figures as the brute force for plain routes. */
  @Test
  void solutionEvaluateIsTheOneEvaluator() {
    int checked = 0;
    for (long seed = 1; seed <= 100; seed++) {
      Instance rich = RichPropertyTest.randomInstance(seed);
      // no shipments and no breaks: plain routes of stops say everything
      Instance inst = Instance.builder("plain").locations(rich.locations()).distances(rich.distances())
          .stops(rich.stops()).vehicleTypes(noBreaks(rich)).build();
      Random rnd = new Random(seed);
      List<int[]> plain = new ArrayList<>();
      List<RichRoute> asVehicles = new ArrayList<>();
      for (RichRoute r : randomRoutes(inst, rnd)) {
        if (r.size() > 0) {
          asVehicles.add(RichRoute.of(plain.size(), r.stops()));
          plain.add(r.stops());
        }
      }
      if (asVehicles.size() > 3) {
        continue;
      }
      Solution s = Solution.evaluate(inst, plain);
      BruteForceEvaluator.Result b = BruteForceEvaluator.evaluate(inst, asVehicles, List.of());
      assertEquals(b.cost(), s.cost(), 1e-6);
      for (int r = 0; r < s.routes().size(); r++) {
        Route route = s.routes().get(r);
        assertEquals(b.routes().get(r).duration(), route.duration(), 1e-6);
        assertEquals(b.routes().get(r).timeWarp(), route.timeWarp(), 1e-6);
        assertEquals(b.routes().get(r).excess(), route.excessLoad());
      }
      checked++;
    }
    assertTrue(checked > 50, "checked " + checked);
  }

  private static List<org.routeforge.data.model.VehicleType> noBreaks(Instance inst) {
    List<org.routeforge.data.model.VehicleType> out = new ArrayList<>();
    for (var t : inst.vehicleTypes()) {
      out.add(new org.routeforge.data.model.VehicleType(t.id(), t.count(), t.capacity(), t.startLocation(),
          t.endLocation(), t.shift(), t.maxDuration(), t.maxDistance(), t.maxStops(), t.fixedCost(),
          t.costPerDistance(), t.costPerTime(), t.skills(), List.of()));
    }
    return out;
  }

  /** Every stop on one of the fleet's vehicles (or, now and then, on none), in random order, breaks anywhere. */
  static List<RichRoute> randomRoutes(Instance inst, Random rnd) {
    int vehicles = RichFleet.of(inst).vehicleCount();
    List<List<Integer>> stops = new ArrayList<>();
    for (int v = 0; v < vehicles; v++) {
      stops.add(new ArrayList<>());
    }
    for (int s = 0; s < inst.stops().size(); s++) {
      if (rnd.nextInt(12) != 0) {
        List<Integer> r = stops.get(rnd.nextInt(vehicles));
        r.add(rnd.nextInt(r.size() + 1), s);
      }
    }
    List<RichRoute> out = new ArrayList<>();
    RichFleet fleet = RichFleet.of(inst);
    for (int v = 0; v < vehicles; v++) {
      int[] st = stops.get(v).stream().mapToInt(Integer::intValue).toArray();
      int breaks = fleet.type(inst, v).breaks().size();
      int[] pos = new int[rnd.nextInt(15) == 0 ? 0 : breaks];
      for (int b = 0; b < pos.length; b++) {
        pos[b] = rnd.nextInt(st.length + 1);
      }
      out.add(new RichRoute(v, st, pos));
    }
    return out;
  }
}
