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
 * {@code POST /v1/vroom}: VROOM's documented requests in, VROOM's output shape out; vehicles that
 * differ, skills and shipments are solved; members the reader does not know are a 400 naming each.
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

  /** Three vehicles that differ only in their skills, jobs that need them, and one shipment. */
  static final String THREE_SKILLED_VEHICLES = """
      {"vehicles":[{"id":1,"start_index":0,"end_index":0,"capacity":[3],"skills":[1]},
                   {"id":2,"start_index":0,"end_index":0,"capacity":[3],"skills":[2]},
                   {"id":3,"start_index":0,"end_index":0,"capacity":[3],"skills":[3]}],
       "jobs":[{"id":11,"location_index":1,"delivery":[1],"skills":[1]},
               {"id":12,"location_index":2,"delivery":[1],"skills":[2]},
               {"id":13,"location_index":3,"delivery":[1],"skills":[3]},
               {"id":14,"location_index":4,"delivery":[1]}],
       "shipments":[{"amount":[2],"skills":[2],"pickup":{"id":21,"location_index":5},
                     "delivery":{"id":22,"location_index":1}}],
       "matrices":{"car":{"durations":[[0,5,7,9,4,6],[5,0,3,8,6,4],[7,3,0,5,8,5],[9,8,5,0,6,7],
                                       [4,6,8,6,0,3],[6,4,5,7,3,0]]}}}""";

  /**
   * Vehicles that differ (in skills) and a shipment reach the solver: 200, every task served, each by
   * a vehicle with the skills it needs, the shipment picked up before it is delivered on one vehicle,
   * and the load after each step within capacity, as recomputed here from the request.
   */
  @Test
  void vehiclesThatDifferInSkillsAndAShipmentAreSolved() throws Exception {
    HttpResponse<String> r = srv.send("POST", "/v1/vroom?time_limit=0.5", key, "application/json",
        THREE_SKILLED_VEHICLES);
    assertEquals(200, r.statusCode(), r.body());
    JsonNode out = TestServer.json(r);
    assertEquals(0, out.get("summary").get("unassigned").asInt(), out.toString());
    JsonNode req = new com.fasterxml.jackson.databind.ObjectMapper().readTree(THREE_SKILLED_VEHICLES);
    java.util.Map<Long, Set<Integer>> vehicleSkills = new java.util.HashMap<>();
    for (JsonNode v : req.get("vehicles")) {
      Set<Integer> sk = new HashSet<>();
      v.get("skills").forEach(x -> sk.add(x.asInt()));
      vehicleSkills.put(v.get("id").asLong(), sk);
    }
    java.util.Map<String, Set<Integer>> taskSkills = new java.util.HashMap<>();
    java.util.Map<String, Integer> taskAmount = new java.util.HashMap<>();
    for (JsonNode j : req.get("jobs")) {
      Set<Integer> sk = new HashSet<>();
      if (j.has("skills")) {
        j.get("skills").forEach(x -> sk.add(x.asInt()));
      }
      taskSkills.put("job" + j.get("id").asLong(), sk);
      taskAmount.put("job" + j.get("id").asLong(), j.get("delivery").get(0).asInt());
    }
    taskSkills.put("pickup21", Set.of(2));
    taskSkills.put("delivery22", Set.of(2));
    int served = 0;
    int shipmentRoutes = 0;
    for (JsonNode route : out.get("routes")) {
      Set<Integer> has = vehicleSkills.get(route.get("vehicle").asLong());
      int load = 0;
      for (JsonNode st : route.get("steps")) {
        String type = st.get("type").asText();
        if (type.equals("job") || type.equals("pickup") || type.equals("delivery")) {
          String task = type + st.get("id").asLong();
          assertTrue(has.containsAll(taskSkills.get(task)), task + " on vehicle " + route.get("vehicle"));
          served++;
        }
      }
      // load when leaving: the route's deliveries outside the shipment
      for (JsonNode st : route.get("steps")) {
        if (st.get("type").asText().equals("job")) {
          load += taskAmount.get("job" + st.get("id").asLong());
        }
      }
      boolean picked = false;
      for (JsonNode st : route.get("steps")) {
        switch (st.get("type").asText()) {
          case "job" -> load -= taskAmount.get("job" + st.get("id").asLong());
          case "pickup" -> {
            load += 2;
            picked = true;
          }
          case "delivery" -> {
            assertTrue(picked, "delivered before picked up: " + route);
            load -= 2;
            shipmentRoutes++;
          }
          default -> { }
        }
        assertTrue(load <= 3 && load >= 0, "load " + load + " within capacity 3 on " + route);
        assertEquals(load, st.get("load").get(0).asInt(), "the reported load after each step: " + route);
      }
    }
    assertEquals(6, served, "4 jobs and the shipment's 2 stops");
    assertEquals(1, shipmentRoutes, "pickup and delivery on one route");
  }

  @Test
  void vroomDocsExampleWithSkillsAndAShipmentIsSolved() {
    HttpResponse<String> r = srv.send("POST", "/v1/vroom?time_limit=0.5", key, "application/json",
        SKILLS_SHIPMENT_EXAMPLE);
    assertEquals(200, r.statusCode(), r.body());
    JsonNode out = TestServer.json(r);
    Set<Long> seen = new HashSet<>();
    for (JsonNode route : out.get("routes")) {
      for (JsonNode st : route.get("steps")) {
        if (st.has("id")) {
          seen.add(st.get("id").asLong());
        }
      }
    }
    for (JsonNode u : out.get("unassigned")) {
      seen.add(u.get("id").asLong());
    }
    assertEquals(Set.of(1L, 2L, 3L, 4L), seen, "every task routed or unassigned with a reason: " + out);
  }

  /**
   * Tasks no vehicle can serve (a skill no vehicle has, a demand above every capacity, the pickup of
   * a shipment too heavy for every vehicle) come back unassigned with their reason codes, and the
   * rest is solved: a 200, not a refusal.
   */
  @Test
  void unservableTasksAreUnassignedWithTheirCodeAndTheRestSolved() {
    String body = THREE_SKILLED_VEHICLES
        .replace("{\"id\":14,\"location_index\":4,\"delivery\":[1]}",
            "{\"id\":14,\"location_index\":4,\"delivery\":[1],\"skills\":[9]},"
                + "{\"id\":15,\"location_index\":3,\"delivery\":[7]}")
        .replace("\"amount\":[2]", "\"amount\":[8]");
    HttpResponse<String> r = srv.send("POST", "/v1/vroom?time_limit=0.5", key, "application/json", body);
    assertEquals(200, r.statusCode(), r.body());
    JsonNode out = TestServer.json(r);
    java.util.Map<Long, Integer> codes = new java.util.HashMap<>();
    for (JsonNode u : out.get("unassigned")) {
      codes.put(u.get("id").asLong(), u.get("code").asInt());
    }
    assertEquals(1, codes.get(14L), "skill: " + out.get("unassigned"));
    assertEquals(3, codes.get(15L), "capacity: " + out.get("unassigned"));
    assertEquals(3, codes.get(21L), "the shipment's pickup, capacity: " + out.get("unassigned"));
    assertTrue(codes.containsKey(22L), "the shipment's delivery goes with it: " + out.get("unassigned"));
    assertEquals(4, codes.size(), out.get("unassigned").toString());
    Set<Long> served = new HashSet<>();
    for (JsonNode route : out.get("routes")) {
      for (JsonNode st : route.get("steps")) {
        if (st.get("type").asText().equals("job")) {
          served.add(st.get("id").asLong());
        }
      }
    }
    assertEquals(Set.of(11L, 12L, 13L), served);
  }

  @Test
  void unknownMembersAreA400NamingTheField() {
    JsonNode options = ErrorResponsesTest.problem(srv.send("POST", "/v1/vroom", key, "application/json",
        README_EXAMPLE.replace("}]}", "}],\"options\":{\"g\":true,\"zoom\":3}}")), 400);
    assertTrue(options.get("errors").toString().contains("/options/zoom"), options.toString());
    JsonNode objective = ErrorResponsesTest.problem(srv.send("POST", "/v1/vroom?objective=speed", key,
        "application/json", README_EXAMPLE), 400);
    assertTrue(objective.toString().contains("vehicles-then-distance"), objective.toString());
  }

  /** The objective query parameter reaches the solver: vehicles first serves four jobs with one route. */
  @Test
  void vehiclesFirstObjectiveUsesOneRoute() {
    HttpResponse<String> r = srv.send("POST", "/v1/vroom?time_limit=0.5&objective=vehicles-then-distance", key,
        "application/json", MATRIX_EXAMPLE.replace("\"time_windows\":[[0,10000]]", "\"time_windows\":[[0,20000]]")
            .replace("\"capacity\":[4]", "\"capacity\":[8]"));
    assertEquals(200, r.statusCode(), r.body());
    JsonNode out = TestServer.json(r);
    assertEquals(0, out.get("summary").get("unassigned").asInt(), out.toString());
    assertEquals(1, out.get("summary").get("routes").asInt(), out.toString());
  }
}
