package org.routeforge.solver.stop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.routeforge.data.generate.XGenerator;
import org.routeforge.data.model.Instance;
import org.routeforge.solver.CancelToken;
import org.routeforge.solver.SolveOptions;
import org.routeforge.solver.SolveResult;
import org.routeforge.solver.SolveResult.StopReason;
import org.routeforge.solver.Solver;

/** The CPU-time and no-improvement budgets, alone and through both memetic implementations. */
class BudgetCriteriaTest {

  @Test
  void noImprovementCountsIterationsSinceTheLastBetterCost() {
    NoImprovement c = new NoImprovement(3);
    assertFalse(c.shouldStop(0, 1, 100));
    assertFalse(c.shouldStop(0, 3, 100));
    assertTrue(c.shouldStop(0, 4, 100), "three iterations after the improvement at 1");
    NoImprovement d = new NoImprovement(3);
    assertFalse(d.shouldStop(0, 1, 100));
    assertFalse(d.shouldStop(0, 3, 90), "improved at 3");
    assertFalse(d.shouldStop(0, 5, 90));
    assertTrue(d.shouldStop(0, 6, 90));
    assertEquals(StopReason.NO_IMPROVEMENT, d.reason());
  }

  @Test
  void cpuBudgetIgnoresTimeSpentWaiting() throws InterruptedException {
    MaxCpuTime c = new MaxCpuTime(0.05);
    if (!c.measuresCpu()) {
      return; // this JVM cannot measure thread CPU time; the wall-clock fallback is not what is tested here
    }
    Thread.sleep(120);
    assertFalse(c.shouldStop(0.12, 0, Double.POSITIVE_INFINITY), "sleeping uses no CPU: " + c.usedSeconds());
    long end = System.nanoTime() + 2_000_000_000L;
    double x = 0;
    while (!c.shouldStop(0, 0, Double.POSITIVE_INFINITY) && System.nanoTime() < end) {
      x += Math.sqrt(x + 1);
    }
    assertTrue(c.usedSeconds() >= 0.05, "busy work spends the budget, used " + c.usedSeconds() + " (" + x + ")");
  }

  @Test
  void multipleCriteriaReportTheBudgetThatFired() {
    SolveOptions o = SolveOptions.builder().timeLimit(Duration.ofMinutes(1)).noImprovementLimit(2).build();
    MultipleCriteria m = MultipleCriteria.of(o, new CancelToken());
    assertFalse(m.shouldStop(0, 1, 10));
    assertTrue(m.shouldStop(0, 3, 10));
    assertEquals(StopReason.NO_IMPROVEMENT, m.reason());
  }

  @Test
  void bothMemeticImplementationsHonourTheNewBudgets() {
    Instance classic = XGenerator.generate(XGenerator.Config.random(60, false), 3);
    Instance rich = classic.toBuilder().build(); // the insertion engine runs when asked for min-max below
    SolveOptions noImprovement = SolveOptions.builder().timeLimit(Duration.ofMinutes(2)).noImprovementLimit(150)
        .build();
    SolveResult a = Solver.solve(classic, noImprovement);
    assertEquals(StopReason.NO_IMPROVEMENT, a.stopReason(), "giant-tour engine");
    assertTrue(a.iterations() >= 150, "at least the limit's iterations ran: " + a.iterations());
    assertEquals(a.iterations(), Solver.solve(classic, noImprovement).iterations(), "reproducible for a seed");
    SolveOptions minMax = noImprovement.toBuilder().objective(org.routeforge.solver.rich.Objective.MIN_MAX).build();
    SolveResult b = Solver.solve(rich, minMax);
    assertEquals("memetic/insertion", b.engine());
    assertEquals(StopReason.NO_IMPROVEMENT, b.stopReason(), "insertion engine");
    SolveResult c = Solver.solve(classic, SolveOptions.builder().timeLimit(Duration.ofMinutes(2))
        .cpuTime(Duration.ofMillis(300)).build());
    assertEquals(StopReason.CPU_TIME_LIMIT, c.stopReason());
    assertTrue(c.runtimeSeconds() < 60, "stopped by the CPU budget, ran " + c.runtimeSeconds() + " s");
  }
}
