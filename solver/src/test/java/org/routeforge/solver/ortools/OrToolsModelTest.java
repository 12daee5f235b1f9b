package org.routeforge.solver.ortools;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.google.ortools.constraintsolver.Assignment;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.routeforge.data.model.CompactInstance;
import org.routeforge.data.model.Instance;

class OrToolsModelTest {

  @Test
  void scaleFollowsTheRoundingOfTheData() {
    assertEquals(1, OrToolsModel.scaleFor(CompactInstance.of(TestInstances.cvrp(10, 30, 3, 1))));
    assertEquals(10, OrToolsModel.scaleFor(CompactInstance.of(TestInstances.vrptw(10, 30, 3, 1))));
  }

  @Test
  void objectiveEqualsTheScaledDistanceOfTheRoutes() {
    Instance inst = TestInstances.cvrp(20, 30, 6, 3);
    OrToolsModel m = OrToolsModel.of(CompactInstance.of(inst));
    Assignment a = m.routing.solveWithParameters(
        OrToolsModel.parameters(m.defaultFirstSolution(), Duration.ofMillis(300)));
    assertNotNull(a);
    List<int[]> routes = m.routes(a);
    assertEquals(20, routes.stream().mapToInt(r -> r.length).sum());
    assertEquals(a.objectiveValue(), Math.round(m.distance(routes) * m.scale()));
  }

  @Test
  void routesRoundTripThroughReadAssignmentFromRoutes() {
    Instance inst = TestInstances.vrptw(15, 40, 5, 4);
    OrToolsModel m = OrToolsModel.of(CompactInstance.of(inst));
    Assignment a = m.routing.solveWithParameters(
        OrToolsModel.parameters(m.defaultFirstSolution(), Duration.ofMillis(300)));
    List<int[]> routes = m.routes(a);
    // Routes are read into a fresh, closed model (a model that has already searched refuses them).
    OrToolsModel fresh = OrToolsModel.of(CompactInstance.of(inst));
    fresh.routing.closeModelWithParameters(
        OrToolsModel.parameters(fresh.defaultFirstSolution(), Duration.ofMillis(300)));
    Assignment back = fresh.routing.readAssignmentFromRoutes(fresh.toIndexRoutes(routes), true);
    assertNotNull(back);
    assertEquals(a.objectiveValue(), back.objectiveValue());
    List<int[]> again = fresh.routes(back);
    assertEquals(routes.size(), again.size());
    for (int i = 0; i < routes.size(); i++) {
      assertArrayEquals(routes.get(i), again.get(i));
    }
  }
}
