package org.routeforge.solver.ortools;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.routeforge.data.model.Instance;
import org.routeforge.data.model.Rounding;
import org.routeforge.data.model.Stop;
import org.routeforge.data.model.VehicleType;
import org.routeforge.solver.CancelToken;
import org.routeforge.solver.Progress;
import org.routeforge.solver.SolveOptions;
import org.routeforge.solver.SolveResult;
import org.routeforge.solver.SolveResult.StopReason;
import org.routeforge.solver.model.Route;
import org.routeforge.solver.model.Solution;
import org.routeforge.solver.model.Unassigned;

class OrToolsEngineTest {

  private static SolveResult solve(Instance inst, Duration limit) {
    return new OrToolsEngine().solve(inst, options(limit).build(), p -> { }, new CancelToken());
  }

  private static SolveOptions.Builder options(Duration limit) {
    return SolveOptions.builder().engine(SolveOptions.EngineKind.ORTOOLS).timeLimit(limit);
  }

  @Test
  void cvrpSolutionIsFeasibleAndAgreesWithTheIndependentEvaluator() {
    Instance inst = TestInstances.cvrp(40, 50, 12, 11);
    SolveResult r = solve(inst, Duration.ofMillis(800));
    Solution best = r.best();
    assertTrue(best.feasible(), () -> "unassigned " + best.unassigned());
    int served = 0;
    for (Route route : best.routes()) {
      assertTrue(route.load() <= 50, "capacity exceeded: " + route.load());
      served += route.size();
    }
    assertEquals(40, served);
    Solution again = Solution.evaluate(inst, best.routeStops());
    assertEquals(again.cost(), best.cost(), 1e-9);
    assertFalse(r.history().isEmpty());
    Progress last = r.history().get(r.history().size() - 1);
    assertEquals(best.cost(), last.cost(), 1e-9);
    assertTrue(last.feasible());
    assertEquals(StopReason.TIME_LIMIT, r.stopReason());
    assertTrue(r.runtimeSeconds() < 3, "ran " + r.runtimeSeconds() + " s for an 0.8 s limit");
  }

  @Test
  void findsTheOptimalTourOfASmallSingleVehicleInstance() {
    Instance inst = TestInstances.cvrp(7, 1000, 1, 5);
    SolveResult r = solve(inst, Duration.ofMillis(500));
    assertTrue(r.best().feasible());
    assertEquals(bruteForceTour(inst), r.best().cost(), 1e-9);
  }

  /** The shortest single route through all stops, by enumerating every order. */
  private static double bruteForceTour(Instance inst) {
    int n = inst.stops().size();
    int[] perm = new int[n];
    for (int i = 0; i < n; i++) {
      perm[i] = i;
    }
    double[] best = {Double.POSITIVE_INFINITY};
    permute(inst, perm, 0, best);
    return best[0];
  }

  private static void permute(Instance inst, int[] perm, int k, double[] best) {
    if (k == perm.length) {
      best[0] = Math.min(best[0], Solution.evaluate(inst, List.of(perm.clone())).cost());
      return;
    }
    for (int i = k; i < perm.length; i++) {
      int t = perm[k];
      perm[k] = perm[i];
      perm[i] = t;
      permute(inst, perm, k + 1, best);
      perm[i] = perm[k];
      perm[k] = t;
    }
  }

  @Test
  void vrptwSolutionMeetsEveryWindow() {
    Instance inst = TestInstances.vrptw(30, 60, 10, 7);
    SolveResult r = solve(inst, Duration.ofMillis(800));
    Solution best = r.best();
    assertTrue(best.feasible(), () -> "unassigned " + best.unassigned());
    for (Route route : best.routes()) {
      assertEquals(0, route.timeWarp(), 1e-9);
      int[] stops = route.stops();
      double[] arrivals = route.arrivals();
      double[] waits = route.waits();
      for (int i = 0; i < stops.length; i++) {
        Stop s = inst.stops().get(stops[i]);
        double serviceStart = arrivals[i] + waits[i];
        assertTrue(serviceStart >= s.earliest() - 1e-9 && serviceStart <= s.latest() + 1e-9,
            "stop " + s.id() + " served at " + serviceStart);
      }
    }
    assertEquals(Solution.evaluate(inst, best.routeStops()).cost(), best.cost(), 1e-9);
  }

  @Test
  void stopsNoVehicleCanServeEndUnassignedWithTheirReason() {
    Instance base = TestInstances.vrptw(12, 60, 5, 3);
    Instance.Builder b = base.toBuilder();
    int far = b.addLocation(TestInstances.location("far", 100, 100));
    b.addStop(new Stop("heavy", 1, new int[] {61}, 0, List.of(), Set.of(), 0));
    b.addStop(TestInstances.stop("late", far, 1, 10, 0, 5)); // 70.7 away, closes at 5
    b.euclidean(Rounding.TRUNC1);
    Instance inst = b.build();
    Solution best = solve(inst, Duration.ofMillis(500)).best();
    assertFalse(best.feasible());
    assertEquals(2, best.unassigned().size(), () -> "unassigned " + best.unassigned());
    for (Unassigned u : best.unassigned()) {
      String id = inst.stops().get(u.stopIndex()).id();
      assertEquals(id.equals("heavy") ? Unassigned.CAPACITY : Unassigned.TIME_WINDOW, u.code(), u.detail());
    }
    int served = 0;
    for (Route route : best.routes()) {
      assertEquals(0, route.timeWarp(), 1e-9);
      served += route.size();
    }
    assertEquals(12, served);
  }

  @Test
  void aStopTheFleetCannotFitIsDroppedNotFailed() {
    Instance.Builder b = Instance.builder("tight-fleet");
    b.addLocation(TestInstances.location("depot", 0, 0));
    for (int i = 0; i < 3; i++) {
      int loc = b.addLocation(TestInstances.location("c" + i, 10 * (i + 1), 0));
      b.addStop(Stop.simple("c" + i, loc, 8));
    }
    b.euclidean(Rounding.NINT).addVehicleType(VehicleType.simple(2, 10, 0));
    Solution best = solve(b.build(), Duration.ofMillis(300)).best();
    assertFalse(best.feasible());
    assertEquals(2, best.routeCount());
    assertEquals(1, best.unassigned().size());
    assertEquals(Unassigned.NOT_ROUTED, best.unassigned().get(0).code());
  }

  @Test
  void cancelStopsTheSearchPromptly() throws Exception {
    Instance inst = TestInstances.cvrp(80, 50, 25, 13);
    CancelToken cancel = new CancelToken();
    Thread canceller = new Thread(() -> {
      try {
        Thread.sleep(600);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      cancel.cancel();
    });
    canceller.start();
    SolveResult r = new OrToolsEngine().solve(inst, options(Duration.ofSeconds(30)).build(), p -> { }, cancel);
    canceller.join();
    assertEquals(StopReason.CANCELLED, r.stopReason());
    assertTrue(r.runtimeSeconds() < 0.6 + 0.4, "cancelled after " + r.runtimeSeconds() + " s");
    assertTrue(r.best().feasible());
  }

  @Test
  void targetCostEndsTheSearch() {
    Instance inst = TestInstances.cvrp(30, 50, 10, 17);
    SolveResult r = new OrToolsEngine().solve(inst,
        options(Duration.ofSeconds(30)).targetCost(1e9).build(), p -> { }, new CancelToken());
    assertEquals(StopReason.TARGET_REACHED, r.stopReason());
    assertTrue(r.runtimeSeconds() < 5);
  }

  @Test
  void aSolutionLimitGivesTheSameResultTwice() {
    Instance inst = TestInstances.vrptw(25, 60, 8, 19);
    SolveOptions o = options(Duration.ofSeconds(30)).iterationLimit(200).build();
    SolveResult a = new OrToolsEngine().solve(inst, o, p -> { }, new CancelToken());
    SolveResult b = new OrToolsEngine().solve(inst, o, p -> { }, new CancelToken());
    assertEquals(StopReason.ITERATION_LIMIT, a.stopReason());
    assertEquals(a.best().cost(), b.best().cost(), 0);
    assertEquals(a.best().routeCount(), b.best().routeCount());
    for (int i = 0; i < a.best().routeCount(); i++) {
      assertArrayEquals(a.best().routeStops().get(i), b.best().routeStops().get(i));
    }
  }

  @Test
  void polishImprovesPoorRoutesAndKeepsThemFeasible() {
    Instance inst = TestInstances.vrptw(20, 60, 20, 23);
    List<int[]> oneEach = new ArrayList<>();
    for (int s = 0; s < 20; s++) {
      oneEach.add(new int[] {s});
    }
    Solution poor = Solution.evaluate(inst, oneEach);
    assertTrue(poor.feasible());
    Solution polished = OrToolsPolish.polish(inst, poor, Duration.ofMillis(500), new CancelToken());
    assertTrue(polished.feasible());
    assertTrue(polished.cost() < 0.8 * poor.cost(), polished.cost() + " vs " + poor.cost());
  }

  @Test
  void polishReturnsAnUnloadableSolutionUnchanged() {
    Instance inst = TestInstances.cvrp(6, 10, 3, 29);
    Solution overloaded = Solution.evaluate(inst, List.of(new int[] {0, 1, 2, 3, 4, 5}));
    assertFalse(overloaded.feasible());
    Solution out = OrToolsPolish.polish(inst, overloaded, Duration.ofMillis(300), new CancelToken());
    assertSame(overloaded, out);
  }
}
