package org.routeforge.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.graphhopper.jackson.ResponsePathDeserializerHelper;
import com.graphhopper.util.PointList;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Requests with coordinates only on a server with a road network (Monaco, imported by GraphHopper
 * at start into a cache folder under target/): they are routed on the roads and say so, VROOM's
 * {@code "options": {"g": true}} returns a polyline that follows the roads between the snapped
 * stops, and a stop in the sea is a 422 naming the job.
 */
class RoadRoutingEndpointTest {
  // Monaco: Casino (depot), port Hercule, Fontvieille, Larvotto
  static final double[][] STOPS = {{7.4246, 43.7384}, {7.4214, 43.7347}, {7.4155, 43.7305}, {7.4355, 43.7445}};
  static TestServer srv;
  static String key;

  @BeforeAll
  static void start() throws Exception {
    Path osm = Path.of(System.getProperty("routeforge.data", "../shared/data"), "osm", "monaco.osm.pbf");
    Assumptions.assumeTrue(Files.isRegularFile(osm), "no " + osm + "; road routing tests skipped");
    System.setProperty("com.google.protobuf.use_unsafe_pre22_gencode", "true");
    System.setProperty("routeforge.graphs", Path.of("target/graphs").toAbsolutePath().toString());
    srv = new TestServer(Map.of("roads_osm", osm.toString()));
    key = srv.key("roads");
  }

  @AfterAll
  static void stop() throws Exception {
    if (srv != null) {
      srv.close();
    }
  }

  private static String vroomRequest(double[][] jobs, boolean geometry) {
    StringBuilder sb = new StringBuilder("{\"vehicles\":[{\"id\":7,\"start\":[" + STOPS[0][0] + "," + STOPS[0][1]
        + "],\"end\":[" + STOPS[0][0] + "," + STOPS[0][1] + "]}],\"jobs\":[");
    for (int i = 0; i < jobs.length; i++) {
      sb.append(i == 0 ? "" : ",").append("{\"id\":").append(i + 1).append(",\"location\":[").append(jobs[i][0])
          .append(',').append(jobs[i][1]).append("]}");
    }
    return sb.append("]").append(geometry ? ",\"options\":{\"g\":true}" : "").append("}").toString();
  }

  /** {@code {"locations": [...]}} with the points repeated {@code times} times. */
  private static String locations(double[][] points, int times) {
    StringBuilder sb = new StringBuilder("{\"locations\":[");
    for (int k = 0; k < times * points.length; k++) {
      double[] p = points[k % points.length];
      sb.append(k == 0 ? "" : ",").append('[').append(p[0]).append(',').append(p[1]).append(']');
    }
    return sb.append("]}").toString();
  }

  private static double metres(double lat1, double lon1, double lat2, double lon2) {
    double dy = (lat2 - lat1) * 111_195;
    double dx = (lon2 - lon1) * 111_195 * Math.cos(Math.toRadians(lat1));
    return Math.hypot(dx, dy);
  }

  @Test
  void coordinatesOnlyVroomRequestIsRoutedOnRoadsWithAPolylineThroughTheSnappedStops() {
    double[][] jobs = {STOPS[1], STOPS[2], STOPS[3]};
    HttpResponse<String> r = srv.send("POST", "/v1/vroom?time_limit=1", key, "application/json", vroomRequest(jobs, true));
    assertEquals(200, r.statusCode(), r.body());
    JsonNode out = TestServer.json(r);
    assertEquals("roads (GraphHopper, car, monaco.osm.pbf)", out.get("routing").asText());
    // the snapped positions, as GraphHopper's matrix endpoint reports them
    JsonNode table = TestServer.json(srv.send("POST", "/v1/matrix", key, "application/json", locations(STOPS, 1)));
    JsonNode route = out.get("routes").get(0);
    PointList line = ResponsePathDeserializerHelper.decodePolyline(route.get("geometry").asText(), 100, false, 1e5);
    assertTrue(line.size() > route.get("steps").size(), "road geometry has more points than stops: " + line.size());
    int matched = 0;
    double legSeconds = 0;
    int prev = -1;
    for (JsonNode step : route.get("steps")) {
      int stop = step.get("type").asText().equals("job") ? step.get("id").asInt() : 0;
      JsonNode snapped = table.get("sources").get(stop).get("location");
      double best = Double.POSITIVE_INFINITY;
      for (int k = 0; k < line.size(); k++) {
        best = Math.min(best, metres(line.getLat(k), line.getLon(k), snapped.get(1).asDouble(), snapped.get(0).asDouble()));
      }
      assertTrue(best < 3, "the polyline passes the snapped stop " + stop + " (closest vertex " + best + " m)");
      matched++;
      if (prev >= 0) {
        legSeconds += table.get("durations").get(prev).get(stop).asDouble();
      }
      prev = stop;
    }
    assertEquals(jobs.length + 2, matched);
    double first = metres(line.getLat(0), line.getLon(0), table.at("/sources/0/location/1").asDouble(),
        table.at("/sources/0/location/0").asDouble());
    assertTrue(first < 3, "the polyline starts at the snapped depot: " + first + " m");
    assertEquals(legSeconds, route.get("duration").asDouble(), 0.5 * (jobs.length + 1),
        "route duration = sum of the road matrix legs (integer-rounded per leg)");
  }

  /** Like OSRM, the matrix is not gzip-compressed even when the client accepts it (compressing costs more than computing). */
  @Test
  void theMatrixIsStreamedUncompressedWithItsComputeTime() throws Exception {
    java.net.http.HttpRequest req = java.net.http.HttpRequest.newBuilder(java.net.URI.create(srv.base() + "/v1/matrix"))
        .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
        .header("Accept-Encoding", "gzip")
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(locations(STOPS, 4))) // 16 points: several KB
        .build();
    HttpResponse<String> r = srv.http.send(req, HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), r.body());
    assertTrue(r.headers().firstValue("Content-Encoding").isEmpty(), r.headers().map().toString());
    assertTrue(r.headers().firstValue("Server-Timing").orElse("").startsWith("matrix;dur="), r.headers().map().toString());
    assertTrue(r.body().length() > 3000, "large enough for Javalin to compress: " + r.body().length());
    JsonNode t = TestServer.json(r);
    double d = t.at("/durations/0/1").asDouble();
    assertTrue(d > 0 && Math.abs(d * 10 - Math.rint(d * 10)) < 1e-9, "durations in tenths of a second: " + d);
  }

  @Test
  void withoutTheGeometryFlagThereIsNoGeometry() {
    HttpResponse<String> r = srv.send("POST", "/v1/vroom?time_limit=1", key, "application/json",
        vroomRequest(new double[][] {STOPS[1], STOPS[2]}, false));
    assertEquals(200, r.statusCode(), r.body());
    JsonNode out = TestServer.json(r);
    assertEquals("roads (GraphHopper, car, monaco.osm.pbf)", out.get("routing").asText());
    assertTrue(!out.get("routes").get(0).has("geometry"), out.toString());
  }

  @Test
  void aJobInTheSeaIsA422NamingTheJob() {
    JsonNode p = ErrorResponsesTest.problem(srv.send("POST", "/v1/vroom", key, "application/json",
        vroomRequest(new double[][] {STOPS[1], {7.50, 43.60}}, true)), 422);
    assertEquals("unsnappable", p.get("code").asText());
    assertEquals("/jobs/1/location", p.at("/errors/0/pointer").asText(), p.toString());
    JsonNode job = ErrorResponsesTest.problem(srv.send("POST", "/v1/vrp/jobs", key, "application/json",
        vroomRequest(new double[][] {{7.50, 43.60}}, false)), 422);
    assertEquals("/jobs/0/location", job.at("/errors/0/pointer").asText(), job.toString());
  }

  @Test
  void anAsyncJobKeepsRoutingAndGeometryInItsSolution() throws Exception {
    HttpResponse<String> r = srv.send("POST", "/v1/vrp/jobs?time_limit=1", key, "application/json",
        vroomRequest(new double[][] {STOPS[1], STOPS[3]}, true));
    assertEquals(202, r.statusCode(), r.body());
    String id = TestServer.json(r).get("id").asText();
    JsonNode job = srv.awaitEnd(id, key, java.time.Duration.ofSeconds(60));
    assertEquals("finished", job.get("status").asText(), job.toString());
    JsonNode sol = TestServer.json(srv.get("/v1/vrp/jobs/" + id + "/solution", key));
    assertEquals("roads (GraphHopper, car, monaco.osm.pbf)", sol.get("routing").asText(), sol.toString());
    JsonNode route = sol.get("routes").get(0);
    PointList line = ResponsePathDeserializerHelper.decodePolyline(route.get("geometry").asText(), 100, false, 1e5);
    JsonNode last = route.get("steps").get(route.get("steps").size() - 1).get("location");
    double end = metres(line.getLat(line.size() - 1), line.getLon(line.size() - 1), last.get(1).asDouble(), last.get(0).asDouble());
    assertTrue(end < 100, "the polyline ends at the depot (snapped within 100 m of it): " + end + " m");
  }

  @Test
  void geographicRouteForgeJsonIsRoutedOnRoads() {
    String body = "{\"format\":\"routeforge/1\",\"name\":\"monaco\",\"geographic\":true,"
        + "\"locations\":[{\"id\":\"d\",\"x\":7.4246,\"y\":43.7384},{\"id\":\"a\",\"x\":7.4214,\"y\":43.7347},"
        + "{\"id\":\"b\",\"x\":7.4155,\"y\":43.7305}],\"distances\":{\"rounding\":\"exact\"},"
        + "\"stops\":[{\"id\":\"a\",\"location\":1,\"demand\":[1]},{\"id\":\"b\",\"location\":2,\"demand\":[1]}],"
        + "\"vehicleTypes\":[{\"id\":\"v\",\"count\":1,\"capacity\":[5],\"start\":0,\"end\":0}]}";
    HttpResponse<String> r = srv.send("POST", "/v1/vrp/solve?time_limit=1", key, "application/json", body);
    assertEquals(200, r.statusCode(), r.body());
    JsonNode out = TestServer.json(r);
    assertEquals("roads (GraphHopper, car, monaco.osm.pbf)", out.get("routing").asText(), out.toString());
    assertTrue(out.toString().contains("\"cost\""), out.toString());
  }
}
