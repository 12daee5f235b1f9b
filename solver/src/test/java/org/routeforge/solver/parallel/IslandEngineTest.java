package org.routeforge.solver.parallel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.routeforge.data.model.Instance;
import org.routeforge.solver.CancelToken;
import org.routeforge.solver.ProgressListener;
import org.routeforge.solver.SolveOptions;
import org.routeforge.solver.SolveResult;
import org.routeforge.solver.Solver;
import org.routeforge.solver.TestInstances;
import org.routeforge.solver.memetic.Ablation;
import org.routeforge.solver.memetic.HgsParameters;
import org.routeforge.solver.memetic.MemeticEngine;
import org.routeforge.solver.model.Route;
import org.routeforge.solver.rich.NodeOperatorDeltaTest;

/**
 * {@code --threads N}: the islands are deterministic for a seed, thread count and iteration limit, on
 * both representations; giant-tour islands migrate (a count > 0) and still give the same costs and
 * routes on every run; one thread is the plain search.
 */
class IslandEngineTest {

  private static SolveOptions options(int threads) {
    return SolveOptions.builder().seed(3).iterationLimit(60).timeLimit(Duration.ofMinutes(5)).threads(threads).build();
  }

  /** HGS's defaults but a restart after 1 000 iterations, so that islands migrate every 100. */
  private static HgsParameters migratingOften() {
    HgsParameters d = HgsParameters.defaults();
    return new HgsParameters(d.mu(), d.lambda(), d.nbElite(), d.nbClose(), d.granularity(), d.targetFeasible(), 1000,
        d.repairProbability(), d.adaptEvery(), Ablation.NONE);
  }

  /** Islands from random giant tours; {@code lagMillis} > 0: the first island to start sleeps that long first. */
  private static SolveResult islands(Instance inst, int threads, long iterations, long lagMillis) {
    SolveOptions o = SolveOptions.builder().seed(5).iterationLimit(iterations).timeLimit(Duration.ofMinutes(5))
        .threads(threads).init(List.of("lagging")).build();
    if (lagMillis > 0) {
      LaggingProvider.lagOnce(lagMillis);
    }
    return new IslandEngine(() -> new MemeticEngine(migratingOften()), threads)
        .solve(inst, o, ProgressListener.NONE, new CancelToken());
  }

  private static List<String> routes(SolveResult r) {
    List<String> out = new ArrayList<>();
    for (Route route : r.best().routes()) {
      out.add(java.util.Arrays.toString(route.stops()));
    }
    return out;
  }

  @Test
  void migratingIslandsGiveTheSameCostsAndRoutesOnEveryRun() {
    Instance inst = TestInstances.random(11, 60, 50, true);
    for (int threads : new int[] {2, 3}) {
      SolveResult a = islands(inst, threads, 700, 0);
      // one island starts some 4 epochs late: without the barrier it would receive other migrants
      SolveResult b = islands(inst, threads, 700, 400);
      // 700 iterations per island, epochs of 100: each island receives at most 6 migrants
      assertTrue(a.count("migrations") > 0, () -> a.counts().toString());
      assertTrue(a.count("migrations") <= 6L * threads, () -> a.counts().toString());
      assertEquals(a.count("migrations"), b.count("migrations"));
      assertEquals(a.best().cost(), b.best().cost(), 0,
          threads + " islands, same seed and iterations, other thread timing: same cost");
      assertEquals(routes(a), routes(b));
      assertEquals(a.iterations(), b.iterations());
      assertEquals(threads * 700L, a.iterations(), "each island runs the whole iteration limit");
    }
  }

  @Test
  void oneThreadIsThePlainSearchWithoutMigration() {
    Instance inst = TestInstances.random(11, 60, 50, true);
    SolveResult one = Solver.solve(inst, options(1));
    SolveResult plain = new MemeticEngine().solve(inst, options(1), ProgressListener.NONE, new CancelToken());
    assertEquals(plain.best().cost(), one.best().cost(), 0);
    assertEquals(0, one.count("migrations"));
  }

  @Test
  void giantTourIslandsThroughTheSolverAreDeterministic() {
    Instance inst = TestInstances.random(11, 60, 50, true);
    SolveResult one = Solver.solve(inst, options(1));
    SolveResult a = Solver.solve(inst, options(2));
    SolveResult b = Solver.solve(inst, options(2));
    assertEquals("memetic/giant-tour", a.engine());
    assertEquals(a.best().cost(), b.best().cost(), 0, "same seed, threads and iterations: same result");
    assertEquals(routes(a), routes(b));
    assertTrue(a.iterations() > one.iterations(), "both islands searched");
    assertTrue(a.notes().isEmpty(), a.notes().toString());
  }

  @Test
  void insertionIslandsAreIndependentDeterministicAndNoWorseThanOneThread() {
    Instance inst = NodeOperatorDeltaTest.instance(5);
    SolveResult one = Solver.solve(inst, options(1));
    SolveResult a = Solver.solve(inst, options(2));
    SolveResult b = Solver.solve(inst, options(2));
    assertEquals("memetic/insertion", a.engine());
    assertEquals(a.best().cost(), b.best().cost(), 1e-9, "same seed, threads and iterations: same result");
    assertEquals(a.best().unassigned().size(), b.best().unassigned().size());
    // without migration island 0 is the one-thread search, so two islands are never worse
    assertTrue(a.best().unassigned().size() <= one.best().unassigned().size());
    if (a.best().unassigned().size() == one.best().unassigned().size()) {
      assertTrue(a.best().cost() <= one.best().cost() + 1e-9, () -> "2 islands " + a.best().cost() + " > 1 thread " + one.best().cost());
    }
    assertTrue(a.iterations() > one.iterations(), "both islands searched");
    assertTrue(a.notes().isEmpty(), a.notes().toString());
    assertTrue(!a.counts().containsKey("migrations"), "insertion islands do not migrate");
  }
}
