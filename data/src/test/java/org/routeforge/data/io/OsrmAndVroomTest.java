package org.routeforge.data.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.routeforge.data.catalog.DataDir;
import org.routeforge.data.io.osrm.OsrmTable;
import org.routeforge.data.io.vroom.VroomInput;
import org.routeforge.data.io.vroom.VroomSolution;
import org.routeforge.data.model.Instance;
import org.routeforge.data.model.TravelMatrix;

/** Real OSRM responses, VROOM input mapping and strictness, VROOM output shape. */
class OsrmAndVroomTest {
  @Test
  void osrmTableMatchesTheInstanceBuiltFromIt() throws Exception {
    Path dir = DataDir.resolve().resolve("vrp/real/osrm");
    OsrmTable t = OsrmTable.read(dir.resolve("OSRM-Andorra-C-n100.osrm-table.json.gz"));
    Instance in = InstanceFiles.read(dir.resolve("OSRM-Andorra-C-n100.vrp.gz"));
    assertEquals(101, t.rows());
    TravelMatrix d = t.durationMatrix();
    for (int i = 0; i < 101; i++) {
      for (int j = 0; j < 101; j++) {
        assertEquals(Math.floor(d.get(i, j) + 0.5), in.distances().get(i, j), 1e-9, i + "," + j);
      }
    }
    Instance road = t.applyTo(in);
    assertTrue(road.geographic());
    assertTrue(road.hasSeparateDurations());
    assertEquals(in.locations().get(0).x(), road.locations().get(0).x(), 1e-6);
    assertEquals(t, OsrmTable.parse(t.format(), "again"));
  }

  /** The streamed response has OSRM's precision: every value within 0.05 of the exact one, one decimal at most. */
  @Test
  void streamedTableHasOsrmPrecision() throws Exception {
    java.util.SplittableRandom rnd = new java.util.SplittableRandom(3);
    int n = 30;
    double[] dur = new double[n * n];
    double[] dist = new double[n * n];
    for (int k = 0; k < dur.length; k++) {
      dur[k] = k % 7 == 0 ? Math.floor(rnd.nextDouble(0, 5000)) : rnd.nextDouble(0, 5000);
      dist[k] = rnd.nextDouble(0, 90_000);
    }
    dur[5] = Double.POSITIVE_INFINITY;
    dist[5] = Double.POSITIVE_INFINITY;
    List<OsrmTable.Waypoint> wps = new java.util.ArrayList<>();
    for (int i = 0; i < n; i++) {
      wps.add(new OsrmTable.Waypoint(7.4 + i * 1.234567891e-3, 43.7 + i * 1e-7, "", rnd.nextDouble(0, 300)));
    }
    OsrmTable t = new OsrmTable(n, n, dur, dist, wps, wps);
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    t.writeOsrmPrecision(out);
    String text = out.toString(java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(!text.contains(" ") && !text.contains("E"), "compact, no exponents");
    OsrmTable back = OsrmTable.parse(text, "streamed");
    int checked = 0;
    for (int k = 0; k < dur.length; k++) {
      if (k == 5) {
        assertEquals(Double.POSITIVE_INFINITY, back.durations()[k]);
        assertEquals(Double.POSITIVE_INFINITY, back.distances()[k]);
        continue;
      }
      assertEquals(dur[k], back.durations()[k], 0.05 + 1e-9, "duration " + k);
      assertEquals(dist[k], back.distances()[k], 0.05 + 1e-9, "distance " + k);
      assertEquals(Math.rint(back.distances()[k] * 10), back.distances()[k] * 10, 1e-6, "tenths " + k);
      checked++;
    }
    assertEquals(n * n - 1, checked);
    for (int i = 0; i < n; i++) {
      assertEquals(wps.get(i).lon(), back.sources().get(i).lon(), 5e-7);
      assertEquals(wps.get(i).lat(), back.destinations().get(i).lat(), 5e-7);
    }
    String tables = text.substring(text.indexOf("\"durations\""), text.indexOf("\"sources\""));
    int decimals = 0;
    int numbers = 0;
    for (String num : tables.replaceAll("\"[a-z]+\"", "").split("[^0-9.]+")) {
      if (!num.isEmpty()) {
        numbers++;
        decimals = Math.max(decimals, num.contains(".") ? num.length() - num.indexOf('.') - 1 : 0);
      }
    }
    assertEquals(2 * n * n - 2, numbers, "every reachable cell written as a number");
    assertEquals(1, decimals, "matrix values have one decimal at most");
  }

  @Test
  void osrmNullsAreUnreachable() throws Exception {
    OsrmTable t = OsrmTable.parse("{\"code\":\"Ok\",\"durations\":[[0,null],[5.5,0]]}", "t.json");
    assertEquals(Double.POSITIVE_INFINITY, t.durationMatrix().get(0, 1));
    assertTrue(t.format().contains("[[0,null],[5.5,0]]"), t.format());
    InputException e = assertThrows(InputException.class,
        () -> OsrmTable.parse("{\"code\":\"Ok\",\"durations\":[[0,1],[2]]}", "bad.json"));
    assertTrue(e.getMessage().contains("/durations/1"), e.getMessage());
  }

  /** OSRM's sub-metre negative distances between points on one segment read as 0; real negatives fail. */
  @Test
  void osrmSnapNoiseIsClampedButNegativesAreRejected() throws Exception {
    OsrmTable t = OsrmTable.parse("{\"code\":\"Ok\",\"distances\":[[0,-0.4],[12.5,0]]}", "t.json");
    assertEquals(0.0, t.distanceMatrix().get(0, 1));
    InputException e = assertThrows(InputException.class,
        () -> OsrmTable.parse("{\"code\":\"Ok\",\"distances\":[[0,-5],[12.5,0]]}", "bad.json"));
    assertTrue(e.getMessage().contains("/distances/0/1"), e.getMessage());
  }

  static final String VROOM = "{\"vehicles\":[{\"id\":7,\"start_index\":0,\"end_index\":0,\"capacity\":[4,2],"
      + "\"time_window\":[0,1000],\"skills\":[1],\"breaks\":[{\"id\":1,\"time_windows\":[[100,200]],\"service\":30}]}],"
      + "\"jobs\":[{\"id\":11,\"location\":[7.42,43.73],\"location_index\":1,\"service\":60,\"delivery\":[1,1],"
      + "\"skills\":[1],\"priority\":5,\"time_windows\":[[0,300],[500,800]],\"description\":\"shop\"}],"
      + "\"shipments\":[{\"amount\":[1,0],\"pickup\":{\"id\":3,\"location_index\":1},\"delivery\":{\"id\":3,"
      + "\"location_index\":2}}],"
      + "\"matrices\":{\"car\":{\"durations\":[[0,10,20],[10,0,15],[20,15,0]],"
      + "\"distances\":[[0,100,200],[100,0,150],[200,150,0]]}}}";

  @Test
  void vroomInputMapsEveryField() throws Exception {
    Instance in = VroomInput.parse(VROOM, "v.json", "v").instance();
    assertEquals(3, in.stops().size());
    assertEquals("11", in.stops().get(0).id());
    assertEquals("pickup-3", in.stops().get(1).id());
    assertEquals("delivery-3", in.stops().get(2).id());
    assertEquals(2, in.stops().get(0).timeWindows().size());
    assertEquals(1, in.shipments().size());
    assertTrue(in.geographic());
    assertEquals(7.42, in.locations().get(1).x());
    assertEquals(20, in.durations().get(0, 2));
    assertEquals(200, in.distances().get(0, 2));
    assertEquals("7", in.vehicleTypes().get(0).id());
    assertEquals(1, in.vehicleTypes().get(0).breaks().size());
    assertEquals(List.of(), VroomInput.limitations(in));
    Instance back = VroomInput.parse(VroomInput.format(in), "again", "v").instance();
    assertEquals(in, back);
  }

  @Test
  void unsupportedVroomFieldsAreReportedByPointer() {
    String bad = VROOM.replace("\"service\":60", "\"service\":60,\"setup\":5,\"pickup\":[1,0]")
        .replace("\"capacity\":[4,2]", "\"capacity\":[4,2],\"max_travel_time\":100");
    InputException e = assertThrows(InputException.class, () -> VroomInput.parse(bad, "bad.json", "bad"));
    String m = e.getMessage();
    assertTrue(m.contains("bad.json at /jobs/0/setup"), m);
    assertTrue(m.contains("bad.json at /jobs/0/pickup"), m);
    assertTrue(m.contains("bad.json at /vehicles/0/max_travel_time: max_travel_time: a limit on travel time"), m);
  }

  @Test
  void vroomSolutionHasVroomFieldNamesAndRoundTrips() throws Exception {
    VroomSolution s = new VroomSolution(0,
        new VroomSolution.Summary(30, 1, 1, 0, 60, 30, 5, 5, 300L, new int[] {1}, new int[] {0}, List.of(),
            new VroomSolution.ComputingTimes(3, 20, 0)),
        List.of(new VroomSolution.Unassigned(3, "pickup", null, 1, null, 1, "capacity")),
        List.of(new VroomSolution.Route(7, 30, "van", 0, 60, 30, 5, 5, 300L, new int[] {1}, new int[] {0}, List.of(
            new VroomSolution.Step("start", null, null, null, null, 0, 0, 0, 0, new int[] {1}, 0, 0, 0L, null),
            new VroomSolution.Step("job", 11L, 11L, "shop", new double[] {7.42, 43.73}, 1, 0, 60, 5, new int[] {0}, 10,
                10, 100L, List.of(new VroomSolution.Violation("delay", 4L))),
            new VroomSolution.Step("end", null, null, null, null, 0, 0, 0, 0, new int[] {0}, 80, 20, 200L, null)),
            List.of())), List.of("/vehicles/0/colour"));
    String text = s.format();
    assertTrue(text.contains("\"waiting_time\" : 5"), text);
    assertTrue(text.contains("\"location_index\" : 1"), text);
    assertTrue(text.contains("\"computing_times\" : {"), text);
    assertTrue(text.contains("\"ignored_fields\" : [ \"/vehicles/0/colour\" ]"), text);
    assertTrue(text.contains("\"cause\" : \"delay\""), text);
    assertEquals(text, VroomSolution.parse(text, "out.json").format());
  }

  @Test
  void vroomStepsBecomeWarmStartAndPinsAndUnknownFieldsAreListed() throws Exception {
    String withSteps = VROOM.replace("\"skills\":[1],\"breaks\"", "\"skills\":[1],\"colour\":\"red\",\"steps\":["
        + "{\"type\":\"start\"},{\"type\":\"pickup\",\"id\":3},{\"type\":\"break\",\"id\":1},"
        + "{\"type\":\"job\",\"id\":11,\"service_after\":550,\"service_before\":700},"
        + "{\"type\":\"delivery\",\"id\":3},{\"type\":\"end\"}],\"breaks\"")
        .replace("\"matrices\"", "\"extra\":1,\"matrices\"");
    VroomInput.Request r = VroomInput.request(org.routeforge.data.io.JsonFields.parse(withSteps, "s.json"), "s.json", "s");
    assertEquals(List.of("/extra", "/vehicles/0/colour"), r.ignoredFields());
    assertEquals(1, r.plan().size());
    org.routeforge.data.model.PlannedRoute st = r.plan().get(0);
    assertEquals(0, st.vehicleType());
    assertEquals(List.of(1, 0, 2), java.util.Arrays.stream(st.stops()).boxed().toList());
    assertEquals(org.routeforge.data.model.PlannedRoute.Lock.SEQUENCE, st.lock());
    assertEquals(List.of(0), java.util.Arrays.stream(st.locked()).boxed().toList());
    // the job's windows [0,300] and [500,800] narrowed to [550,700]
    assertEquals(List.of(new org.routeforge.data.model.TimeWindow(550, 700)),
        r.parsed().instance().stops().get(0).timeWindows());
    assertEquals("shop", r.stopDescriptions().get(0));

    String split = withSteps.replace("{\"type\":\"delivery\",\"id\":3},", "");
    InputException e = assertThrows(InputException.class, () -> VroomInput.parse(split, "split.json", "split"));
    assertTrue(e.getMessage().contains("split.json at /vehicles/0/steps/1/id"), e.getMessage());
    String late = withSteps.replace("\"service_before\":700", "\"service_before\":520");
    e = assertThrows(InputException.class, () -> VroomInput.parse(late, "late.json", "late"));
    assertTrue(e.getMessage().contains("late.json at /vehicles/0/steps/3"), e.getMessage());
  }

  @Test
  void commonSpeedFactorDividesDurationsAndDifferentOnesAreRefused() throws Exception {
    Instance in = VroomInput.parse(VROOM.replace("\"id\":7,", "\"id\":7,\"speed_factor\":2,"), "f.json", "f").instance();
    assertEquals(10, in.durations().get(0, 2));
    assertEquals(200, in.distances().get(0, 2));
    String two = VROOM.replace("{\"id\":7,", "{\"id\":8,\"start_index\":0,\"speed_factor\":1.5},{\"id\":7,");
    InputException e = assertThrows(InputException.class, () -> VroomInput.parse(two, "two.json", "two"));
    assertTrue(e.getMessage().contains("two.json at /vehicles/1/speed_factor"), e.getMessage());
  }
}
