package org.routeforge.data.io;

import java.util.ArrayList;
import java.util.List;
import org.routeforge.data.model.Instance;
import org.routeforge.data.model.Stop;
import org.routeforge.data.model.TimeWindow;
import org.routeforge.data.model.VehicleType;

/**
 * Finds what of an instance a classic single-depot format (VRPLIB, Solomon) cannot express, so that
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
    if (in.capacityDimensions() > 1) {
      out.add(format + " has one capacity dimension; the instance has " + in.capacityDimensions());
    }
    if (!in.shipments().isEmpty()) {
      out.add(format + " has no pickup-delivery pairs; the instance has " + in.shipments().size() + " shipments");
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
    for (int v = 0; v < in.vehicleTypes().size() && v < 1; v++) {
      VehicleType t = in.vehicleTypes().get(v);
      if (t.startLocation() < 0 || t.startLocation() != t.endLocation()) {
        out.add(format + " routes start and end at the depot; the vehicles' start " + t.startLocation()
            + " and end " + t.endLocation() + " differ");
      }
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
      if (t.maxDuration() != Double.POSITIVE_INFINITY) {
        out.add(format + " has no maximum route duration (" + Numbers.format(t.maxDuration()) + ")");
      }
      if (t.maxStops() != Integer.MAX_VALUE) {
        out.add(format + " has no maximum number of stops per route (" + t.maxStops() + ")");
      }
    }
    return out;
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
