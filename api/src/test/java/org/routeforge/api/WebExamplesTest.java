package org.routeforge.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The page's examples ({@code /examples/index.json}) do what their descriptions say when solved on
 * {@code POST /v1/vroom} with route geometry, on Malta's roads (great-circle without the extract):
 * every listed file is served, and each feature example's answer shows its feature.
 */
class WebExamplesTest {
  static TestServer srv;
  static String key;

  @BeforeAll
  static void start() throws Exception {
    Path malta = Path.of(System.getProperty("routeforge.data", "../shared/data"), "osm", "malta-2018.osm.pbf");
    if (Files.isRegularFile(malta)) {
      System.setProperty("com.google.protobuf.use_unsafe_pre22_gencode", "true");
      System.setProperty("routeforge.graphs", Path.of("target/graphs").toAbsolutePath().toString());
      srv = new TestServer(Map.of("roads_osm", malta.toString()));
    } else {
      srv = new TestServer();
    }
    key = srv.key("examples");
  }

  @AfterAll
  static void stop() throws Exception {
    srv.close();
  }

  /** The example solved on /v1/vroom; every route has its geometry. */
  private static JsonNode solve(String file) {
    HttpResponse<String> ex = srv.get("/examples/" + file, null);
    assertEquals(200, ex.statusCode(), file);
    HttpResponse<String> r = srv.send("POST", "/v1/vroom?time_limit=1", key, "application/json", ex.body());
    assertEquals(200, r.statusCode(), () -> file + ": " + r.body());
    JsonNode out = TestServer.json(r);
    assertTrue(out.get("routes").size() > 0, file + ": routes");
    for (JsonNode route : out.get("routes")) {
      assertTrue(route.path("geometry").isTextual(), () -> file + ": geometry of " + route);
    }
    return out;
  }

  private static Set<Long> unassigned(JsonNode out, String reason) {
    Set<Long> ids = new TreeSet<>();
    for (JsonNode u : out.get("unassigned")) {
      assertTrue(u.get("reason").asText().startsWith(reason + ":"), () -> "reason " + reason + ": " + u);
      ids.add(u.get("id").asLong());
    }
    return ids;
  }

  private static Set<Long> served(JsonNode out) {
    Set<Long> ids = new TreeSet<>();
    for (JsonNode r : out.get("routes")) {
      for (JsonNode st : r.get("steps")) {
        if (st.get("type").asText().equals("job")) {
          ids.add(st.get("id").asLong());
        }
      }
    }
    return ids;
  }

  @Test
  void everyExampleIsListedAndServed() throws Exception {
    JsonNode index = TestServer.json(srv.get("/examples/index.json", null));
    assertTrue(index.get("examples").size() >= 9, "examples listed");
    Set<String> listed = new TreeSet<>();
    for (JsonNode e : index.get("examples")) {
      listed.add(e.get("file").asText());
      assertEquals(200, srv.get("/examples/" + e.get("file").asText(), null).statusCode(), e.toString());
      assertFalse(e.get("description").asText().isBlank(), e.toString());
    }
    Set<String> files = new TreeSet<>();
    try (var dir = Files.list(Path.of("src/main/resources/web/examples"))) {
      dir.map(f -> f.getFileName().toString()).filter(f -> !f.equals("index.json")).forEach(files::add);
    }
    assertEquals(files, listed, "the page's list (examples/index.json) names every example file");
  }

  @Test
  void skills() {
    JsonNode out = solve("skills.vroom.json");
    assertEquals(Set.of(6L, 7L), unassigned(out, "skill"));
    assertEquals(Set.of(1L, 2L, 3L, 4L, 5L), served(out));
  }

  @Test
  void severalTimeWindows() {
    JsonNode out = solve("time-windows.vroom.json");
    assertEquals(Set.of(7L), unassigned(out, "time_window"));
  }

  @Test
  void shipmentsWithSkills() {
    JsonNode out = solve("shipments-skills.vroom.json");
    assertEquals(Set.of(3L), unassigned(out, "skill"));
    int pickups = 0;
    for (JsonNode r : out.get("routes")) {
      Set<Long> picked = new TreeSet<>();
      for (JsonNode st : r.get("steps")) {
        if (st.get("type").asText().equals("pickup")) {
          picked.add(st.get("id").asLong());
          pickups++;
        } else if (st.get("type").asText().equals("delivery")) {
          assertTrue(picked.contains(st.get("id").asLong()), "delivered after its pickup on the same route: " + st);
        }
      }
    }
    assertEquals(4, pickups, "the four shipments are served");
  }

  @Test
  void breaks() {
    JsonNode out = solve("breaks.vroom.json");
    for (JsonNode r : out.get("routes")) {
      int breaks = 0;
      for (JsonNode st : r.get("steps")) {
        breaks += st.get("type").asText().equals("break") ? 1 : 0;
      }
      assertEquals(1, breaks, "a break on the route of vehicle " + r.get("vehicle"));
    }
    assertEquals(0, out.get("unassigned").size(), out.get("unassigned").toString());
  }

  @Test
  void mixedFleetAndPriorities() {
    JsonNode fleet = solve("mixed-fleet.vroom.json");
    assertEquals(0, fleet.get("unassigned").size(), "30 units need the truck too: " + fleet.get("unassigned"));
    JsonNode prio = solve("priorities.vroom.json");
    assertEquals(Set.of(1L, 2L, 3L), served(prio), "the three jobs of priority 100 are the ones served");
  }

  @Test
  void openRoutesAndMaxTasks() {
    JsonNode open = solve("open-routes.vroom.json");
    for (JsonNode r : open.get("routes")) {
      JsonNode steps = r.get("steps");
      String without = r.get("vehicle").asLong() == 1 ? "end" : "start";
      JsonNode st = without.equals("end") ? steps.get(steps.size() - 1) : steps.get(0);
      assertEquals(without, st.get("type").asText());
      assertFalse(st.has("location"), () -> "vehicle " + r.get("vehicle") + " has no " + without + " place: " + st);
    }
    JsonNode max = solve("max-tasks.vroom.json");
    for (JsonNode r : max.get("routes")) {
      int tasks = 0;
      for (JsonNode st : r.get("steps")) {
        tasks += st.get("type").asText().equals("job") ? 1 : 0;
      }
      assertTrue(tasks <= 3, "at most 3 tasks: " + tasks);
    }
    assertEquals(2, max.get("unassigned").size(), max.get("unassigned").toString());
  }
}
