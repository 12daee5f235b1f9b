package org.routeforge.benchmarks.roads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.routeforge.benchmarks.BenchCli;
import org.routeforge.data.io.VrplibSolution;
import picocli.CommandLine;

/**
 * {@code bench roads-solve} on a folder with one tiny CVRP instance and no reference: one row with
 * "none" as reference, a feasible solution written as {@code .sol} whose cost is the row's, and the
 * independent checker's verdict when the checker is present.
 */
class RoadsSolveBenchTest {
  @TempDir Path dir;

  @Test
  void solvesEachInstanceAndWritesTheTable() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("tiny.vrp"), "NAME : tiny\nTYPE : CVRP\nDIMENSION : 4\nEDGE_WEIGHT_TYPE : EUC_2D\n"
        + "CAPACITY : 10\nNODE_COORD_SECTION\n1 0 0\n2 3 4\n3 6 0\n4 1 7\nDEMAND_SECTION\n1 0\n2 3\n3 4\n4 2\n"
        + "DEPOT_SECTION\n1\n-1\nEOF\n");
    Path out = dir.resolve("out");
    CommandLine cl = BenchCli.commandLine();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(new StringWriter()));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute("roads-solve", "--dir", in.toString(), "--time-limit", "0.5", "--out", out.toString());
    assertEquals(0, code, err.toString());
    String md = Files.readString(out.resolve("results.md"));
    String row = md.lines().filter(l -> l.startsWith("| tiny |")).findFirst().orElseThrow(() -> new AssertionError(md));
    String[] cells = row.split("\\|");
    assertEquals("none", cells[3].strip(), row);
    assertEquals("yes", cells[8].strip(), row);
    double cost = VrplibSolution.read(out.resolve("tiny.sol")).cost();
    assertEquals(String.format(java.util.Locale.ROOT, "%.0f", cost), cells[5].strip(), row);
    String check = cells[9].strip();
    assertTrue(check.equals("checker not found") || check.startsWith("FEASIBLE"), row);
  }
}
