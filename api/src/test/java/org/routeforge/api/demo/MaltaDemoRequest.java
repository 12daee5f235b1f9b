package org.routeforge.api.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.SplittableRandom;
import org.routeforge.graph.roads.RoadNetwork;
import org.routeforge.graph.roads.RoadPointSampler;
import org.routeforge.graph.roads.SnappedPoints;

/**
 * Generates the Malta demo request ({@code web/examples/malta-demo-200.vroom.json}): a VROOM request
 * with coordinates only, 200 tasks (170 jobs and 15 shipments) on addresses sampled on Malta's roads
 * and snapped onto them, a depot in Marsa, and a mixed fleet of 12 vehicles in three kinds that differ
 * in capacity, skills and shift, each with a lunch break. Jobs need skills (1 refrigerated, 2 tail
 * lift), a third have one or two delivery windows, a tenth a higher priority. Deterministic for the
 * network and the seed: {@link MaltaDemoRequestTest} regenerates it and compares with the committed file.
 */
final class MaltaDemoRequest {
  static final int JOBS = 170;
  static final int SHIPMENTS = 15;
  static final long SEED = 14;
  /** Marsa, near the Grand Harbour: {@code [lat, lon]}. */
  static final double[] DEPOT = {35.8790, 14.4930};
  private static final int HOUR = 3600;

  private MaltaDemoRequest() {}

  /** The request as indented JSON text. */
  static String generate(RoadNetwork net) throws Exception {
    int n = 1 + JOBS + 2 * SHIPMENTS;
    double[][] sampled = RoadPointSampler.clustered(net, n - 1, 14, 900, SEED, RoadPointSampler.DEFAULT_MAX_SNAP_M);
    double[] lat = new double[n];
    double[] lon = new double[n];
    lat[0] = DEPOT[0];
    lon[0] = DEPOT[1];
    System.arraycopy(sampled[0], 0, lat, 1, n - 1);
    System.arraycopy(sampled[1], 0, lon, 1, n - 1);
    SnappedPoints snapped = net.snap(lat, lon, RoadPointSampler.DEFAULT_MAX_SNAP_M);
    snapped.requireAllSnapped("Malta demo");
    ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = json.createObjectNode();
    SplittableRandom rnd = new SplittableRandom(SEED);
    ArrayNode vehicles = root.putArray("vehicles");
    for (int v = 1; v <= 12; v++) {
      ObjectNode o = vehicles.addObject();
      o.put("id", v);
      boolean truck = v > 6 && v <= 10;
      boolean small = v > 10;
      o.put("description", truck ? "truck with tail lift" : small ? "small van" : "refrigerated van");
      o.set("start", point(json, snapped, 0));
      o.set("end", point(json, snapped, 0));
      o.putArray("capacity").add(truck ? 60 : small ? 15 : 40);
      ArrayNode skills = o.putArray("skills");
      if (!small) {
        skills.add(1);
      }
      if (truck) {
        skills.add(2);
      }
      int from = truck ? 7 * HOUR : 8 * HOUR;
      o.putArray("time_window").add(from).add(from + 10 * HOUR);
      if (small) {
        o.put("max_tasks", 15);
      }
      ObjectNode lunch = o.putArray("breaks").addObject();
      lunch.put("id", v);
      lunch.putArray("time_windows").addArray().add(12 * HOUR).add(14 * HOUR);
      lunch.put("service", 1800);
    }
    ArrayNode jobs = root.putArray("jobs");
    for (int j = 1; j <= JOBS; j++) {
      ObjectNode o = jobs.addObject();
      o.put("id", j);
      o.set("location", point(json, snapped, j));
      o.put("service", 120 + 60 * rnd.nextInt(4));
      o.putArray("delivery").add(1 + rnd.nextInt(4));
      double s = rnd.nextDouble();
      if (s < 0.3) {
        o.putArray("skills").add(1);
      } else if (s < 0.4) {
        o.putArray("skills").add(2);
      }
      double w = rnd.nextDouble();
      if (w < 0.2) {
        int start = (8 + rnd.nextInt(7)) * HOUR;
        o.putArray("time_windows").addArray().add(start).add(start + 2 * HOUR);
      } else if (w < 0.33) {
        ArrayNode tws = o.putArray("time_windows");
        tws.addArray().add(8 * HOUR).add(10 * HOUR);
        tws.addArray().add(15 * HOUR).add(17 * HOUR);
      }
      if (rnd.nextDouble() < 0.1) {
        o.put("priority", 50);
      }
    }
    ArrayNode ships = root.putArray("shipments");
    for (int k = 0; k < SHIPMENTS; k++) {
      ObjectNode o = ships.addObject();
      o.putArray("amount").add(2 + rnd.nextInt(5));
      if (rnd.nextDouble() < 0.3) {
        o.putArray("skills").add(2);
      }
      ObjectNode p = o.putObject("pickup");
      p.put("id", 1001 + k);
      p.set("location", point(json, snapped, 1 + JOBS + 2 * k));
      p.put("service", 300);
      ObjectNode d = o.putObject("delivery");
      d.put("id", 1001 + k);
      d.set("location", point(json, snapped, 2 + JOBS + 2 * k));
      d.put("service", 300);
      if (rnd.nextDouble() < 0.5) {
        d.putArray("time_windows").addArray().add(13 * HOUR).add(18 * HOUR);
      }
    }
    root.putObject("options").put("g", true);
    return json.writeValueAsString(root) + "\n";
  }

  /** {@code [lon, lat]} of a snapped point, rounded to 6 decimals (about 0.1 m). */
  private static ArrayNode point(ObjectMapper json, SnappedPoints p, int i) {
    return json.createArrayNode().add(round6(p.snappedLon(i))).add(round6(p.snappedLat(i)));
  }

  private static double round6(double v) {
    return Math.round(v * 1e6) / 1e6;
  }
}
