package org.routeforge.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Conformance of {@code POST /v1/vroom} with VROOM's documented input and output: small requests of
 * our own that together use every input field RouteForge honours (vehicles with start/end or open
 * end, capacity vectors, skills, shifts, breaks with windows and service, max_tasks, max_distance,
 * costs, speed_factor, steps as warm start and as locks; jobs with delivery vectors, skills,
 * priorities, several windows, service, descriptions; shipments; matrices with durations and
 * distances), each answer checked field by field by the independent {@link VroomChecker}; fields
 * RouteForge cannot honour are a 400 naming their JSON pointer; fields VROOM does not define are
 * listed back in {@code ignored_fields}.
 */
class VroomConformanceTest {
  static TestServer srv;
  static String key;

  /** Eight locations: 0 and 7 depots, 1..6 customers; travel grows with the index difference. */
  static String matrices(int n) {
    StringBuilder d = new StringBuilder("[");
    StringBuilder m = new StringBuilder("[");
    for (int i = 0; i < n; i++) {
      d.append(i == 0 ? "[" : ",[");
      m.append(i == 0 ? "[" : ",[");
      for (int j = 0; j < n; j++) {
        long t = i == j ? 0 : 200 + 150L * Math.abs(i - j) + (i > j ? 7 : 0);
        d.append(j == 0 ? "" : ",").append(t);
        m.append(j == 0 ? "" : ",").append(t * 12);
      }
      d.append(']');
      m.append(']');
    }
    return "{\"car\":{\"durations\":" + d + "],\"distances\":" + m + "]}}";
  }

  static final String VEHICLES = """
      [{"id":1,"description":"van","start_index":0,"end_index":0,"capacity":[10,5],"skills":[1,2],
        "time_window":[0,20000],"max_tasks":5,"costs":{"fixed":100,"per_hour":3600,"per_km":10},
        "breaks":[{"id":1,"description":"lunch","time_windows":[[1000,3000]],"service":300}]},
       {"id":2,"start_index":7,"end_index":7,"capacity":[6,6],"skills":[2],"time_window":[0,20000],
        "max_distance":60000,"costs":{"per_hour":1800}},
       {"id":3,"start_index":0,"capacity":[8,2],"skills":[1],"max_tasks":3}]""";

  static final String JOBS = """
      [{"id":11,"description":"bakery","location_index":1,"delivery":[2,1],"skills":[1],"service":120,
        "time_windows":[[0,500],[2000,9000]],"priority":10},
       {"id":12,"location_index":2,"delivery":[3,0],"service":60,"priority":50},
       {"id":13,"location_index":3,"delivery":[1,1],"skills":[2],"time_windows":[[1500,4000]]},
       {"id":14,"location_index":4,"delivery":[2,2],"service":200},
       {"id":15,"location_index":5,"delivery":[1,0],"skills":[1,2]}]""";

  static final String SHIPMENTS = """
      [{"amount":[2,1],"skills":[2],"priority":5,"pickup":{"id":21,"location_index":6,"service":100,"description":"depot B"},
        "delivery":{"id":21,"location_index":2,"service":50}},
       {"amount":[1,0],"pickup":{"id":22,"location_index":3},"delivery":{"id":22,"location_index":5,
        "time_windows":[[0,10000]]}}]""";

  static String request(String vehicles, String jobs, String shipments) {
    return "{\"vehicles\":" + vehicles + ",\"jobs\":" + jobs + ",\"shipments\":" + shipments + ",\"matrices\":"
        + matrices(8) + "}";
  }

  static final String FULL = request(VEHICLES, JOBS, SHIPMENTS);

  @BeforeAll
  static void start() throws Exception {
    srv = new TestServer();
    key = srv.key("conformance");
  }

  @AfterAll
  static void stop() throws Exception {
    srv.close();
  }

  static JsonNode parse(String text) {
    try {
      return TestServer.JSON.readTree(text);
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  /** Posts {@code body}, expects 200, and runs the checker on the answer; returns the answer. */
  static JsonNode solveAndCheck(String body, int minChecks) {
    HttpResponse<String> r = srv.send("POST", "/v1/vroom?time_limit=1", key, "application/json", body);
    assertEquals(200, r.statusCode(), r.body());
    JsonNode out = TestServer.json(r);
    VroomChecker checker = new VroomChecker(parse(body));
    List<String> failures = checker.check(out);
    assertTrue(failures.isEmpty(), failures + "\nin " + out.toPrettyString());
    assertTrue(checker.checks >= minChecks, "only " + checker.checks + " checks ran");
    return out;
  }

  @Test
  void everyFieldIsHonouredAndTheAnswerConforms() {
    JsonNode out = solveAndCheck(FULL, 150);
    assertTrue(out.get("routes").size() >= 2, out.toString());
    assertFalse(out.has("ignored_fields"), out.toString());
    boolean van = false;
    boolean bakery = false;
    boolean lunch = false;
    for (JsonNode r : out.get("routes")) {
      van |= "van".equals(r.path("description").asText());
      for (JsonNode st : r.get("steps")) {
        bakery |= "bakery".equals(st.path("description").asText()) && st.path("job").asLong() == 11;
        lunch |= st.get("type").asText().equals("break");
      }
    }
    for (JsonNode u : out.get("unassigned")) {
      bakery |= "bakery".equals(u.path("description").asText());
    }
    assertTrue(van && bakery, "descriptions of vehicle and job come back: " + out);
    assertTrue(lunch || out.get("routes").findValues("vehicle").stream().noneMatch(v -> v.asLong() == 1),
        "vehicle 1 takes its break: " + out);
  }

  @Test
  void priorityDecidesWhichTaskIsLeftOut() {
    String body = "{\"vehicles\":[{\"id\":1,\"start_index\":0,\"end_index\":0,\"max_tasks\":1}],"
        + "\"jobs\":[{\"id\":1,\"location_index\":1},{\"id\":2,\"location_index\":6,\"priority\":100}],"
        + "\"matrices\":" + matrices(8) + "}";
    JsonNode out = solveAndCheck(body, 20);
    assertEquals(1, out.get("unassigned").size(), out.toString());
    assertEquals(1, out.get("unassigned").get(0).get("id").asLong(), out.toString());
    assertEquals(100, out.get("summary").get("priority").asLong(), out.toString());
  }

  @Test
  void stepsAreAWarmStartAndBoundedStepsAreLocks() {
    String vehicles = VEHICLES
        .replace("\"costs\":{\"per_hour\":1800}}", "\"costs\":{\"per_hour\":1800},\"steps\":[{\"type\":\"start\"},"
            + "{\"type\":\"job\",\"id\":13,\"service_after\":2500,\"service_before\":3500},"
            + "{\"type\":\"job\",\"id\":14},{\"type\":\"pickup\",\"id\":21},{\"type\":\"delivery\",\"id\":21},"
            + "{\"type\":\"job\",\"id\":12,\"service_before\":9000},{\"type\":\"end\"}]}");
    assertTrue(vehicles.contains("service_after"));
    JsonNode out = solveAndCheck(request(vehicles, JOBS, SHIPMENTS), 150);
    boolean locked = false;
    for (JsonNode r : out.get("routes")) {
      if (r.get("vehicle").asLong() == 2) {
        for (JsonNode st : r.get("steps")) {
          locked |= st.path("id").asLong() == 13 && st.get("arrival").asLong() + st.get("waiting_time").asLong() >= 2500;
        }
      }
    }
    assertTrue(locked, "job 13 on vehicle 2 from 2500 on: " + out);
  }

  @Test
  void aCommonSpeedFactorDividesTravelTimes() {
    String vehicles = VEHICLES.replace("\"id\":1,", "\"id\":1,\"speed_factor\":2,")
        .replace("\"id\":2,", "\"id\":2,\"speed_factor\":2,").replace("\"id\":3,", "\"id\":3,\"speed_factor\":2,");
    JsonNode out = solveAndCheck(request(vehicles, JOBS, SHIPMENTS), 150);
    JsonNode st = out.get("routes").get(0).get("steps");
    assertTrue(st.size() > 2, out.toString());
  }

  @Test
  void fieldsVroomDoesNotDefineAreListedBack() {
    String body = FULL.replace("\"id\":12,", "\"id\":12,\"colour\":\"red\",")
        .replace("\"description\":\"van\",", "\"description\":\"van\",\"plate\":\"ABC\",")
        .replaceFirst("^\\{", "{\"meta\":{\"by\":\"me\"},");
    JsonNode out = solveAndCheck(body, 150);
    List<String> ignored = new ArrayList<>();
    out.get("ignored_fields").forEach(n -> ignored.add(n.asText()));
    assertEquals(List.of("/meta", "/jobs/1/colour", "/vehicles/0/plate"), ignored.stream().sorted((a, b) ->
        order(a) - order(b)).toList(), out.toString());
  }

  private static int order(String p) {
    return p.startsWith("/meta") ? 0 : p.startsWith("/jobs") ? 1 : 2;
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "\"id\":12,|\"id\":12,\"setup\":30,|/jobs/1/setup",
      "\"id\":12,|\"id\":12,\"pickup\":[1,0],|/jobs/1/pickup",
      "\"max_tasks\":3}|\"max_tasks\":3,\"max_travel_time\":900}|/vehicles/2/max_travel_time",
      "\"service\":300}]|\"service\":300,\"max_load\":[1,1]}]|/vehicles/0/breaks/0/max_load",
      "[[1000,3000]]|[[1000,1500],[2000,3000]]|/vehicles/0/breaks/0/time_windows",
      "\"id\":3,|\"id\":3,\"profile\":\"bike\",|/vehicles/2/profile",
      "\"id\":3,|\"id\":3,\"speed_factor\":1.5,|/vehicles/2/speed_factor",
      "\"distances\":|\"costs\":[[0]],\"distances\":|/matrices/car/costs",
      "\"location_index\":6,\"service\":100|\"location_index\":6,\"service\":100,\"setup\":5|/shipments/0/pickup/setup"})
  void fieldsRouteForgeCannotHonourAreA400WithTheirPointer(String from, String to, String pointer) {
    String body = FULL.replace(from, to);
    assertTrue(!body.equals(FULL), "the replacement applies: " + from);
    JsonNode p = ErrorResponsesTest.problem(srv.send("POST", "/v1/vroom", key, "application/json", body), 400);
    boolean named = false;
    for (JsonNode e : p.get("errors")) {
      named |= pointer.equals(e.path("pointer").asText());
    }
    assertTrue(named, pointer + " in " + p);
    assertEquals(2, p.get("vroom_code").asInt(), p.toString());
  }

  /** The checker is no rubber stamp: each kind of tampering with a conforming answer is caught. */
  @Test
  void theCheckerCatchesTamperedAnswers() {
    JsonNode out = solveAndCheck(FULL, 150);
    List<java.util.function.Consumer<com.fasterxml.jackson.databind.node.ObjectNode>> tamper = List.of(
        o -> bump(firstTask(o), "arrival", 100),
        o -> bump(firstTask(o), "load", 0),
        o -> bump(firstTask(o), "duration", 50),
        o -> bump(firstTask(o), "waiting_time", 30),
        o -> bump((com.fasterxml.jackson.databind.node.ObjectNode) o.get("routes").get(0), "cost", 10),
        o -> bump((com.fasterxml.jackson.databind.node.ObjectNode) o.get("summary"), "distance", 10),
        o -> ((com.fasterxml.jackson.databind.node.ArrayNode) o.get("routes").get(0).get("steps")).remove(1));
    int caught = 0;
    for (var t : tamper) {
      com.fasterxml.jackson.databind.node.ObjectNode copy = out.deepCopy();
      t.accept(copy);
      VroomChecker c = new VroomChecker(parse(FULL));
      caught += c.check(copy).isEmpty() ? 0 : 1;
    }
    assertEquals(tamper.size(), caught, "every tampered answer fails the check");
  }

  private static com.fasterxml.jackson.databind.node.ObjectNode firstTask(JsonNode out) {
    for (JsonNode st : out.get("routes").get(0).get("steps")) {
      if (st.has("id") && !st.get("type").asText().equals("break")) {
        return (com.fasterxml.jackson.databind.node.ObjectNode) st;
      }
    }
    throw new AssertionError("no task on the first route: " + out);
  }

  private static void bump(com.fasterxml.jackson.databind.node.ObjectNode n, String field, long by) {
    if (field.equals("load")) {
      com.fasterxml.jackson.databind.node.ArrayNode load = (com.fasterxml.jackson.databind.node.ArrayNode) n.get("load");
      load.set(0, load.get(0).asLong() + 1);
    } else {
      n.put(field, n.get(field).asLong() + by);
    }
  }

  /**
   * A request of the benchmark's size (1 000 jobs, 100 shipments, 50 vehicles: 1 250 locations,
   * coordinates only) passes the limits {@code /v1/vroom} applies with the default settings: the body
   * size, the locations whose matrices are filled in, and the synchronous stop limit. (Solving it is
   * the benchmark's business, not a unit test's.)
   */
  @Test
  void aRequestOfTheBenchmarksSizePassesTheDefaultLimits() throws Exception {
    StringBuilder b = new StringBuilder("{\"vehicles\":[");
    for (int v = 0; v < 50; v++) {
      b.append(v == 0 ? "" : ",").append("{\"id\":").append(v + 1).append(",\"start\":").append(point(100000 + v))
          .append(",\"end\":").append(point(100000 + v)).append(",\"capacity\":[40]}");
    }
    b.append("],\"jobs\":[");
    for (int j = 0; j < 1000; j++) {
      b.append(j == 0 ? "" : ",").append("{\"id\":").append(j + 1).append(",\"location\":").append(point(j))
          .append(",\"delivery\":[1]}");
    }
    b.append("],\"shipments\":[");
    for (int s = 0; s < 100; s++) {
      b.append(s == 0 ? "" : ",").append("{\"amount\":[1],\"pickup\":{\"id\":").append(s + 1)
          .append(",\"location\":").append(point(2000 + s)).append("},\"delivery\":{\"id\":").append(s + 1)
          .append(",\"location\":").append(point(3000 + s)).append("}}");
    }
    b.append("]}");
    java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("rf-limits");
    ServiceConfig config = ServiceConfig.resolve(null, java.util.Map.of(), java.util.Map.of("data_dir", dir.toString()));
    assertTrue(b.length() < config.maxBodyBytes(), "body within max_body_bytes");
    var n = org.routeforge.api.jobs.InstanceInput.parse("vroom", b.toString(), config,
        Math.min(config.maxStops(), config.syncMaxStops()), org.routeforge.api.routing.Routing.of(null).forRequest());
    assertEquals(1200, n.instance().stops().size());
    assertEquals(100, n.instance().shipments().size());
    assertEquals(1250, n.instance().durations().size());
    assertTrue(config.syncMaxTimeLimitSeconds() >= 30, "a 30 s synchronous solve is allowed");
  }

  /** A point on Malta's main island, spread by a low-discrepancy sequence. */
  private static String point(int i) {
    double lon = 14.35 + 0.2 * ((i * 0.6180339887) % 1.0);
    double lat = 35.82 + 0.12 * ((i * 0.7548776662) % 1.0);
    return "[" + lon + "," + lat + "]";
  }

  /** Geometry ({@code options.g}) with coordinates only and a break: every route gets a polyline. */
  @Test
  void geometryIsReturnedWhenAskedEvenWithBreaks() {
    String body = """
        {"vehicles":[{"id":1,"start":[14.5,35.9],"end":[14.5,35.9],
                      "breaks":[{"id":5,"time_windows":[[0,100000]],"service":600}]}],
         "jobs":[{"id":1,"location":[14.51,35.89]},{"id":2,"location":[14.49,35.91]}],
         "options":{"g":true}}""";
    HttpResponse<String> r = srv.send("POST", "/v1/vroom?time_limit=0.5", key, "application/json", body);
    assertEquals(200, r.statusCode(), r.body());
    JsonNode out = TestServer.json(r);
    assertEquals(1, out.get("routes").size(), out.toString());
    assertTrue(out.get("routes").get(0).path("geometry").asText().length() > 4, out.toString());
    assertTrue(out.get("summary").get("computing_times").has("routing"), out.toString());
  }
}
