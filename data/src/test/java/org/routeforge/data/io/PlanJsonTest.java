package org.routeforge.data.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.routeforge.data.io.vroom.VroomInput;
import org.routeforge.data.model.PlannedRoute;
import org.routeforge.data.model.PlannedRoute.Lock;

/** RouteForge JSON's {@code plan}: read, written back, shared with VROOM steps, and every bad plan named by pointer. */
class PlanJsonTest {
  /** Two vehicle types, five stops, one shipment (stops p, d); the plan is spliced in for {@code PLAN}. */
  static final String DOC = """
      {"format": "routeforge/1", "name": "plan",
       "locations": [{"id": "depot", "x": 0, "y": 0}, {"id": "l1", "x": 3, "y": 4}, {"id": "l2", "x": 6, "y": 8},
                     {"id": "l3", "x": -5, "y": 0}, {"id": "l4", "x": 0, "y": -7}],
       "distances": {"rounding": "NINT"},
       "stops": [{"id": "a", "location": 1, "demand": [1]}, {"id": "b", "location": 2, "demand": [1]},
                 {"id": "c", "location": 3, "demand": [1]}, {"id": "p", "location": 4, "demand": [1]},
                 {"id": "d", "location": 1, "demand": [1]}],
       "shipments": [{"pickup": 3, "delivery": 4}],
       "vehicleTypes": [{"id": "van", "count": 2, "capacity": [5], "start": 0, "end": 0},
                        {"id": "truck", "count": 1, "capacity": [9], "start": 0, "end": 0}]PLAN}""";

  private static String doc(String plan) {
    return DOC.replace("PLAN", plan);
  }

  private static final String GOOD = doc(", \"plan\": [{\"vehicle\": \"van\", \"index\": 1, \"stops\": [\"b\", \"p\", \"a\", \"d\"],"
      + " \"lock\": \"sequence\", \"locked\": [\"p\", \"d\"]}, {\"vehicle\": 1, \"stops\": [\"c\"], \"lock\": \"route\"}]");

  @Test
  void planIsReadIntoPlannedRoutes() throws Exception {
    List<PlannedRoute> plan = RouteForgeJson.parse(GOOD, "good.json").plan();
    assertEquals(List.of(new PlannedRoute(0, 1, new int[] {1, 3, 0, 4}, Lock.SEQUENCE, new int[] {3, 4}),
        new PlannedRoute(1, 0, new int[] {2}, Lock.ROUTE, new int[] {2})), plan);
    assertEquals(List.of(), RouteForgeJson.parse(doc(""), "none.json").plan(), "no plan, no routes");
    List<PlannedRoute> warm = RouteForgeJson.parse(doc(", \"plan\": [{\"vehicle\": \"truck\", \"stops\": [\"a\", \"c\"]}]"),
        "warm.json").plan();
    assertEquals(List.of(PlannedRoute.warmStart(1, 0, 0, 2)), warm, "lock defaults to none");
  }

  @Test
  void readWriteReadKeepsThePlan(@TempDir Path tmp) throws Exception {
    ParsedInstance first = RouteForgeJson.parse(GOOD, "good.json");
    String written = RouteForgeJson.format(first.instance(), first.plan());
    assertTrue(written.contains("\"plan\""), written);
    ParsedInstance second = RouteForgeJson.parse(written, "written.json");
    assertEquals(first.plan(), second.plan());
    assertEquals(written, RouteForgeJson.format(second.instance(), second.plan()), "the text is stable");
    // through the format-neutral entry points, as `convert` uses them
    Path in = tmp.resolve("in.json");
    Files.writeString(in, GOOD);
    Path out = tmp.resolve("out.json");
    InstanceFiles.write(InstanceFiles.parse(in), out, InstanceFiles.Format.JSON);
    assertEquals(first.plan(), InstanceFiles.parse(out).plan());
    assertTrue(InstanceFiles.limitations(InstanceFiles.parse(in), InstanceFiles.Format.VRPLIB).toString()
        .contains("2 planned route(s)"), "other formats say they drop it");
    assertEquals(List.of(), InstanceFiles.limitations(InstanceFiles.parse(in), InstanceFiles.Format.JSON));
  }

  /** VROOM steps fill the same type, and RouteForge JSON keeps them: bounded steps are a locked subset in sequence. */
  @Test
  void vroomStepsBecomeTheSamePlanInRouteForgeJson() throws Exception {
    String vroom = """
        {"vehicles": [{"id": 1, "start_index": 0, "end_index": 0},
                      {"id": 2, "start_index": 0, "end_index": 0, "steps": [{"type": "start"}, {"type": "job", "id": 20},
                        {"type": "job", "id": 10, "service_after": 5}, {"type": "end"}]}],
         "jobs": [{"id": 10, "location_index": 1}, {"id": 20, "location_index": 2}, {"id": 30, "location_index": 1}],
         "matrices": {"car": {"durations": [[0, 10, 20], [10, 0, 15], [20, 15, 0]]}}}""";
    ParsedInstance v = VroomInput.request(JsonFields.parse(vroom, "v.json"), "v.json", "v").parsed();
    assertEquals(List.of(new PlannedRoute(1, 0, new int[] {1, 0}, Lock.SEQUENCE, new int[] {0})), v.plan());
    ParsedInstance back = RouteForgeJson.parse(RouteForgeJson.format(v.instance(), v.plan()), "back.json");
    assertEquals(v.plan(), back.plan());
  }

  private static String problem(String plan) {
    InputException e = assertThrows(InputException.class, () -> RouteForgeJson.parse(doc(plan), "bad.json"));
    return e.getMessage();
  }

  private static void assertPointer(String pointer, String fragment, String plan) {
    String m = problem(plan);
    assertTrue(m.contains("bad.json at " + pointer + ":"), "pointer " + pointer + " in: " + m);
    assertTrue(m.contains(fragment), "'" + fragment + "' in: " + m);
  }

  @Test
  void everyBadPlanIsNamedByItsPointer() {
    assertPointer("/plan/0/stops/1", "no stop with the id \"zz\"",
        ", \"plan\": [{\"vehicle\": \"van\", \"stops\": [\"a\", \"zz\"]}]");
    assertPointer("/plan/1/stops/0", "already planned at /plan/0/stops/0",
        ", \"plan\": [{\"vehicle\": \"van\", \"stops\": [\"a\"]}, {\"vehicle\": \"truck\", \"stops\": [\"a\"]}]");
    assertPointer("/plan/0/stops/0", "pickup and delivery must be planned on the same route",
        ", \"plan\": [{\"vehicle\": \"van\", \"stops\": [\"p\"]}, {\"vehicle\": \"truck\", \"stops\": [\"d\"]}]");
    assertPointer("/plan/0/stops/0", "pickup and delivery must be planned on the same route",
        ", \"plan\": [{\"vehicle\": \"van\", \"stops\": [\"p\", \"a\"]}]");
    assertPointer("/plan/0/stops/1", "delivery is planned before its pickup",
        ", \"plan\": [{\"vehicle\": \"van\", \"stops\": [\"a\", \"d\", \"p\"]}]");
    assertPointer("/plan/0/index", "has 2 vehicle(s), numbered 0..1; got 2",
        ", \"plan\": [{\"vehicle\": \"van\", \"index\": 2, \"stops\": [\"a\"]}]");
    assertPointer("/plan/0/vehicle", "must be in 0..1, got 5",
        ", \"plan\": [{\"vehicle\": 5, \"stops\": [\"a\"]}]");
    assertPointer("/plan/0/vehicle", "no vehicle type with the id \"bike\"",
        ", \"plan\": [{\"vehicle\": \"bike\", \"stops\": [\"a\"]}]");
    assertPointer("/plan/1", "already planned at /plan/0",
        ", \"plan\": [{\"vehicle\": \"van\", \"stops\": [\"a\"]}, {\"vehicle\": 0, \"index\": 0, \"stops\": [\"b\"]}]");
    assertPointer("/plan/0/lock", "unknown lock \"fixed\" (none, route, sequence)",
        ", \"plan\": [{\"vehicle\": \"van\", \"stops\": [\"a\"], \"lock\": \"fixed\"}]");
    assertPointer("/plan/0/locked/0", "not in this route's stops",
        ", \"plan\": [{\"vehicle\": \"van\", \"stops\": [\"a\"], \"lock\": \"route\", \"locked\": [\"b\"]}]");
    assertPointer("/plan/0/locked", "need \"lock\": \"route\" or \"sequence\"",
        ", \"plan\": [{\"vehicle\": \"van\", \"stops\": [\"a\"], \"locked\": [\"a\"]}]");
    assertPointer("/plan/0/stops", "at least one stop", ", \"plan\": [{\"vehicle\": \"van\", \"stops\": []}]");
    assertPointer("/plan/0/colour", "unsupported field in a planned route",
        ", \"plan\": [{\"vehicle\": \"van\", \"stops\": [\"a\"], \"colour\": \"red\"}]");
    assertPointer("/plan", "expected an array", ", \"plan\": {}");
  }
}
