package org.routeforge.benchmarks.vrp;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ablation table: per budget, mean gap, paired difference to the full search, iterations per CPU second. */
class AblationReportTest {

  private static RunResult run(String instance, String engine, double budget, double gap, long iterations, double cpu) {
    double bks = 1000;
    return new RunResult("X", instance, 100, "X n<=200", engine, 1, budget, 1, bks, -1, bks * (1 + gap / 100), 10,
        true, gap, Double.NaN, Double.NaN, Double.NaN, "FEASIBLE", "ok", budget, iterations, "CPU_TIME_LIMIT", cpu,
        "distance", 1);
  }

  @Test
  void tablePerBudgetWithPairedDifference(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("commands.txt"), "# 2026-12-02T06:00:00Z, load average 1.00 0.50 0.25\n"
        + "./routeforge bench vrp --set X --ablation swapstar --cpu-time 10s --out d\n");
    List<RunResult> rows = List.of(
        run("A", "memetic", 10, 1.0, 1000, 10), run("B", "memetic", 10, 2.0, 3000, 10),
        run("A", "memetic-no-swapstar", 10, 1.5, 2000, 10), run("B", "memetic-no-swapstar", 10, 3.0, 2000, 10),
        run("A", "memetic", 60, 0.5, 6000, 60), run("A", "memetic-no-swapstar", 60, 0.25, 6000, 60));
    new AblationReport(dir).write(rows);
    String md = Files.readString(dir.resolve("ablation.md"));
    // 10 s: full mean (1 + 2) / 2 = 1.50, 200 it/s; without SWAP*: mean 2.25, paired (0.5 + 1.0) / 2 = +0.75
    assertTrue(md.contains("## 10 s\n"), md);
    assertTrue(md.contains("| memetic | 2 | 2 | 1.50 | — | — | 200 |"), md);
    assertTrue(md.contains("| memetic-no-swapstar | 2 | 2 | 2.25 | 0.75 | 2 | 200 |"), md);
    // 60 s: one pair, -0.25 pp
    assertTrue(md.contains("## 60 s\n"), md);
    assertTrue(md.contains("| memetic-no-swapstar | 1 | 1 | 0.25 | -0.25 | 1 | 100 |"), md);
    assertTrue(md.contains("load average 1.00 0.50 0.25"), "the load is stated");
    assertTrue(md.contains("--ablation swapstar"), "the command is stated");
  }
}
