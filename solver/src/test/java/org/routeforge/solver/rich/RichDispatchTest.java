package org.routeforge.solver.rich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.routeforge.data.model.Instance;
import org.routeforge.solver.SolveOptions;
import org.routeforge.solver.SolveResult;
import org.routeforge.solver.Solver;
import org.routeforge.solver.TestInstances;
import org.routeforge.solver.model.Route;

/** {@link Solver} sends rich instances to the rich engines and plain CVRP/VRPTW ones to the compact engines. */
class RichDispatchTest {

  @Test
  void plainInstancesStayOnTheCompactEngines() {
    assertFalse(RichDispatch.isRich(TestInstances.random(1, 10, 50, true)));
    assertFalse(RichDispatch.isRich(TestInstances.random(1, 10, 50, false)));
  }

  @ParameterizedTest
  @EnumSource(SolveOptions.EngineKind.class)
  void richInstanceSolvedThroughSolver(SolveOptions.EngineKind kind) {
    Rich.B b = new Rich.B();
    int d0 = b.loc(0, 0);
    int d1 = b.loc(50, 0);
    b.stop(5, 5, 0, List.of(), Set.of("fridge"), 0, 1);
    b.stop(45, 5);
    b.stop(40, -5);
    b.vehicle(d0, d0).skills("fridge").add();
    b.vehicle(d1, -1).count(2).add();
    Instance inst = b.build();
    assertTrue(RichDispatch.isRich(inst));
    SolveResult r = Solver.solve(inst, SolveOptions.builder().engine(kind).timeLimit(Duration.ofSeconds(3))
        .iterationLimit(kind == SolveOptions.EngineKind.MEMETIC ? 20 : 200).build());
    assertTrue(r.best().feasible(), () -> r.best().toString());
    int served = 0;
    for (Route route : r.best().routes()) {
      served += route.size();
      for (int s : route.stops()) {
        assertTrue(inst.vehicleTypes().get(route.vehicleType()).skills().containsAll(inst.stops().get(s).skills()));
      }
    }
    assertEquals(3, served);
  }
}
