package org.routeforge.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /v1/vroom}: VROOM's documented requests in, VROOM's output shape out; features the
 * engines cannot honour are a 400 naming each field, never dropped.
 */
class VroomEndpointTest {
  /** The request of vroom-express's README (VROOM project docs), without its "options" member. */
  static final String README_EXAMPLE = """
      {"vehicles":[{"id":0,"start":[2.3526,48.8604],"end":[2.3526,48.8604]}],
       "jobs":[{"id":0,"location":[2.3691,48.8532]},{"id":1,"location":[2.2911,48.8566]}]}""";

  /** A VROOM request with a custom matrix (docs/API.md "matrices"), capacities, service and windows. */
  static final String MATRIX_EXAMPLE = """
      {"vehicles":[{"id":1,"start_index":0,"end_index":0,"capacity":[4],"time_window":[0,20000]},
                   {"id":2,"start_index":0,"end_index":0,"capacity":[4],"time_window":[0,20000]}],
       "jobs":[{"id":11,"location_index":1,"service":300,"delivery":[1],"time_windows":[[0,10000]]},
               {"id":12,"location_index":2,"service":300,"delivery":[2]},
               {"id":13,"location_index":3,"service":300,"delivery":[2]},
               {"id":14,"location_index":4,"service":300,"delivery":[3]}],
       "matrices":{"car":{"durations":[[0,600,900,1200,700],[600,0,300,800,500],[900,300,0,400,650],
                                       [1200,800,400,0,300],[700,500,650,300,0]]}}}""";

  /** VROOM's main docs example (docs/API.md): vehicles with different skills and a shipment. */
  static final String SKILLS_SHIPMENT_EXAMPLE = """
      {"vehicles":[{"id":1,"start":[2.35044,48.71764],"end":[2.35044,48.71764],"capacity":[4],"skills":[1,14],"time_window":[28800,43200]},
                   {"id":2,"start":[2.35044,48.71764],"end":[2.35044,48.71764],"capacity":[4],"skills":[2,14],"time_window":[28800,43200]}],
       "jobs":[{"id":1,"service":300,"delivery":[1],"location":[1.98935,48.701],"skills":[1],"time_windows":[[32400,36000]]},
               {"id":2,"service":300,"delivery":[1],"location":[2.03655,48.61128],"skills":[1]}],
       "shipments":[{"amount":[1],"skills":[2],"pickup":{"id":4,"service":300,"location":[2.41808,49.22619]},
                     "delivery":{"id":3,"service":300,"location":[2.39719,49.07611]}}]}""";

  static TestServer srv;
  static String key;

  @BeforeAll
  static void start() throws Exception {
    srv = new TestServer();
    key = srv.key("vroom");
  }

  @AfterAll
  static void stop() throws Exception {
    srv.close();
  }

  static void assertVroomShape(JsonNode out, Set<Long> jobIds) {
    assertEquals(0, out.get("code").asInt(), out.toString());
    JsonNode s = out.get("summary");
    for (String f : new String[] {"cost", "routes", "unassigned", "service", "duration", "waiting_time"}) {
      assertTrue(s.has(f), "summary." + f + " in " + s);
    }
    Set<Long> seen = new HashSet<>();
    for (JsonNode r : out.get("routes")) {
      assertTrue(r.has("vehicle") && r.has("cost") && r.has("duration") && r.has("steps"), r.toString());
      JsonNode steps = r.get("steps");
      assertEquals("start", steps.get(0).get("type").asText());
      assertEquals("end", steps.get(steps.size() - 1).get("type").asText());
      long lastArrival = Long.MIN_VALUE;
      for (JsonNode st : steps) {
        assertTrue(st.get("arrival").asLong() >= lastArrival, "arrivals do not go back in time: " + r);
        lastArrival = st.get("arrival").asLong();
        if (st.get("type").asText().equals("job")) {
          seen.add(st.get("id").asLong());
        }
      }
    }
    for (JsonNode u : out.get("unassigned")) {
      seen.add(u.get("id").asLong());
    }
    assertEquals(jobIds, seen, "every job is routed or unassigned");
  }

  @Test
  void readmeExampleWithCoordinatesOnly() {
    HttpResponse<String> r = srv.send("POST", "/v1/vroom?time_limit=0.3", key, "application/json", README_EXAMPLE);
    assertEquals(200, r.statusCode(), r.body());
    JsonNode out = TestServer.json(r);
    assertVroomShape(out, Set.of(0L, 1L));
    assertEquals(1, out.get("summary").get("routes").asInt());
    assertEquals(2.3526, out.get("routes").get(0).get("steps").get(0).get("location").get(0).asDouble(), 1e-9);
    assertTrue(out.get("summary").get("distance").asLong() > 5000, "great-circle metres across Paris");
    assertEquals("great-circle at 50 km/h (no road network loaded)", out.get("routing").asText());
    assertTrue(!out.get("routes").get(0).has("geometry"), "geometry only when asked for");
  }

  @Test
  void matrixExampleWithCapacitiesAndWindows() {
    HttpResponse<String> r = srv.send("POST", "/v1/vroom?time_limit=0.3", key, "application/json", MATRIX_EXAMPLE);
    assertEquals(200, r.statusCode(), r.body());
    JsonNode out = TestServer.json(r);
    assertVroomShape(out, Set.of(11L, 12L, 13L, 14L));
    assertEquals(0, out.get("summary").get("unassigned").asInt());
    for (JsonNode route : out.get("routes")) {
      assertTrue(route.get("vehicle").asLong() == 1 || route.get("vehicle").asLong() == 2);
      assertTrue(route.get("delivery").get(0).asInt() <= 4, "capacity respected: " + route);
    }
  }

  @Test
  void unsupportedFeaturesAreA400NamingEachField() {
    JsonNode p = ErrorResponsesTest.problem(srv.send("POST", "/v1/vroom", key, "application/json", SKILLS_SHIPMENT_EXAMPLE), 400);
    assertEquals(2, p.get("vroom_code").asInt());
    String all = p.get("errors").toString();
    assertTrue(all.contains("/shipments"), all);
    assertTrue(all.contains("/vehicles/1"), all);
    JsonNode options = ErrorResponsesTest.problem(srv.send("POST", "/v1/vroom", key, "application/json",
        README_EXAMPLE.replace("}]}", "}],\"options\":{\"g\":true,\"zoom\":3}}")), 400);
    assertTrue(options.get("errors").toString().contains("/options/zoom"), options.toString());
  }
}
