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
import org.routeforge.solver.Progress;
import org.routeforge.solver.ProgressListener;
import org.routeforge.solver.SolveOptions;
import org.routeforge.solver.SolveResult;
import org.routeforge.solver.Solver;
import org.routeforge.solver.TestInstances;
import org.routeforge.solver.model.Route;
import org.routeforge.solver.problem.Feature;
import org.routeforge.solver.problem.Features;

/**
 * The instance's {@link Features} decide which implementation {@link Solver} runs, and the result
 * records the engine, the features, the operators and every option that had no effect.
 */
class SolverFeaturesTest {

  @Test
  void plainInstancesHaveOnlyClassicFeaturesAndRunTheGiantTourEngine() {
    Features vrptw = Features.of(TestInstances.random(1, 10, 50, true));
    assertTrue(vrptw.within(Feature.CLASSIC), vrptw.toString());
    assertTrue(vrptw.has(Feature.TIME_WINDOWS));
    assertFalse(Features.of(TestInstances.random(1, 10, 50, false)).has(Feature.TIME_WINDOWS));
    SolveResult r = Solver.solve(TestInstances.random(1, 10, 50, false),
        SolveOptions.builder().iterationLimit(5).threads(2).build());
    assertEquals("memetic/giant-tour", r.engine());
    assertTrue(r.operators().contains("swap*"), r.operators().toString());
    assertFalse(r.notes().toString().contains("--threads"), "two threads run two islands: " + r.notes());
  }

  @Test
  void everyRichFeatureIsDetected() {
    Instance inst = RichPropertyTest.randomInstance(3);
    Features f = Features.of(inst);
    for (Feature k : List.of(Feature.MULTIPLE_DEPOTS, Feature.HETEROGENEOUS_FLEET, Feature.CAPACITY_DIMENSIONS,
        Feature.SKILLS, Feature.BREAKS, Feature.ROUTE_LIMITS, Feature.VEHICLE_COSTS, Feature.TIME_WINDOWS)) {
      assertTrue(f.has(k), k + " in " + f);
    }
    assertEquals(f.outside(Feature.CLASSIC).isEmpty(), false);
    assertEquals("memetic/insertion", Solver.implementation(SolveOptions.EngineKind.MEMETIC, f).name());
    assertEquals("ortools", Solver.implementation(SolveOptions.EngineKind.ORTOOLS, f).name());
  }

  @Test
  void optionsTheRichInstanceCannotUseAreNamedInTheResultAndTheProgress() {
    Instance inst = RichPropertyTest.randomInstance(4);
    List<String> heard = new java.util.ArrayList<>();
    ProgressListener listener = new ProgressListener() {
      @Override
      public void onProgress(Progress p) {
      }

      @Override
      public void onNote(String note) {
        heard.add(note);
      }
    };
    SolveResult r = Solver.solve(inst, SolveOptions.builder().iterationLimit(5).init(List.of("savings"))
        .polish(true).build(), listener, null);
    assertEquals("memetic/insertion", r.engine());
    assertTrue(r.features().contains("skills"), r.features().toString());
    String notes = r.notes().toString();
    assertTrue(notes.contains("--init savings is not used"), notes);
    assertFalse(notes.contains("--polish"), "the insertion engine is polished too: " + notes);
    assertEquals(r.notes(), heard);
    assertTrue(r.best().feasible(), "the polished solution is feasible: " + r.best());
    int accounted = r.best().unassigned().size();
    for (Route route : r.best().routes()) {
      accounted += route.size();
    }
    assertEquals(inst.stops().size(), accounted, "every stop served or given a reason");
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
    assertFalse(Features.of(inst).within(Feature.CLASSIC));
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
