package org.routeforge.api.jobs;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.routeforge.data.model.Instance;
import org.routeforge.data.model.Location;
import org.routeforge.data.model.Stop;
import org.routeforge.data.model.TravelMatrix;
import org.routeforge.data.model.VehicleType;
import org.routeforge.solver.model.Route;
import org.routeforge.solver.model.Solution;
import org.routeforge.solver.model.Unassigned;

/**
 * Writes a solution as the service's JSON body, merging VROOM's output ({@code summary},
 * {@code routes[].steps[]}, {@code unassigned}) with GraphHopper's reason codes: each unassigned stop
 * has a numeric {@code code} and a snake_case {@code reason}. Units are those of the instance
 * (seconds and meters for geographic instances). Steps carry {@code location} ({@code [x, y]} or
 * {@code [lon, lat]}) when the instance has coordinates, so that clients can draw the routes.
 *
 * @implNote stateless and thread-safe.
 */
public final class SolutionJson {
  private SolutionJson() {}

  /** The JSON body for {@code solution} of {@code instance}. */
  public static ObjectNode write(ObjectMapper mapper, Instance instance, Solution solution) {
    ObjectNode root = mapper.createObjectNode();
    root.put("instance", instance.name());
    root.put("geographic", instance.geographic());
    boolean coords = instance.hasCoordinates();
    TravelMatrix dm = instance.distances();
    TravelMatrix tm = instance.durations();
    double totalDuration = 0;
    double totalWaiting = 0;
    double totalService = 0;
    ArrayNode routes = root.putArray("routes");
    int no = 0;
    for (Route r : solution.routes()) {
      VehicleType vt = instance.vehicleTypes().get(r.vehicleType());
      ObjectNode rn = routes.addObject();
      rn.put("vehicle", no++);
      rn.put("vehicle_type", vt.id());
      rn.put("distance", r.distance());
      rn.put("duration", r.duration());
      rn.put("load", r.load());
      rn.put("feasible", r.feasible());
      if (r.timeWarp() > 0) {
        rn.put("time_warp", r.timeWarp());
      }
      if (r.excessLoad() > 0) {
        rn.put("excess_load", r.excessLoad());
      }
      int[] stops = r.stops();
      double[] arrivals = r.arrivals();
      double[] waits = r.waits();
      ArrayNode steps = rn.putArray("steps");
      int prev = vt.startLocation();
      double dist = 0;
      double waiting = 0;
      double service = 0;
      if (prev >= 0) {
        ObjectNode start = steps.addObject();
        start.put("type", "start");
        location(start, instance.locations().get(prev), prev, coords);
        start.put("arrival", stops.length > 0 && arrivals.length > 0
            ? arrivals[0] - tm.get(prev, instance.stops().get(stops[0]).location()) : vt.shift().open());
        start.put("distance", 0.0);
      }
      long onBoard = r.load();
      for (int i = 0; i < stops.length; i++) {
        Stop s = instance.stops().get(stops[i]);
        if (prev >= 0) {
          dist += dm.get(prev, s.location());
        }
        onBoard -= s.demand(0);
        ObjectNode st = steps.addObject();
        st.put("type", "job");
        st.put("id", s.id());
        st.put("stop_index", stops[i]);
        location(st, instance.locations().get(s.location()), s.location(), coords);
        st.put("arrival", arrivals[i]);
        st.put("waiting_time", waits[i]);
        st.put("service", s.serviceTime());
        st.put("demand", s.demand(0));
        st.put("load", onBoard);
        st.put("distance", dist);
        waiting += waits[i];
        service += s.serviceTime();
        prev = s.location();
      }
      if (vt.endLocation() >= 0) {
        dist += dm.get(prev, vt.endLocation());
        ObjectNode end = steps.addObject();
        end.put("type", "end");
        location(end, instance.locations().get(vt.endLocation()), vt.endLocation(), coords);
        end.put("distance", dist);
      }
      rn.put("waiting_time", waiting);
      rn.put("service", service);
      totalDuration += r.duration();
      totalWaiting += waiting;
      totalService += service;
    }
    ArrayNode un = root.putArray("unassigned");
    for (Unassigned u : solution.unassigned()) {
      Stop s = instance.stops().get(u.stopIndex());
      ObjectNode n = un.addObject();
      n.put("id", s.id());
      n.put("stop_index", u.stopIndex());
      n.put("type", "job");
      n.put("code", u.code());
      n.put("reason", reasonName(u.code()));
      n.put("detail", u.detail());
      location(n, instance.locations().get(s.location()), s.location(), coords);
    }
    ObjectNode summary = mapper.createObjectNode();
    summary.put("cost", solution.cost());
    summary.put("feasible", solution.feasible());
    summary.put("routes", solution.routeCount());
    summary.put("unassigned", solution.unassigned().size());
    summary.put("distance", solution.distance());
    summary.put("duration", totalDuration);
    summary.put("waiting_time", totalWaiting);
    summary.put("service", totalService);
    root.set("summary", summary);
    if (coords) {
      ArrayNode depots = root.putArray("depots");
      for (VehicleType vt : instance.vehicleTypes()) {
        if (vt.startLocation() >= 0) {
          Location l = instance.locations().get(vt.startLocation());
          depots.addArray().add(l.x()).add(l.y());
        }
      }
    }
    return root;
  }

  /** The stable snake_case name of a GraphHopper-style reason code. */
  public static String reasonName(int code) {
    switch (code) {
      case Unassigned.SKILL:
        return "skill";
      case Unassigned.TIME_WINDOW:
        return "time_window";
      case Unassigned.CAPACITY:
        return "capacity";
      case Unassigned.MAX_DISTANCE:
        return "max_distance";
      case Unassigned.MAX_DURATION:
        return "max_duration";
      case Unassigned.UNREACHABLE:
        return "unreachable";
      default:
        return "not_routed";
    }
  }

  private static void location(ObjectNode n, Location l, int index, boolean coords) {
    n.put("location_index", index);
    if (coords) {
      n.putArray("location").add(l.x()).add(l.y());
    }
  }
}
