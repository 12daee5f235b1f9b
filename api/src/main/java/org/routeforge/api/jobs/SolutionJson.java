package org.routeforge.api.jobs;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.routeforge.data.model.Instance;
import org.routeforge.data.model.Location;
import org.routeforge.data.model.Stop;
import org.routeforge.data.model.VehicleType;
import org.routeforge.solver.model.Route;
import org.routeforge.solver.model.Solution;
import org.routeforge.solver.model.Unassigned;
import org.routeforge.solver.rich.RichReasons;

/**
 * Writes a solution as the service's JSON body, merging VROOM's output ({@code summary},
 * {@code routes[].steps[]}, {@code unassigned}) with GraphHopper's reason codes: each unassigned stop
 * has a numeric {@code code} and a snake_case {@code reason}. Units are those of the instance
 * (seconds and meters for geographic instances). Steps carry {@code location} ({@code [x, y]} or
 * {@code [lon, lat]}) when the instance has coordinates, so that clients can draw the routes.
 * Amounts have every capacity dimension, as VROOM's: each step's {@code load} on board after it
 * (a stop's {@code demand} too), each route's {@code load} (the demand of its stops) and the
 * summary's {@code load} (the demand served).
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
    int dims = Math.max(1, instance.capacityDimensions());
    long[] totalLoad = new long[dims];
    double totalDuration = 0;
    double totalWaiting = 0;
    double totalService = 0;
    ArrayNode routes = root.putArray("routes");
    int no = 0;
    for (Route r : solution.routes()) {
      VehicleType vt = instance.vehicleTypes().get(r.vehicleType());
      ObjectNode rn = routes.addObject();
      rn.put("vehicle", no++);
      rn.put("vehicle_index", r.vehicle());
      rn.put("vehicle_type", vt.id());
      rn.put("distance", r.distance());
      rn.put("duration", r.duration());
      long[] routeLoad = new long[dims];
      for (int s : r.stops()) {
        for (int d = 0; d < dims; d++) {
          routeLoad[d] += instance.stops().get(s).demand(d);
        }
      }
      amounts(rn.putArray("load"), routeLoad);
      for (int d = 0; d < dims; d++) {
        totalLoad[d] += routeLoad[d];
      }
      rn.put("feasible", r.feasible());
      if (r.timeWarp() > 0) {
        rn.put("time_warp", r.timeWarp());
      }
      if (r.excessLoad() > 0) {
        rn.put("excess_load", r.excessLoad());
      }
      ArrayNode steps = rn.putArray("steps");
      double waiting = 0;
      double service = 0;
      for (RouteSteps step : RouteSteps.of(instance, r)) {
        if (step.location() < 0 && step.stopIndex() < 0 && step.breakIndex() < 0) {
          continue; // open start or end
        }
        ObjectNode st = steps.addObject();
        st.put("type", step.type());
        if (step.stopIndex() >= 0) {
          Stop s = instance.stops().get(step.stopIndex());
          st.put("id", s.id());
          st.put("stop_index", step.stopIndex());
        } else if (step.breakIndex() >= 0) {
          st.put("id", vt.breaks().get(step.breakIndex()).id());
        }
        if (step.location() >= 0) {
          location(st, instance.locations().get(step.location()), step.location(), coords);
        }
        st.put("arrival", step.arrival());
        if (step.stopIndex() >= 0 || step.breakIndex() >= 0) {
          st.put("waiting_time", step.waiting());
          st.put("service", step.service());
        }
        if (step.stopIndex() >= 0) {
          ArrayNode demand = st.putArray("demand");
          for (int d = 0; d < dims; d++) {
            demand.add(instance.stops().get(step.stopIndex()).demand(d));
          }
        }
        long[] load = step.load();
        amounts(st.putArray("load"), java.util.Arrays.copyOf(load, Math.max(dims, load.length)));
        st.put("distance", step.distance());
        waiting += step.waiting();
        service += step.stopIndex() >= 0 ? step.service() : 0;
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
    amounts(summary.putArray("load"), totalLoad);
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
      case RichReasons.PRIORITY_TRADE_OFF:
        return "priority";
      case RichReasons.MAX_STOPS:
        return "max_stops";
      case RichReasons.BREAK:
        return "break";
      case RichReasons.SHIPMENT:
        return "shipment";
      default:
        return "not_routed";
    }
  }

  private static void amounts(ArrayNode a, long[] values) {
    for (long v : values) {
      a.add(v);
    }
  }

  private static void location(ObjectNode n, Location l, int index, boolean coords) {
    n.put("location_index", index);
    if (coords) {
      n.putArray("location").add(l.x()).add(l.y());
    }
  }
}
