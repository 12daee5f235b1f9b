package org.routeforge.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An independent check of a VROOM answer against the VROOM request it answers, written from VROOM's
 * documented semantics (docs/API.md of VROOM-Project/vroom) and not from RouteForge's code: every
 * figure is recomputed from the request's matrices and the returned steps. It checks that each task
 * is served once or listed unassigned once; per step the location, cumulated travel duration and
 * distance, arrival (travel from the previous place, breaks taken on the way), waiting (service
 * starts in a window, no waiting without a reason), the load after it; per route skills, capacities,
 * the shift, max_tasks, max_distance, every break taken once inside its window, shipments picked up
 * before delivered, the totals and the cost (fixed + per_hour * travel / 3600 + per_km * distance /
 * 1000); the summary's totals; and locks (steps with service bounds) kept. Each check counts in
 * {@link #checks}, so a test can assert that checks ran.
 */
final class VroomChecker {
  /** Rounding slack: VROOM output is integers, RouteForge rounds each figure on its own. */
  private static final double SLACK = 1.01;

  private final JsonNode req;
  private final double[][] dur;
  private final double[][] dist;
  private final Map<String, JsonNode> tasks = new HashMap<>();
  private final Map<Long, JsonNode> vehicles = new HashMap<>();
  private final Map<Long, JsonNode> shipmentOfPickup = new HashMap<>();
  private final Map<Long, JsonNode> shipmentOfDelivery = new HashMap<>();
  final List<String> failures = new ArrayList<>();
  int checks;

  VroomChecker(JsonNode request) {
    this.req = request;
    JsonNode m = request.get("matrices").fields().next().getValue();
    double speed = request.get("vehicles").get(0).path("speed_factor").asDouble(1);
    dur = matrix(m.get("durations"), speed);
    dist = m.has("distances") ? matrix(m.get("distances"), 1) : dur;
    for (JsonNode j : request.path("jobs")) {
      tasks.put("job:" + j.get("id").asLong(), j);
    }
    for (JsonNode s : request.path("shipments")) {
      tasks.put("pickup:" + s.get("pickup").get("id").asLong(), s.get("pickup"));
      tasks.put("delivery:" + s.get("delivery").get("id").asLong(), s.get("delivery"));
      shipmentOfPickup.put(s.get("pickup").get("id").asLong(), s);
      shipmentOfDelivery.put(s.get("delivery").get("id").asLong(), s);
    }
    for (JsonNode v : request.get("vehicles")) {
      vehicles.put(v.get("id").asLong(), v);
    }
  }

  private static double[][] matrix(JsonNode rows, double speed) {
    double[][] out = new double[rows.size()][];
    for (int i = 0; i < out.length; i++) {
      out[i] = new double[rows.get(i).size()];
      for (int j = 0; j < out[i].length; j++) {
        out[i][j] = speed == 1 ? rows.get(i).get(j).asDouble() : Math.round(rows.get(i).get(j).asDouble() / speed);
      }
    }
    return out;
  }

  private void check(boolean ok, String what) {
    checks++;
    if (!ok) {
      failures.add(what);
    }
  }

  private void near(double expected, double actual, String what) {
    check(Math.abs(expected - actual) <= SLACK, what + ": expected " + expected + ", got " + actual);
  }

  /** Checks {@code out}; returns the failures (empty when it conforms). */
  List<String> check(JsonNode out) {
    check(out.path("code").asInt(-1) == 0, "code is 0");
    Set<String> seen = new HashSet<>();
    double[] totals = new double[7]; // cost, service, duration, waiting, distance, priority, routes
    long[] delivery = new long[8];
    long[] pickup = new long[8];
    Set<Long> usedVehicles = new HashSet<>();
    for (JsonNode r : out.get("routes")) {
      long vid = r.get("vehicle").asLong();
      check(usedVehicles.add(vid), "vehicle " + vid + " drives one route");
      JsonNode v = vehicles.get(vid);
      check(v != null, "route of a known vehicle " + vid);
      if (v != null) {
        route(r, v, seen, totals, delivery, pickup);
      }
    }
    for (JsonNode u : out.get("unassigned")) {
      String key = u.get("type").asText() + ":" + u.get("id").asLong();
      check(tasks.containsKey(key), "unassigned " + key + " is a task of the request");
      check(seen.add(key), key + " is served or unassigned once");
      check(u.has("location_index") && u.has("code") && u.path("reason").asText().length() > 0,
          "unassigned " + key + " has location_index, code and reason");
      if (tasks.containsKey(key)) {
        near(tasks.get(key).get("location_index").asLong(), u.get("location_index").asLong(), key + " location");
      }
    }
    check(seen.equals(tasks.keySet()), "every task appears once: " + seen + " vs " + tasks.keySet());
    JsonNode s = out.get("summary");
    near(totals[0], s.get("cost").asDouble(), "summary.cost");
    near(totals[1], s.get("service").asDouble(), "summary.service");
    near(totals[2], s.get("duration").asDouble(), "summary.duration");
    near(totals[3], s.get("waiting_time").asDouble(), "summary.waiting_time");
    near(totals[4], s.get("distance").asDouble(), "summary.distance");
    near(totals[5], s.get("priority").asDouble(), "summary.priority");
    near(totals[6], s.get("routes").asDouble(), "summary.routes");
    near(out.get("unassigned").size(), s.get("unassigned").asDouble(), "summary.unassigned");
    check(s.get("setup").asLong() == 0, "summary.setup");
    check(s.get("violations").isArray() && s.get("violations").isEmpty(), "no violations");
    JsonNode ct = s.get("computing_times");
    check(ct != null && ct.get("loading").asLong() >= 0 && ct.get("solving").asLong() >= 0
        && ct.get("routing").asLong() >= 0, "computing_times loading, solving, routing");
    for (int d = 0; d < s.get("delivery").size(); d++) {
      near(delivery[d], s.get("delivery").get(d).asDouble(), "summary.delivery[" + d + "]");
      near(pickup[d], s.get("pickup").get(d).asDouble(), "summary.pickup[" + d + "]");
    }
    locks(out);
    return failures;
  }

  private void route(JsonNode r, JsonNode v, Set<String> seen, double[] totals, long[] delivery, long[] pickup) {
    String rn = "vehicle " + v.get("id").asLong();
    JsonNode steps = r.get("steps");
    int dims = v.path("capacity").size();
    long[] load = new long[Math.max(1, dims)];
    // the start load: every job's delivery on the route
    for (JsonNode st : steps) {
      if (st.get("type").asText().equals("job")) {
        JsonNode j = tasks.get("job:" + st.get("id").asLong());
        for (int d = 0; j != null && d < j.path("delivery").size(); d++) {
          load[d] += j.get("delivery").get(d).asLong();
        }
      }
    }
    Set<String> vskills = new HashSet<>();
    v.path("skills").forEach(k -> vskills.add(k.asText()));
    Map<Long, JsonNode> breaks = new HashMap<>();
    v.path("breaks").forEach(b -> breaks.put(b.get("id").asLong(), b));
    Set<Long> breaksTaken = new HashSet<>();
    Map<Long, Integer> pickedAt = new HashMap<>();
    int prevLoc = -1;
    double leave = Double.NaN;
    double travel = 0;
    double distance = 0;
    double breakTime = 0;
    double lastBreakEnd = Double.NEGATIVE_INFINITY;
    double service = 0;
    double waiting = 0;
    long priority = 0;
    long[] routeDelivery = new long[load.length];
    long[] routePickup = new long[load.length];
    int taskCount = 0;
    for (int k = 0; k < steps.size(); k++) {
      JsonNode st = steps.get(k);
      String type = st.get("type").asText();
      String sn = rn + " step " + k + " (" + type + ")";
      double arrival = st.get("arrival").asDouble();
      double wait = st.get("waiting_time").asDouble();
      double serv = st.get("service").asDouble();
      check(st.get("setup").asLong() == 0, sn + " setup");
      service += serv;
      waiting += wait;
      if (type.equals("break")) {
        JsonNode b = breaks.get(st.get("id").asLong());
        check(b != null && breaksTaken.add(st.get("id").asLong()), sn + " is a break of the vehicle, taken once");
        if (b != null) {
          near(b.path("service").asDouble(), serv, sn + " service");
          check(inSomeWindow(b.path("time_windows"), arrival + wait), sn + " starts inside its window");
        }
        check(Double.isNaN(leave) || arrival + SLACK >= leave, sn + " starts after the previous service ends");
        breakTime += serv;
        lastBreakEnd = arrival + wait + serv;
        near(travel, st.get("duration").asDouble(), sn + " cumulated duration");
        checkLoad(st, load, dims, sn);
        continue;
      }
      int loc = st.has("location_index") ? st.get("location_index").asInt() : -1;
      if (type.equals("start") || type.equals("end")) {
        String key = type.equals("start") ? "start_index" : "end_index";
        check(v.has(key) ? loc == v.get(key).asInt() : loc < 0, sn + " location is the vehicle's " + key);
      } else {
        String key = type + ":" + st.get("id").asLong();
        JsonNode t = tasks.get(key);
        check(t != null, sn + " is a task of the request: " + key);
        check(seen.add(key), key + " served once");
        if (t == null) {
          continue;
        }
        taskCount++;
        check(loc == t.get("location_index").asInt(), sn + " location");
        JsonNode skillsOf = type.equals("job") ? t : type.equals("pickup")
            ? shipmentOfPickup.get(st.get("id").asLong()) : shipmentOfDelivery.get(st.get("id").asLong());
        for (JsonNode sk : skillsOf.path("skills")) {
          check(vskills.contains(sk.asText()), sn + " needs skill " + sk + " the vehicle has");
        }
        near(t.path("service").asDouble(), serv, sn + " service");
        JsonNode windows = t.path("time_windows");
        check(inSomeWindow(windows, arrival + wait), sn + " service starts inside a window");
        near(Math.max(0, firstOpenAtOrAfter(windows, arrival) - arrival), wait, sn + " waits only for the window");
        if (type.equals("job")) {
          priority += t.path("priority").asLong();
          for (int d = 0; d < t.path("delivery").size(); d++) {
            load[d] -= t.get("delivery").get(d).asLong();
            routeDelivery[d] += t.get("delivery").get(d).asLong();
          }
        } else {
          JsonNode sh = skillsOf;
          long sign = type.equals("pickup") ? 1 : -1;
          for (int d = 0; d < sh.path("amount").size(); d++) {
            load[d] += sign * sh.get("amount").get(d).asLong();
            if (sign > 0) {
              routePickup[d] += sh.get("amount").get(d).asLong();
            }
          }
          if (type.equals("pickup")) {
            priority += sh.path("priority").asLong();
            pickedAt.put(sh.get("pickup").get("id").asLong(), k);
          } else {
            Integer at = pickedAt.get(sh.get("pickup").get("id").asLong());
            check(at != null && at < k, sn + " delivery after its pickup on the same route");
          }
        }
      }
      checkLoad(st, load, dims, sn);
      for (int d = 0; d < load.length; d++) {
        check(load[d] >= 0 && (dims == 0 || load[d] <= v.get("capacity").get(d).asLong()),
            sn + " load within capacity");
      }
      if (loc >= 0) {
        double leg = prevLoc >= 0 ? dur[prevLoc][loc] : 0;
        travel += leg;
        distance += prevLoc >= 0 ? dist[prevLoc][loc] : 0;
        if (!Double.isNaN(leave)) {
          if (breakTime == 0) {
            near(leave + leg, arrival, sn + " arrival is the previous departure plus travel");
          } else {
            check(arrival + SLACK >= leave + leg + breakTime && arrival + SLACK >= lastBreakEnd && arrival <= lastBreakEnd + leg + SLACK,
                sn + " arrival after the travel and the breaks on the way");
          }
        }
        prevLoc = loc;
      }
      near(travel, st.get("duration").asDouble(), sn + " cumulated duration");
      near(distance, st.get("distance").asDouble(), sn + " cumulated distance");
      leave = type.equals("start") && loc < 0 ? Double.NaN : arrival + wait + serv;
      breakTime = 0;
      lastBreakEnd = Double.NEGATIVE_INFINITY;
    }
    check(breaksTaken.size() == breaks.size(), rn + " takes each of its " + breaks.size() + " breaks");
    JsonNode tw = v.path("time_window");
    if (tw.isArray()) {
      check(steps.get(0).get("arrival").asDouble() + SLACK >= tw.get(0).asDouble(), rn + " starts in its shift");
      check(steps.get(steps.size() - 1).get("arrival").asDouble() <= tw.get(1).asDouble() + SLACK,
          rn + " ends in its shift");
    }
    if (v.has("max_tasks")) {
      check(taskCount <= v.get("max_tasks").asInt(), rn + " max_tasks");
    }
    if (v.has("max_distance")) {
      check(distance <= v.get("max_distance").asDouble() + SLACK, rn + " max_distance");
    }
    near(travel, r.get("duration").asDouble(), rn + " duration (travel)");
    near(distance, r.get("distance").asDouble(), rn + " distance");
    near(service, r.get("service").asDouble(), rn + " service");
    near(waiting, r.get("waiting_time").asDouble(), rn + " waiting_time");
    near(priority, r.get("priority").asDouble(), rn + " priority");
    JsonNode c = v.path("costs");
    double cost = c.path("fixed").asDouble(0) + c.path("per_hour").asDouble(3600) * travel / 3600
        + c.path("per_km").asDouble(0) * distance / 1000;
    check(Math.abs(cost - r.get("cost").asDouble()) <= 1 + 1e-6 * cost, rn + " cost " + cost + " vs " + r.get("cost"));
    check(r.get("violations").isEmpty(), rn + " has no violations");
    if (dims > 0) {
      check(r.get("delivery").size() == dims && r.get("pickup").size() == dims,
          rn + " delivery and pickup have all " + dims + " dimensions");
    }
    for (int d = 0; d < load.length && d < r.get("delivery").size(); d++) {
      near(routeDelivery[d], r.get("delivery").get(d).asDouble(), rn + " delivery[" + d + "]");
      near(routePickup[d], r.get("pickup").get(d).asDouble(), rn + " pickup[" + d + "]");
      delivery[d] += routeDelivery[d];
      pickup[d] += routePickup[d];
    }
    totals[0] += r.get("cost").asDouble();
    totals[1] += service;
    totals[2] += travel;
    totals[3] += waiting;
    totals[4] += distance;
    totals[5] += priority;
    totals[6] += 1;
  }

  /** The load after a step, in every dimension of the vehicle's capacity. */
  private void checkLoad(JsonNode st, long[] load, int dims, String sn) {
    if (dims > 0) {
      check(st.get("load").size() == dims, sn + " load has all " + dims + " dimensions: " + st.get("load"));
    }
    for (int d = 0; d < load.length && d < st.get("load").size(); d++) {
      check(st.get("load").get(d).asLong() == load[d], sn + " load[" + d + "] is " + load[d]);
    }
  }

  /** Steps with service bounds: served by that vehicle, in that order, inside the bounds. */
  private void locks(JsonNode out) {
    for (JsonNode v : req.get("vehicles")) {
      int lastIndex = -1;
      for (JsonNode step : v.path("steps")) {
        boolean bounded = step.has("service_at") || step.has("service_after") || step.has("service_before");
        String type = step.get("type").asText();
        if (!bounded || type.equals("break")) {
          continue;
        }
        JsonNode route = null;
        for (JsonNode r : out.get("routes")) {
          if (r.get("vehicle").asLong() == v.get("id").asLong()) {
            route = r;
          }
        }
        check(route != null, "locked " + type + " " + step.get("id") + " on vehicle " + v.get("id"));
        if (route == null) {
          continue;
        }
        int found = -1;
        for (int k = 0; k < route.get("steps").size(); k++) {
          JsonNode st = route.get("steps").get(k);
          if (st.get("type").asText().equals(type) && st.path("id").asLong(-1) == step.get("id").asLong()) {
            found = k;
          }
        }
        check(found > lastIndex, "locked " + type + " " + step.get("id") + " served by vehicle " + v.get("id")
            + " in the listed order");
        if (found >= 0) {
          JsonNode st = route.get("steps").get(found);
          double start = st.get("arrival").asDouble() + st.get("waiting_time").asDouble();
          double lo = Math.max(step.path("service_after").asDouble(0), step.path("service_at").asDouble(0));
          double hi = Math.min(step.path("service_before").asDouble(Double.MAX_VALUE),
              step.has("service_at") ? step.get("service_at").asDouble() : Double.MAX_VALUE);
          check(start + SLACK >= lo && start <= hi + SLACK, "locked " + type + " " + step.get("id")
              + " starts service in [" + lo + ", " + hi + "], at " + start);
        }
        lastIndex = found;
      }
    }
  }

  private static boolean inSomeWindow(JsonNode windows, double t) {
    if (!windows.isArray() || windows.isEmpty()) {
      return true;
    }
    for (JsonNode w : windows) {
      if (t + SLACK >= w.get(0).asDouble() && t <= w.get(1).asDouble() + SLACK) {
        return true;
      }
    }
    return false;
  }

  /** The earliest service start at or after {@code t} that a window allows ({@code t} without windows). */
  private static double firstOpenAtOrAfter(JsonNode windows, double t) {
    if (!windows.isArray() || windows.isEmpty()) {
      return t;
    }
    for (JsonNode w : windows) {
      if (t <= w.get(1).asDouble() + 1e-6) {
        return Math.max(t, w.get(0).asDouble());
      }
    }
    return t;
  }
}
