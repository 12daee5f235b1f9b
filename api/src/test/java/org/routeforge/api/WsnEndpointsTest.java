package org.routeforge.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A WSN simulation as a job: queued, then finished with lifetime metrics; bad and oversized configs refused. */
class WsnEndpointsTest {
  static TestServer srv;
  static String key;

  @BeforeAll
  static void start() throws Exception {
    srv = new TestServer(Map.of("max_wsn_nodes", "500"));
    key = srv.key("wsn");
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
}
