package org.routeforge.data.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.routeforge.data.catalog.DataDir;
import org.routeforge.data.catalog.DatasetCatalog;
import org.routeforge.data.model.Instance;
import org.routeforge.data.model.Shipment;
import org.routeforge.data.model.Stop;
import org.routeforge.data.model.VehicleType;
import org.routeforge.data.validate.InstanceValidator;

/**
 * Every Li &amp; Lim and Cordeau file present under the shared data directory reads and validates
 * without a problem, and its published reference routes (Li &amp; Lim {@code .sol}, Cordeau
 * {@code .res}), replayed on the instance we built, give the distance recorded in the folder's
 * {@code bks.csv} and break none of the constraints we read: an oracle for coordinates, node
 * numbering, pairs, windows, service times, capacities and duration limits. Skips, naming the
 * folder, when the data is absent.
 */
class PublicPdpMdvrpDataTest {
  private static Path folder(String rel) {
    Path dir = DataDir.resolve().resolve(rel);
    assumeTrue(Files.isDirectory(dir), "shared data folder " + dir + " is absent");
    return dir;
  }

  private static List<Path> files(Path dir, java.util.function.Predicate<String> name) throws Exception {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> name.test(p.getFileName().toString())).sorted().toList();
    }
  }

  /** name → column value of a bks.csv. */
  private static Map<String, Double> column(Path csv, String col) throws Exception {
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    int k = DatasetCatalog.csvFields(lines.get(0)).indexOf(col);
    Map<String, Double> out = new HashMap<>();
    for (String l : lines.subList(1, lines.size())) {
      if (!l.isBlank()) {
        List<String> f = DatasetCatalog.csvFields(l);
        out.put(f.get(0), Double.parseDouble(f.get(k)));
      }
    }
    return out;
  }

  @Test
  void everyLiLimFileReadsValidatesAndReplaysItsBestKnownRoutes() throws Exception {
    Path dir = folder("vrp/pdptw/lilim100");
    Map<String, Double> bks = column(dir.resolve("bks.csv"), "distance");
    List<Path> instances = files(dir, n -> n.endsWith(".txt"));
    assertTrue(!instances.isEmpty(), "no .txt instance in " + dir);
    int replayed = 0;
    for (Path f : instances) {
      assertEquals(InstanceFiles.Format.LILIM, InstanceFiles.detect(f, TextLines.text(f)), f::toString);
      assertEquals(List.of(), InstanceValidator.validateFile(f), f::toString);
      Instance in = InstanceFiles.read(f);
      assertEquals(in.stops().size(), 2 * in.shipments().size(), f::toString);
      Path sol = dir.resolve(in.name() + ".sol");
      if (!Files.exists(sol) || !bks.containsKey(in.name())) {
        continue;
      }
      double distance = 0;
      for (int[] route : VrplibSolution.read(sol).stopIndexRoutes()) {
        distance += replayWithWindowsAndPairs(in, route, f + " " + sol.getFileName());
      }
      assertEquals(bks.get(in.name()), distance, 1e-3, f::toString);
      replayed++;
    }
    assertTrue(replayed > 0, "no reference .sol replayed in " + dir);
  }

  @Test
  void everyCordeauFileReadsValidatesAndReplaysItsResRoutes() throws Exception {
    Path dir = folder("vrp/mdvrp/cordeau");
    Map<String, Double> recomputed = column(dir.resolve("bks.csv"), "res_cost_recomputed");
    List<Path> instances = files(dir, n -> n.matches("p\\d+"));
    assertTrue(!instances.isEmpty(), "no pNN instance in " + dir);
    int replayed = 0;
    for (Path f : instances) {
      assertEquals(InstanceFiles.Format.CORDEAU, InstanceFiles.detect(f, TextLines.text(f)), f::toString);
      assertEquals(List.of(), InstanceValidator.validateFile(f), f::toString);
      Instance in = InstanceFiles.read(f);
      assertTrue(in.vehicleTypes().size() > 1, f::toString);
      Path res = dir.resolve(in.name() + ".res");
      if (!Files.exists(res) || !recomputed.containsKey(in.name())) {
        continue;
      }
      List<String> lines = Files.readAllLines(res, StandardCharsets.UTF_8);
      double distance = 0;
      int[] served = new int[in.stops().size()];
      for (String line : lines.subList(1, lines.size())) {
        String[] t = TextLines.tokens(line);
        if (t.length == 0) {
          continue;
        }
        VehicleType vt = in.vehicleTypes().get(Integer.parseInt(t[0]) - 1);
        int at = vt.startLocation();
        double length = 0;
        double service = 0;
        int load = 0;
        for (int k = 5; k < t.length - 1; k++) {
          Stop s = in.stops().get(Integer.parseInt(t[k]) - 1);
          length += in.distances().get(at, s.location());
          service += s.serviceTime();
          load += s.demand(0);
          served[Integer.parseInt(t[k]) - 1]++;
          at = s.location();
        }
        length += in.distances().get(at, vt.endLocation());
        assertTrue(load <= vt.capacity(0), f + ": " + line);
        assertTrue(length + service <= vt.maxDuration() + 1e-6, f + ": " + line);
        distance += length;
      }
      for (int c : served) {
        assertEquals(1, c, f::toString);
      }
      assertEquals(recomputed.get(in.name()), distance, 1e-3, f::toString);
      replayed++;
    }
    assertTrue(replayed > 0, "no .res replayed in " + dir);
  }

  /** A route's distance, asserting load, pairs (pickup first) and windows as the model states them. */
  private static double replayWithWindowsAndPairs(Instance in, int[] route, String where) {
    VehicleType vt = in.vehicleTypes().get(0);
    Map<Integer, Integer> pickupOf = new HashMap<>();
    Map<Integer, Integer> deliveryOf = new HashMap<>();
    for (Shipment sh : in.shipments()) {
      pickupOf.put(sh.delivery(), sh.pickup());
      deliveryOf.put(sh.pickup(), sh.delivery());
    }
    List<Integer> seen = new ArrayList<>();
    int at = vt.startLocation();
    double time = vt.shift().open();
    double distance = 0;
    int load = 0;
    for (int s : route) {
      Stop stop = in.stops().get(s);
      double d = in.distances().get(at, stop.location());
      distance += d;
      time = Math.max(time + d, stop.earliest());
      assertTrue(time <= stop.latest() + 1e-6, where + ": late at " + stop.id());
      time += stop.serviceTime();
      if (deliveryOf.containsKey(s)) {
        load += stop.demand(0);
      } else {
        assertTrue(seen.contains(pickupOf.get(s)), where + ": delivery " + stop.id() + " before its pickup");
        load -= stop.demand(0);
      }
      assertTrue(load >= 0 && load <= vt.capacity(0), where + ": load " + load + " at " + stop.id());
      seen.add(s);
      at = stop.location();
    }
    distance += in.distances().get(at, vt.endLocation());
    assertTrue(time + in.distances().get(at, vt.endLocation()) <= vt.shift().close() + 1e-6, where + ": back late");
    return distance;
  }
}
