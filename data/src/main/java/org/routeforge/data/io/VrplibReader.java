package org.routeforge.data.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.routeforge.data.model.DenseMatrix;
import org.routeforge.data.model.Instance;
import org.routeforge.data.model.Location;
import org.routeforge.data.model.Rounding;
import org.routeforge.data.model.Stop;
import org.routeforge.data.model.TimeWindow;
import org.routeforge.data.model.VehicleType;

/**
 * Reads VRPLIB/CVRPLIB {@code .vrp} text (plain or gzip): EUC_2D coordinates (TSPLIB {@code nint}
 * rounding, the X set's convention) or EXPLICIT matrices in FULL_MATRIX, LOWER_ROW, UPPER_ROW,
 * LOWER_DIAG_ROW or UPPER_DIAG_ROW form, DEMAND_SECTION, DEPOT_SECTION, and the time-window extension
 * of the real-world sets (TIME_WINDOW_SECTION, SERVICE_TIME_SECTION, VEHICLES).
 *
 * <p>Nodes are numbered 1..DIMENSION; node {@code k} becomes location {@code k - 1} with id
 * {@code "k"}. The depot is the fleet's start and end; every other node becomes a stop, in ascending
 * node order (file order), so that customer number {@code c} of a {@code .sol} file is
 * {@code stops().get(c - 1)} when the depot is node 1. The vehicle count comes from VEHICLES, else it is
 * the number of stops (an unlimited fleet): the {@code -kNN} in CVRPLIB names is the minimum number of
 * routes, not a fleet limit, and best-known X solutions use more (X-n101-k25's has 26 routes). Every
 * syntax problem is collected and reported at once.
 */
public final class VrplibReader {
  private static final Pattern HEADER = Pattern.compile("^([A-Za-z_][A-Za-z0-9_]*)\\s*:\\s*(.*)$");
  private static final Set<String> SECTIONS = Set.of("NODE_COORD_SECTION", "DEMAND_SECTION",
      "DEPOT_SECTION", "EDGE_WEIGHT_SECTION", "TIME_WINDOW_SECTION", "SERVICE_TIME_SECTION",
      "DISPLAY_DATA_SECTION");
  private static final Set<String> HEADERS = Set.of("NAME", "COMMENT", "TYPE", "DIMENSION",
      "EDGE_WEIGHT_TYPE", "EDGE_WEIGHT_FORMAT", "CAPACITY", "VEHICLES", "DISTANCE", "SERVICE_TIME",
      "NODE_COORD_TYPE", "DISPLAY_DATA_TYPE");
  private static final Set<String> FORMATS = Set.of("FULL_MATRIX", "LOWER_ROW", "UPPER_ROW",
      "LOWER_DIAG_ROW", "UPPER_DIAG_ROW");

  private VrplibReader() {}

  /** Reads and parses a file. */
  public static ParsedInstance read(Path file) throws IOException, InputException {
    return parse(TextLines.text(file), file.toString(), defaultName(file));
  }

  /** The instance name implied by a file name (extensions {@code .vrp}, {@code .txt}, {@code .mdvrp}, {@code .gz} removed). */
  static String defaultName(Path file) {
    String n = file.getFileName().toString();
    for (String ext : new String[] {".gz", ".vrp", ".txt", ".mdvrp", ".json"}) {
      if (n.endsWith(ext)) {
        n = n.substring(0, n.length() - ext.length());
      }
    }
    return n;
  }

  /** Parses VRPLIB text; {@code source} names it in problems. */
  public static ParsedInstance parse(String text, String source, String fallbackName) throws InputException {
    return new Parser(source).run(TextLines.split(text), fallbackName);
  }

  private static final class Parser {
    final ProblemCollector pc;
    final SourceMap where;
    final Map<String, String> spec = new HashMap<>();
    final Map<String, Integer> specLine = new HashMap<>();
    final Map<String, Integer> sectionLine = new HashMap<>();
    // per-node data, keyed by node number
    final Map<Integer, double[]> coords = new HashMap<>();
    final Map<Integer, int[]> demand = new HashMap<>();
    final Map<Integer, Integer> demandLine = new HashMap<>();
    final Map<Integer, double[]> windows = new HashMap<>();
    final Map<Integer, Integer> windowLine = new HashMap<>();
    final Map<Integer, Double> service = new HashMap<>();
    final List<Integer> depots = new ArrayList<>();
    boolean depotEnded;
    int depotLine;
    int lastLine;
    double[] weights = new double[1024];
    int weightCount;
    final List<int[]> weightLines = new ArrayList<>(); // {line, count}

    Parser(String source) {
      pc = new ProblemCollector(source);
      where = new SourceMap(source);
    }

    ParsedInstance run(List<String> lines, String fallbackName) throws InputException {
      String section = null;
      for (int i = 0; i < lines.size(); i++) {
        int ln = i + 1;
        String t = lines.get(i).strip();
        if (t.isEmpty()) {
          continue;
        }
        lastLine = ln;
        if (t.equals("EOF")) {
          break;
        }
        char c = t.charAt(0);
        if (Character.isLetter(c) && !t.startsWith("NaN") && !t.startsWith("Inf")) {
          String[] tok = TextLines.tokens(t);
          if (tok[0].endsWith("_SECTION")) {
            section = tok[0];
            if (!SECTIONS.contains(section)) {
              pc.atLine(ln, section, "unsupported section");
            } else if (sectionLine.containsKey(section)) {
              pc.atLine(ln, section, "section appears twice (first at line " + sectionLine.get(section) + ")");
            }
            sectionLine.putIfAbsent(section, ln);
            continue;
          }
          Matcher m = HEADER.matcher(t);
          if (m.matches()) {
            String key = m.group(1).toUpperCase(Locale.ROOT);
            String value = m.group(2).strip();
            if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
              value = value.substring(1, value.length() - 1);
            }
            if (!HEADERS.contains(key)) {
              pc.atLine(ln, key, "unknown specification keyword");
            }
            spec.put(key, value);
            specLine.put(key, ln);
            section = null;
            continue;
          }
          pc.atLine(ln, tok[0], "unknown keyword");
          section = null;
          continue;
        }
        if (section == null) {
          pc.atLine(ln, "data", "numbers outside any section");
          continue;
        }
        if (section.equals("EDGE_WEIGHT_SECTION")) {
          weightLine(t, ln);
          continue;
        }
        data(section, TextLines.tokens(t), ln);
      }
      return build(fallbackName);
    }

    void data(String section, String[] tok, int ln) {
      switch (section) {
        case "NODE_COORD_SECTION": {
          if (tok.length != 3) {
            pc.atLine(ln, section, "expected 'node x y', got " + tok.length + " fields");
            return;
          }
          int id = node(tok[0], ln, section);
          double x = pc.number(tok[1], ln, section + " x");
          double y = pc.number(tok[2], ln, section + " y");
          if (id > 0 && coords.put(id, new double[] {x, y}) != null) {
            pc.atLine(ln, section, "node " + id + " listed twice");
          }
          return;
        }
        case "DEMAND_SECTION": {
          if (tok.length < 2) {
            pc.atLine(ln, section, "expected 'node demand', got " + tok.length + " field");
            return;
          }
          int id = node(tok[0], ln, section);
          int[] d = new int[tok.length - 1];
          for (int k = 1; k < tok.length; k++) {
            d[k - 1] = pc.integer(tok[k], ln, section + " demand", 0);
            if (d[k - 1] < 0) {
              pc.atLine(ln, section + " demand", "negative demand " + d[k - 1]);
            }
          }
          if (id > 0 && demand.put(id, d) != null) {
            pc.atLine(ln, section, "node " + id + " listed twice");
          }
          demandLine.put(id, ln);
          return;
        }
        case "DEPOT_SECTION": {
          for (String s : tok) {
            int v = pc.integer(s, ln, section, 0);
            if (v == -1) {
              depotEnded = true;
            } else if (depotEnded) {
              pc.atLine(ln, section, "depot " + v + " after the closing -1");
            } else if (v <= 0) {
              pc.atLine(ln, section, "depot node " + v + " is not a node number");
            } else {
              depots.add(v);
              if (depotLine == 0) {
                depotLine = ln;
              }
            }
          }
          return;
        }
        case "TIME_WINDOW_SECTION": {
          if (tok.length != 3) {
            pc.atLine(ln, section, "expected 'node earliest latest', got " + tok.length + " fields");
            return;
          }
          int id = node(tok[0], ln, section);
          double a = pc.number(tok[1], ln, section + " earliest");
          double b = pc.number(tok[2], ln, section + " latest");
          if (a > b) {
            pc.atLine(ln, section, "window of node " + id + " closes (" + tok[2] + ") before it opens (" + tok[1] + ")");
          }
          if (id > 0 && windows.put(id, new double[] {a, b}) != null) {
            pc.atLine(ln, section, "node " + id + " listed twice");
          }
          windowLine.put(id, ln);
          return;
        }
        case "SERVICE_TIME_SECTION": {
          if (tok.length != 2) {
            pc.atLine(ln, section, "expected 'node service_time', got " + tok.length + " fields");
            return;
          }
          int id = node(tok[0], ln, section);
          double s = pc.number(tok[1], ln, section + " service time");
          if (s < 0) {
            pc.atLine(ln, section, "negative service time " + tok[1]);
          }
          if (id > 0 && service.put(id, s) != null) {
            pc.atLine(ln, section, "node " + id + " listed twice");
          }
          return;
        }
        default:
          // DISPLAY_DATA_SECTION: drawing positions only; unsupported sections were reported already.
      }
    }

    /**
     * Reads one line of matrix values. Matrices hold up to millions of numbers, so plain integers are
     * parsed straight from the characters; anything else goes through {@link Double#parseDouble}.
     */
    void weightLine(String line, int ln) {
      int n = line.length();
      int count = 0;
      int i = 0;
      while (i < n) {
        while (i < n && Character.isWhitespace(line.charAt(i))) {
          i++;
        }
        if (i == n) {
          break;
        }
        int start = i;
        while (i < n && !Character.isWhitespace(line.charAt(i))) {
          i++;
        }
        double v = fastInteger(line, start, i);
        if (Double.isNaN(v)) {
          v = pc.number(line.substring(start, i), ln, "EDGE_WEIGHT_SECTION");
        }
        if (v < 0) {
          pc.atLine(ln, "EDGE_WEIGHT_SECTION", "negative travel cost " + line.substring(start, i));
        }
        if (weightCount == weights.length) {
          weights = java.util.Arrays.copyOf(weights, weights.length * 2);
        }
        weights[weightCount++] = v;
        count++;
      }
      weightLines.add(new int[] {ln, count});
    }

    /** The value of an optionally signed run of at most 15 digits, or NaN when the token is anything else. */
    static double fastInteger(String s, int from, int to) {
      boolean neg = s.charAt(from) == '-';
      int i = neg || s.charAt(from) == '+' ? from + 1 : from;
      if (i == to || to - i > 15) {
        return Double.NaN;
      }
      long v = 0;
      for (; i < to; i++) {
        char c = s.charAt(i);
        if (c < '0' || c > '9') {
          return Double.NaN;
        }
        v = v * 10 + (c - '0');
      }
      return neg ? -v : v;
    }

    int node(String token, int ln, String section) {
      int id = pc.integer(token, ln, section + " node", -1);
      if (id != -1 && id <= 0) {
        pc.atLine(ln, section + " node", "node number " + id + " must be positive");
        return -1;
      }
      return id;
    }

    int headerInt(String key, int fallback, boolean required) {
      String v = spec.get(key);
      if (v == null) {
        if (required) {
          pc.atLine(lastLine, key, "missing specification keyword " + key + " (none up to the end of the file)");
        }
        return fallback;
      }
      int x = pc.integer(v, specLine.get(key), key, fallback);
      if (x <= 0 && x != fallback) {
        pc.atLine(specLine.get(key), key, "must be positive, got " + v);
        return fallback;
      }
      return x;
    }

    ParsedInstance build(String fallbackName) throws InputException {
      String name = spec.getOrDefault("NAME", fallbackName);
      int dim = headerInt("DIMENSION", -1, true);
      int capacity = headerInt("CAPACITY", -1, true);
      String type = spec.getOrDefault("EDGE_WEIGHT_TYPE", "EUC_2D").toUpperCase(Locale.ROOT);
      boolean explicit = type.equals("EXPLICIT");
      if (!explicit && !type.equals("EUC_2D")) {
        pc.atLine(specLine.getOrDefault("EDGE_WEIGHT_TYPE", 0), "EDGE_WEIGHT_TYPE",
            "unsupported edge weight type " + type + " (supported: EUC_2D, EXPLICIT)");
      }
      if (!sectionLine.containsKey("DEMAND_SECTION")) {
        pc.atLine(lastLine, "DEMAND_SECTION", "missing section DEMAND_SECTION (none up to the end of the file)");
      }
      if (explicit && !sectionLine.containsKey("EDGE_WEIGHT_SECTION")) {
        pc.atLine(lastLine, "EDGE_WEIGHT_SECTION", "missing section EDGE_WEIGHT_SECTION (EDGE_WEIGHT_TYPE is EXPLICIT;"
            + " none up to the end of the file)");
      }
      if (!explicit && !sectionLine.containsKey("NODE_COORD_SECTION")) {
        pc.atLine(lastLine, "NODE_COORD_SECTION", "missing section NODE_COORD_SECTION (EDGE_WEIGHT_TYPE is " + type
            + "; none up to the end of the file)");
      }
      if (dim <= 0) {
        pc.throwIfAny();
      }
      checkNodes(dim, coords.keySet(), "NODE_COORD_SECTION", !explicit || !coords.isEmpty());
      checkNodes(dim, demand.keySet(), "DEMAND_SECTION", true);
      checkNodes(dim, windows.keySet(), "TIME_WINDOW_SECTION", !windows.isEmpty());
      checkNodes(dim, service.keySet(), "SERVICE_TIME_SECTION", false);
      int depot = depots.isEmpty() ? 1 : depots.get(0);
      if (depots.size() > 1) {
        pc.atLine(sectionLine.get("DEPOT_SECTION"), "DEPOT_SECTION",
            depots.size() + " depots listed; only single-depot VRPLIB files are supported");
      }
      if (depot > dim) {
        pc.atLine(depotLine, "DEPOT_SECTION",
            "depot node " + depot + " is out of range 1.." + dim);
      }
      DenseMatrix matrix = explicit ? matrix(dim) : null;
      pc.throwIfAny();

      Instance.Builder b = Instance.builder(name);
      for (int k = 1; k <= dim; k++) {
        double[] xy = coords.get(k);
        b.addLocation(new Location(Integer.toString(k), xy == null ? Double.NaN : xy[0], xy == null ? Double.NaN : xy[1]));
      }
      if (explicit) {
        b.distances(matrix);
      } else {
        b.euclidean(Rounding.NINT);
      }
      double uniformService = 0;
      if (spec.containsKey("SERVICE_TIME")) {
        uniformService = pc.number(spec.get("SERVICE_TIME"), specLine.get("SERVICE_TIME"), "SERVICE_TIME");
      }
      int stopIndex = 0;
      for (int k = 1; k <= dim; k++) {
        if (k == depot) {
          continue;
        }
        double[] w = windows.get(k);
        List<TimeWindow> tw = w == null ? List.of() : List.of(new TimeWindow(w[0], w[1]));
        double s = service.getOrDefault(k, uniformService);
        b.addStop(new Stop(Integer.toString(k), k - 1, demand.get(k), s, tw, Set.of(), 0));
        where.line(SourceMap.stopDemand(stopIndex), demandLine.getOrDefault(k, 0));
        if (w != null) {
          where.line(SourceMap.stopWindow(stopIndex), windowLine.get(k));
        }
        stopIndex++;
      }
      int vehicles = vehicleCount(dim - 1);
      double maxDistance = Double.POSITIVE_INFINITY;
      if (spec.containsKey("DISTANCE")) {
        maxDistance = pc.number(spec.get("DISTANCE"), specLine.get("DISTANCE"), "DISTANCE");
      }
      double[] dw = windows.get(depot);
      TimeWindow shift = dw == null ? TimeWindow.ALWAYS : new TimeWindow(dw[0], dw[1]);
      b.addVehicleType(new VehicleType("vehicle", vehicles, new int[] {capacity}, depot - 1, depot - 1, shift,
          Double.POSITIVE_INFINITY, maxDistance, Integer.MAX_VALUE, 0, 1, 0, Set.of(), List.of()));
      where.line(SourceMap.vehicleCapacity(0), specLine.getOrDefault("CAPACITY", 0));
      where.line(SourceMap.vehicleShift(0), windowLine.getOrDefault(depot, 0));
      where.line("matrix", sectionLine.getOrDefault(explicit ? "EDGE_WEIGHT_SECTION" : "NODE_COORD_SECTION", 0));
      pc.throwIfAny();
      return new ParsedInstance(b.build(), where);
    }

    int vehicleCount(int stops) {
      if (spec.containsKey("VEHICLES")) {
        return headerInt("VEHICLES", Math.max(1, stops), false);
      }
      return Math.max(1, stops);
    }

    void checkNodes(int dim, Set<Integer> ids, String section, boolean requireAll) {
      Integer ln = sectionLine.get(section);
      if (ln == null) {
        return;
      }
      int missing = 0;
      int first = -1;
      for (int id : ids) {
        if (id > dim) {
          pc.atLine(ln, section, "node " + id + " is out of range 1.." + dim + " (DIMENSION)");
        }
      }
      if (requireAll) {
        for (int k = 1; k <= dim; k++) {
          if (!ids.contains(k)) {
            missing++;
            if (first < 0) {
              first = k;
            }
          }
        }
      }
      if (missing > 0) {
        pc.atLine(ln, section, missing + " of " + dim + " nodes have no entry (first: node " + first
            + "); DIMENSION says " + dim);
      }
    }

    DenseMatrix matrix(int dim) {
      String fmt = spec.getOrDefault("EDGE_WEIGHT_FORMAT", "FULL_MATRIX").toUpperCase(Locale.ROOT);
      int fmtLine = specLine.getOrDefault("EDGE_WEIGHT_FORMAT", 0);
      if (!FORMATS.contains(fmt)) {
        pc.atLine(fmtLine, "EDGE_WEIGHT_FORMAT", "unsupported format " + fmt + " (supported: " + String.join(", ",
            new java.util.TreeSet<>(FORMATS)) + ")");
        return null;
      }
      long n = dim;
      long expected;
      switch (fmt) {
        case "FULL_MATRIX":
          expected = n * n;
          break;
        case "LOWER_ROW":
        case "UPPER_ROW":
          expected = n * (n - 1) / 2;
          break;
        default:
          expected = n * (n + 1) / 2;
      }
      Integer secLine = sectionLine.get("EDGE_WEIGHT_SECTION");
      if (secLine == null) {
        return null;
      }
      if (weightCount != expected) {
        if (fmt.equals("FULL_MATRIX") && weightLines.size() == dim) {
          for (int[] wl : weightLines) {
            if (wl[1] != dim) {
              pc.atLine(wl[0], "EDGE_WEIGHT_SECTION", "matrix row has " + wl[1] + " entries, expected " + dim
                  + " (the matrix is not square)");
            }
          }
        }
        pc.atLine(secLine, "EDGE_WEIGHT_SECTION", "expected " + expected + " values for " + fmt + " with DIMENSION "
            + dim + ", got " + weightCount);
        return null;
      }
      if (n * n > Integer.MAX_VALUE - 8) {
        pc.atLine(secLine, "EDGE_WEIGHT_SECTION", "a dense " + dim + "x" + dim + " matrix does not fit in memory");
        return null;
      }
      double[] m = new double[dim * dim];
      int p = 0;
      if (fmt.equals("FULL_MATRIX")) {
        System.arraycopy(weights, 0, m, 0, dim * dim);
      } else {
        boolean lower = fmt.startsWith("LOWER");
        boolean diag = fmt.contains("DIAG");
        for (int a = 0; a < dim; a++) {
          int from = lower ? 0 : (diag ? a : a + 1);
          int to = lower ? (diag ? a + 1 : a) : dim;
          for (int c = from; c < to; c++) {
            double w = weights[p++];
            m[a * dim + c] = w;
            m[c * dim + a] = w;
          }
        }
      }
      weights = null;
      return new DenseMatrix(dim, m);
    }
  }
}
