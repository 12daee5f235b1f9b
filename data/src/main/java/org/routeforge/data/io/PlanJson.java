package org.routeforge.data.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.routeforge.data.model.Instance;
import org.routeforge.data.model.PlannedRoute;
import org.routeforge.data.model.Shipment;
import org.routeforge.data.model.VehicleType;

/**
 * The {@code plan} section of RouteForge JSON: routes to start the search from (warm start) and stops
 * locked to a vehicle, optionally in sequence, as {@link PlannedRoute}s. data/README.md documents it.
 * Reading checks what a plan must satisfy on its own (known stops and vehicles, each stop planned
 * once, a shipment's pickup before its delivery on one route, a known lock kind) and reports every
 * problem with its JSON pointer.
 */
final class PlanJson {
  private static final Set<String> ENTRY = Set.of("vehicle", "index", "stops", "lock", "locked");

  private PlanJson() {}

  /** What the plan refers to, as read from the rest of the document. */
  record Refs(Map<String, Integer> stopIndex, List<String> typeIds, List<Integer> typeCounts,
      List<Shipment> shipments, int stopCount) {}

  /** Reads {@code plan} (an array at {@code /plan}); problems go to {@code f}'s collector. */
  static List<PlannedRoute> read(JsonFields f, JsonNode plan, Refs refs) {
    ProblemCollector pc = f.problems();
    List<PlannedRoute> out = new ArrayList<>();
    if (!f.isArray(plan, "/plan", "plan")) {
      return out;
    }
    String[] plannedAt = new String[refs.stopCount()];
    int[] routeOf = new int[refs.stopCount()];
    int[] position = new int[refs.stopCount()];
    Map<Long, String> vehicleAt = new HashMap<>();
    for (int i = 0; i < plan.size(); i++) {
      String p = JsonFields.ptr("/plan", i);
      JsonNode e = plan.get(i);
      if (!f.isObject(e, p, "plan")) {
        continue;
      }
      f.allowOnly(e, p, ENTRY, "a planned route");
      int type = vehicleType(f, e, p, refs);
      int index = (int) f.integerField(e, "index", p, 0, 0, Integer.MAX_VALUE);
      if (type >= 0 && index >= refs.typeCounts().get(type)) {
        pc.atPointer(p + "/index", "index", "vehicle type \"" + refs.typeIds().get(type) + "\" has "
            + refs.typeCounts().get(type) + " vehicle(s), numbered 0.." + (refs.typeCounts().get(type) - 1)
            + "; got " + index);
        type = -1;
      }
      if (type >= 0) {
        String before = vehicleAt.putIfAbsent(((long) type << 32) | index, p);
        if (before != null) {
          pc.atPointer(p, "vehicle", "vehicle " + index + " of type \"" + refs.typeIds().get(type)
              + "\" is already planned at " + before);
        }
      }
      PlannedRoute.Lock lock = lock(f, e, p);
      List<Integer> stops = new ArrayList<>();
      JsonNode ss = f.member(e, "stops", p, true);
      if (ss != null && f.isArray(ss, p + "/stops", "stops")) {
        if (ss.isEmpty()) {
          pc.atPointer(p + "/stops", "stops", "a planned route needs at least one stop");
        }
        for (int k = 0; k < ss.size(); k++) {
          String sp = JsonFields.ptr(p + "/stops", k);
          int s = stop(f, ss.get(k), sp, refs);
          if (s < 0) {
            continue;
          }
          if (plannedAt[s] != null) {
            pc.atPointer(sp, "stops", "stop \"" + ss.get(k).textValue() + "\" is already planned at " + plannedAt[s]);
            continue;
          }
          plannedAt[s] = sp;
          routeOf[s] = i;
          position[s] = stops.size();
          stops.add(s);
        }
      }
      int[] locked = locked(f, e, p, lock, stops, refs);
      if (type >= 0 && lock != null && locked != null && !stops.isEmpty()) {
        out.add(new PlannedRoute(type, index, ints(stops), lock, locked));
      }
    }
    for (Shipment s : refs.shipments()) {
      if (s.pickup() < 0 || s.delivery() < 0 || s.pickup() >= plannedAt.length || s.delivery() >= plannedAt.length) {
        continue;
      }
      String pu = plannedAt[s.pickup()];
      String de = plannedAt[s.delivery()];
      if (pu == null && de == null) {
        continue;
      }
      if (pu == null || de == null || routeOf[s.pickup()] != routeOf[s.delivery()]) {
        pc.atPointer(pu != null ? pu : de, "stops", "a shipment's pickup and delivery must be planned on the same"
            + " route (pickup " + (pu == null ? "not planned" : "at " + pu) + ", delivery "
            + (de == null ? "not planned" : "at " + de) + ")");
      } else if (position[s.delivery()] < position[s.pickup()]) {
        pc.atPointer(de, "stops", "a shipment's delivery is planned before its pickup (at " + pu + ")");
      }
    }
    return out;
  }

  /** The vehicle type named by {@code vehicle} (its id, or its index), or -1 with a problem. */
  private static int vehicleType(JsonFields f, JsonNode e, String p, Refs refs) {
    JsonNode v = f.member(e, "vehicle", p, true);
    String vp = p + "/vehicle";
    if (v == null) {
      return -1;
    }
    List<String> ids = refs.typeIds();
    if (v.isTextual()) {
      int found = -1;
      for (int t = 0; t < ids.size(); t++) {
        if (ids.get(t).equals(v.textValue())) {
          if (found >= 0) {
            f.problems().atPointer(vp, "vehicle", "several vehicle types have the id \"" + v.textValue()
                + "\"; name the type by its index");
            return -1;
          }
          found = t;
        }
      }
      if (found < 0) {
        f.problems().atPointer(vp, "vehicle", "no vehicle type with the id \"" + v.textValue() + "\" (known: "
            + String.join(", ", ids) + ")");
      }
      return found;
    }
    if (ids.isEmpty()) {
      f.problems().atPointer(vp, "vehicle", "the instance has no vehicle types");
      return -1;
    }
    return (int) f.integer(v, vp, "vehicle", -1, 0, ids.size() - 1);
  }

  private static PlannedRoute.Lock lock(JsonFields f, JsonNode e, String p) {
    String name = f.string(e, "lock", p, "none", false);
    for (PlannedRoute.Lock l : PlannedRoute.Lock.values()) {
      if (l.wire().equals(name)) {
        return l;
      }
    }
    if (name != null) {
      f.problems().atPointer(p + "/lock", "lock", "unknown lock \"" + name + "\" (none, route, sequence)");
    }
    return null;
  }

  /** The stop named by a stop id, or -1 with a problem. */
  private static int stop(JsonFields f, JsonNode n, String sp, Refs refs) {
    if (!n.isTextual()) {
      f.problems().atPointer(sp, "stops", "expected a stop id (a string), got " + n.getNodeType().name()
          .toLowerCase(Locale.ROOT));
      return -1;
    }
    Integer s = refs.stopIndex().get(n.textValue());
    if (s == null) {
      f.problems().atPointer(sp, "stops", "no stop with the id \"" + n.textValue() + "\"");
      return -1;
    }
    return s;
  }

  /** The locked stops: {@code locked} when given, else every stop (none for lock "none"); null on a problem. */
  private static int[] locked(JsonFields f, JsonNode e, String p, PlannedRoute.Lock lock, List<Integer> stops,
      Refs refs) {
    JsonNode l = f.member(e, "locked", p, false);
    if (l == null) {
      return lock == PlannedRoute.Lock.NONE ? new int[0] : ints(stops);
    }
    String lp = p + "/locked";
    if (lock == PlannedRoute.Lock.NONE) {
      f.problems().atPointer(lp, "locked", "locked stops need \"lock\": \"route\" or \"sequence\"");
      return null;
    }
    if (!f.isArray(l, lp, "locked")) {
      return null;
    }
    if (l.isEmpty()) {
      f.problems().atPointer(lp, "locked", "give at least one locked stop, or leave \"locked\" out to lock them all");
      return null;
    }
    List<Integer> out = new ArrayList<>();
    int last = -1;
    boolean ok = true;
    for (int k = 0; k < l.size(); k++) {
      String kp = JsonFields.ptr(lp, k);
      int s = stop(f, l.get(k), kp, refs);
      int at = s < 0 ? -1 : stops.indexOf(s);
      if (s >= 0 && at < 0) {
        f.problems().atPointer(kp, "locked", "stop \"" + l.get(k).textValue() + "\" is not in this route's stops");
      } else if (at >= 0 && at <= last) {
        f.problems().atPointer(kp, "locked", "locked stops are listed in the order of \"stops\" (\""
            + l.get(k).textValue() + "\" comes earlier there or twice here)");
      } else if (at >= 0) {
        last = at;
        out.add(s);
        continue;
      }
      ok = false;
    }
    return ok ? ints(out) : null;
  }

  /** Writes {@code "plan"} (nothing when the plan is empty). */
  static void write(JsonGenerator g, Instance in, List<PlannedRoute> plan) throws IOException {
    if (plan.isEmpty()) {
      return;
    }
    g.writeArrayFieldStart("plan");
    for (PlannedRoute r : plan) {
      g.writeStartObject();
      VehicleType vt = in.vehicleTypes().get(r.vehicleType());
      boolean unique = true;
      for (int t = 0; t < in.vehicleTypes().size(); t++) {
        unique &= t == r.vehicleType() || !in.vehicleTypes().get(t).id().equals(vt.id());
      }
      if (unique) {
        g.writeStringField("vehicle", vt.id());
      } else {
        g.writeNumberField("vehicle", r.vehicleType());
      }
      if (r.vehicleIndex() != 0) {
        g.writeNumberField("index", r.vehicleIndex());
      }
      writeIds(g, "stops", in, r.stops());
      if (r.lock() != PlannedRoute.Lock.NONE) {
        g.writeStringField("lock", r.lock().wire());
        if (!r.lockedWhole()) {
          writeIds(g, "locked", in, r.locked());
        }
      }
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void writeIds(JsonGenerator g, String name, Instance in, int[] stops) throws IOException {
    g.writeArrayFieldStart(name);
    for (int s : stops) {
      g.writeString(in.stops().get(s).id());
    }
    g.writeEndArray();
  }

  private static int[] ints(List<Integer> list) {
    int[] out = new int[list.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = list.get(i);
    }
    return out;
  }
}
