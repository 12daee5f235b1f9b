package org.routeforge.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.routeforge.data.io.RouteForgeJson;
import org.routeforge.data.model.Instance;
import org.routeforge.data.model.Location;
import org.routeforge.data.model.Rounding;
import org.routeforge.data.model.Shipment;
import org.routeforge.data.model.Stop;
import org.routeforge.data.model.TimeWindow;
import org.routeforge.data.model.VehicleType;

/**
 * A job's solution reports loads in every capacity dimension: each step's load after it, each stop's
 * demand, each route's and the summary's load, recomputed here from the instance and the served order.
 */
class SolutionLoadTest {
  static TestServer srv;
  static String key;

  @BeforeAll
  static void start() throws Exception {
    srv = new TestServer();
    key = srv.key("load");
  }

  @AfterAll
  static void stop() throws Exception {
    srv.close();
  }

  /** Six deliveries with two-dimensional demands and one shipment (stops 6 and 7), two vans of [6, 4]. */
  static Instance twoDimensions() {
    Instance.Builder b = Instance.builder("two-dims");
    b.addLocation(new Location("depot", 0, 0));
    int[][] demand = {{2, 1}, {1, 2}, {3, 0}, {0, 2}, {2, 1}, {1, 1}, {2, 2}, {2, 2}};
    for (int i = 0; i < demand.length; i++) {
      int loc = b.addLocation(new Location("l" + i, 10 * Math.cos(i), 10 * Math.sin(i)));
      b.addStop(new Stop("s" + i, loc, demand[i], 0, List.of(), Set.of(), 0));
    }
    b.addShipment(new Shipment(6, 7));
    b.euclidean(Rounding.EXACT);
    b.addVehicleType(new VehicleType("van", 2, new int[] {6, 4}, 0, 0, TimeWindow.ALWAYS, Double.POSITIVE_INFINITY,
        Double.POSITIVE_INFINITY, Integer.MAX_VALUE, 0, 1, 0, Set.of(), List.of()));
    return b.build();
  }

  @Test
  void everyDimensionIsReported() throws Exception {
    Instance in = twoDimensions();
    HttpResponse<String> r = srv.send("POST", "/v1/vrp/jobs?time_limit=1", key, "application/json",
        RouteForgeJson.format(in));
    assertEquals(202, r.statusCode(), r.body());
    String id = TestServer.json(r).get("id").asText();
    assertEquals("finished", srv.awaitEnd(id, key, Duration.ofSeconds(60)).get("status").asText());
    JsonNode sol = TestServer.json(srv.get("/v1/vrp/jobs/" + id + "/solution", key));
    assertTrue(sol.get("summary").get("feasible").asBoolean(), sol.toString());
    long[] total = new long[2];
    int steps = 0;
    int served = 0;
    for (JsonNode route : sol.get("routes")) {
      List<Integer> stops = new ArrayList<>();
      for (JsonNode st : route.get("steps")) {
        if (st.has("stop_index")) {
          stops.add(st.get("stop_index").asInt());
        }
      }
      long[] load = new long[2];
      long[] routeLoad = new long[2];
      for (int s : stops) {
        for (int d = 0; d < 2; d++) {
          load[d] += s < 6 ? in.stops().get(s).demand(d) : 0; // deliveries are on board from the start
          routeLoad[d] += in.stops().get(s).demand(d);
        }
      }
      for (JsonNode st : route.get("steps")) {
        if (st.has("stop_index")) {
          int s = st.get("stop_index").asInt();
          int sign = s == 6 ? 1 : -1;
          for (int d = 0; d < 2; d++) {
            load[d] += sign * in.stops().get(s).demand(d);
            assertEquals(in.stops().get(s).demand(d), st.get("demand").get(d).asLong(), "demand " + st);
          }
          served++;
        }
        assertEquals(2, st.get("load").size(), "two dimensions: " + st);
        for (int d = 0; d < 2; d++) {
          assertEquals(load[d], st.get("load").get(d).asLong(), "load[" + d + "] after " + st + " on " + route);
          assertTrue(load[d] >= 0 && load[d] <= in.vehicleTypes().get(0).capacity(d), "within capacity: " + route);
        }
        steps++;
      }
      for (int d = 0; d < 2; d++) {
        assertEquals(routeLoad[d], route.get("load").get(d).asLong(), "route load[" + d + "]: " + route);
        total[d] += routeLoad[d];
      }
    }
    assertEquals(8, served, sol.toString());
    assertTrue(steps >= 8 + 2, "start, stops and end were checked: " + steps);
    assertEquals(total[0], sol.get("summary").get("load").get(0).asLong());
    assertEquals(total[1], sol.get("summary").get("load").get(1).asLong());
    assertTrue(total[1] > 0, "the second dimension carries something");
  }
}
