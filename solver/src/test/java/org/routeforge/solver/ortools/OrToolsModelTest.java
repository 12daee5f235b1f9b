package org.routeforge.solver.ortools;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.ortools.constraintsolver.Assignment;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.routeforge.data.model.Instance;
import org.routeforge.data.model.Rounding;
import org.routeforge.data.model.VehicleType;
import org.routeforge.solver.rich.RichRequest;
import org.routeforge.solver.rich.RichRoute;

class OrToolsModelTest {

  private static OrToolsModel model(Instance inst) {
    boolean[] all = new boolean[inst.stops().size()];
    Arrays.fill(all, true);
    return OrToolsModelBuilder.build(RichRequest.of(inst), all);
  }

  private static Assignment solve(OrToolsModel m) {
    return m.routing.solveWithParameters(OrToolsModel.parameters(m.firstSolution(), Duration.ofMillis(300), 0));
  }

  @Test
  void timeScaleFollowsTheRoundingOfTheData() {
    assertEquals(10, model(TestInstances.vrptw(10, 30, 3, 1)).timeScale);
    assertEquals(1, model(TestInstances.vrptw(10, 30, 3, 1).withRounding(Rounding.NINT)).timeScale);
    assertEquals(1000, model(TestInstances.vrptw(10, 30, 3, 1).withRounding(Rounding.EXACT)).timeScale);
    assertEquals(1, OrToolsModelBuilder.scaleFor(new double[] {3, Double.POSITIVE_INFINITY}));
    assertEquals(100, OrToolsModelBuilder.scaleFor(new double[] {3, 0.25}));
  }

  @Test
  void aPlainCvrpGetsOnlyArcCostsCapacityAndDropPenalties() {
    OrToolsModel cvrp = model(TestInstances.cvrp(10, 30, 3, 1));
    assertTrue(cvrp.routing.hasDimension("Load0"));
    assertFalse(cvrp.routing.hasDimension("Time"));
    assertFalse(cvrp.routing.hasDimension("Distance"));
    assertFalse(cvrp.routing.hasDimension("Stops"));
    assertNull(cvrp.time);
    assertEquals(10, cvrp.routing.getNumberOfDisjunctions());
    assertEquals(0, cvrp.routing.getFixedCostOfVehicle(0));
    assertEquals(OrToolsModel.parameters(cvrp.firstSolution(), Duration.ofSeconds(1), 0).getFirstSolutionStrategy(),
        com.google.ortools.constraintsolver.FirstSolutionStrategy.Value.PATH_CHEAPEST_ARC);

    Instance.Builder b = TestInstances.cvrp(10, 30, 3, 1).toBuilder();
    VehicleType vt = VehicleType.simple(3, 30, 0);
    b.vehicleTypes(List.of(new VehicleType("limited", 3, new int[] {30}, 0, 0, vt.shift(), 500, 400, 4, 7, 1, 0,
        vt.skills(), vt.breaks())));
    OrToolsModel limited = model(b.build());
    assertTrue(limited.routing.hasDimension("Time"), "max duration needs time");
    assertTrue(limited.routing.hasDimension("Distance"));
    assertTrue(limited.routing.hasDimension("Stops"));
    assertEquals(7 * limited.costScale, limited.routing.getFixedCostOfVehicle(0));
  }

  @Test
  void objectiveEqualsTheScaledCostOfTheRoutes() {
    Instance inst = TestInstances.cvrp(20, 30, 6, 3);
    OrToolsModel m = model(inst);
    Assignment a = solve(m);
    assertNotNull(a);
    List<RichRoute> routes = m.routes(a);
    assertEquals(20, routes.stream().mapToInt(RichRoute::size).sum());
    assertEquals(20, m.served(a));
    // integral (nint) distances: the scaled objective is exact
    assertEquals(a.objectiveValue(), Math.round(m.cost(a) * m.costScale));
  }

  @Test
  void routesRoundTripThroughReadAssignmentFromRoutes() {
    Instance inst = TestInstances.vrptw(15, 40, 5, 4);
    OrToolsModel m = model(inst);
    Assignment a = solve(m);
    List<RichRoute> routes = m.routes(a);
    // Routes are read into a fresh, closed model (a model that has already searched refuses them).
    OrToolsModel fresh = model(inst);
    fresh.routing.closeModelWithParameters(OrToolsModel.parameters(fresh.firstSolution(), Duration.ofMillis(300), 0));
    Assignment back = fresh.routing.readAssignmentFromRoutes(fresh.toIndexRoutes(routes), true);
    assertNotNull(back);
    assertEquals(a.objectiveValue(), back.objectiveValue());
    List<RichRoute> again = fresh.routes(back);
    assertEquals(routes.size(), again.size());
    for (int i = 0; i < routes.size(); i++) {
      assertEquals(routes.get(i).vehicle(), again.get(i).vehicle());
      assertArrayEquals(routes.get(i).stops(), again.get(i).stops());
    }
  }
}
