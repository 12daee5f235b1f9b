package org.routeforge.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /v1/matrix} on a real road network (the Monaco OpenStreetMap extract of the shared data,
 * imported by GraphHopper at server start): an OSRM-shaped table with zero diagonal and positive
 * off-diagonal durations and distances, and a point far off the roads reported by its pointer.
 */
class RoadMatrixEndpointTest {
  static TestServer srv;
  static String key;

  @BeforeAll
  static void start() throws Exception {
    Path osm = Path.of(System.getProperty("routeforge.data", "../shared/data"), "osm", "monaco.osm.pbf");
    Assumptions.assumeTrue(Files.isRegularFile(osm), "no " + osm);
    // GraphHopper's OSM reader uses pre-22 protobuf gencode; the launcher sets the same property.
    System.setProperty("com.google.protobuf.use_unsafe_pre22_gencode", "true");
    srv = new TestServer(Map.of("roads_osm", osm.toString()));
    key = srv.key("roads");
  }

  @AfterAll
  static void stop() throws Exception {
    if (srv != null) {
      srv.close();
    }
  }

  @Test
  void osrmShapedTable() {
    HttpResponse<String> r = srv.send("POST", "/v1/matrix", key, "application/json",
        "{\"locations\":[[7.4246,43.7384],[7.4180,43.7311],[7.4205,43.7365]]}");
    assertEquals(200, r.statusCode(), r.body());
    JsonNode t = TestServer.json(r);
    assertEquals("Ok", t.get("code").asText());
    JsonNode d = t.get("durations");
    assertEquals(3, d.size());
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        double v = d.get(i).get(j).asDouble();
        assertTrue(i == j ? v == 0 : v > 0, "durations[" + i + "][" + j + "] = " + v);
      }
    }
    assertTrue(t.get("distances").get(0).get(1).asDouble() > 100);
    JsonNode rect = TestServer.json(srv.send("POST", "/v1/matrix", key, "application/json",
        "{\"locations\":[[7.4246,43.7384],[7.4180,43.7311],[7.4205,43.7365]],\"sources\":[0],\"destinations\":[1,2]}"));
    assertEquals(1, rect.get("durations").size());
    assertEquals(2, rect.get("durations").get(0).size());
  }

  @Test
  void pointInTheSeaIs422WithItsPointer() {
    JsonNode p = ErrorResponsesTest.problem(srv.send("POST", "/v1/matrix", key, "application/json",
        "{\"locations\":[[7.4246,43.7384],[7.50,43.60]]}"), 422);
    assertTrue(p.get("errors").toString().contains("/locations/1"), p.toString());
  }
}
