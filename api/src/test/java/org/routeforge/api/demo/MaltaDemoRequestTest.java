package org.routeforge.api.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.routeforge.graph.roads.RoadNetwork;
import org.routeforge.graph.roads.SnappedPoints;

/**
 * The committed Malta demo request is what {@link MaltaDemoRequest} generates (run with
 * {@code -Drouteforge.regenerate=true} to rewrite it after a change), it has the advertised shape
 * (200 tasks, skills, several windows, shipments, breaks), and every location lies on a Malta car road.
 * Skipped, naming the file, without the Malta extract.
 */
class MaltaDemoRequestTest {
  static final Path COMMITTED = Path.of("src/main/resources/web/examples/malta-demo-200.vroom.json");
  static RoadNetwork net;

  @BeforeAll
  static void open() throws Exception {
    Path osm = Path.of(System.getProperty("routeforge.data", System.getenv().getOrDefault("ROUTEFORGE_DATA", "../shared/data")),
        "osm", "malta-2018.osm.pbf");
    Assumptions.assumeTrue(Files.isRegularFile(osm), "no " + osm + "; the Malta demo request is not checked");
    System.setProperty("com.google.protobuf.use_unsafe_pre22_gencode", "true");
    System.setProperty("routeforge.graphs", Path.of("target/graphs").toAbsolutePath().toString());
    net = RoadNetwork.open(osm, null); // the cache the other Malta tests share
  }

  @AfterAll
  static void close() {
    if (net != null) {
      net.close();
    }
  }

  @Test
  void committedRequestIsTheGeneratorsOutput() throws Exception {
    String generated = MaltaDemoRequest.generate(net);
    if (Boolean.getBoolean("routeforge.regenerate")) {
      Files.writeString(COMMITTED, generated, StandardCharsets.UTF_8);
    }
    assertEquals(generated, Files.readString(COMMITTED), "regenerate with -Drouteforge.regenerate=true");
  }

  @Test
  void requestHasTheAdvertisedFeaturesAndEveryLocationIsOnARoad() throws Exception {
    JsonNode req = new ObjectMapper().readTree(COMMITTED.toFile());
    JsonNode jobs = req.get("jobs");
    JsonNode ships = req.get("shipments");
    assertEquals(200, jobs.size() + 2 * ships.size(), "tasks");
    assertTrue(ships.size() > 0, "shipments");
    int skilled = 0;
    int twoWindows = 0;
    List<JsonNode> locations = new ArrayList<>();
    for (JsonNode j : jobs) {
      skilled += j.path("skills").size() > 0 ? 1 : 0;
      twoWindows += j.path("time_windows").size() == 2 ? 1 : 0;
      locations.add(j.get("location"));
    }
    for (JsonNode s : ships) {
      locations.add(s.get("pickup").get("location"));
      locations.add(s.get("delivery").get("location"));
    }
    for (JsonNode v : req.get("vehicles")) {
      assertEquals(1, v.get("breaks").size(), "a break per vehicle");
      locations.add(v.get("start"));
    }
    assertTrue(skilled > 0 && twoWindows > 0, "jobs with skills (" + skilled + ") and two windows (" + twoWindows + ")");
    double[] lat = new double[locations.size()];
    double[] lon = new double[locations.size()];
    for (int i = 0; i < lat.length; i++) {
      lon[i] = locations.get(i).get(0).asDouble();
      lat[i] = locations.get(i).get(1).asDouble();
    }
    // rounded to 6 decimals after snapping: each point lies within a metre of a car road
    SnappedPoints p = net.snap(lat, lon, 1.0);
    assertEquals(0, p.unsnappable().length, "locations farther than 1 m from a car road");
  }
}
