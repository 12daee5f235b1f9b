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

/**
 * A solution in the CVRPLIB {@code .sol} format: one {@code Route #k: c1 c2 ...} line per route and a
 * {@code Cost N} line. Customers are NUMBERS as in CVRPLIB: number {@code c} is
 * {@code instance.stops().get(c - 1)}; the depot is not listed. This is the format the independent
 * checker {@code ../shared/tools/vrpcheck.py} reads.
 *
 * @param routes the routes, each an array of customer numbers (1-based)
 * @param cost the stated cost, or NaN when the file has no {@code Cost} line
 */
public record VrplibSolution(List<int[]> routes, double cost) {
  private static final Pattern ROUTE = Pattern.compile("^Route\\s*#?\\s*\\d+\\s*:(.*)$", Pattern.CASE_INSENSITIVE);
  private static final Pattern COST = Pattern.compile("^Cost\\s*:?\\s*(\\S+)\\s*$", Pattern.CASE_INSENSITIVE);

  public VrplibSolution {
    List<int[]> copy = new ArrayList<>(routes.size());
    for (int[] r : routes) {
      copy.add(r.clone());
    }
    routes = List.copyOf(copy);
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
    double cost = Double.NaN;
    List<String> lines = TextLines.split(text);
    for (int i = 0; i < lines.size(); i++) {
      String s = lines.get(i).strip();
      Matcher m = ROUTE.matcher(s);
      if (m.matches()) {
        String[] tok = TextLines.tokens(m.group(1));
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
    pc.throwIfAny();
    return new VrplibSolution(routes, cost);
  }

  /** The file text: {@code Route #k: ...} lines (empty routes skipped) and a {@code Cost} line. */
  public String format() {
    StringBuilder sb = new StringBuilder();
    int k = 1;
    for (int[] r : routes) {
      if (r.length == 0) {
        continue;
      }
      sb.append("Route #").append(k++).append(':');
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
    if (Double.compare(cost, s.cost) != 0 || routes.size() != s.routes.size()) {
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
    int h = Double.hashCode(cost);
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
