package org.routeforge.data.io;

import java.util.ArrayList;
import java.util.List;
import org.routeforge.data.model.Instance;
import org.routeforge.data.model.Rounding;
import org.routeforge.data.model.Stop;
import org.routeforge.data.model.TimeWindow;
import org.routeforge.data.model.VehicleType;

/**
 * Finds what of an instance a classic text format (VRPLIB, Solomon, Li &amp; Lim, Cordeau) cannot express, so that
 * {@code convert} can say so instead of dropping content silently. Each entry is one sentence.
 */
final class Limitations {
  private Limitations() {}

  /** Content outside "one depot, one vehicle type, one capacity dimension, at most one window". */
  static List<String> singleDepot(Instance in, String format) {
    List<String> out = new ArrayList<>();
    if (in.vehicleTypes().size() != 1) {
      out.add(format + " has one vehicle type; the instance has " + in.vehicleTypes().size());
    }
    int depots = depotCount(in);
    if (depots > 1) {
      out.add(format + " has one depot; the instance's vehicles start at " + depots + " different locations");
    }
    if (!in.shipments().isEmpty()) {
      out.add(format + " has no pickup-delivery pairs; the instance has " + in.shipments().size() + " shipments");
    }
    stopFeatures(in, format, out);
    if (!in.vehicleTypes().isEmpty()) {
      VehicleType t = in.vehicleTypes().get(0);
      closedRoutes(t, format, out);
      vehicleFeatures(t, format, out);
      if (t.maxDuration() != Double.POSITIVE_INFINITY) {
        out.add(format + " has no maximum route duration (" + Numbers.format(t.maxDuration()) + ")");
      }
    }
    return out;
  }

  /** Number of distinct start locations of the vehicle types (open starts not counted). */
  static int depotCount(Instance in) {
    java.util.Set<Integer> starts = new java.util.HashSet<>();
    for (VehicleType t : in.vehicleTypes()) {
      if (t.startLocation() >= 0) {
        starts.add(t.startLocation());
      }
    }
    return starts.size();
  }

  /** Stop content the classic text formats lack: capacity dimensions, skills, priorities, several windows. */
  static void stopFeatures(Instance in, String format, List<String> out) {
    if (in.capacityDimensions() > 1) {
      out.add(format + " has one capacity dimension; the instance has " + in.capacityDimensions());
    }
    int skills = 0;
    int prio = 0;
    int multiTw = 0;
    for (Stop s : in.stops()) {
      skills += s.skills().isEmpty() ? 0 : 1;
      prio += s.priority() != 0 ? 1 : 0;
      multiTw += s.timeWindows().size() > 1 ? 1 : 0;
    }
    if (skills > 0) {
      out.add(format + " has no skills; " + skills + " stops require skills");
    }
    if (prio > 0) {
      out.add(format + " has no priorities; " + prio + " stops have a priority");
    }
    if (multiTw > 0) {
      out.add(format + " has one time window per stop; " + multiTw + " stops have several");
    }
    if (in.hasSeparateDurations()) {
      out.add(format + " has one travel matrix; the separate duration matrix would be dropped");
    }
  }

  /** Routes that start somewhere else than they end, or nowhere in particular. */
  static void closedRoutes(VehicleType t, String format, List<String> out) {
    if (t.startLocation() < 0 || t.startLocation() != t.endLocation()) {
      out.add(format + " routes start and end at the depot; the vehicles' (" + t.id() + ") start "
          + t.startLocation() + " and end " + t.endLocation() + " differ");
    }
  }

  /** Vehicle content the classic text formats lack: skills, breaks, costs, stop limits. */
  static void vehicleFeatures(VehicleType t, String format, List<String> out) {
    if (!t.skills().isEmpty()) {
      out.add(format + " has no vehicle skills; the vehicles have " + t.skills());
    }
    if (!t.breaks().isEmpty()) {
      out.add(format + " has no driver breaks; the vehicles have " + t.breaks().size());
    }
    if (t.fixedCost() != 0 || t.costPerDistance() != 1 || t.costPerTime() != 0) {
      out.add(format + " has no vehicle costs (fixed " + Numbers.format(t.fixedCost()) + ", per distance "
          + Numbers.format(t.costPerDistance()) + ", per time " + Numbers.format(t.costPerTime()) + ")");
    }
    if (t.maxStops() != Integer.MAX_VALUE) {
      out.add(format + " has no maximum number of stops per route (" + t.maxStops() + ")");
    }
  }

  /** Coordinates, and Euclidean distances under {@code rounding} (what a coordinates-only format implies). */
  static void euclidean(Instance in, String format, Rounding rounding, List<String> out) {
    if (!in.hasCoordinates()) {
      out.add(format + " files hold coordinates only; the explicit travel matrix cannot be written");
    } else if (in.rounding() != rounding) {
      out.add(format + " distances are read back as Euclidean " + rounding + "; the instance uses "
          + (in.rounding() == null ? "an explicit matrix" : in.rounding() + " distances"));
    }
  }

  /** Whether stop ids already are the canonical node numbers {@code first, first+1, ...}. */
  static boolean canonicalIds(Instance in, int first) {
    for (int i = 0; i < in.stops().size(); i++) {
      if (!in.stops().get(i).id().equals(Integer.toString(first + i))) {
        return false;
      }
    }
    return true;
  }

  /** The single window of a stop, or the vehicles' shift when it has none. */
  static TimeWindow window(Stop s, TimeWindow shift) {
    return s.timeWindows().isEmpty() ? shift : new TimeWindow(s.earliest(), s.latest());
  }
}
