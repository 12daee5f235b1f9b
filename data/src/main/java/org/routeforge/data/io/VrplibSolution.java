package org.routeforge.data.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.routeforge.data.model.Instance;
import org.routeforge.data.model.VehicleType;

/**
 * A solution in the CVRPLIB {@code .sol} format: one {@code Route #k: c1 c2 ...} line per route and a
 * {@code Cost N} line. Customers are NUMBERS as in CVRPLIB: number {@code c} is
 * {@code instance.stops().get(c - 1)}; the depot is not listed. This is the format the independent
 * checkers {@code ../shared/tools/vrpcheck.py} and {@code pdpcheck.py} (Li &amp; Lim) read.
 *
 * <p>With several depots each route names its depot, {@code Route #k (depot D): c1 c2 ...}, D being
 * the depot's number 1..t, as {@code mdcheck.py} reads it: depots are numbered in ascending order of
 * their location index (for a Cordeau file, the file's depot order; see {@link #depotNumbers}).
 *
 * @param routes the routes, each an array of customer numbers (1-based)
 * @param cost the stated cost, or NaN when the file has no {@code Cost} line
 * @param depots the depot number (1-based) of each route, or an empty array for single-depot files
 */
public record VrplibSolution(List<int[]> routes, double cost, int[] depots) {
  private static final Pattern ROUTE = Pattern.compile(
      "^Route\\s*#?\\s*\\d+\\s*(?:\\(\\s*depot\\s*(\\S*?)\\s*\\))?\\s*:(.*)$", Pattern.CASE_INSENSITIVE);
  private static final Pattern COST = Pattern.compile("^Cost\\s*:?\\s*(\\S+)\\s*$", Pattern.CASE_INSENSITIVE);

  public VrplibSolution {
    List<int[]> copy = new ArrayList<>(routes.size());
    for (int[] r : routes) {
      copy.add(r.clone());
    }
    routes = List.copyOf(copy);
    depots = depots.clone();
    if (depots.length != 0 && depots.length != routes.size()) {
      throw new IllegalArgumentException(depots.length + " depot numbers for " + routes.size() + " routes");
    }
  }

  /** A single-depot solution. */
  public VrplibSolution(List<int[]> routes, double cost) {
    this(routes, cost, new int[0]);
  }

  @Override
  public int[] depots() {
    return depots.clone();
  }

  /** Whether routes name their depot ({@code Route #k (depot D): ...}). */
  public boolean multiDepot() {
    return depots.length > 0;
  }

  /**
   * Builds the solution of {@code instance} from routes of stop INDICES and the vehicle type of each
   * route; routes name their depot when the vehicle types start at more than one location.
   */
  public static VrplibSolution of(Instance instance, List<int[]> stopIndexRoutes, int[] vehicleTypes, double cost) {
    VrplibSolution plain = fromStopIndices(stopIndexRoutes, cost);
    int[] number = depotNumbers(instance);
    boolean several = false;
    for (int d : number) {
      several |= d > 1;
    }
    if (!several) {
      return plain;
    }
    int[] depots = new int[stopIndexRoutes.size()];
    for (int r = 0; r < depots.length; r++) {
      depots[r] = number[vehicleTypes[r]];
    }
    return new VrplibSolution(plain.routes(), cost, depots);
  }

  /**
   * The depot number (1..t) of each vehicle type: its start location's rank among the distinct start
   * locations in ascending index order (0 for an open start).
   */
  public static int[] depotNumbers(Instance instance) {
    java.util.TreeSet<Integer> starts = new java.util.TreeSet<>();
    for (VehicleType t : instance.vehicleTypes()) {
      if (t.startLocation() >= 0) {
        starts.add(t.startLocation());
      }
    }
    int[] out = new int[instance.vehicleTypes().size()];
    for (int v = 0; v < out.length; v++) {
      int s = instance.vehicleTypes().get(v).startLocation();
      out[v] = s < 0 ? 0 : starts.headSet(s).size() + 1;
    }
    return out;
  }

  /** Builds a solution from routes of stop INDICES (0-based positions in {@code stops()}). */
  public static VrplibSolution fromStopIndices(List<int[]> stopIndexRoutes, double cost) {
    List<int[]> rs = new ArrayList<>(stopIndexRoutes.size());
    for (int[] r : stopIndexRoutes) {
      int[] c = new int[r.length];
      for (int i = 0; i < r.length; i++) {
        c[i] = r[i] + 1;
      }
      rs.add(c);
    }
    return new VrplibSolution(rs, cost);
  }

  /** The routes as stop INDICES (0-based positions in {@code stops()}). */
  public List<int[]> stopIndexRoutes() {
    List<int[]> rs = new ArrayList<>(routes.size());
    for (int[] r : routes) {
      int[] c = new int[r.length];
      for (int i = 0; i < r.length; i++) {
        c[i] = r[i] - 1;
      }
      rs.add(c);
    }
    return rs;
  }

  /** Whether the file stated a cost. */
  public boolean hasCost() {
    return !Double.isNaN(cost);
  }

  /** Reads a {@code .sol} file. */
  public static VrplibSolution read(Path file) throws IOException, InputException {
    return parse(TextLines.text(file), file.toString());
  }

  /** Parses {@code .sol} text; lines other than routes and the cost (e.g. {@code Time}) are skipped. */
  public static VrplibSolution parse(String text, String source) throws InputException {
    ProblemCollector pc = new ProblemCollector(source);
    List<int[]> routes = new ArrayList<>();
    List<Integer> depots = new ArrayList<>();
    int firstDepotLine = 0;
    int firstPlainLine = 0;
    double cost = Double.NaN;
    List<String> lines = TextLines.split(text);
    for (int i = 0; i < lines.size(); i++) {
      String s = lines.get(i).strip();
      Matcher m = ROUTE.matcher(s);
      if (m.matches()) {
        if (m.group(1) != null) {
          firstDepotLine = firstDepotLine == 0 ? i + 1 : firstDepotLine;
          int d = pc.integer(m.group(1), i + 1, "depot", 1);
          if (d <= 0) {
            pc.atLine(i + 1, "depot", "depot number " + m.group(1) + " must be positive (1..t)");
          }
          depots.add(d);
        } else {
          firstPlainLine = firstPlainLine == 0 ? i + 1 : firstPlainLine;
        }
        String[] tok = TextLines.tokens(m.group(2));
        int[] r = new int[tok.length];
        for (int k = 0; k < tok.length; k++) {
          r[k] = pc.integer(tok[k], i + 1, "Route", 0);
          if (r[k] <= 0) {
            pc.atLine(i + 1, "Route", "customer number " + tok[k] + " must be positive (the depot is not listed)");
          }
        }
        routes.add(r);
        continue;
      }
      m = COST.matcher(s);
      if (m.matches()) {
        cost = pc.number(m.group(1), i + 1, "Cost");
      }
    }
    if (routes.isEmpty()) {
      pc.atLine(0, "Route", "no 'Route #k: ...' line");
    }
    if (firstDepotLine > 0 && firstPlainLine > 0) {
      pc.atLine(Math.max(firstDepotLine, firstPlainLine), "depot", "routes name their depot on line "
          + firstDepotLine + " but not on line " + firstPlainLine + "; either every route names it or none");
    }
    pc.throwIfAny();
    int[] ds = new int[depots.size()];
    for (int k = 0; k < ds.length; k++) {
      ds[k] = depots.get(k);
    }
    return new VrplibSolution(routes, cost, ds);
  }

  /**
   * The file text: {@code Route #k: ...} (or {@code Route #k (depot D): ...}) lines, empty routes
   * skipped, and a {@code Cost} line.
   */
  public String format() {
    StringBuilder sb = new StringBuilder();
    int k = 1;
    for (int i = 0; i < routes.size(); i++) {
      int[] r = routes.get(i);
      if (r.length == 0) {
        continue;
      }
      sb.append("Route #").append(k++);
      if (multiDepot()) {
        sb.append(" (depot ").append(depots[i]).append(')');
      }
      sb.append(':');
      for (int c : r) {
        sb.append(' ').append(c);
      }
      sb.append('\n');
    }
    if (hasCost()) {
      sb.append("Cost ").append(Numbers.format(cost)).append('\n');
    }
    return sb.toString();
  }

  /** Writes {@link #format()} to a file. */
  public void write(Path file) throws IOException {
    Files.writeString(file, format(), StandardCharsets.UTF_8);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof VrplibSolution)) {
      return false;
    }
    VrplibSolution s = (VrplibSolution) o;
    if (Double.compare(cost, s.cost) != 0 || routes.size() != s.routes.size() || !Arrays.equals(depots, s.depots)) {
      return false;
    }
    for (int i = 0; i < routes.size(); i++) {
      if (!Arrays.equals(routes.get(i), s.routes.get(i))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    int h = Double.hashCode(cost) * 31 + Arrays.hashCode(depots);
    for (int[] r : routes) {
      h = 31 * h + Arrays.hashCode(r);
    }
    return h;
  }

  @Override
  public String toString() {
    return "VrplibSolution[" + routes.size() + " routes, cost " + cost + "]";
  }
}
