package org.routeforge.data.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.routeforge.data.model.Instance;
import org.routeforge.data.model.Location;
import org.routeforge.data.model.Rounding;
import org.routeforge.data.model.Stop;
import org.routeforge.data.model.TimeWindow;
import org.routeforge.data.model.VehicleType;

/**
 * Reads Solomon / Gehring–Homberger VRPTW text files (CRLF allowed, gzip allowed): the name, the
 * {@code VEHICLE NUMBER CAPACITY} block and one row per node
 * {@code CUST NO. XCOORD. YCOORD. DEMAND READY TIME DUE DATE SERVICE TIME}, row 0 being the depot.
 *
 * <p>Distances are Euclidean truncated to one decimal ({@link Rounding#TRUNC1}, the DIMACS convention
 * of the distance-only best-known solutions); callers switch with {@link Instance#withRounding}. The
 * depot's window becomes the vehicles' shift. Customer {@code c} is {@code stops().get(c - 1)}, as in
 * {@code .sol} files.
 */
public final class SolomonReader {
  private SolomonReader() {}

  /** Reads and parses a file. */
  public static ParsedInstance read(Path file) throws IOException, InputException {
    return parse(TextLines.text(file), file.toString());
  }

  /** Whether text looks like a Solomon file (a {@code VEHICLE} block followed by {@code NUMBER}). */
  public static boolean looksLike(String head) {
    String u = head.toUpperCase(Locale.ROOT);
    return u.contains("VEHICLE") && u.contains("NUMBER") && u.contains("CAPACITY") && !u.contains("DIMENSION");
  }

  /** Parses Solomon text; {@code source} names it in problems. */
  public static ParsedInstance parse(String text, String source) throws InputException {
    ProblemCollector pc = new ProblemCollector(source);
    SourceMap where = new SourceMap(source);
    List<String> lines = TextLines.split(text);
    int i = 0;
    while (i < lines.size() && lines.get(i).isBlank()) {
      i++;
    }
    if (i == lines.size()) {
      pc.atLine(0, "name", "the file is empty");
      pc.throwIfAny();
    }
    String name = lines.get(i).strip();
    int numberLine = -1;
    for (int k = i + 1; k < lines.size(); k++) {
      if (lines.get(k).strip().toUpperCase(Locale.ROOT).startsWith("NUMBER")) {
        numberLine = k;
        break;
      }
    }
    if (numberLine < 0) {
      pc.atLine(lines.size(), "VEHICLE", "missing the VEHICLE section (a 'NUMBER CAPACITY' header and its values;"
          + " none up to the end of the file)");
      pc.throwIfAny();
    }
    int k = numberLine + 1;
    while (k < lines.size() && lines.get(k).isBlank()) {
      k++;
    }
    int vehicles = 0;
    int capacity = 0;
    int capLine = k + 1;
    if (k == lines.size()) {
      pc.atLine(numberLine + 1, "VEHICLE", "missing the vehicle number and capacity");
    } else {
      String[] t = TextLines.tokens(lines.get(k));
      if (t.length != 2) {
        pc.atLine(k + 1, "VEHICLE", "expected 'number capacity', got " + t.length + " fields");
      } else {
        vehicles = (int) pc.integral(t[0], k + 1, "VEHICLE number");
        capacity = (int) pc.integral(t[1], k + 1, "VEHICLE capacity");
        if (vehicles <= 0) {
          pc.atLine(k + 1, "VEHICLE number", "must be positive, got " + t[0]);
        }
        if (capacity <= 0) {
          pc.atLine(k + 1, "VEHICLE capacity", "must be positive, got " + t[1]);
        }
      }
    }
    boolean customerHeader = false;
    List<double[]> rows = new ArrayList<>();
    List<Integer> rowLines = new ArrayList<>();
    int rowNo = 0;
    for (k = k + 1; k < lines.size(); k++) {
      String s = lines.get(k).strip();
      if (s.isEmpty()) {
        continue;
      }
      char c = s.charAt(0);
      if (Character.isLetter(c)) {
        String u = s.toUpperCase(Locale.ROOT);
        if (u.startsWith("CUSTOMER") || u.startsWith("CUST")) {
          customerHeader = true;
          continue;
        }
        pc.atLine(k + 1, "CUSTOMER", "unexpected text '" + s + "'");
        continue;
      }
      String[] t = TextLines.tokens(s);
      int ln = k + 1;
      int expectNo = rowNo++;
      if (t.length != 7) {
        pc.atLine(ln, "CUSTOMER", "expected 7 fields (CUST NO. XCOORD. YCOORD. DEMAND READY TIME DUE DATE"
            + " SERVICE TIME), got " + t.length);
        continue;
      }
      double[] r = new double[7];
      String[] fields = {"CUST NO.", "XCOORD.", "YCOORD.", "DEMAND", "READY TIME", "DUE DATE", "SERVICE TIME"};
      for (int f = 0; f < 7; f++) {
        r[f] = f == 0 || f == 3 ? pc.integral(t[f], ln, fields[f]) : pc.number(t[f], ln, fields[f]);
      }
      if (!Double.isNaN(r[0]) && r[0] != expectNo) {
        pc.atLine(ln, "CUST NO.", "customer number " + t[0] + " out of sequence, expected " + expectNo);
      }
      if (r[3] < 0) {
        pc.atLine(ln, "DEMAND", "negative demand " + t[3]);
      }
      if (r[6] < 0) {
        pc.atLine(ln, "SERVICE TIME", "negative service time " + t[6]);
      }
      if (r[4] > r[5]) {
        pc.atLine(ln, "DUE DATE", "window closes (" + t[5] + ") before it opens (READY TIME " + t[4] + ")");
      }
      rows.add(r);
      rowLines.add(ln);
    }
    if (!customerHeader && rows.isEmpty()) {
      pc.atLine(lines.size(), "CUSTOMER", "missing the CUSTOMER section (none up to the end of the file)");
    } else if (rows.isEmpty()) {
      pc.atLine(lines.size(), "CUSTOMER", "no depot and no customers up to the end of the file");
    }
    pc.throwIfAny();

    Instance.Builder b = Instance.builder(name);
    for (double[] r : rows) {
      b.addLocation(new Location(Long.toString((long) r[0]), r[1], r[2]));
    }
    b.euclidean(Rounding.TRUNC1);
    for (int c = 1; c < rows.size(); c++) {
      double[] r = rows.get(c);
      b.addStop(new Stop(Long.toString((long) r[0]), c, new int[] {(int) r[3]}, r[6],
          List.of(new TimeWindow(r[4], r[5])), Set.of(), 0));
      where.line(SourceMap.stopDemand(c - 1), rowLines.get(c));
      where.line(SourceMap.stopWindow(c - 1), rowLines.get(c));
    }
    double[] depot = rows.get(0);
    b.addVehicleType(VehicleType.simple(vehicles, capacity, 0).withShift(new TimeWindow(depot[4], depot[5])));
    where.line(SourceMap.vehicleCapacity(0), capLine);
    where.line(SourceMap.vehicleShift(0), rowLines.get(0));
    return new ParsedInstance(b.build(), where);
  }
}
