package org.routeforge.solver.rich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.routeforge.data.model.DenseMatrix;
import org.routeforge.data.model.Instance;
import org.routeforge.data.model.Location;
import org.routeforge.data.model.Stop;
import org.routeforge.data.model.VehicleType;
import org.routeforge.solver.SolveOptions;
import org.routeforge.solver.SolveResult;
import org.routeforge.solver.Solver;

/**
 * Each objective changes what the solver returns, through {@link Solver} on both engine kinds, and the
 * cost reported is the instance's own (hand-computed here).
 */
class ObjectiveTest {
  /** Depot 0 and four stops, 10 from the depot; stops 1 and 2 are {@code across} apart, the others 1. */
  private static Instance instance(double across) {
    int n = 5;
    double[][] d = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        d[i][j] = i == j ? 0 : i == 0 || j == 0 ? 10 : 1;
      }
    }
    d[1][2] = across;
    d[2][1] = across;
    Instance.Builder b = Instance.builder("objectives");
    List<Location> locs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      locs.add(new Location("l" + i, Double.NaN, Double.NaN));
    }
    b.locations(locs).distances(DenseMatrix.of(d));
    b.addStop(Stop.simple("a", 1, 1));
    b.addStop(Stop.simple("b", 2, 1));
    if (across < 50) {
      b.addStop(Stop.simple("c", 3, 1));
      b.addStop(Stop.simple("e", 4, 1));
    }
    b.addVehicleType(VehicleType.simple(2, 10, 0));
    return b.build();
  }

  private static SolveResult solve(Instance inst, Objective o, SolveOptions.EngineKind kind) {
    return Solver.solve(inst, SolveOptions.builder().objective(o).engine(kind).iterationLimit(30)
        .timeLimit(Duration.ofSeconds(5)).seed(2).build());
  }

  @ParameterizedTest
  @EnumSource(SolveOptions.EngineKind.class)
  void vehiclesFirstTakesOneLongRouteDistanceTwoShortOnes(SolveOptions.EngineKind kind) {
    Instance inst = instance(100);
    SolveResult distance = solve(inst, Objective.DISTANCE, kind);
    assertEquals(2, distance.best().routeCount());
    assertEquals(40, distance.best().cost(), 1e-9);
    SolveResult vehicles = solve(inst, Objective.VEHICLES_THEN_DISTANCE, kind);
    assertEquals(1, vehicles.best().routeCount(), vehicles.best().toString());
    assertEquals(120, vehicles.best().cost(), 1e-9, "priced as the instance prices it: distance, no fixed cost");
  }

  @ParameterizedTest
  @EnumSource(SolveOptions.EngineKind.class)
  void minMaxSpreadsTheStopsOverBothVehiclesCostUsesOne(SolveOptions.EngineKind kind) {
    Instance inst = instance(1);
    SolveResult cost = solve(inst, Objective.COST, kind);
    assertEquals(1, cost.best().routeCount());
    assertEquals(23, cost.best().cost(), 1e-9);
    SolveResult minMax = solve(inst, Objective.MIN_MAX, kind);
    assertEquals(2, minMax.best().routeCount(), minMax.best().toString());
    assertEquals(42, minMax.best().cost(), 1e-9);
  }

  @Test
  void namesParseAndUnknownOnesAreRefused() {
    for (Objective o : Objective.values()) {
      assertEquals(o, Objective.parse(o.wire()));
    }
    assertEquals(Objective.VEHICLES_THEN_DISTANCE, Objective.parse("vehicles-then-distance"));
    assertThrows(IllegalArgumentException.class, () -> Objective.parse("speed"));
  }
}
