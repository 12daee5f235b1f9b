package org.routeforge.solver.rich;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.routeforge.data.model.DriverBreak;
import org.routeforge.data.model.Instance;
import org.routeforge.data.model.Shipment;
import org.routeforge.data.model.Stop;
import org.routeforge.data.model.TimeWindow;
import org.routeforge.data.model.VehicleType;

/**
 * A second evaluator, written separately from {@link RichEvaluator} for the tests, from the
 * definitions in the solver README only: it simulates each route as a list of events and finds the
 * departure of least duration by trying departures (a grid, and every departure at which a stop, a
 * break or the end reaches a bound, found by bisection) instead of scanning the pieces of the
 * departure axis; the load is the running sum of signed demands, the peak taken over every prefix.
 */
final class BruteForceEvaluator {
  private BruteForceEvaluator() {}

  /** One route's figures. */
  record RouteFigures(double distance, double duration, double departure, double timeWarp, long excess, double cost) {}

  /** Everything the brute force computed: figures per non-empty route, totals, broken constraint kinds. */
  record Result(List<RouteFigures> routes, double cost, double distance, Set<Violation.Kind> broken) {}

  /** Evaluates {@code routes} (vehicle per route from the types' counts laid end to end) with {@code locks}. */
  static Result evaluate(Instance inst, List<RichRoute> routes, List<Lock> locks) {
    int[] typeOfVehicle = vehicles(inst);
    Set<Violation.Kind> broken = EnumSet.noneOf(Violation.Kind.class);
    List<RouteFigures> figures = new ArrayList<>();
    double cost = 0;
    double distance = 0;
    int n = inst.stops().size();
    int[] routeOf = new int[n];
    int[] posOf = new int[n];
    java.util.Arrays.fill(routeOf, -1);
    List<Integer> usedVehicles = new ArrayList<>();
    for (int r = 0; r < routes.size(); r++) {
      int[] stops = routes.get(r).stops();
      for (int p = 0; p < stops.length; p++) {
        routeOf[stops[p]] = r;
        posOf[stops[p]] = p;
      }
      if (stops.length == 0) {
        continue;
      }
      int v = routes.get(r).vehicle();
      if (usedVehicles.contains(v)) {
        broken.add(Violation.Kind.VEHICLE_COUNT);
      }
      usedVehicles.add(v);
      VehicleType vt = inst.vehicleTypes().get(typeOfVehicle[v]);
      RouteFigures f = route(inst, vt, stops, routes.get(r).breakPositions(), broken);
      figures.add(f);
      cost += f.cost();
      distance += f.distance();
    }
    for (Shipment sh : inst.shipments()) {
      int a = routeOf[sh.pickup()];
      int b = routeOf[sh.delivery()];
      if (a != b || (a >= 0 && posOf[sh.pickup()] > posOf[sh.delivery()])) {
        broken.add(Violation.Kind.PICKUP_DELIVERY);
      }
    }
    for (Lock l : locks) {
      int last = -1;
      for (int s : l.stops()) {
        if (routeOf[s] < 0 || routes.get(routeOf[s]).vehicle() != l.vehicle()) {
          broken.add(Violation.Kind.LOCK);
        } else if (l.inSequence()) {
          if (posOf[s] < last) {
            broken.add(Violation.Kind.LOCK);
          }
          last = posOf[s];
        }
      }
    }
    return new Result(figures, cost, distance, broken);
  }

  private static int[] vehicles(Instance inst) {
    List<Integer> types = new ArrayList<>();
    for (int t = 0; t < inst.vehicleTypes().size(); t++) {
      for (int k = 0; k < Math.min(inst.vehicleTypes().get(t).count(), Math.max(1, inst.stops().size())); k++) {
        types.add(t);
      }
    }
    return types.stream().mapToInt(Integer::intValue).toArray();
  }

  private static RouteFigures route(Instance inst, VehicleType vt, int[] stops, int[] breakPos,
      Set<Violation.Kind> broken) {
    for (int s : stops) {
      if (!vt.skills().containsAll(inst.stops().get(s).skills())) {
        broken.add(Violation.Kind.SKILL);
      }
    }
    if (stops.length > vt.maxStops()) {
      broken.add(Violation.Kind.MAX_STOPS);
    }
    if (breakPos.length != vt.breaks().size()) {
      broken.add(Violation.Kind.BREAK);
    }
    long excess = excess(inst, vt, stops);
    if (excess > 0) {
      broken.add(Violation.Kind.CAPACITY);
    }
    double lo = bestDeparture(inst, vt, stops, breakPos);
    Sim s = simulate(inst, vt, stops, breakPos, lo);
    double warp = s.warp + Math.max(0, s.end - vt.shift().close());
    if (s.warp > 1e-6) {
      broken.add(Violation.Kind.TIME_WINDOW);
    }
    if (s.end > vt.shift().close() + 1e-6) {
      broken.add(Violation.Kind.SHIFT);
    }
    if (s.breakLate > 1e-6) {
      broken.add(Violation.Kind.BREAK);
    }
    double duration = s.end - lo + s.warp; // the clock went back by the lateness at stops
    if (duration > vt.maxDuration() + 1e-6) {
      broken.add(Violation.Kind.MAX_DURATION);
    }
    if (s.distance > vt.maxDistance() + 1e-6) {
      broken.add(Violation.Kind.MAX_DISTANCE);
    }
    double cost = vt.fixedCost() + vt.costPerDistance() * s.distance + vt.costPerTime() * duration;
    return new RouteFigures(s.distance, duration, lo, warp, excess, cost);
  }

  /**
   * The earliest departure of least duration among those no later than needed to add lateness: every
   * departure on a grid over the horizon, plus, for every stop and window bound, break bound and the
   * shift's close, the last departure at which the stop (the break's leg start, the end) is not past
   * that bound, found by bisection, since every time of the route is non-decreasing in the departure.
   */
  private static double bestDeparture(Instance inst, VehicleType vt, int[] stops, int[] breakPos) {
    double open = vt.shift().open();
    Sim atOpen = simulate(inst, vt, stops, breakPos, open);
    double horizon = open;
    List<double[]> bounds = new ArrayList<>(); // {kind, index, bound}: 0 stop arrival, 1 break leg start, 2 end
    for (int p = 0; p < stops.length; p++) {
      for (TimeWindow w : inst.stops().get(stops[p]).timeWindows()) {
        bounds.add(new double[] {0, p, w.open()});
        bounds.add(new double[] {0, p, w.close()});
        horizon = Math.max(horizon, w.close());
      }
    }
    for (int b = 0; b < breakPos.length && b < vt.breaks().size(); b++) {
      TimeWindow w = vt.breaks().get(b).window();
      bounds.add(new double[] {1, b, w.close()});
      bounds.add(new double[] {1, b, w.open() - atOpen.legTravel[b]});
      horizon = Math.max(horizon, w.close());
    }
    if (Double.isFinite(vt.shift().close())) {
      bounds.add(new double[] {2, 0, vt.shift().close()});
      horizon = Math.max(horizon, vt.shift().close());
    }
    horizon += 1;
    List<Double> candidates = new ArrayList<>();
    int grid = 400;
    for (int i = 0; i <= grid; i++) {
      candidates.add(open + (horizon - open) * i / grid);
    }
    for (double[] bound : bounds) {
      if (time(simulate(inst, vt, stops, breakPos, open), bound) > bound[2]) {
        continue;
      }
      double a = open;
      double z = horizon;
      if (time(simulate(inst, vt, stops, breakPos, z), bound) <= bound[2]) {
        a = z;
      }
      for (int i = 0; i < 80 && a < z; i++) {
        double mid = (a + z) / 2;
        if (time(simulate(inst, vt, stops, breakPos, mid), bound) <= bound[2]) {
          a = mid;
        } else {
          z = mid;
        }
      }
      candidates.add(a);
    }
    java.util.Collections.sort(candidates);
    double best = Double.POSITIVE_INFINITY;
    double[] durations = new double[candidates.size()];
    for (int i = 0; i < durations.length; i++) {
      double x = candidates.get(i);
      Sim s = simulate(inst, vt, stops, breakPos, x);
      boolean admissible = s.warp <= atOpen.warp + 1e-9 && s.breakLate <= atOpen.breakLate + 1e-9
          && Math.max(0, s.end - vt.shift().close()) <= Math.max(0, atOpen.end - vt.shift().close()) + 1e-9;
      durations[i] = admissible ? s.end - x + s.warp : Double.POSITIVE_INFINITY;
      best = Math.min(best, durations[i]);
    }
    for (int i = 0; i < durations.length; i++) {
      if (durations[i] <= best + 1e-7) {
        return candidates.get(i);
      }
    }
    throw new IllegalStateException("leaving at the shift's opening is always admissible");
  }

  /** Per stop, the index of the window its service starts in when leaving at {@code depart}. */
  static int[] windows(Instance inst, VehicleType vt, int[] stops, int[] breakPos, double depart) {
    return simulate(inst, vt, stops, breakPos, depart).windows;
  }

  /** The time a bound limits: a stop's arrival, a break's leg start, or the end. */
  private static double time(Sim s, double[] bound) {
    return switch ((int) bound[0]) {
      case 0 -> s.arrivals[(int) bound[1]];
      case 1 -> s.legStarts[(int) bound[1]];
      default -> s.end;
    };
  }

  /** Peak load above capacity over every prefix of the route, summed over the dimensions. */
  private static long excess(Instance inst, VehicleType vt, int[] stops) {
    long total = 0;
    int dims = Math.max(1, inst.capacityDimensions());
    for (int d = 0; d < dims; d++) {
      long peak = Long.MIN_VALUE;
      for (int prefix = 0; prefix <= stops.length; prefix++) {
        long load = 0;
        for (int i = 0; i < stops.length; i++) {
          int s = stops[i];
          int dem = inst.stops().get(s).demand(d);
          boolean pickup = false;
          boolean delivery = false;
          for (Shipment sh : inst.shipments()) {
            pickup |= sh.pickup() == s;
            delivery |= sh.delivery() == s;
          }
          if (!pickup && !delivery) {
            load += dem; // loaded at the start, on board until served
            if (i < prefix) {
              load -= dem;
            }
          } else if (i < prefix) {
            load += pickup ? dem : -dem;
          }
        }
        peak = Math.max(peak, load);
      }
      total += Math.max(0, peak - vt.capacity(d));
    }
    return total;
  }

  private static final class Sim {
    double end;
    double warp;
    double breakLate;
    double distance;
    double[] arrivals;
    int[] windows;
    /** Per break, the time its leg starts and that leg's driving time. */
    double[] legStarts;
    double[] legTravel;
  }

  /** The route's timeline leaving at {@code depart}: legs, breaks on the legs, services. */
  private static Sim simulate(Instance inst, VehicleType vt, int[] stops, int[] breakPos, double depart) {
    Sim sim = new Sim();
    sim.arrivals = new double[stops.length];
    sim.windows = new int[stops.length];
    sim.legStarts = new double[vt.breaks().size()];
    sim.legTravel = new double[vt.breaks().size()];
    double clock = depart;
    int at = vt.startLocation();
    for (int leg = 0; leg <= stops.length; leg++) {
      int to = leg < stops.length ? inst.stops().get(stops[leg]).location() : vt.endLocation();
      double drive = 0;
      if (at >= 0 && to >= 0) {
        sim.distance += inst.distances().get(at, to);
        drive = inst.durations().get(at, to);
      }
      for (int b = 0; b < breakPos.length && b < vt.breaks().size(); b++) {
        if (breakPos[b] == leg) {
          DriverBreak br = vt.breaks().get(b);
          sim.legStarts[b] = clock;
          sim.legTravel[b] = drive;
          // drive until the break may start (or the leg is driven), then wait for it, take it
          double before = Math.min(drive, Math.max(0, br.window().open() - clock));
          clock += before;
          drive -= before;
          clock = Math.max(clock, br.window().open());
          sim.breakLate += Math.max(0, clock - br.window().close());
          clock += br.duration();
        }
      }
      clock += drive;
      if (leg == stops.length) {
        break;
      }
      Stop st = inst.stops().get(stops[leg]);
      List<TimeWindow> ws = st.timeWindows().isEmpty() ? List.of(TimeWindow.ALWAYS) : st.timeWindows();
      int wi = ws.size() - 1;
      for (int i = ws.size() - 1; i >= 0; i--) {
        if (clock <= ws.get(i).close() + 1e-6) {
          wi = i;
        }
      }
      TimeWindow w = ws.get(wi);
      sim.arrivals[leg] = clock;
      sim.windows[leg] = wi;
      if (clock > w.close()) {
        sim.warp += clock - w.close();
        clock = w.close();
      } else {
        clock = Math.max(clock, w.open());
      }
      clock += st.serviceTime();
      at = st.location();
    }
    sim.end = clock;
    return sim;
  }
}
