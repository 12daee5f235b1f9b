package org.routeforge.solver.memetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.routeforge.data.model.Instance;
import org.routeforge.solver.CancelToken;
import org.routeforge.solver.ProgressListener;
import org.routeforge.solver.SolveOptions;
import org.routeforge.solver.SolveResult;
import org.routeforge.solver.Solver;
import org.routeforge.solver.TestInstances;
import org.routeforge.solver.memetic.Ablation.Component;

/**
 * Each ablation switch really removes its component (its count drops to zero, or the neighbourhood
 * widens to every customer) while the component runs in the full search, and the default is the
 * search as it was before the switches existed.
 */
class AblationTest {
  private static final Instance CVRP = TestInstances.random(7, 40, 50, false);
  private static final Instance VRPTW = TestInstances.random(7, 40, 50, true);
  private static final Instance LARGER = TestInstances.random(11, 120, 50, false);

  private static SolveOptions options(Ablation a) {
    return SolveOptions.builder().timeLimit(Duration.ofMinutes(5)).iterationLimit(400).seed(3).ablation(a).build();
  }

  /**
   * The default search pinned at seed 3 and 400 iterations (re-pin on purpose only): on 40 customers
   * it still finds the values of commit 14c092d, before the switches, the subpopulations and the
   * 4-offspring generations; on 120 customers those change it. (What the subpopulations switch changes
   * is tested on the selector, {@code BiasedFitnessSelectorTest}.)
   */
  @Test
  void theDefaultSearchIsPinned() {
    assertEquals(840.4230269274943, Solver.solve(CVRP, options(Ablation.NONE)).best().cost(), 0);
    assertEquals(902.3739412061578, Solver.solve(VRPTW, options(Ablation.NONE)).best().cost(), 0);
    assertEquals(2257.2863160285315, Solver.solve(LARGER, options(Ablation.NONE)).best().cost(), 0);
    assertEquals(2257.2863160285315, Solver.solve(LARGER, SolveOptions.builder().timeLimit(Duration.ofMinutes(5))
        .iterationLimit(400).seed(3).build()).best().cost(), 0, "the builder's default is no ablation");
  }

  @Test
  void withoutSwapStarNoSwapStarMoveIsApplied() {
    SolveResult full = Solver.solve(CVRP, options(Ablation.NONE));
    SolveResult off = Solver.solve(CVRP, options(Ablation.without(Component.SWAP_STAR)));
    assertTrue(full.count("swap*-moves") > 0, () -> full.counts().toString());
    assertEquals(0, off.count("swap*-moves"), () -> off.counts().toString());
    assertEquals(400, off.iterations());
  }

  @Test
  void withoutRepairNoOffspringIsRepaired() {
    SolveResult full = Solver.solve(VRPTW, options(Ablation.NONE));
    SolveResult off = Solver.solve(VRPTW, options(Ablation.without(Component.REPAIR)));
    assertTrue(full.count("repairs") > 0, () -> full.counts().toString());
    assertEquals(0, off.count("repairs"), () -> off.counts().toString());
    assertTrue(off.best().feasible(), "the search still finds feasible solutions without repair");
  }

  @Test
  void withoutGranularityEveryOtherCustomerIsANeighbour() {
    SolveResult full = Solver.solve(CVRP, options(Ablation.NONE));
    SolveResult off = Solver.solve(CVRP, options(Ablation.without(Component.GRANULARITY)));
    assertEquals(HgsParameters.defaults().granularity(), full.count("neighbours"));
    assertEquals(39, off.count("neighbours"), "40 customers: 39 neighbours each");
  }

  @Test
  void withoutTheRestartRuleTheSearchNeverRestarts() {
    HgsParameters d = HgsParameters.defaults();
    // restart after 100 iterations without improvement, so that 1 500 iterations restart
    HgsParameters quick = new HgsParameters(d.mu(), d.lambda(), d.nbElite(), d.nbClose(), d.granularity(),
        d.targetFeasible(), 100, d.repairProbability(), d.adaptEvery(), Ablation.NONE);
    SolveOptions o = options(Ablation.NONE).toBuilder().iterationLimit(1500).build();
    SolveResult full = new MemeticEngine(quick).solve(CVRP, o, ProgressListener.NONE, new CancelToken());
    SolveResult off = new MemeticEngine(quick).solve(CVRP,
        o.toBuilder().ablation(Ablation.without(Component.RESTART)).build(), ProgressListener.NONE, new CancelToken());
    assertTrue(full.count("restarts") > 0, () -> full.counts().toString());
    assertEquals(0, off.count("restarts"), () -> off.counts().toString());
    assertEquals(1500, off.iterations());
  }

  @Test
  void switchesParseAndLabel() {
    Ablation a = new Ablation(java.util.Set.of(Component.parse("Repair"), Component.parse("swapstar")));
    assertEquals("no-swapstar+no-repair", a.label());
    assertEquals("full", Ablation.NONE.label());
    assertTrue(a.uses(Component.RESTART));
    assertTrue(!a.uses(Component.REPAIR));
    assertEquals(Component.SUBPOPULATIONS, Component.parse("subpopulations"));
    assertThrows(IllegalArgumentException.class, () -> Component.parse("elite"));
  }

  @Test
  void aGenerationNeedsTwoOffspring() {
    HgsParameters d = HgsParameters.defaults();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new HgsParameters(d.mu(), 1,
        d.nbElite(), d.nbClose(), d.granularity(), d.targetFeasible(), d.restartAfter(), d.repairProbability(),
        d.adaptEvery(), Ablation.NONE));
    assertTrue(e.getMessage().contains("lambda at least 2"), e.getMessage());
  }

  @Test
  void otherEnginesSayTheAblationHasNoEffect() {
    SolveResult r = Solver.solve(CVRP, options(Ablation.without(Component.SWAP_STAR)).toBuilder()
        .engine(SolveOptions.EngineKind.ORTOOLS).timeLimit(Duration.ofSeconds(1)).build());
    assertTrue(r.notes().stream().anyMatch(n -> n.contains("no-swapstar has no effect")), r.notes().toString());
  }
}
