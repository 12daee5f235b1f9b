package org.routeforge.data.validate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.routeforge.data.io.InputException;
import org.routeforge.data.io.InputException.Problem;
import org.routeforge.data.io.InstanceFiles;
import org.routeforge.data.io.Numbers;
import org.routeforge.data.io.ParsedInstance;
import org.routeforge.data.io.ProblemCollector;
import org.routeforge.data.io.SourceMap;
import org.routeforge.data.model.DenseMatrix;
import org.routeforge.data.model.Instance;
import org.routeforge.data.model.Shipment;
import org.routeforge.data.model.Stop;
import org.routeforge.data.model.TimeWindow;
import org.routeforge.data.model.TravelMatrix;
import org.routeforge.data.model.VehicleType;

/**
 * Checks an instance for problems that make it malformed or infeasible, and reports ALL of them, each
 * at the line or JSON pointer where the offending field was read: matrix size and entries
 * (negative, NaN), references out of range, a demand above every vehicle's capacity, overlapping or
 * inverted windows, a window that cannot be reached from the depot in time (or from which the depot
 * cannot be reached before the shift ends), skills no vehicle has, malformed shipments.
 *
 * <p>Syntax problems (malformed numbers, missing sections, wrong counts) are found by the readers;
 * {@link #validateFile} runs both and returns the union.
 */
public final class InstanceValidator {
  /** Slack for floating-point time comparisons. */
  private static final double EPS = 1e-6;

  private InstanceValidator() {}

  /** Reads and validates a file; never throws for bad content, only lists problems. */
  public static List<Problem> validateFile(Path file) {
    try {
      return validate(InstanceFiles.parse(file));
    } catch (InputException e) {
      return e.problems();
    } catch (IOException e) {
      return List.of(Problem.atLine(file.toString(), 0, "file", "cannot read: " + describe(e)));
    }
  }

  private static String describe(IOException e) {
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  /** Validates a parsed instance. */
  public static List<Problem> validate(ParsedInstance parsed) {
    Instance in = parsed.instance();
    SourceMap where = parsed.where();
    Collector c = new Collector(new ProblemCollector(where.source()), where);
    int nLoc = in.locations().isEmpty() ? in.distances().size() : in.locations().size();
    matrix(c, in.distances(), nLoc, "distances");
    if (in.hasSeparateDurations()) {
      matrix(c, in.durations(), nLoc, "durations");
    }
    boolean matrixOk = c.pc.isEmpty();

    List<VehicleType> vts = in.vehicleTypes();
    if (vts.isEmpty()) {
      c.add("vehicle/0/capacity", "vehicles", "the instance has no vehicles");
    }
    for (int v = 0; v < vts.size(); v++) {
      VehicleType t = vts.get(v);
      String key = SourceMap.vehicleCapacity(v);
      if (t.count() < 1) {
        c.add(key, "vehicles", "vehicle type " + t.id() + " has " + t.count() + " vehicles");
      }
      for (int d : t.capacity()) {
        if (d < 0) {
          c.add(key, "capacity", "vehicle type " + t.id() + " has a negative capacity " + d);
        }
      }
      range(c, key, "start", t.startLocation(), nLoc, true);
      range(c, key, "end", t.endLocation(), nLoc, true);
      if (t.shift().open() > t.shift().close()) {
        c.add(SourceMap.vehicleShift(v), "shift", "shift of vehicle type " + t.id() + " closes ("
            + Numbers.format(t.shift().close()) + ") before it opens (" + Numbers.format(t.shift().open()) + ")");
      }
    }
    Set<String> ids = new HashSet<>();
    Set<String> fleetSkills = new HashSet<>();
    for (VehicleType t : vts) {
      fleetSkills.addAll(t.skills());
    }
    for (int i = 0; i < in.stops().size(); i++) {
      Stop s = in.stops().get(i);
      String dk = SourceMap.stopDemand(i);
      String wk = SourceMap.stopWindow(i);
      if (!ids.add(s.id())) {
        c.add(dk, "id", "stop id \"" + s.id() + "\" is used twice");
      }
      boolean locOk = range(c, dk, "location", s.location(), nLoc, false);
      demand(c, s, dk, vts);
      if (!fleetSkills.containsAll(s.skills())) {
        Set<String> missing = new java.util.TreeSet<>(s.skills());
        missing.removeAll(fleetSkills);
        c.add(dk, "skills", "stop " + s.id() + " needs skills " + missing + " that no vehicle has");
      }
      if (windows(c, s, wk) && locOk && matrixOk) {
        reachable(c, in, s, wk);
      }
    }
    Set<Integer> paired = new HashSet<>();
    for (Shipment sh : in.shipments()) {
      int n = in.stops().size();
      if (sh.pickup() < 0 || sh.pickup() >= n || sh.delivery() < 0 || sh.delivery() >= n) {
        c.add("matrix", "shipments", "shipment (" + sh.pickup() + ", " + sh.delivery() + ") refers to a stop out of"
            + " range 0.." + (n - 1));
        continue;
      }
      if (sh.pickup() == sh.delivery()) {
        c.add(SourceMap.stopDemand(sh.pickup()), "shipments", "a shipment's pickup and delivery are the same stop");
      }
      for (int k : new int[] {sh.pickup(), sh.delivery()}) {
        if (!paired.add(k)) {
          c.add(SourceMap.stopDemand(k), "shipments", "stop " + in.stops().get(k).id() + " is in two shipments");
        }
      }
    }
    return c.pc.problems();
  }

  private static void matrix(Collector c, TravelMatrix m, int nLoc, String what) {
    if (m.size() != nLoc) {
      c.add("matrix", what, "the " + what + " matrix is " + m.size() + "x" + m.size() + " but there are " + nLoc
          + " locations");
      return;
    }
    if (!(m instanceof DenseMatrix)) {
      return;
    }
    int n = m.size();
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        double v = m.get(i, j);
        if (Double.isNaN(v) || v < 0) {
          c.add("matrix", what, "entry (" + i + ", " + j + ") is " + (Double.isNaN(v) ? "NaN" : "negative (" + v + ")"));
        }
      }
    }
  }

  private static boolean range(Collector c, String key, String field, int loc, int nLoc, boolean openAllowed) {
    if ((openAllowed && loc == -1) || (loc >= 0 && loc < nLoc)) {
      return true;
    }
    c.add(key, field, field + " location " + loc + " is out of range 0.." + (nLoc - 1));
    return false;
  }

  private static void demand(Collector c, Stop s, String key, List<VehicleType> vts) {
    int[] d = s.demand();
    for (int x : d) {
      if (x < 0) {
        c.add(key, "demand", "stop " + s.id() + " has a negative demand " + x);
        return;
      }
    }
    int[] largest = new int[d.length];
    for (VehicleType t : vts) {
      boolean fits = true;
      for (int k = 0; k < d.length; k++) {
        fits &= d[k] <= t.capacity(k);
        largest[k] = Math.max(largest[k], t.capacity(k));
      }
      if (fits) {
        return;
      }
    }
    if (!vts.isEmpty()) {
      c.add(key, "demand", "demand " + Arrays.toString(d) + " of stop " + s.id()
          + " exceeds every vehicle's capacity (largest " + Arrays.toString(largest) + ")");
    }
  }

  private static boolean windows(Collector c, Stop s, String key) {
    boolean ok = true;
    double prevClose = Double.NEGATIVE_INFINITY;
    for (TimeWindow w : s.timeWindows()) {
      if (w.open() > w.close()) {
        c.add(key, "time window", "window of stop " + s.id() + " closes (" + Numbers.format(w.close())
            + ") before it opens (" + Numbers.format(w.open()) + ")");
        ok = false;
      } else if (w.open() < prevClose) {
        c.add(key, "time window", "windows of stop " + s.id() + " overlap or are out of order");
        ok = false;
      }
      prevClose = Math.max(prevClose, w.close());
    }
    if (s.serviceTime() < 0) {
      c.add(key, "service time", "stop " + s.id() + " has a negative service time");
      ok = false;
    }
    return ok;
  }

  /** Some vehicle type can serve the stop alone: reach a window in time and get back before its shift ends. */
  private static void reachable(Collector c, Instance in, Stop s, String key) {
    if (s.timeWindows().isEmpty()) {
      boolean bounded = false;
      for (VehicleType t : in.vehicleTypes()) {
        bounded |= !t.shift().isUnbounded();
      }
      if (!bounded) {
        return;
      }
    }
    TravelMatrix tm = in.durations();
    double bestArrival = Double.POSITIVE_INFINITY;
    double bestBack = Double.POSITIVE_INFINITY;
    double bestClose = Double.NaN;
    for (VehicleType t : in.vehicleTypes()) {
      if (!t.skills().containsAll(s.skills()) || t.startLocation() >= tm.size() || t.endLocation() >= tm.size()) {
        continue;
      }
      double arrival = t.shift().open() + (t.startLocation() >= 0 ? tm.get(t.startLocation(), s.location()) : 0);
      double start = Double.NaN;
      if (s.timeWindows().isEmpty()) {
        start = arrival;
      } else {
        for (TimeWindow w : s.timeWindows()) {
          if (arrival <= w.close() + EPS) {
            start = Math.max(arrival, w.open());
            break;
          }
        }
      }
      bestArrival = Math.min(bestArrival, arrival);
      if (Double.isNaN(start)) {
        continue;
      }
      double back = start + s.serviceTime() + (t.endLocation() >= 0 ? tm.get(s.location(), t.endLocation()) : 0);
      if (back <= t.shift().close() + EPS) {
        return;
      }
      if (back < bestBack) {
        bestBack = back;
        bestClose = t.shift().close();
      }
    }
    if (Double.isNaN(bestClose)) {
      c.add(key, "time window", "window of stop " + s.id() + " (closes " + Numbers.format(s.latest())
          + ") cannot be reached from the depot in time (earliest arrival " + Numbers.format(bestArrival) + ")");
    } else {
      c.add(key, "time window", "after serving stop " + s.id() + " no vehicle gets back to its depot before the shift"
          + " ends (back at " + Numbers.format(bestBack) + ", shift closes " + Numbers.format(bestClose) + ")");
    }
  }

  /** Problems located through the source map. */
  private static final class Collector {
    final ProblemCollector pc;
    final SourceMap where;

    Collector(ProblemCollector pc, SourceMap where) {
      this.pc = pc;
      this.where = where;
    }

    void add(String key, String field, String message) {
      pc.add(where.problem(key, field, message));
    }
  }

  /** A one-line summary of {@code problems}, e.g. for a CLI. */
  public static String summary(int files, int invalid, int problems) {
    return files + " file" + (files == 1 ? "" : "s") + " checked: " + (files - invalid) + " valid, " + invalid
        + " invalid, " + problems + " problem" + (problems == 1 ? "" : "s");
  }
}
