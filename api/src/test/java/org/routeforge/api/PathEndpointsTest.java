package org.routeforge.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Shortest paths on a graph loaded at start: {@code path: null} when disconnected, 404 for an unknown
 * graph, 400 naming the pointer of an unknown vertex.
 */
class PathEndpointsTest {
  static TestServer srv;
  static String key;

  @BeforeAll
  static void start() throws Exception {
    Path edges = Files.createTempFile("rf-graph", ".txt");
    Files.writeString(edges, "# a path 1-2-3-4 and a separate edge 10-11\n1 2\n2 3\n3 4\n10 11\n");
    srv = new TestServer(Map.of("graphs", "tiny=" + edges));
    key = srv.key("paths");
  }

  @AfterAll
  static void stop() throws Exception {
    srv.close();
  }

  @Test
  void pathsOnALoadedGraph() {
    for (String method : new String[] {"wormhole", "bidirectional-bfs", "dijkstra", "bidirectional-dijkstra"}) {
      HttpResponse<String> r = srv.send("POST", "/v1/paths", key, "application/json",
          "{\"graph\":\"tiny\",\"method\":\"" + method + "\",\"pairs\":[[1,4],[1,10]]}");
      assertEquals(200, r.statusCode(), r.body());
      assertEquals(method, TestServer.json(r).get("method").asText());
      assertTrue(r.headers().firstValue("Deprecation").isEmpty(), method);
      JsonNode res = TestServer.json(r).get("results");
      assertEquals(3, res.get(0).get("distance").asLong(), method + ": " + res);
      assertEquals("[1,2,3,4]", res.get(0).get("path").toString());
      assertTrue(res.get(1).get("path").isNull(), "no path between components: " + res);
    }
    HttpResponse<String> old = srv.send("POST", "/v1/paths", key, "application/json",
        "{\"graph\":\"tiny\",\"method\":\"bidirectional_bfs\",\"source\":1,\"target\":4}");
    assertEquals(200, old.statusCode(), old.body());
    assertEquals("bidirectional-bfs", TestServer.json(old).get("method").asText(), "the old name runs the renamed method");
    assertEquals(3, TestServer.json(old).get("results").get(0).get("distance").asLong());
    assertTrue(old.headers().firstValue("Deprecation").orElse("").startsWith("@"), old.headers().toString());
    assertTrue(TestServer.json(old).get("deprecation").asText().contains("bidirectional-bfs"), old.body());
    JsonNode cliOnly = ErrorResponsesTest.problem(srv.send("POST", "/v1/paths", key, "application/json",
        "{\"graph\":\"tiny\",\"method\":\"wormhole-m\",\"source\":1,\"target\":4}"), 400);
    assertEquals("/method", cliOnly.get("errors").get(0).get("pointer").asText());
    ErrorResponsesTest.problem(srv.send("POST", "/v1/paths", key, "application/json", "{\"graph\":\"other\",\"source\":1,\"target\":2}"), 404);
    JsonNode v = ErrorResponsesTest.problem(srv.send("POST", "/v1/paths", key, "application/json",
        "{\"graph\":\"tiny\",\"source\":1,\"target\":99}"), 400);
    assertEquals("/target", v.get("errors").get(0).get("pointer").asText());
  }
}
