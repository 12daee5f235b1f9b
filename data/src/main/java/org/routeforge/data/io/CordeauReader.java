package org.routeforge.data.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.routeforge.data.model.Instance;
import org.routeforge.data.model.Location;
import org.routeforge.data.model.Rounding;
import org.routeforge.data.model.Stop;
import org.routeforge.data.model.TimeWindow;
import org.routeforge.data.model.VehicleType;

/**
 * Reads Cordeau multi-depot VRP files (problem type 2, the p01–p23 benchmark; CRLF and gzip allowed):
 * <pre>
 * type m n t               type 2 = MDVRP; m vehicles at each depot, n customers, t depots
 * D Q                      t lines: maximum route duration (0 = none) and capacity of depot 1..t
 * i x y d q f a list...    n customer lines, i = 1..n: coordinates, service duration d, demand q
 *                          (f, a and the a visit combinations matter only for the periodic VRP)
 * i x y d q f a            t depot lines, i = n+1..n+t
 * </pre>
 *
 * <p>Customer {@code c} becomes stop {@code c - 1} (id {@code "c"}, location {@code c - 1}); depot
 * {@code j} (1..t) is location {@code n + j - 1} with id {@code "n+j"}, and has its own vehicle type
 * {@code depot-j}: {@code m} vehicles of capacity Q starting and ending there, route duration (travel
 * plus service) at most D. Distances are unrounded Euclidean ({@link Rounding#EXACT}), as in the
 * published best-known values and {@code shared/tools/mdcheck.py}.
 */
public final class CordeauReader {
  /** The problem type of the multi-depot VRP in Cordeau's numbering. */
  public static final int MDVRP = 2;

  private CordeauReader() {}

  /** Reads and parses a file; the instance is named after the file ({@code p01}). */
  public static ParsedInstance read(Path file) throws IOException, InputException {
    return parse(TextLines.text(file), file.toString(), VrplibReader.defaultName(file));
  }

  /**
   * Whether text looks like a Cordeau file: a first line of four integers {@code type m n t} followed
   * by a line of two numbers {@code D Q}.
   */
  public static boolean looksLike(String head) {
    List<String[]> first = new ArrayList<>(2);
    for (String l : TextLines.split(head)) {
      if (!l.isBlank()) {
        first.add(TextLines.tokens(l));
        if (first.size() == 2) {
          break;
        }
      }
    }
    if (first.size() < 2 || first.get(0).length != 4 || first.get(1).length != 2) {
      return false;
    }
    for (String s : first.get(0)) {
      if (!s.matches("\\d+")) {
        return false;
      }
    }
    for (String s : first.get(1)) {
      if (!s.matches("[0-9.eE+-]+")) {
        return false;
      }
    }
    return true;
  }

  /** Parses Cordeau text; {@code source} names it in problems, {@code name} is the instance name. */
  public static ParsedInstance parse(String text, String source, String name) throws InputException {
    ProblemCollector pc = new ProblemCollector(source);
    List<String> lines = TextLines.split(text);
    List<Integer> content = new ArrayList<>();
    for (int k = 0; k < lines.size(); k++) {
      if (!lines.get(k).isBlank()) {
        content.add(k);
      }
    }
    if (content.isEmpty()) {
      pc.atLine(0, "type", "the file is empty (expected 'type m n t')");
      pc.throwIfAny();
    }
    int headerLine = content.get(0) + 1;
    String[] h = TextLines.tokens(lines.get(content.get(0)));
    if (h.length != 4) {
      pc.atLine(headerLine, "type", "expected the header 'type m n t', got " + h.length + " fields");
      pc.throwIfAny();
    }
    int type = pc.integer(h[0], headerLine, "type", MDVRP);
    int m = pc.integer(h[1], headerLine, "m", 1);
    int n = pc.integer(h[2], headerLine, "n", 0);
    int t = pc.integer(h[3], headerLine, "t", 0);
    if (type != MDVRP) {
      pc.atLine(headerLine, "type", "problem type " + type + " is not supported; only type " + MDVRP
          + " (multi-depot VRP) is read");
    }
    if (m <= 0) {
      pc.atLine(headerLine, "m", "vehicles per depot must be positive, got " + h[1]);
    }
    if (n <= 0) {
      pc.atLine(headerLine, "n", "number of customers must be positive, got " + h[2]);
    }
    if (t <= 0) {
      pc.atLine(headerLine, "t", "number of depots must be positive, got " + h[3]);
    }
    pc.throwIfAny();
    int expected = 1 + t + n + t;
    if (content.size() < expected) {
      pc.atLine(lines.size(), content.size() <= t ? "D" : content.size() <= t + n ? "i" : "depot",
          "the file ends after " + content.size() + " non-blank lines; the header says " + t + " depots and " + n
              + " customers, so " + expected + " are expected (1 + t depot limits + n customers + t depots)");
      pc.throwIfAny();
    }
    for (int k = expected; k < content.size(); k++) {
      pc.atLine(content.get(k) + 1, "i", "unexpected line after the " + t + " depot lines: '"
          + lines.get(content.get(k)).strip() + "'");
    }
    double[] maxDuration = new double[t];
    int[] capacity = new int[t];
    for (int j = 0; j < t; j++) {
      int ln = content.get(1 + j) + 1;
      String[] f = TextLines.tokens(lines.get(ln - 1));
      if (f.length != 2) {
        pc.atLine(ln, "D", "expected 'D Q' (maximum route duration, capacity) for depot " + (j + 1) + ", got "
            + f.length + " fields");
        continue;
      }
      maxDuration[j] = pc.number(f[0], ln, "D");
      double q = pc.integral(f[1], ln, "Q");
      if (maxDuration[j] < 0) {
        pc.atLine(ln, "D", "maximum route duration must be 0 (none) or positive, got " + f[0]);
      }
      if (q <= 0) {
        pc.atLine(ln, "Q", "capacity must be positive, got " + f[1]);
      }
      capacity[j] = (int) q;
    }
    double[][] nodes = new double[n + t][];
    int[] nodeLines = new int[n + t];
    for (int i = 0; i < n + t; i++) {
      int ln = content.get(1 + t + i) + 1;
      nodeLines[i] = ln;
      nodes[i] = node(pc, TextLines.tokens(lines.get(ln - 1)), ln, i + 1, i >= n);
    }
    pc.throwIfAny();

    SourceMap where = new SourceMap(source);
    Instance.Builder b = Instance.builder(name);
    for (int i = 0; i < n + t; i++) {
      b.addLocation(new Location(Integer.toString(i + 1), nodes[i][0], nodes[i][1]));
    }
    b.euclidean(Rounding.EXACT);
    for (int c = 0; c < n; c++) {
      b.addStop(new Stop(Integer.toString(c + 1), c, new int[] {(int) nodes[c][3]}, nodes[c][2], List.of(),
          Set.of(), 0));
      where.line(SourceMap.stopDemand(c), nodeLines[c]);
      where.line(SourceMap.stopWindow(c), nodeLines[c]);
    }
    for (int j = 0; j < t; j++) {
      int loc = n + j;
      double limit = maxDuration[j] > 0 ? maxDuration[j] : Double.POSITIVE_INFINITY;
      b.addVehicleType(new VehicleType("depot-" + (j + 1), m, new int[] {capacity[j]}, loc, loc, TimeWindow.ALWAYS,
          limit, Double.POSITIVE_INFINITY, Integer.MAX_VALUE, 0, 1, 0, Set.of(), List.of()));
      where.line(SourceMap.vehicleCapacity(j), content.get(1 + j) + 1);
      where.line(SourceMap.vehicleShift(j), nodeLines[n + j]);
    }
    return new ParsedInstance(b.build(), where);
  }

  /** One customer or depot line as {x, y, service, demand}; problems are recorded. */
  private static double[] node(ProblemCollector pc, String[] f, int ln, int id, boolean depot) {
    String what = depot ? "depot" : "customer";
    double[] r = new double[4];
    if (f.length < 7) {
      pc.atLine(ln, "i", "expected at least 7 fields (i x y d q f a) on " + what + " line " + id + ", got "
          + f.length);
      return r;
    }
    double i = pc.integral(f[0], ln, "i");
    if (!Double.isNaN(i) && i != id) {
      pc.atLine(ln, "i", what + " id " + f[0] + " out of sequence, expected " + id);
    }
    r[0] = pc.number(f[1], ln, "x");
    r[1] = pc.number(f[2], ln, "y");
    r[2] = pc.number(f[3], ln, "d");
    r[3] = pc.integral(f[4], ln, "q");
    if (r[2] < 0) {
      pc.atLine(ln, "d", "negative service duration " + f[3]);
    }
    if (r[3] < 0) {
      pc.atLine(ln, "q", "negative demand " + f[4]);
    }
    if (depot && r[3] > 0) {
      pc.atLine(ln, "q", "a depot has no demand, got " + f[4]);
    }
    double a = pc.integral(f[6], ln, "a");
    if (!depot && !Double.isNaN(a) && f.length != 7 + (int) a) {
      pc.atLine(ln, "a", "a = " + f[6] + " visit combinations announced, but the line lists " + (f.length - 7));
    }
    return r;
  }
}
