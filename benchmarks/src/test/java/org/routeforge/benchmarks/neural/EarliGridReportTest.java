package org.routeforge.benchmarks.neural;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EarliGridReportTest {
  private static String row(String init, long seed, double cost, double t1, String improvements) {
    return String.format(java.util.Locale.ROOT, "X,I,100,1,%s,%d,%.4f,true,0.05,%.4f,95.0000,1.000,0.990,0.10,0.10,"
        + "2026-12-02T04:00:00Z,%s%n", init, seed, cost, t1, improvements);
  }

  @Test
  void pairsBySeedAndComputesTheIntervalByHand(@TempDir Path dir) throws Exception {
    // neural 99, 98, 100 vs savings 100, 100, 100: differences -1, -2, 0 %; mean -1, sd 1,
    // half-width t(0.975, 2) * 1 / sqrt(3) = 4.303 / 1.732 = 2.484; time ratio 0.4 / 0.2 = 2
    StringBuilder csv = new StringBuilder("header\n");
    double[] neural = {99, 98, 100};
    for (int s = 0; s < 3; s++) {
      csv.append(row("neural", s + 1, neural[s], 0.2, "0.1000:120;0.2000:" + neural[s]));
      csv.append(row("savings", s + 1, 100, 0.4, "0.1000:130;0.4000:100"));
    }
    csv.append("X,I,100,1,neural,4,99.0"); // a line cut by a kill is ignored
    Files.writeString(dir.resolve("earli-grid-runs.csv"), csv.toString());

    List<EarliGridReport.RunRow> rows = EarliGridReport.readRuns(dir);
    assertEquals(6, rows.size());
    assertEquals(2, rows.get(0).improvements().size());

    String md = EarliGridReport.write(dir, List.of("neural", "savings"));
    assertTrue(md.contains("| X | I | 1 | 3 | -1.00 (-3.48 … +1.48) | 2 | 2.00 |"), md);
    assertTrue(md.contains("no significant difference"), md);
    // gap to the reference 95: neural (99+98+100)/3/95 - 1 = 4.21 %, savings 5.26 %
    assertTrue(md.contains("| neural | 3 | 3 | 4.21 ± 1.05 |"), md);
    assertTrue(md.contains("| savings | 3 | 3 | 5.26 ± 0.00 |"), md);
  }

  @Test
  void timeToTargetIsTheFirstImprovementAtOrBelowIt() {
    List<double[]> h = List.of(new double[] {0.1, 120}, new double[] {0.3, 101}, new double[] {0.9, 100});
    assertEquals(0.3, EarliGridReport.timeTo(h, 101), 1e-12);
    assertEquals(0.9, EarliGridReport.timeTo(h, 100.5), 1e-12);
    assertTrue(Double.isNaN(EarliGridReport.timeTo(h, 99)));
  }
}
