package org.routeforge.solver.ortools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.routeforge.data.model.Instance;
import org.routeforge.solver.CancelToken;
import org.routeforge.solver.Progress;
import org.routeforge.solver.SolveOptions;
import org.routeforge.solver.SolveResult;
import org.routeforge.solver.SolveResult.StopReason;
import org.routeforge.solver.SolverEngine;
import org.routeforge.solver.model.Solution;

class PolishingEngineTest {

  /** An engine that answers one route per stop, and records the time limit it was given. */
  private static final class OneRouteEach implements SolverEngine {
    Duration given;

    @Override
    public SolveResult solve(Instance instance, SolveOptions options, org.routeforge.solver.ProgressListener l,
        CancelToken cancel) {
      given = options.timeLimit();
      List<int[]> routes = new ArrayList<>();
      for (int s = 0; s < instance.stops().size(); s++) {
        routes.add(new int[] {s});
      }
      Solution sol = Solution.evaluate(instance, routes);
      Progress p = new Progress(0.01, sol.cost(), sol.feasible(), sol.routeCount(), 1, 0.1);
      l.onProgress(p);
      return new SolveResult(sol, List.of(p), 0.01, 1, StopReason.TIME_LIMIT);
    }
  }

  @Test
  void polishesTheInnerBestWithinTheSameTimeLimit() {
    Instance inst = TestInstances.cvrp(25, 1000, 25, 31);
    OneRouteEach inner = new OneRouteEach();
    List<Progress> seen = new ArrayList<>();
    SolveOptions options = SolveOptions.builder().timeLimit(Duration.ofSeconds(2)).polish(true).build();
    SolveResult r = new PolishingEngine(inner).solve(inst, options, seen::add, new CancelToken());
    assertEquals(Duration.ofMillis(1800), inner.given);
    assertTrue(r.best().feasible());
    assertTrue(r.best().cost() < 0.5 * r.history().get(0).cost(), "polish did not improve: " + r.best().cost());
    assertEquals(2, r.history().size());
    assertEquals(r.best().cost(), r.history().get(1).cost(), 1e-9);
    assertEquals(seen, r.history());
    assertTrue(r.runtimeSeconds() < 2.0 + 1.0, "ran " + r.runtimeSeconds() + " s");
  }

  @Test
  void aCancelledSolveIsNotPolished() {
    Instance inst = TestInstances.cvrp(10, 1000, 10, 37);
    CancelToken cancel = new CancelToken();
    cancel.cancel();
    SolveResult r = new PolishingEngine(new OneRouteEach()).solve(inst,
        SolveOptions.builder().timeLimit(Duration.ofSeconds(1)).build(), p -> { }, cancel);
    assertEquals(10, r.best().routeCount());
    assertEquals(1, r.history().size());
  }

  @Test
  void polishesAMultiDepotInstanceToo() {
    Instance.Builder b = Instance.builder("two-depots");
    int west = b.addLocation(TestInstances.location("west", 0, 0));
    int east = b.addLocation(TestInstances.location("east", 100, 0));
    for (int i = 0; i < 6; i++) {
      int loc = b.addLocation(TestInstances.location("c" + i, 5 + 18 * i, 2));
      b.addStop(org.routeforge.data.model.Stop.simple("c" + i, loc, 1));
    }
    b.euclidean(org.routeforge.data.model.Rounding.EXACT);
    b.addVehicleType(org.routeforge.data.model.VehicleType.simple(3, 10, west));
    b.addVehicleType(org.routeforge.data.model.VehicleType.simple(3, 10, east));
    Instance inst = b.build();
    SolveResult r = new PolishingEngine(new OneRouteEach()).solve(inst,
        SolveOptions.builder().timeLimit(Duration.ofSeconds(1)).polish(true).build(), p -> { }, new CancelToken());
    double oneEach = r.history().get(0).cost();
    assertTrue(r.best().feasible());
    assertTrue(r.best().cost() < 0.7 * oneEach, r.best().cost() + " vs " + oneEach);
    // the evaluator agrees, with each route on a vehicle of its type
    org.routeforge.solver.rich.RichFleet fleet = org.routeforge.solver.rich.RichFleet.of(inst);
    int[] next = {fleet.firstOfType(0), fleet.firstOfType(1)};
    List<org.routeforge.solver.rich.RichRoute> routes = new ArrayList<>();
    for (org.routeforge.solver.model.Route route : r.best().routes()) {
      routes.add(org.routeforge.solver.rich.RichRoute.of(next[route.vehicleType()]++, route.stops()));
    }
    assertEquals(r.best().cost(), org.routeforge.solver.rich.RichEvaluator.evaluate(inst, routes).cost(), 1e-6);
  }
}
