package org.routeforge.benchmarks.vrp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VrpBenchTest {

  @Test
  void catalogRowsParseWithQuotedCommasAndMissingBks(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("catalog.csv");
    Files.writeString(csv, "set,name,n_customers,capacity_or_vehicles,bks,bks_source\n"
        + "X,X-n101-k25,100,Q=206,27591,\"PyVRP, CVRPLIB\"\n"
        + "Solomon-dimacs,C204,100,,,no verified solution\n"
        + "Solomon-dimacs,C101,100,Q=200;K_max=25;sol_routes=10,827.3,\"a \"\"quoted\"\" note\"\n");
    List<CatalogEntry> rows = CatalogEntry.read(csv);
    assertEquals(3, rows.size());
    assertEquals(27591, rows.get(0).bks(), 0);
    assertTrue(Double.isNaN(rows.get(1).bks()));
    assertEquals(10, rows.get(2).referenceRoutes());
    assertEquals(-1, rows.get(0).referenceRoutes());
  }

  @Test
  void aMalformedCatalogRowNamesItsLine(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("catalog.csv");
    Files.writeString(csv, "set,name,n_customers,capacity_or_vehicles,bks,bks_source\nX,X-n101-k25,many,Q=206,1,x\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CatalogEntry.read(csv));
    assertTrue(e.getMessage().contains("catalog.csv:2"), e.getMessage());
  }

  @Test
  void resultsRoundTripThroughCsv() {
    RunResult r = new RunResult("X", "X-n101-k25", 100, "X n<=200", "memetic", 1, 60, 2, 27591, 26, 27700.5,
        26, true, 0.395, Double.NaN, 10, 27900, "FEASIBLE", "FEASIBLE X-n101-k25: cost 27700.50, \"ok\"", 60.2,
        1234, "TIME_LIMIT", 41.5);
    assertEquals(r, RunResult.fromCsv(r.toCsv()));
    assertEquals(23, RunResult.HEADER.split(",").length);
  }

  @Test
  void classesFollowSizeBandsAndSolomonTypes() {
    assertEquals("X n<=200", BenchSet.X.sizeClass("X-n101-k25", 100));
    assertEquals("X 400<n<=700", BenchSet.X.sizeClass("X-n502-k39", 501));
    assertEquals("RC2", BenchSet.SOLOMON_DIMACS.sizeClass("RC201", 100));
    assertEquals("C1", BenchSet.GH200.sizeClass("c1_2_1", 200));
    assertEquals("R2", BenchSet.GH200.sizeClass("r2_2_5", 200));
    assertEquals(BenchSet.SOLOMON_DIMACS, BenchSet.byCatalogName("solomon-dimacs"));
    assertThrows(IllegalArgumentException.class, () -> BenchSet.byCatalogName("ORTEC"));
  }

  @Test
  void durationsParseInTheUsualUnits() {
    VrpBenchCommand.DurationConverter c = new VrpBenchCommand.DurationConverter();
    assertEquals(Duration.ofSeconds(60), c.convert("60s"));
    assertEquals(Duration.ofMinutes(2), c.convert("2m"));
    assertEquals(Duration.ofMillis(500), c.convert("500ms"));
    assertEquals(Duration.ofMillis(1500), c.convert("1.5s"));
    assertEquals(Duration.ofSeconds(30), c.convert("PT30S"));
    assertThrows(IllegalArgumentException.class, () -> c.convert("soon"));
  }
}
