package org.routeforge.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The other capabilities' endpoints: a WSN simulation as a job (queued → finished with lifetime
 * metrics), shortest paths on a graph loaded at start ({@code path: null} when disconnected, 404
 * for an unknown graph), and {@code /v1/matrix} answering 409 (how to configure one) when no road network is configured.
 */
class CapabilityEndpointsTest {
  static TestServer srv;
  static String key;

  @BeforeAll
  static void start() throws Exception {
    Path edges = Files.createTempFile("rf-graph", ".txt");
    Files.writeString(edges, "# a path 1-2-3-4 and a separate edge 10-11\n1 2\n2 3\n3 4\n10 11\n");
    srv = new TestServer(Map.of("graphs", "tiny=" + edges, "max_wsn_nodes", "500"));
    key = srv.key("caps");
  }

  @AfterAll
  static void stop() throws Exception {
    srv.close();
  }

  @Test
  void wsnSimulationRunsAsAJob() throws Exception {
    String body = "{\"protocol\":\"leach\",\"seed\":3,\"config\":{\"nodes\":40,\"rounds\":{\"max_rounds\":400}}}";
    HttpResponse<String> r = srv.send("POST", "/v1/wsn/simulations", key, "application/json", body);
    assertEquals(202, r.statusCode(), r.body());
    String id = TestServer.json(r).get("id").asText();
    JsonNode s = null;
    long end = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    while (System.nanoTime() < end) {
      s = TestServer.json(srv.get("/v1/wsn/simulations/" + id, key));
      if (s.get("status").asText().equals("finished")) {
        break;
      }
      Thread.sleep(200);
    }
    assertEquals("finished", s.get("status").asText(), s.toString());
    JsonNode res = s.get("result");
    assertEquals(40, res.get("nodes").asInt());
    assertEquals("leach", res.get("protocol").asText());
    assertTrue(res.get("rounds").asInt() > 0 && res.get("series_alive").size() > 0);
    assertEquals(404, srv.get("/v1/vrp/jobs/" + id, key).statusCode(), "a simulation is not a VRP job");
    assertEquals(1, TestServer.json(srv.get("/v1/wsn/simulations", key)).get("total").asInt());
    JsonNode bad = ErrorResponsesTest.problem(srv.send("POST", "/v1/wsn/simulations", key, "application/json",
        "{\"protocol\":\"nope\",\"config\":{\"node_file\":\"/etc/passwd\"}}"), 400);
    assertTrue(bad.get("errors").toString().contains("/config/node_file"), bad.toString());
    JsonNode big = ErrorResponsesTest.problem(srv.send("POST", "/v1/wsn/simulations", key, "application/json",
        "{\"config\":{\"nodes\":5000}}"), 422);
    assertEquals("max_wsn_nodes", big.get("limit").asText());
  }

  @Test
  void pathsOnALoadedGraph() {
    for (String method : new String[] {"wormhole", "bidirectional_bfs", "dijkstra"}) {
      HttpResponse<String> r = srv.send("POST", "/v1/paths", key, "application/json",
          "{\"graph\":\"tiny\",\"method\":\"" + method + "\",\"pairs\":[[1,4],[1,10]]}");
      assertEquals(200, r.statusCode(), r.body());
      JsonNode res = TestServer.json(r).get("results");
      assertEquals(3, res.get(0).get("distance").asLong(), method + ": " + res);
      assertEquals("[1,2,3,4]", res.get(0).get("path").toString());
      assertTrue(res.get(1).get("path").isNull(), "no path between components: " + res);
    }
    ErrorResponsesTest.problem(srv.send("POST", "/v1/paths", key, "application/json", "{\"graph\":\"other\",\"source\":1,\"target\":2}"), 404);
    JsonNode v = ErrorResponsesTest.problem(srv.send("POST", "/v1/paths", key, "application/json",
        "{\"graph\":\"tiny\",\"source\":1,\"target\":99}"), 400);
    assertEquals("/target", v.get("errors").get(0).get("pointer").asText());
  }

  @Test
  void matrixWithoutRoadNetworkIs409SayingHowToConfigureIt() {
    JsonNode p = ErrorResponsesTest.problem(srv.send("POST", "/v1/matrix", key, "application/json",
        "{\"locations\":[[7.42,43.73],[7.43,43.74]]}"), 409);
    assertEquals("roads_not_configured", p.get("code").asText());
    assertTrue(p.get("detail").asText().contains("roads_osm"), p.toString());
  }
}
