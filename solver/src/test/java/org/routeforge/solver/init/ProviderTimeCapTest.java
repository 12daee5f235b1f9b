package org.routeforge.solver.init;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.junit.jupiter.api.Test;
import org.routeforge.data.model.CompactInstance;
import org.routeforge.data.model.Instance;
import org.routeforge.solver.InitialSolutionProvider;
import org.routeforge.solver.SolveOptions;
import org.routeforge.solver.SolveResult;
import org.routeforge.solver.Solver;
import org.routeforge.solver.TestInstances;

/**
 * The hard cap on initial-solution providers. Timed assertions here are the bounded-latency
 * regression the cap exists for; their margins are generous (the build machine is shared).
 */
class ProviderTimeCapTest {
  private static final Instance INSTANCE = TestInstances.random(5, 30, 40, false);

  private static RandomGenerator rng(long seed) {
    return RandomGeneratorFactory.of("L64X256MixRandom").create(seed);
  }

  /** Every customer exactly once, no depot: a giant tour. */
  private static void assertGiantTour(int[] tour, int n) {
    boolean[] seen = new boolean[n];
    assertEquals(n - 1, tour.length);
    for (int v : tour) {
      assertTrue(v >= 1 && v < n && !seen[v], "customer " + v);
      seen[v] = true;
    }
  }

  @Test
  void sleepingProviderIsInterruptedAtTheCapAndReplacedByRandomToursWhileOthersFinish() throws Exception {
    SleepingProvider.interrupted = new CountDownLatch(1);
    CompactInstance ci = CompactInstance.of(INSTANCE);
    long start = System.nanoTime();
    ProviderTimeCap cap = new ProviderTimeCap(0.1, 2.0, start);
    List<List<int[]>> out = cap.proposeAll(List.of(new SleepingProvider(), new SavingsProvider()), 9, ci, rng(1));
    double seconds = (System.nanoTime() - start) / 1e9;
    assertTrue(seconds >= 0.2 - 1e-3, "returned before the cap: " + seconds);
    assertTrue(seconds < 1.5, "cap of 0.2 s overrun: " + seconds);
    assertEquals(2, out.size());
    assertEquals(4, out.get(0).size(), "the sleeper's share, as random giant tours");
    for (int[] tour : out.get(0)) {
      assertGiantTour(tour, ci.n);
    }
    // savings, started beside the sleeper, is not held up by it
    RandomGenerator seeds = rng(1);
    seeds.nextLong();
    List<int[]> savings = new SavingsProvider().propose(ci, 5, rng(seeds.nextLong()));
    assertEquals(savings.size(), out.get(1).size());
    assertTrue(savings.size() > 0);
    for (int k = 0; k < savings.size(); k++) {
      assertArrayEquals(savings.get(k), out.get(1).get(k));
    }
    assertTrue(SleepingProvider.interrupted.await(5, TimeUnit.SECONDS), "the provider's thread was not interrupted");
  }

  @Test
  void fastProvidersPassThroughWithTheirOwnSeededGenerators() {
    CompactInstance ci = CompactInstance.of(INSTANCE);
    ProviderTimeCap cap = new ProviderTimeCap(0.5, 10, System.nanoTime());
    List<List<int[]>> capped = cap.proposeAll(List.of(new RandomProvider(), new RandomProvider()), 7, ci, rng(9));
    RandomGenerator seeds = rng(9);
    List<int[]> first = new RandomProvider().propose(ci, 3, rng(seeds.nextLong()));
    List<int[]> second = new RandomProvider().propose(ci, 4, rng(seeds.nextLong()));
    assertEquals(3, capped.get(0).size());
    assertEquals(4, capped.get(1).size());
    for (int k = 0; k < 3; k++) {
      assertArrayEquals(first.get(k), capped.get(0).get(k));
    }
    for (int k = 0; k < 4; k++) {
      assertArrayEquals(second.get(k), capped.get(1).get(k));
    }
  }

  @Test
  void providerExceptionsPropagate() {
    IllegalArgumentException boom = new IllegalArgumentException("bad model");
    InitialSolutionProvider failing = new SleepingProvider() {
      @Override
      public List<int[]> propose(CompactInstance instance, int count, RandomGenerator rng) {
        throw boom;
      }
    };
    ProviderTimeCap cap = new ProviderTimeCap(0.5, 10, System.nanoTime());
    assertSame(boom, assertThrows(IllegalArgumentException.class,
        () -> cap.proposeAll(List.of(failing), 2, CompactInstance.of(INSTANCE), rng(3))));
  }

  @Test
  void shareOutsideZeroToOneIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> new ProviderTimeCap(0, 10, 0));
    assertThrows(IllegalArgumentException.class, () -> new ProviderTimeCap(1.5, 10, 0));
  }

  @Test
  void solveWithSleepingProviderEndsInTimeWithFeasibleSolution() throws Exception {
    SleepingProvider.interrupted = new CountDownLatch(1);
    SolveOptions options = SolveOptions.builder().timeLimit(Duration.ofSeconds(2)).seed(1)
        .init(List.of("sleeper", "savings")).build();
    long t0 = System.nanoTime();
    SolveResult res = Solver.solve(INSTANCE, options);
    double wall = (System.nanoTime() - t0) / 1e9;
    assertTrue(wall < 2 + 1.5, "solve took " + wall + " s for a 2 s limit");
    assertTrue(res.best().feasible());
    assertEquals(30, res.best().routes().stream().mapToInt(r -> r.stops().length).sum());
    assertFalse(res.history().isEmpty());
    // the search started right after the cap (10 % of 2 s), not after the sleeping provider
    assertTrue(res.history().get(0).elapsedSeconds() < 0.2 + 1.0,
        "first solution at " + res.history().get(0).elapsedSeconds() + " s");
    assertTrue(SleepingProvider.interrupted.await(5, TimeUnit.SECONDS), "the provider's thread was not interrupted");
  }
}
