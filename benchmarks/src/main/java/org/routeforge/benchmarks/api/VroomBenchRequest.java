package org.routeforge.benchmarks.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.SplittableRandom;

/**
 * The benchmark request of issue 14's first target, in VROOM's input format: {@value #JOBS} jobs and
 * {@value #SHIPMENTS} shipments at given road points, {@value #VEHICLES} vehicles of three types
 * (vans, trucks with a heavy-goods skill, refrigerated vans with a cold-chain skill) based at
 * {@value #DEPOTS} depots, with two capacity dimensions, shifts, a lunch break each, service times,
 * one or two time windows on most tasks and a few high priorities. Locations are coordinates only,
 * so the server (or {@code CoordinateMatrices}) fills in the matrices; the same request with the
 * matrices filled in is what VROOM is given.
 *
 * @implNote deterministic for a seed; stateless.
 */
public final class VroomBenchRequest {
  /** Jobs in the request. */
  public static final int JOBS = 1000;
  /** Shipments in the request. */
  public static final int SHIPMENTS = 100;
  /** Vehicles in the request. */
  public static final int VEHICLES = 50;
  /** Depots the vehicles start and end at. */
  public static final int DEPOTS = 3;
  /** Road points the request needs: depots, jobs, then each shipment's pickup and delivery. */
  public static final int POINTS = DEPOTS + JOBS + 2 * SHIPMENTS;

  private static final int HOUR = 3600;

  private VroomBenchRequest() {}

  /** A vehicle type of the request. */
  private record Type(String name, int count, int[] capacity, int[] skills, int shiftOpen, int shiftClose,
      int breakOpen, int breakClose, int breakService, int fixed, int perHour) {}

  private static final Type[] TYPES = {
      new Type("van", 20, new int[] {120, 20}, new int[] {1}, 8 * HOUR, 18 * HOUR, 12 * HOUR, 14 * HOUR, 1800, 0, 3600),
      new Type("truck", 15, new int[] {300, 60}, new int[] {1, 2}, 7 * HOUR, 17 * HOUR, 11 * HOUR, 13 * HOUR, 2700, 500,
          5400),
      new Type("refrigerated", 15, new int[] {90, 40}, new int[] {1, 3}, 9 * HOUR, 20 * HOUR, 13 * HOUR, 15 * HOUR, 1800,
          300, 4500)};

  /**
   * The request for {@code POINTS} points.
   *
   * @param lon longitudes, at least {@link #POINTS}
   * @param lat latitudes, as many
   */
  public static ObjectNode generate(ObjectMapper mapper, double[] lon, double[] lat, long seed) {
    if (lon.length < POINTS || lat.length < POINTS) {
      throw new IllegalArgumentException("the request needs " + POINTS + " points, got " + Math.min(lon.length,
          lat.length));
    }
    SplittableRandom rnd = new SplittableRandom(seed);
    ObjectNode root = mapper.createObjectNode();
    ArrayNode vehicles = root.putArray("vehicles");
    int id = 1;
    for (Type t : TYPES) {
      for (int k = 0; k < t.count; k++) {
        int depot = (id - 1) % DEPOTS;
        ObjectNode v = vehicles.addObject();
        v.put("id", id++);
        v.put("description", t.name);
        v.putArray("start").add(lon[depot]).add(lat[depot]);
        v.putArray("end").add(lon[depot]).add(lat[depot]);
        ArrayNode cap = v.putArray("capacity");
        for (int c : t.capacity) {
          cap.add(c);
        }
        ArrayNode skills = v.putArray("skills");
        for (int s : t.skills) {
          skills.add(s);
        }
        v.putArray("time_window").add(t.shiftOpen).add(t.shiftClose);
        ObjectNode br = v.putArray("breaks").addObject();
        br.put("id", 1);
        br.putArray("time_windows").addArray().add(t.breakOpen).add(t.breakClose);
        br.put("service", t.breakService);
        ObjectNode costs = v.putObject("costs");
        costs.put("fixed", t.fixed);
        costs.put("per_hour", t.perHour);
      }
    }
    ArrayNode jobs = root.putArray("jobs");
    for (int j = 0; j < JOBS; j++) {
      int p = DEPOTS + j;
      ObjectNode job = jobs.addObject();
      job.put("id", j + 1);
      job.putArray("location").add(lon[p]).add(lat[p]);
      job.put("service", 120 + 60 * rnd.nextInt(8));
      job.putArray("delivery").add(1 + rnd.nextInt(10)).add(rnd.nextInt(4));
      double u = rnd.nextDouble();
      if (u < 0.1) {
        job.putArray("skills").add(2);
      } else if (u < 0.2) {
        job.putArray("skills").add(3);
      }
      windows(job, rnd);
      if (rnd.nextDouble() < 0.1) {
        job.put("priority", 50);
      }
    }
    ArrayNode shipments = root.putArray("shipments");
    for (int s = 0; s < SHIPMENTS; s++) {
      int p = DEPOTS + JOBS + 2 * s;
      ObjectNode sh = shipments.addObject();
      sh.putArray("amount").add(1 + rnd.nextInt(8)).add(rnd.nextInt(3));
      if (rnd.nextDouble() < 0.1) {
        sh.putArray("skills").add(2);
      }
      ObjectNode pickup = sh.putObject("pickup");
      pickup.put("id", s + 1);
      pickup.putArray("location").add(lon[p]).add(lat[p]);
      pickup.put("service", 300);
      int open = 8 * HOUR + rnd.nextInt(4) * HOUR;
      pickup.putArray("time_windows").addArray().add(open).add(open + 3 * HOUR);
      ObjectNode delivery = sh.putObject("delivery");
      delivery.put("id", s + 1);
      delivery.putArray("location").add(lon[p + 1]).add(lat[p + 1]);
      delivery.put("service", 300);
      delivery.putArray("time_windows").addArray().add(open + HOUR).add(open + 6 * HOUR);
    }
    return root;
  }

  /** 60 %: one 3-hour window; 20 %: a morning and an afternoon window; 20 %: none. */
  private static void windows(ObjectNode task, SplittableRandom rnd) {
    double u = rnd.nextDouble();
    if (u < 0.6) {
      int open = 8 * HOUR + rnd.nextInt(8) * HOUR;
      task.putArray("time_windows").addArray().add(open).add(open + 3 * HOUR);
    } else if (u < 0.8) {
      ArrayNode ws = task.putArray("time_windows");
      ws.addArray().add(8 * HOUR).add(11 * HOUR);
      ws.addArray().add(14 * HOUR).add(17 * HOUR);
    }
  }
}
