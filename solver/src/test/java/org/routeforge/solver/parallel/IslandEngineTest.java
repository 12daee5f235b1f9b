package org.routeforge.solver.parallel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.routeforge.data.model.Instance;
import org.routeforge.solver.SolveOptions;
import org.routeforge.solver.SolveResult;
import org.routeforge.solver.Solver;
import org.routeforge.solver.TestInstances;
import org.routeforge.solver.rich.NodeOperatorDeltaTest;

/**
 * {@code --threads 2}: the islands are deterministic for a seed, thread count and iteration limit, and
 * since island 0 is the one-thread search, never worse than it; on both representations.
 */
class IslandEngineTest {

  private static SolveOptions options(int threads) {
    return SolveOptions.builder().seed(3).iterationLimit(60).timeLimit(Duration.ofMinutes(5)).threads(threads).build();
  }

  @Test
  void giantTourIslandsAreDeterministicAndNoWorseThanOneThread() {
    check(TestInstances.random(11, 60, 50, true), "memetic/giant-tour");
  }

  @Test
  void insertionIslandsAreDeterministicAndNoWorseThanOneThread() {
    check(NodeOperatorDeltaTest.instance(5), "memetic/insertion");
  }

  private static void check(Instance inst, String engine) {
    SolveResult one = Solver.solve(inst, options(1));
    SolveResult a = Solver.solve(inst, options(2));
    SolveResult b = Solver.solve(inst, options(2));
    assertEquals(engine, a.engine());
    assertEquals(a.best().cost(), b.best().cost(), 1e-9, "same seed, threads and iterations: same result");
    assertEquals(a.best().unassigned().size(), b.best().unassigned().size());
    assertTrue(a.best().unassigned().size() <= one.best().unassigned().size());
    if (a.best().unassigned().size() == one.best().unassigned().size()) {
      assertTrue(a.best().cost() <= one.best().cost() + 1e-9, () -> "2 islands " + a.best().cost() + " > 1 thread " + one.best().cost());
    }
    assertTrue(a.iterations() > one.iterations(), "both islands searched");
    assertTrue(a.notes().stream().noneMatch(n -> n.contains("--threads")), a.notes().toString());
  }
}
