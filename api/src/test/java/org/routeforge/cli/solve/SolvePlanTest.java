package org.routeforge.cli.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.routeforge.cli.RouteForgeCli;
import org.routeforge.data.io.RouteForgeJson;
import org.routeforge.data.io.VrplibWriter;
import org.routeforge.data.model.Instance;
import org.routeforge.data.model.Location;
import org.routeforge.data.model.PlannedRoute;
import org.routeforge.data.model.Rounding;
import org.routeforge.data.model.Stop;
import org.routeforge.data.model.TimeWindow;
import org.routeforge.data.model.VehicleType;
import picocli.CommandLine;

/** {@code routeforge solve file.json} with a RouteForge JSON {@code plan}: the warm start is used and the lock kept. */
public class SolvePlanTest {
  /**
   * Eight stops around a depot, a fleet of three vans of capacity 4. Stops 0, 4 and 1 lie on opposite
   * sides, so visiting them in that order on one van is a detour no cost-minimizing search keeps.
   */
  public static Instance instance() {
    Instance.Builder b = Instance.builder("plan-cli");
    b.addLocation(new Location("depot", 0, 0));
    for (int i = 0; i < 8; i++) {
      double a = 2 * Math.PI * i / 8;
      int loc = b.addLocation(new Location("l" + i, Math.round(100 * Math.cos(a)), Math.round(100 * Math.sin(a))));
      b.addStop(new Stop("s" + i, loc, new int[] {1}, 0, List.of(), java.util.Set.of(), 0));
    }
    b.euclidean(Rounding.NINT);
    b.addVehicleType(new VehicleType("van", 3, new int[] {4}, 0, 0, TimeWindow.ALWAYS, Double.POSITIVE_INFINITY,
        Double.POSITIVE_INFINITY, Integer.MAX_VALUE, 0, 1, 0, java.util.Set.of(), List.of()));
    return b.build();
  }

  /** The locked zigzag on van 1, and a warm start for van 0. */
  public static List<PlannedRoute> plan() {
    return List.of(PlannedRoute.locked(0, 1, PlannedRoute.Lock.SEQUENCE, 0, 4, 1),
        PlannedRoute.warmStart(0, 0, 2, 3));
  }

  private static String[] run(String... args) {
    CommandLine cl = RouteForgeCli.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return new String[] {Integer.toString(code), out.toString(), err.toString()};
  }

  /** The stop indices of each route of a {@code --json} answer, by the route's vehicle. */
  static List<int[]> routesOf(JsonNode j, int vehicle) {
    List<int[]> out = new ArrayList<>();
    for (JsonNode r : j.get("routes")) {
      if (r.get("vehicle").asInt() == vehicle) {
        int[] s = new int[r.get("stopIndices").size()];
        for (int k = 0; k < s.length; k++) {
          s[k] = r.get("stopIndices").get(k).asInt();
        }
        out.add(s);
      }
    }
    return out;
  }

  /** Whether {@code seq} occurs in {@code route} in this relative order. */
  static boolean inOrder(int[] route, int... seq) {
    int k = 0;
    for (int s : route) {
      if (k < seq.length && s == seq[k]) {
        k++;
      }
    }
    return k == seq.length;
  }

  @Test
  void lockedSequenceIsKeptAndWarmStartReported(@TempDir Path tmp) throws Exception {
    Instance inst = instance();
    Path file = tmp.resolve("plan.json");
    RouteForgeJson.write(inst, plan(), file);
    assertTrue(Files.readString(file).contains("\"lock\" : \"sequence\""), Files.readString(file));
    Path json = tmp.resolve("out.json");
    Path sol = tmp.resolve("out.sol");
    String[] r = run("solve", file.toString(), "--iterations", "60", "--time-limit", "5s", "--seed", "3",
        "--json", json.toString(), "--out", sol.toString());
    assertEquals("0", r[0], r[2]);
    assertTrue(r[2].contains("starts from 2 given route(s) with 1 lock(s)"), r[2]);
    JsonNode j = new ObjectMapper().readTree(json.toFile());
    assertTrue(j.get("notes").toString().contains("starts from 2 given route(s)"), j.get("notes").toString());
    List<int[]> onVan1 = routesOf(j, 1);
    assertEquals(1, onVan1.size(), "one route on van 1: " + j.get("routes"));
    assertTrue(inOrder(onVan1.get(0), 0, 4, 1), "s0, s4, s1 in sequence on van 1: " + j.get("routes"));
    int served = 0;
    for (JsonNode route : j.get("routes")) {
      served += route.get("stopIndices").size();
    }
    assertEquals(8, served, "every stop served once");
    // the shared checker recomputes the routes' capacity and cost on the same instance as VRPLIB
    Path vrp = tmp.resolve("plan.vrp");
    VrplibWriter.write(inst, vrp);
    checkWithVrpcheck(vrp, sol);

    // without the plan the search breaks the zigzag: the lock, not chance, kept it
    Path plain = tmp.resolve("plain.json");
    RouteForgeJson.write(inst, plain);
    Path plainJson = tmp.resolve("plain-out.json");
    String[] p = run("solve", plain.toString(), "--iterations", "60", "--time-limit", "5s", "--seed", "3",
        "--json", plainJson.toString());
    assertEquals("0", p[0], p[2]);
    JsonNode pj = new ObjectMapper().readTree(plainJson.toFile());
    for (JsonNode route : pj.get("routes")) {
      int[] s = new int[route.get("stopIndices").size()];
      for (int k = 0; k < s.length; k++) {
        s[k] = route.get("stopIndices").get(k).asInt();
      }
      assertTrue(!inOrder(s, 0, 4, 1), "the unlocked search does not keep the detour: " + pj.get("routes"));
    }
    assertTrue(pj.get("cost").asDouble() < j.get("cost").asDouble(), "the lock costs something");
  }

  @Test
  void badPlanIsAnInputError(@TempDir Path tmp) throws Exception {
    Path file = tmp.resolve("bad.json");
    String text = RouteForgeJson.format(instance(), plan());
    int plan = text.indexOf("\"plan\"");
    Files.writeString(file, text.substring(0, plan) + text.substring(plan).replace("\"s4\"", "\"s99\""));
    String[] r = run("solve", file.toString(), "--iterations", "10");
    assertEquals("1", r[0], r[2]);
    assertTrue(r[2].contains("/plan/0/stops/1") && r[2].contains("no stop with the id \"s99\""), r[2]);
  }

  private static void checkWithVrpcheck(Path inst, Path sol) throws Exception {
    String dir = System.getProperty("routeforge.data", System.getenv().getOrDefault("ROUTEFORGE_DATA", "../../shared/data"));
    Path checker = Path.of(dir).resolve("../tools/vrpcheck.py");
    assumeTrue(Files.exists(checker), () -> "skipped: checker " + checker + " is missing");
    Process p;
    try {
      p = new ProcessBuilder("python3", checker.toString(), inst.toString(), sol.toString())
          .redirectErrorStream(true).start();
    } catch (java.io.IOException noPython) {
      assumeTrue(false, "python3 not available");
      return;
    }
    String out = new String(p.getInputStream().readAllBytes());
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    assertTrue(out.startsWith("FEASIBLE"), out);
  }
}
