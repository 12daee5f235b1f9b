package org.routeforge.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.routeforge.data.io.RouteForgeJson;
import org.routeforge.data.model.Instance;
import org.routeforge.data.model.Location;
import org.routeforge.data.model.Rounding;
import org.routeforge.data.model.Stop;
import org.routeforge.data.model.TimeWindow;
import org.routeforge.data.model.VehicleType;

/**
 * {@code POST /v1/vrp/jobs?objective=...&cpu_time=...}: the objective reaches the solver (min-max
 * gives a shorter longest route than cost, measured here from the answer's stops and the coordinates),
 * the job shows both, and unknown values are 400 problems.
 */
class JobObjectiveTest {
  static TestServer srv;
  static String key;

  @BeforeAll
  static void start() throws Exception {
    srv = new TestServer();
    key = srv.key("objective");
  }

  @AfterAll
  static void stop() throws Exception {
    srv.close();
  }

  /**
   * Eight stops on a circle of radius 100 around the depot, four free vans that carry everything:
   * the least total distance is one tour, the least latest return splits it.
   */
  static Instance circle() {
    Instance.Builder b = Instance.builder("circle");
    b.addLocation(new Location("depot", 0, 0));
    for (int i = 0; i < 8; i++) {
      double a = 2 * Math.PI * i / 8;
      int loc = b.addLocation(new Location("l" + i, Math.round(100 * Math.cos(a)), Math.round(100 * Math.sin(a))));
      b.addStop(new Stop("s" + i, loc, new int[] {1}, 0, List.of(), Set.of(), 0));
    }
    b.euclidean(Rounding.EXACT);
    b.addVehicleType(new VehicleType("van", 4, new int[] {100}, 0, 0, TimeWindow.ALWAYS, Double.POSITIVE_INFINITY,
        Double.POSITIVE_INFINITY, Integer.MAX_VALUE, 0, 1, 0, Set.of(), List.of()));
    return b.build();
  }

  /** The longest route of a job's answer: depot, its stops by id, depot, at Euclidean distances. */
  static double longestRoute(Instance in, JsonNode solution) {
    Map<String, Location> at = new HashMap<>();
    for (Stop s : in.stops()) {
      at.put(s.id(), in.locations().get(s.location()));
    }
    double longest = 0;
    int served = 0;
    for (JsonNode r : solution.get("routes")) {
      Location prev = in.locations().get(0);
      double len = 0;
      for (JsonNode st : r.get("steps")) {
        if (st.get("type").asText().equals("job")) {
          Location l = at.get(st.get("id").asText());
          len += Math.hypot(l.x() - prev.x(), l.y() - prev.y());
          prev = l;
          served++;
        }
      }
      len += Math.hypot(prev.x(), prev.y());
      longest = Math.max(longest, len);
    }
    assertEquals(8, served, solution.toString());
    return longest;
  }

  private static JsonNode solveAsJob(String query, String body) throws Exception {
    HttpResponse<String> r = srv.send("POST", "/v1/vrp/jobs?time_limit=2&seed=1" + query, key, "application/json", body);
    assertEquals(202, r.statusCode(), r.body());
    String id = TestServer.json(r).get("id").asText();
    JsonNode end = srv.awaitEnd(id, key, Duration.ofSeconds(60));
    assertEquals("finished", end.get("status").asText(), end.toString());
    JsonNode sol = TestServer.json(srv.get("/v1/vrp/jobs/" + id + "/solution", key));
    return TestServer.JSON.createObjectNode().<com.fasterxml.jackson.databind.node.ObjectNode>set("status", end)
        .set("solution", sol);
  }

  @Test
  void minMaxShortensTheLongestRouteThatCostKeepsLong() throws Exception {
    Instance in = circle();
    String body = RouteForgeJson.format(in);
    JsonNode cost = solveAsJob("&objective=cost&cpu_time=1.5", body);
    JsonNode minMax = solveAsJob("&objective=min-max", body);
    assertEquals("cost", cost.get("status").get("objective").asText());
    assertEquals(1.5, cost.get("status").get("cpu_time").asDouble(), 1e-9);
    assertEquals("min-max", minMax.get("status").get("objective").asText());
    assertEquals("min-max", minMax.get("solution").get("objective").asText());
    double longCost = longestRoute(in, cost.get("solution"));
    double longMinMax = longestRoute(in, minMax.get("solution"));
    // one tour of the octagon is 8 * 76.5 + 2 * 100 = 812; a quarter of it with its two depot legs 353
    assertTrue(longMinMax < 0.6 * longCost, "min-max " + longMinMax + " vs cost " + longCost);
    assertTrue(cost.get("solution").get("routes").size() < minMax.get("solution").get("routes").size(),
        "cost uses fewer routes: " + cost.get("solution").get("routes").size());
  }

  @Test
  void unknownObjectiveOrBadCpuTimeIsA400() {
    String body = RouteForgeJson.format(circle());
    for (String q : new String[] {"objective=fastest", "cpu_time=-1", "cpu_time=soon"}) {
      HttpResponse<String> r = srv.send("POST", "/v1/vrp/jobs?" + q, key, "application/json", body);
      assertEquals(400, r.statusCode(), q + ": " + r.body());
      assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), q);
      JsonNode p = TestServer.json(r);
      assertEquals("invalid_parameter", p.get("code").asText(), r.body());
      assertTrue(r.body().contains(q.substring(0, q.indexOf('='))), r.body());
    }
    HttpResponse<String> r = srv.send("POST", "/v1/vrp/jobs?objective=fastest", key, "application/json", body);
    assertTrue(r.body().contains("vehicles-then-distance"), "the known objectives are named: " + r.body());
  }
}
