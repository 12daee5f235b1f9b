package org.routeforge.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.routeforge.cli.solve.SolvePlanTest;
import org.routeforge.data.io.RouteForgeJson;

/**
 * RouteForge JSON's {@code plan} over HTTP: the synchronous solve and a job start from the planned
 * routes and keep the locked sequence (read from the answer's routes), and a bad plan is a 400
 * problem naming its JSON pointer.
 */
class PlanEndpointTest {
  static TestServer srv;
  static String key;

  @BeforeAll
  static void start() throws Exception {
    srv = new TestServer();
    key = srv.key("plan");
  }

  @AfterAll
  static void stop() throws Exception {
    srv.close();
  }

  private static String body() {
    return RouteForgeJson.format(SolvePlanTest.instance(), SolvePlanTest.plan());
  }

  /** The stop ids of the routes driven by global vehicle {@code vehicle}. */
  private static List<List<String>> routesOf(JsonNode solution, int vehicle) {
    List<List<String>> out = new ArrayList<>();
    for (JsonNode r : solution.get("routes")) {
      if (r.get("vehicle_index").asInt() == vehicle) {
        List<String> ids = new ArrayList<>();
        for (JsonNode st : r.get("steps")) {
          if (st.get("type").asText().equals("job")) {
            ids.add(st.get("id").asText());
          }
        }
        out.add(ids);
      }
    }
    return out;
  }

  private static void assertLockKept(JsonNode solution) {
    List<List<String>> onVan1 = routesOf(solution, 1);
    assertEquals(1, onVan1.size(), solution.toString());
    List<String> r = onVan1.get(0);
    assertTrue(r.indexOf("s0") >= 0 && r.indexOf("s0") < r.indexOf("s4") && r.indexOf("s4") < r.indexOf("s1"),
        "s0, s4, s1 in sequence on van 1: " + r);
    int served = 0;
    for (JsonNode route : solution.get("routes")) {
      for (JsonNode st : route.get("steps")) {
        served += st.get("type").asText().equals("job") ? 1 : 0;
      }
    }
    assertEquals(8, served, solution.toString());
  }

  @Test
  void synchronousSolveStartsFromThePlanAndKeepsTheLock() {
    HttpResponse<String> r = srv.send("POST", "/v1/vrp/solve?time_limit=1&seed=3", key, "application/json", body());
    assertEquals(200, r.statusCode(), r.body());
    JsonNode n = TestServer.json(r);
    assertTrue(n.get("notes").toString().contains("starts from 2 given route(s) with 1 lock(s)"), n.get("notes").toString());
    assertLockKept(n);
  }

  @Test
  void jobKeepsTheLock() throws Exception {
    HttpResponse<String> r = srv.send("POST", "/v1/vrp/jobs?time_limit=1&seed=3", key, "application/json", body());
    assertEquals(202, r.statusCode(), r.body());
    String id = TestServer.json(r).get("id").asText();
    assertEquals("finished", srv.awaitEnd(id, key, Duration.ofSeconds(60)).get("status").asText());
    assertLockKept(TestServer.json(srv.get("/v1/vrp/jobs/" + id + "/solution", key)));
  }

  @Test
  void badPlanIsA400WithItsPointer() {
    String text = body();
    int plan = text.indexOf("\"plan\"");
    String bad = text.substring(0, plan) + text.substring(plan).replace("\"s4\"", "\"s99\"")
        .replace("\"lock\" : \"sequence\"", "\"lock\" : \"fixed\"");
    for (String path : new String[] {"/v1/vrp/jobs?time_limit=1", "/v1/vrp/solve?time_limit=1"}) {
      HttpResponse<String> r = srv.send("POST", path, key, "application/json", bad);
      assertEquals(400, r.statusCode(), r.body());
      assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), r.headers().toString());
      List<String> pointers = new ArrayList<>();
      TestServer.json(r).get("errors").forEach(e -> pointers.add(e.get("pointer").asText()));
      assertEquals(List.of("/plan/0/lock", "/plan/0/stops/1"), pointers.stream().sorted().toList(), r.body());
    }
  }
}
