package org.routeforge.solver.rich;

import java.util.ArrayList;
import java.util.List;
import org.routeforge.data.model.Instance;
import org.routeforge.data.model.Shipment;
import org.routeforge.data.model.Stop;
import org.routeforge.data.model.VehicleType;
import org.routeforge.solver.model.Unassigned;

/**
 * Why stops are left out of a rich solution. {@link #unservable} is the pre-analysis: a stop (or a
 * shipment's pair) that no vehicle type can serve even on a route of its own is set aside before the
 * search with a reason: missing skill, demand above capacity, unreachable location, time window (or
 * shift) unreachable, no place for a driver break, maximum distance/duration/stops. {@link #afterSearch}
 * explains the stops the search itself left out. Codes follow GraphHopper's numbering where it has one
 * ({@link Unassigned}); the ones below are added for what it lacks.
 */
public final class RichReasons {
  /** A lower-priority stop left out so that higher-priority stops fit. */
  public static final int PRIORITY_TRADE_OFF = 23;
  /** Visiting the stop alone exceeds the maximum number of stops (a type allowing none). */
  public static final int MAX_STOPS = 24;
  /** No placement of the vehicle's driver breaks works with the stop. */
  public static final int BREAK = 25;
  /** The other half of the stop's pickup–delivery pair cannot be served. */
  public static final int SHIPMENT = 26;

  private RichReasons() {}

  /** Stops no vehicle can serve even alone, each with its reason, in stop order. */
  public static List<Unassigned> unservable(Instance inst) {
    RichEvaluator.Context ctx = new RichEvaluator.Context(inst);
    RichFleet fleet = ctx.fleet;
    int n = inst.stops().size();
    int[] partner = new int[n];
    java.util.Arrays.fill(partner, -1);
    boolean[] pickup = new boolean[n];
    for (Shipment sh : inst.shipments()) {
      partner[sh.pickup()] = sh.delivery();
      partner[sh.delivery()] = sh.pickup();
      pickup[sh.pickup()] = true;
    }
    Unassigned[] why = new Unassigned[n];
    for (int s = 0; s < n; s++) {
      if (why[s] != null) {
        continue;
      }
      int[] route = partner[s] < 0 ? new int[] {s} : pickup[s] ? new int[] {s, partner[s]} : new int[] {partner[s], s};
      Unassigned best = null;
      int bestRank = -1;
      boolean servable = false;
      for (int t = 0; t < inst.vehicleTypes().size() && !servable; t++) {
        if (fleet.firstOfType(t) == fleet.firstOfType(t + 1)) {
          continue;
        }
        Unassigned u = whyNot(ctx, fleet.firstOfType(t), route, s);
        if (u == null) {
          servable = true;
        } else if (rank(u.code()) > bestRank) {
          best = u;
          bestRank = rank(u.code());
        }
      }
      if (!servable && best == null) {
        best = new Unassigned(s, Unassigned.NOT_ROUTED, "no vehicle", "the instance has no vehicle");
      }
      if (!servable) {
        why[s] = best;
        if (partner[s] >= 0) {
          int o = partner[s];
          why[o] = new Unassigned(o, SHIPMENT, "shipment", "stop " + inst.stops().get(o).id()
              + " is paired with stop " + inst.stops().get(s).id() + ", which cannot be served: " + best.detail());
        }
      }
    }
    List<Unassigned> out = new ArrayList<>();
    for (Unassigned u : why) {
      if (u != null) {
        out.add(u);
      }
    }
    return out;
  }

  /** How far a stop got in the checks: the reason of the type it got furthest with is reported. */
  private static int rank(int code) {
    switch (code) {
      case Unassigned.SKILL: return 0;
      case Unassigned.CAPACITY: return 1;
      case Unassigned.UNREACHABLE: return 2;
      case Unassigned.TIME_WINDOW: return 3;
      case BREAK: return 4;
      case Unassigned.MAX_DISTANCE: return 5;
      case Unassigned.MAX_DURATION: return 6;
      default: return 7;
    }
  }

  /** Why vehicle {@code v} cannot serve {@code route} (the stop, or pickup then delivery) alone; null when it can. */
  private static Unassigned whyNot(RichEvaluator.Context ctx, int v, int[] route, int s) {
    Instance inst = ctx.inst;
    VehicleType vt = ctx.fleet.type(inst, v);
    String id = "stop " + inst.stops().get(s).id() + " (index " + s + ")";
    for (int x : route) {
      Stop st = inst.stops().get(x);
      if (!vt.skills().containsAll(st.skills())) {
        return new Unassigned(s, Unassigned.SKILL, "skill", id + " needs skills " + st.skills()
            + ", vehicle type " + vt.id() + " has " + vt.skills());
      }
      for (int d = 0; d < ctx.dims; d++) {
        if (st.demand(d) > vt.capacity(d)) {
          return new Unassigned(s, Unassigned.CAPACITY, "capacity", id + " has demand " + st.demand(d)
              + " in dimension " + d + ", above the capacity " + vt.capacity(d) + " of vehicle type " + vt.id());
        }
      }
    }
    RichEvaluation best = bestAlone(ctx, v, route);
    if (best.feasible()) {
      return null;
    }
    if (!vt.breaks().isEmpty()) {
      // with every break after the stops, the stops are untouched: only the breaks can fail
      int[] atEnd = new int[vt.breaks().size()];
      java.util.Arrays.fill(atEnd, route.length);
      RichEvaluation late = RichEvaluator.evaluateAlone(ctx, new RichRoute(v, route, atEnd));
      boolean onlyBreaks = true;
      for (Violation viol : late.violations()) {
        onlyBreaks &= viol.kind() == Violation.Kind.BREAK;
      }
      if (onlyBreaks) {
        return new Unassigned(s, BREAK, "break", id + " cannot be served by vehicle type " + vt.id()
            + " with its breaks placed anywhere: " + late.violations().get(0).message());
      }
    }
    Violation.Kind k = best.violations().get(0).kind();
    for (Violation viol : best.violations()) {
      if (viol.kind() == Violation.Kind.UNREACHABLE) {
        k = Violation.Kind.UNREACHABLE;
      }
    }
    String detail = id + " cannot be served by vehicle type " + vt.id() + " even alone: " + best.violations().get(0).message();
    switch (k) {
      case UNREACHABLE:
        return new Unassigned(s, Unassigned.UNREACHABLE, "unreachable", id + " cannot be reached from (or return to) "
            + "the start of vehicle type " + vt.id());
      case TIME_WINDOW:
      case SHIFT:
        return new Unassigned(s, Unassigned.TIME_WINDOW, "time window", detail);
      case BREAK:
        return new Unassigned(s, BREAK, "break", detail);
      case MAX_DISTANCE:
        return new Unassigned(s, Unassigned.MAX_DISTANCE, "max distance", detail);
      case MAX_DURATION:
        return new Unassigned(s, Unassigned.MAX_DURATION, "max duration", detail);
      case MAX_STOPS:
        return new Unassigned(s, MAX_STOPS, "max stops", detail);
      case CAPACITY:
        return new Unassigned(s, Unassigned.CAPACITY, "capacity", detail);
      default:
        return new Unassigned(s, Unassigned.NOT_ROUTED, "not routed", detail);
    }
  }

  /** The evaluation of {@code route} on vehicle {@code v} over every break placement, fewest violations first. */
  static RichEvaluation bestAlone(RichEvaluator.Context ctx, int v, int[] route) {
    int breaks = ctx.fleet.type(ctx.inst, v).breaks().size();
    int[] pos = new int[breaks];
    RichEvaluation best = null;
    int combos = 1;
    for (int b = 0; b < breaks && combos <= 256; b++) {
      combos *= route.length + 1;
    }
    combos = Math.min(combos, 256);
    for (int c = 0; c < combos; c++) {
      int rest = c;
      for (int b = 0; b < breaks; b++) {
        pos[b] = rest % (route.length + 1);
        rest /= route.length + 1;
      }
      RichEvaluation e = RichEvaluator.evaluateAlone(ctx, new RichRoute(v, route, pos));
      if (best == null || e.violations().size() < best.violations().size()) {
        best = e;
      }
      if (best.feasible()) {
        break;
      }
    }
    return best;
  }

  /**
   * The reasons for the stops the search left unserved (those not already set aside as unservable):
   * {@link #PRIORITY_TRADE_OFF} when stops of a higher priority are served, otherwise
   * {@link Unassigned#NOT_ROUTED} (no room left on the fleet within its limits).
   */
  public static List<Unassigned> afterSearch(Instance inst, int[] unserved, List<Unassigned> known) {
    boolean[] isKnown = new boolean[inst.stops().size()];
    for (Unassigned u : known) {
      isKnown[u.stopIndex()] = true;
    }
    boolean[] out = new boolean[inst.stops().size()];
    for (int s : unserved) {
      out[s] = true;
    }
    int maxServedPriority = Integer.MIN_VALUE;
    for (int s = 0; s < out.length; s++) {
      if (!out[s]) {
        maxServedPriority = Math.max(maxServedPriority, inst.stops().get(s).priority());
      }
    }
    List<Unassigned> result = new ArrayList<>(known);
    for (int s : unserved) {
      if (isKnown[s]) {
        continue;
      }
      Stop st = inst.stops().get(s);
      if (st.priority() < maxServedPriority) {
        result.add(new Unassigned(s, PRIORITY_TRADE_OFF, "priority trade-off", "stop " + st.id() + " (priority "
            + st.priority() + ") was left out so that stops of priority up to " + maxServedPriority + " fit"));
      } else {
        result.add(new Unassigned(s, Unassigned.NOT_ROUTED, "not routed", "stop " + st.id()
            + " fits no vehicle next to the stops served (fleet size, capacity, time or route limits)"));
      }
    }
    return result;
  }
}
