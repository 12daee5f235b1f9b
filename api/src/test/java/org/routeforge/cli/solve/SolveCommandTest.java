package org.routeforge.cli.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.util.List;
import java.util.Set;
import org.routeforge.cli.RouteForgeCli;
import org.routeforge.data.io.RouteForgeJson;
import org.routeforge.data.model.DriverBreak;
import org.routeforge.data.model.Instance;
import org.routeforge.data.model.Location;
import org.routeforge.data.model.Rounding;
import org.routeforge.data.model.Shipment;
import org.routeforge.data.model.Stop;
import org.routeforge.data.model.TimeWindow;
import org.routeforge.data.model.VehicleType;
import picocli.CommandLine;

/** {@code routeforge solve} in-process on the shared Solomon and X data. */
class SolveCommandTest {
  private static Path data() {
    String dir = System.getProperty("routeforge.data", System.getenv().getOrDefault("ROUTEFORGE_DATA", "../../shared/data"));
    return Path.of(dir);
  }

  private static String[] run(String... args) {
    CommandLine cl = RouteForgeCli.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return new String[] {Integer.toString(code), out.toString(), err.toString()};
  }

  @Test
  void solvesSolomonAndWritesACheckableSolution(@TempDir Path tmp) throws Exception {
    Path inst = data().resolve("vrp/vrptw/solomon/C101.txt");
    assumeTrue(Files.exists(inst), () -> "skipped: shared data file " + inst + " is missing");
    Path sol = tmp.resolve("c101.sol");
    Path json = tmp.resolve("c101.json");
    String[] r = run("solve", inst.toString(), "--time-limit", "3s", "--iterations", "300", "--out", sol.toString(),
        "--json", json.toString());
    assertEquals("0", r[0], r[2]);
    String[] lines = r[1].strip().split("\n");
    String last = lines[lines.length - 1];
    assertTrue(last.matches("cost=[0-9.]+ routes=\\d+ feasible=(true|false) time=[0-9.]+"), last);
    assertTrue(last.contains("feasible=true"), last);
    assertTrue(r[2].contains("rounding trunc1"), "Solomon defaults to the DIMACS convention: " + r[2]);
    JsonNode j = new ObjectMapper().readTree(json.toFile());
    assertTrue(j.get("feasible").asBoolean());
    assertEquals(100, countStops(j));
    checkWithVrpcheck(inst, sol, "--trunc1");
  }

  @Test
  void roundingOverrideAndVrplibDefault(@TempDir Path tmp) throws Exception {
    Path inst = data().resolve("vrp/cvrp/X/X-n101-k25.vrp");
    assumeTrue(Files.exists(inst), () -> "skipped: shared data file " + inst + " is missing");
    String[] r = run("solve", inst.toString(), "--iterations", "100", "--time-limit", "5s");
    assertEquals("0", r[0], r[2]);
    assertTrue(r[2].contains("rounding nint"), r[2]);
    String[] e = run("solve", inst.toString(), "--iterations", "100", "--rounding", "exact");
    assertEquals("0", e[0], e[2]);
    assertTrue(e[2].contains("rounding exact"), e[2]);
  }

  /** A VROOM file's steps are the warm start and its bounded steps a lock; unknown fields are named, not dropped silently. */
  @Test
  void vroomStepsAreSolvedAndUnknownFieldsNamed(@TempDir Path tmp) throws Exception {
    Path req = tmp.resolve("steps.vroom.json");
    Files.writeString(req, "{\"vehicles\":[{\"id\":1,\"start_index\":0,\"end_index\":0,\"plate\":\"X\"},"
        + "{\"id\":2,\"start_index\":0,\"end_index\":0,\"steps\":[{\"type\":\"job\",\"id\":2,"
        + "\"service_after\":50}]}],"
        + "\"jobs\":[{\"id\":1,\"location_index\":1},{\"id\":2,\"location_index\":2}],"
        + "\"matrices\":{\"car\":{\"durations\":[[0,10,20],[10,0,15],[20,15,0]]}}}");
    Path json = tmp.resolve("out.json");
    String[] r = run("solve", req.toString(), "--iterations", "50", "--time-limit", "2s", "--json", json.toString());
    assertEquals("0", r[0], r[2]);
    assertTrue(r[2].contains("/vehicles/0/plate"), r[2]);
    assertTrue(r[2].contains("starts from 1 given route(s) with 1 lock(s)"), r[2]);
    JsonNode j = new ObjectMapper().readTree(json.toFile());
    boolean onTwo = false;
    for (JsonNode route : j.path("routes")) {
      for (int k = 0; k < route.path("stops").size(); k++) {
        onTwo |= "2".equals(route.get("stops").get(k).asText()) && "2".equals(route.path("vehicleType").asText())
            && route.get("arrivals").get(k).asDouble() + route.get("waits").get(k).asDouble() >= 50;
      }
    }
    assertTrue(onTwo, "job 2 on vehicle 2 from 50 on: " + j);
  }

  /** A coordinates-only VROOM request: great circle without --roads, GraphHopper with it; a job in the sea is named. */
  @Test
  void coordinatesOnlyVroomRequestOnRoads(@TempDir Path tmp) throws Exception {
    Path osm = data().resolve("osm/monaco.osm.pbf");
    assumeTrue(Files.exists(osm), "no " + osm);
    System.setProperty("com.google.protobuf.use_unsafe_pre22_gencode", "true");
    System.setProperty("routeforge.graphs", Path.of("target/graphs").toAbsolutePath().toString());
    Path req = tmp.resolve("request.json");
    Files.writeString(req, "{\"vehicles\":[{\"id\":1,\"start\":[7.4246,43.7384],\"end\":[7.4246,43.7384]}],"
        + "\"jobs\":[{\"id\":1,\"location\":[7.4214,43.7347]},{\"id\":2,\"location\":[7.4155,43.7305]}],"
        + "\"options\":{\"g\":true}}");
    Path json = tmp.resolve("out.json");
    String[] gc = run("solve", req.toString(), "--iterations", "50", "--time-limit", "2s");
    assertEquals("0", gc[0], gc[2]);
    assertTrue(gc[2].contains("routing: great-circle at 50 km/h (no road network loaded)"), gc[2]);
    String[] r = run("solve", req.toString(), "--roads", osm.toString(), "--iterations", "50", "--time-limit", "2s",
        "--json", json.toString());
    assertEquals("0", r[0], r[2]);
    assertTrue(r[2].contains("routing: roads (GraphHopper, car, monaco.osm.pbf)"), r[2]);
    assertEquals("roads (GraphHopper, car, monaco.osm.pbf)", new ObjectMapper().readTree(json.toFile()).get("routing").asText());
    double roadCost = Double.parseDouble(r[1].replaceAll("(?s).*cost=([0-9.]+).*", "$1"));
    double gcCost = Double.parseDouble(gc[1].replaceAll("(?s).*cost=([0-9.]+).*", "$1"));
    assertTrue(roadCost != gcCost, "road and great-circle costs differ: " + roadCost);
    Files.writeString(req, Files.readString(req).replace("[7.4155,43.7305]", "[7.50,43.60]"));
    String[] sea = run("solve", req.toString(), "--roads", osm.toString(), "--iterations", "50");
    assertEquals("1", sea[0], sea[2]);
    assertTrue(sea[2].contains("/jobs/1/location"), sea[2]);
  }

  @Test
  void badInputGivesAClearMessage(@TempDir Path tmp) throws Exception {
    Path bad = tmp.resolve("broken.vrp");
    Files.writeString(bad, "NAME : broken\nTYPE : CVRP\nDIMENSION : 3\nCAPACITY : ten\n");
    String[] r = run("solve", bad.toString());
    assertEquals("1", r[0]);
    assertTrue(r[2].startsWith("error:"), r[2]);
    assertTrue(r[2].contains("broken.vrp"), r[2]);
    String[] u = run("solve", bad.toString(), "--engine", "quantum");
    assertEquals("2", u[0]);
    assertTrue(u[2].contains("memetic, ortools"), u[2]);
    String[] o = run("solve", bad.toString(), "--objective", "speed");
    assertEquals("2", o[0]);
    assertTrue(o[2].contains("vehicles-then-distance"), o[2]);
  }

  /**
   * A RouteForge JSON instance with skills, a shipment, a driver break and a mixed fleet (two vehicle
   * types at two depots, one of them open-ended) is solved end to end: exit 0, every stop served, and
   * each constraint holds when recomputed here from the written JSON and the instance.
   */
  @Test
  void solvesAJsonInstanceWithSkillsShipmentsBreaksAndAMixedFleet(@TempDir Path tmp) throws Exception {
    Instance.Builder b = Instance.builder("rich-cli");
    int d0 = b.addLocation(new Location("d0", 0, 0));
    int d1 = b.addLocation(new Location("d1", 40, 0));
    double[][] xy = {{5, 5}, {10, -5}, {15, 8}, {30, 5}, {35, -6}, {45, 8}, {20, 0}, {38, 3}};
    for (int i = 0; i < xy.length; i++) {
      int loc = b.addLocation(new Location("l" + i, xy[i][0], xy[i][1]));
      Set<String> skills = i == 3 || i == 4 ? Set.of("fridge") : Set.of();
      b.addStop(new Stop("s" + i, loc, new int[] {i >= 6 ? 3 : 1}, 2, List.of(), skills, 0));
    }
    b.addShipment(new Shipment(6, 7));
    b.euclidean(Rounding.EXACT);
    b.addVehicleType(new VehicleType("van", 2, new int[] {4}, d0, d0, new TimeWindow(0, 500),
        Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Integer.MAX_VALUE, 10, 1, 0, Set.of(),
        List.of(new DriverBreak("lunch", new TimeWindow(20, 60), 15))));
    b.addVehicleType(new VehicleType("reefer", 1, new int[] {6}, d1, -1, new TimeWindow(0, 500),
        Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Integer.MAX_VALUE, 25, 1, 0.5, Set.of("fridge"), List.of()));
    Instance inst = b.build();
    Path file = tmp.resolve("rich.json");
    RouteForgeJson.write(inst, file);
    Path json = tmp.resolve("out.json");
    String[] r = run("solve", file.toString(), "--time-limit", "5s", "--iterations", "40", "--json", json.toString(),
        "--objective", "vehicles-then-distance", "--polish", "--init", "savings");
    assertEquals("0", r[0], r[2]);
    assertTrue(r[1].contains("feasible=true"), r[1] + r[2]);
    assertTrue(r[2].contains("engine memetic/insertion"), r[2]);
    assertTrue(r[2].contains("note: --init savings is not used"), r[2]);
    JsonNode j = new ObjectMapper().readTree(json.toFile());
    assertTrue(j.get("features").toString().contains("shipments"), j.get("features").toString());
    int served = 0;
    for (JsonNode route : j.get("routes")) {
      VehicleType vt = route.get("vehicleType").asText().equals("van") ? inst.vehicleTypes().get(0) : inst.vehicleTypes().get(1);
      java.util.List<Integer> order = new java.util.ArrayList<>();
      route.get("stopIndices").forEach(x -> order.add(x.asInt()));
      long load = 0;
      for (int s : order) {
        load += s < 6 ? inst.stops().get(s).demand(0) : 0;
        assertTrue(vt.skills().containsAll(inst.stops().get(s).skills()), "skills on " + route);
      }
      assertTrue(load <= vt.capacity(0), "start load " + load + " on " + route);
      for (int s : order) {
        load += s == 6 ? 3 : s == 7 ? -3 : -inst.stops().get(s).demand(0);
        assertTrue(load <= vt.capacity(0), "load " + load + " on " + route);
      }
      assertEquals(order.contains(6), order.contains(7), "the shipment on one route: " + route);
      if (order.contains(6)) {
        assertTrue(order.indexOf(6) < order.indexOf(7), "pickup first: " + route);
      }
      if (vt.id().equals("van")) {
        double brk = route.get("breakStarts").get(0).asDouble();
        assertTrue(brk >= 20 - 1e-6 && brk <= 60 + 1e-6, "break at " + brk + " on " + route);
      }
      served += order.size();
    }
    assertEquals(8, served, "every stop served");
  }

  private static int countStops(JsonNode j) {
    int c = 0;
    for (JsonNode route : j.get("routes")) {
      c += route.get("stops").size();
    }
    return c;
  }

  private static void checkWithVrpcheck(Path inst, Path sol, String flag) throws Exception {
    Path checker = data().resolve("../tools/vrpcheck.py");
    assumeTrue(Files.exists(checker), () -> "skipped: checker " + checker + " is missing");
    Process p;
    try {
      p = new ProcessBuilder("python3", checker.toString(), inst.toString(), sol.toString(), flag)
          .redirectErrorStream(true).start();
    } catch (java.io.IOException noPython) {
      assumeTrue(false, "python3 not available");
      return;
    }
    String out = new String(p.getInputStream().readAllBytes());
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    assertTrue(out.startsWith("FEASIBLE"), out);
  }
}
