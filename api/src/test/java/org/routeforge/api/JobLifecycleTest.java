package org.routeforge.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The job life cycle on a real server (random loopback port, embedded H2): submit → poll → solution
 * for an X instance, server-sent events with strictly improving costs, cancel keeping the best
 * solution, tenant-scoped listing, and the synchronous solve.
 */
class JobLifecycleTest {
  static TestServer srv;
  static String key;

  @BeforeAll
  static void start() throws Exception {
    srv = new TestServer(Map.of("poll_interval_s", "5"));
    key = srv.key("acme");
  }

  @AfterAll
  static void stop() throws Exception {
    srv.close();
  }

  /** An X instance goes through queued/running to finished with a feasible-or-reported solution in both formats. */
  @Test
  void submitPollSolutionForAnXInstance() throws Exception {
    String vrp = TestServer.dataFile("vrp/cvrp/X/X-n101-k25.vrp");
    HttpResponse<String> r = srv.send("POST", "/v1/vrp/jobs?time_limit=2&seed=7", key, "text/x-vrplib", vrp);
    assertEquals(202, r.statusCode(), r.body());
    String id = TestServer.json(r).get("id").asText();
    assertEquals("/v1/vrp/jobs/" + id, r.headers().firstValue("Location").orElseThrow());
    JsonNode end = srv.awaitEnd(id, key, Duration.ofSeconds(60));
    assertEquals("finished", end.get("status").asText(), end.toString());
    assertEquals(7, end.get("seed").asLong());
    assertTrue(end.get("timings").get("processing_ms").asLong() >= 0);
    JsonNode sol = TestServer.json(srv.get("/v1/vrp/jobs/" + id + "/solution", key));
    assertEquals(end.get("best").get("cost").asDouble(), sol.get("summary").get("cost").asDouble(), 1e-6);
    int served = 0;
    for (JsonNode route : sol.get("routes")) {
      for (JsonNode step : route.get("steps")) {
        if (step.get("type").asText().equals("job")) {
          served++;
        }
      }
    }
    assertEquals(100, served + sol.get("unassigned").size(), "every stop is routed or reported");
    String text = srv.get("/v1/vrp/jobs/" + id + "/solution?format=vrplib", key).body();
    assertTrue(text.contains("Route #1:") && text.contains("Cost "), text);
    JsonNode full = TestServer.json(srv.get("/v1/vrp/jobs/" + id, key));
    assertTrue(full.get("solution").has("routes"));
  }

  /** The event stream sends a status, then progress events whose costs only go down, then the end. */
  @Test
  void eventsStreamImprovingCosts() throws Exception {
    String vrp = TestServer.dataFile("vrp/cvrp/X/X-n101-k25.vrp");
    String id = TestServer.json(srv.send("POST", "/v1/vrp/jobs?time_limit=3", key, "text/x-vrplib", vrp)).get("id").asText();
    HttpRequest req = HttpRequest.newBuilder(URI.create(srv.base() + "/v1/vrp/jobs/" + id + "/events"))
        .header("Authorization", "Bearer " + key).header("Accept", "text/event-stream").build();
    HttpResponse<java.io.InputStream> resp = srv.http.send(req, HttpResponse.BodyHandlers.ofInputStream());
    assertEquals(200, resp.statusCode());
    List<String> events = new ArrayList<>();
    List<Double> costs = new ArrayList<>();
    List<Boolean> feasible = new ArrayList<>();
    double lastFraction = 0;
    try (BufferedReader in = new BufferedReader(new InputStreamReader(resp.body(), StandardCharsets.UTF_8))) {
      String event = null;
      for (String line; (line = in.readLine()) != null; ) {
        if (line.startsWith("event:")) {
          event = line.substring(6).trim();
          events.add(event);
        } else if (line.startsWith("data:") && "progress".equals(event)) {
          JsonNode p = TestServer.JSON.readTree(line.substring(5));
          double fraction = p.get("progress").asDouble();
          assertTrue(fraction >= lastFraction - 1e-9 && fraction <= 1, "progress " + fraction + " after " + lastFraction);
          lastFraction = fraction;
          if (!p.get("cost").isNull()) { // null: a periodic event before the first solution
            costs.add(p.get("cost").asDouble());
            feasible.add(p.get("feasible").asBoolean());
          }
        } else if (line.startsWith("data:") && "end".equals(event)) {
          break;
        }
      }
    }
    assertEquals("status", events.get(0));
    assertEquals("end", events.get(events.size() - 1));
    assertFalse(costs.isEmpty(), "at least one progress event");
    // each event carries the best so far: a new best, or the same best again once a second
    int improvements = 0;
    for (int i = 1; i < costs.size(); i++) {
      boolean better = (feasible.get(i) && !feasible.get(i - 1))
          || (feasible.get(i) == feasible.get(i - 1) && costs.get(i) < costs.get(i - 1));
      boolean same = feasible.get(i) == feasible.get(i - 1) && costs.get(i).equals(costs.get(i - 1));
      assertTrue(better || same, "event " + i + " is never worse: " + costs + " " + feasible);
      improvements += better ? 1 : 0;
    }
    assertTrue(improvements > 0, "the stream shows improvements: " + costs);
  }

  /** Cancelling a running job stops it early and keeps its best solution. */
  @Test
  void cancelKeepsTheBestSolution() throws Exception {
    String vrp = TestServer.dataFile("vrp/cvrp/X/X-n101-k25.vrp");
    String id = TestServer.json(srv.send("POST", "/v1/vrp/jobs?time_limit=120", key, "text/x-vrplib", vrp)).get("id").asText();
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    JsonNode st;
    do {
      Thread.sleep(200);
      st = TestServer.json(srv.get("/v1/vrp/jobs/" + id + "/status", key));
    } while (System.nanoTime() < deadline && (st.get("best").isNull() || !st.get("status").asText().equals("running")));
    assertFalse(st.get("best").isNull(), "a best solution appears while running: " + st);
    long t0 = System.nanoTime();
    JsonNode after = TestServer.json(srv.send("DELETE", "/v1/vrp/jobs/" + id, key, null, null));
    JsonNode end = srv.awaitEnd(id, key, Duration.ofSeconds(20));
    assertTrue(System.nanoTime() - t0 < Duration.ofSeconds(20).toNanos());
    assertEquals("cancelled", end.get("status").asText(), end + " / " + after);
    assertEquals("cancelled", end.get("stop_reason").asText());
    JsonNode sol = TestServer.json(srv.get("/v1/vrp/jobs/" + id + "/solution", key));
    assertNotNull(sol.get("summary"));
    assertTrue(sol.get("summary").get("cost").asDouble() <= st.get("best").get("cost").asDouble() + 1e-9);
    // Idempotent: cancelling again answers the same final state.
    assertEquals("cancelled", TestServer.json(srv.send("DELETE", "/v1/vrp/jobs/" + id, key, null, null)).get("status").asText());
  }

  /** A tenant lists only its own jobs, newest first, with paging. */
  @Test
  void listIsPagedAndPerTenant() throws Exception {
    String other = srv.key("tenant-list");
    for (int i = 0; i < 3; i++) {
      assertEquals(202, srv.send("POST", "/v1/vrp/jobs?time_limit=0.2&name=list" + i, other, "text/plain",
          TestServer.smallVrplib(10, i)).statusCode());
    }
    JsonNode page = TestServer.json(srv.get("/v1/vrp/jobs?limit=2", other));
    assertEquals(3, page.get("total").asLong());
    assertEquals(2, page.get("jobs").size());
    assertEquals("list2", page.get("jobs").get(0).get("name").asText());
    assertTrue(page.has("next"));
    JsonNode rest = TestServer.json(srv.get("/v1/vrp/jobs?limit=2&offset=2", other));
    assertEquals(1, rest.get("jobs").size());
    for (JsonNode j : TestServer.json(srv.get("/v1/vrp/jobs?limit=200", key)).get("jobs")) {
      assertFalse(j.get("name").asText().startsWith("list"), "other tenant's job listed");
    }
  }

  /** The synchronous endpoint answers a small instance with a solution within its cap. */
  @Test
  void synchronousSolve() {
    HttpResponse<String> r = srv.send("POST", "/v1/vrp/solve?time_limit=0.5", key, "text/plain", TestServer.smallVrplib(20, 3));
    assertEquals(200, r.statusCode(), r.body());
    JsonNode sol = TestServer.json(r);
    assertEquals("finished", sol.get("status").asText());
    assertTrue(sol.get("summary").get("routes").asInt() > 0);
  }
}
