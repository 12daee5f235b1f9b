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
import org.routeforge.data.model.Instance;
import org.routeforge.data.model.Location;
import org.routeforge.data.model.Rounding;
import org.routeforge.data.model.Stop;
import org.routeforge.data.model.VehicleType;
import org.routeforge.solver.rich.Objective;

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
        1234, "TIME_LIMIT", 41.5, "vehicles-distance", 12.25);
    assertEquals(r, RunResult.fromCsv(r.toCsv()));
    assertEquals(25, RunResult.HEADER.split(",").length);
    assertEquals(25, CatalogEntry.fields(r.toCsv()).size());
    RunResult old = RunResult.fromCsv("GH200,c1_2_1,200,C1,memetic,1,30,1,2704.5678,20,2704.5678,20,true,-0.0000,"
        + "1.1712,,,FEASIBLE,\"FEASIBLE c1_2_1: cost 2704.57 routes 20\",30.0127,5145,TIME_LIMIT,21.4204");
    assertEquals("distance", old.objective());
    assertTrue(Double.isNaN(old.secondsToBest()));
    assertTrue(old.matchesBksRoutes());
  }

  @Test
  void classesFollowSizeBandsAndSolomonTypes() {
    assertEquals("X n<=200", BenchSet.X.sizeClass("X-n101-k25", 100));
    assertEquals("X 400<n<=700", BenchSet.X.sizeClass("X-n502-k39", 501));
    assertEquals("RC2", BenchSet.SOLOMON_DIMACS.sizeClass("RC201", 100));
    assertEquals("C1", BenchSet.GH200.sizeClass("c1_2_1", 200));
    assertEquals("R2", BenchSet.GH200.sizeClass("r2_2_5", 200));
    assertEquals(BenchSet.SOLOMON_DIMACS, BenchSet.byCatalogName("solomon-dimacs"));
    assertEquals("LC1", BenchSet.LILIM100.sizeClass("lc101", 106));
    assertEquals("LRC2", BenchSet.LILIM100.sizeClass("lrc208", 100));
    assertEquals("LR1", BenchSet.LILIM100.sizeClass("lr112", 100));
    assertEquals("MD n<=100", BenchSet.CORDEAU.sizeClass("p01", 50));
    assertEquals("MD n>200", BenchSet.CORDEAU.sizeClass("p21", 360));
    assertEquals(BenchSet.LILIM100, BenchSet.byCatalogName("lilim100"));
    assertEquals(BenchSet.LILIM100, BenchSet.byCatalogName("LiLim100"));
    assertEquals(BenchSet.CORDEAU, BenchSet.byCatalogName("cordeau"));
    assertEquals(BenchSet.CORDEAU, BenchSet.byCatalogName("Cordeau-MDVRP"));
    assertEquals("pdpcheck.py", BenchSet.LILIM100.checker());
    assertEquals("mdcheck.py", BenchSet.CORDEAU.checker());
    assertEquals("vrpcheck.py", BenchSet.X.checker());
    assertEquals(BenchObjective.VEHICLES_DISTANCE, BenchSet.LILIM100.defaultObjective());
    assertEquals(BenchObjective.DISTANCE, BenchSet.CORDEAU.defaultObjective());
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

  @Test
  void vehiclesFirstPutsAFixedCostAboveAnyTotalDistanceOnEveryVehicle() {
    Instance.Builder b = Instance.builder("h");
    double[][] xy = {{0, 0}, {30, 40}, {-60, 80}, {5, 5}};
    for (int i = 0; i < xy.length; i++) {
      b.addLocation(new Location(Integer.toString(i), xy[i][0], xy[i][1]));
    }
    b.euclidean(Rounding.EXACT);
    for (int i = 1; i < xy.length; i++) {
      b.addStop(Stop.simple(Integer.toString(i), i, 1));
    }
    Instance in = b.addVehicleType(VehicleType.simple(3, 10, 0)).build();
    double m = BenchObjective.VEHICLES_DISTANCE.vehicleCost(in);
    // brute force: the longest possible total distance, every stop on its own route out and back
    double worst = 0;
    for (int i = 1; i < xy.length; i++) {
      worst += 2 * in.distances().get(0, i);
    }
    assertTrue(m > worst, m + " vs " + worst);
    assertEquals(0, BenchObjective.DISTANCE.vehicleCost(in), 0);
    assertEquals(Objective.VEHICLES_THEN_DISTANCE, BenchObjective.VEHICLES_DISTANCE.solverObjective());
    assertEquals(BenchObjective.VEHICLES_DISTANCE, BenchObjective.parse("vehicles-distance"));
    assertThrows(IllegalArgumentException.class, () -> BenchObjective.parse("cost"));
  }

  /** The suite takes BKS values from catalog.csv; for Li & Lim and Cordeau they must be the folders' bks.csv. */
  @Test
  void catalogBksAgreesWithTheLiLimAndCordeauBksCsv() throws Exception {
    Path data = org.routeforge.data.catalog.DataDir.resolve();
    Path catalog = data.resolve("vrp/catalog.csv");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(catalog), "shared catalogue " + catalog
        + " is absent");
    java.util.Map<String, CatalogEntry> rows = new java.util.HashMap<>();
    for (CatalogEntry e : CatalogEntry.read(catalog)) {
      rows.put(e.set() + "/" + e.name(), e);
    }
    int compared = 0;
    for (BenchSet set : List.of(BenchSet.LILIM100, BenchSet.CORDEAU)) {
      Path bks = set.directory(data).resolve("bks.csv");
      org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(bks), "shared file " + bks + " is absent");
      List<String> lines = Files.readAllLines(bks);
      List<String> head = CatalogEntry.fields(lines.get(0));
      int value = head.indexOf(set == BenchSet.LILIM100 ? "distance" : "bks");
      int vehicles = head.indexOf("vehicles");
      for (String line : lines.subList(1, lines.size())) {
        List<String> f = CatalogEntry.fields(line);
        CatalogEntry e = rows.get(set.catalogName() + "/" + f.get(0));
        assertTrue(e != null, set.catalogName() + " " + f.get(0) + " is not in the catalogue");
        assertEquals(Double.parseDouble(f.get(value)), e.bks(), 1e-9, line);
        if (vehicles >= 0) {
          assertEquals(Integer.parseInt(f.get(vehicles)), e.referenceRoutes(), line);
        }
        compared++;
      }
    }
    assertTrue(compared > 0, "no bks.csv row compared");
  }

  @Test
  void referenceResultsReadVehiclesOrRoutesAndNameABadLine(@TempDir Path dir) throws Exception {
    Path pdp = dir.resolve("vroom-lilim100.csv");
    Files.writeString(pdp, "instance,vehicles,distance,gap_pct,wall_s_median\nlc101,10,828.9369,-0.000,0.266\n");
    double[] lc101 = VrpReport.readReference(pdp).get("lc101");
    assertEquals(List.of(10.0, 828.9369, 0.266), List.of(lc101[0], lc101[1], lc101[2]));
    Path md = dir.resolve("md.csv");
    Files.writeString(md, "instance,routes,distance\np01,11,576.8657\np02,five,475\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> VrpReport.readReference(md));
    assertTrue(e.getMessage().contains("md.csv:3:"), e.getMessage());
    Path none = dir.resolve("none.csv");
    Files.writeString(none, "name,cost\np01,1\n");
    assertThrows(IllegalArgumentException.class, () -> VrpReport.readReference(none));
  }
}
