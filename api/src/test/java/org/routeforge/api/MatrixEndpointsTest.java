package org.routeforge.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code /v1/matrix} on a server without a road network: 409 saying how to configure one. */
class MatrixEndpointsTest {
  static TestServer srv;
  static String key;

  @BeforeAll
  static void start() throws Exception {
    srv = new TestServer(Map.of());
    key = srv.key("matrix");
  }

  @AfterAll
  static void stop() throws Exception {
    srv.close();
  }

  @Test
  void matrixWithoutRoadNetworkIs409SayingHowToConfigureIt() {
    JsonNode p = ErrorResponsesTest.problem(srv.send("POST", "/v1/matrix", key, "application/json",
        "{\"locations\":[[7.42,43.73],[7.43,43.74]]}"), 409);
    assertEquals("roads_not_configured", p.get("code").asText());
    assertTrue(p.get("detail").asText().contains("roads_osm"), p.toString());
  }
}
