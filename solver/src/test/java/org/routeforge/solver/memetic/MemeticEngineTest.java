package org.routeforge.solver.memetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.routeforge.data.model.Instance;
import org.routeforge.data.model.Location;
import org.routeforge.data.model.Stop;
import org.routeforge.data.model.TimeWindow;
import org.routeforge.solver.CancelToken;
import org.routeforge.solver.Progress;
import org.routeforge.solver.SolveOptions;
import org.routeforge.solver.SolveResult;
import org.routeforge.solver.SolveResult.StopReason;
import org.routeforge.solver.Solver;
import org.routeforge.solver.TestInstances;
import org.routeforge.solver.model.Solution;
import org.routeforge.solver.model.Unassigned;

/** The memetic search end to end through {@link Solver}. */
class MemeticEngineTest {

  @Test
  void sameSeedAndIterationLimitGiveTheSameResult() {
    Instance inst = TestInstances.random(7, 40, 50, true);
    SolveOptions o = SolveOptions.builder().timeLimit(Duration.ofMinutes(5)).iterationLimit(300).seed(3).build();
    SolveResult a = Solver.solve(inst, o);
    SolveResult b = Solver.solve(inst, o);
    assertEquals(StopReason.ITERATION_LIMIT, a.stopReason());
    assertEquals(a.iterations(), b.iterations());
    assertEquals(a.best().cost(), b.best().cost(), 0);
    assertEquals(routes(a.best()), routes(b.best()));
  }

  @Test
  void findsAFeasibleSolutionAndReportsProgress() {
    Instance inst = TestInstances.random(11, 30, 40, true);
    List<Progress> seen = new ArrayList<>();
    SolveResult r = Solver.solve(inst, SolveOptions.builder().timeLimit(Duration.ofSeconds(30))
        .iterationLimit(400).build(), seen::add, new CancelToken());
    assertTrue(r.best().feasible(), () -> r.best().toString());
    assertFalse(seen.isEmpty());
    Progress last = seen.get(seen.size() - 1);
    assertEquals(r.best().distance(), last.cost(), 1e-6);
    assertEquals(seen, r.history());
    for (int i = 1; i < seen.size(); i++) {
      if (seen.get(i - 1).feasible()) {
        assertTrue(seen.get(i).cost() < seen.get(i - 1).cost(), "each feasible report improves");
      }
    }
  }

  /**
   * The search must stop within 100 ms of work after the token fires. Measured as the solving
   * thread's CPU time, so that a starved shared machine (other builds at higher priority) cannot fail
   * the test; the wall-clock lag is only checked loosely.
   */
  @Test
  void cancellationStopsWithin100Milliseconds() throws Exception {
    Instance inst = TestInstances.random(5, 300, 60, false);
    CancelToken token = new CancelToken();
    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
    long solver = Thread.currentThread().getId();
    AtomicLong cancelledAt = new AtomicLong();
    AtomicLong cpuAtCancel = new AtomicLong();
    java.util.concurrent.CountDownLatch searching = new java.util.concurrent.CountDownLatch(1);
    Thread canceller = new Thread(() -> {
      try {
        // cancel in the middle of the search proper: 0.5 s after the first solution was reported
        searching.await();
        Thread.sleep(500);
      } catch (InterruptedException e) {
        return;
      }
      cpuAtCancel.set(mx.getThreadCpuTime(solver));
      cancelledAt.set(System.nanoTime());
      token.cancel();
    });
    canceller.start();
    SolveResult r = Solver.solve(inst, SolveOptions.builder().timeLimit(Duration.ofSeconds(60)).build(),
        p -> searching.countDown(), token);
    long cpuReturned = mx.getCurrentThreadCpuTime();
    long returned = System.nanoTime();
    canceller.join();
    assertEquals(StopReason.CANCELLED, r.stopReason());
    double cpuLagMs = (cpuReturned - cpuAtCancel.get()) / 1e6;
    double wallLagMs = (returned - cancelledAt.get()) / 1e6;
    assertTrue(cpuLagMs < 100, "worked " + cpuLagMs + " ms after cancel");
    assertTrue(wallLagMs < 2000, "returned " + wallLagMs + " ms after cancel");
    assertEquals(300, r.best().routes().stream().mapToInt(x -> x.size()).sum(), "best so far serves everyone");
  }

  @Test
  void infeasibleStopsAreReportedWithTheirConstraint() {
    Instance base = TestInstances.random(3, 12, 30, true);
    Instance.Builder b = base.toBuilder();
    int far = b.addLocation(new Location("far", 5000, 5000));
    b.euclidean(org.routeforge.data.model.Rounding.EXACT);
    b.addStop(new Stop("unreachable-window", far, new int[] {1}, 0, List.of(new TimeWindow(0, 50)), Set.of(), 0));
    b.addStop(new Stop("too-heavy", 1, new int[] {31}, 0, List.of(), Set.of(), 0));
    Instance inst = b.build();
    SolveResult r = Solver.solve(inst, SolveOptions.builder().iterationLimit(200).build());
    Solution s = r.best();
    assertFalse(s.feasible(), "two stops cannot be served");
    assertEquals(2, s.unassigned().size());
    Unassigned w = s.unassigned().get(0);
    assertEquals(12, w.stopIndex());
    assertEquals(Unassigned.TIME_WINDOW, w.code());
    assertTrue(w.detail().contains("unreachable-window"), w.detail());
    Unassigned c = s.unassigned().get(1);
    assertEquals(13, c.stopIndex());
    assertEquals(Unassigned.CAPACITY, c.code());
    assertEquals(12, s.routes().stream().mapToInt(x -> x.size()).sum(), "every other stop is routed");
    assertTrue(s.routes().stream().allMatch(x -> x.feasible()), "the routes themselves are feasible");
  }

  @Test
  void tinyInstancesSolve() {
    for (int customers = 1; customers <= 3; customers++) {
      Instance inst = TestInstances.random(customers, customers, 30, customers % 2 == 0);
      SolveResult r = Solver.solve(inst, SolveOptions.builder().iterationLimit(100).build());
      assertTrue(r.best().feasible(), customers + " customers: " + r.best());
      assertEquals(customers, r.best().routes().stream().mapToInt(x -> x.size()).sum());
    }
  }

  private static List<String> routes(Solution s) {
    List<String> out = new ArrayList<>();
    for (int[] r : s.routeStops()) {
      out.add(java.util.Arrays.toString(r));
    }
    return out;
  }
}
