package org.routeforge.data.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.routeforge.data.model.Instance;
import org.routeforge.data.model.Location;
import org.routeforge.data.model.Rounding;
import org.routeforge.data.model.Shipment;
import org.routeforge.data.model.Stop;
import org.routeforge.data.model.TimeWindow;
import org.routeforge.data.model.VehicleType;

/**
 * Reads Li &amp; Lim pickup-and-delivery (PDPTW) text files as distributed by SINTEF (tabs or spaces,
 * CRLF allowed, gzip allowed): a header {@code K Q S} (vehicles, capacity, speed; S is not used) and
 * one row per node {@code id x y demand ready due service pickup delivery}, node 0 being the depot.
 * A pickup row has {@code pickup = 0} and names its delivery node; a delivery row has
 * {@code delivery = 0} and names its pickup node, with the negated demand.
 *
 * <p>Node {@code c} becomes stop {@code c - 1} with id {@code "c"} and location {@code c} (location 0
 * is the depot), so {@code .sol} customer numbers are the file's node ids, as in
 * {@code shared/tools/pdpcheck.py}. Both stops of a pair carry the pickup's (positive) amount and form
 * a {@link Shipment}. Distances and travel times are unrounded Euclidean ({@link Rounding#EXACT}, the
 * convention of the SINTEF best-known solutions); the depot's window is the vehicles' shift.
 */
public final class LiLimReader {
  private static final String[] FIELDS = {"ID", "X", "Y", "DEMAND", "READY", "DUE", "SERVICE", "PICKUP",
      "DELIVERY"};

  private LiLimReader() {}

  /** Reads and parses a file; the instance is named after the file ({@code lc101.txt} → lc101). */
  public static ParsedInstance read(Path file) throws IOException, InputException {
    return parse(TextLines.text(file), file.toString(), VrplibReader.defaultName(file));
  }

  /**
   * Whether text looks like a Li &amp; Lim file: the first non-blank line has three numbers and the
   * second nine.
   */
  public static boolean looksLike(String head) {
    List<String> lines = TextLines.split(head);
    int[] counts = new int[2];
    int k = 0;
    for (String l : lines) {
      if (l.isBlank()) {
        continue;
      }
      String[] t = TextLines.tokens(l);
      for (String s : t) {
        if (!isNumber(s)) {
          return false;
        }
      }
      counts[k++] = t.length;
      if (k == 2) {
        break;
      }
    }
    return k == 2 && counts[0] == 3 && counts[1] == 9;
  }

  /** Parses Li &amp; Lim text; {@code source} names it in problems, {@code name} is the instance name. */
  public static ParsedInstance parse(String text, String source, String name) throws InputException {
    ProblemCollector pc = new ProblemCollector(source);
    List<String> lines = TextLines.split(text);
    int k = 0;
    while (k < lines.size() && lines.get(k).isBlank()) {
      k++;
    }
    if (k == lines.size()) {
      pc.atLine(0, "VEHICLES", "the file is empty (expected a header 'K Q S' and one row per node)");
      pc.throwIfAny();
    }
    int headerLine = k + 1;
    String[] h = TextLines.tokens(lines.get(k));
    int vehicles = 0;
    int capacity = 0;
    if (h.length != 3) {
      pc.atLine(headerLine, "VEHICLES", "expected the header 'K Q S' (vehicles, capacity, speed), got "
          + h.length + " fields");
    } else {
      double v = pc.integral(h[0], headerLine, "VEHICLES");
      double q = pc.integral(h[1], headerLine, "CAPACITY");
      pc.number(h[2], headerLine, "SPEED");
      if (v <= 0) {
        pc.atLine(headerLine, "VEHICLES", "must be positive, got " + h[0]);
      }
      if (q <= 0) {
        pc.atLine(headerLine, "CAPACITY", "must be positive, got " + h[1]);
      }
      vehicles = (int) v;
      capacity = (int) q;
    }
    List<double[]> rows = new ArrayList<>();
    List<Integer> rowLines = new ArrayList<>();
    for (k = k + 1; k < lines.size(); k++) {
      if (lines.get(k).isBlank()) {
        continue;
      }
      String[] t = TextLines.tokens(lines.get(k));
      int ln = k + 1;
      int expectId = rows.size();
      if (t.length != 9) {
        pc.atLine(ln, "ID", "expected 9 fields (id x y demand ready due service pickup delivery), got "
            + t.length);
        rows.add(null);
        rowLines.add(ln);
        continue;
      }
      double[] r = new double[9];
      for (int f = 0; f < 9; f++) {
        boolean whole = f == 0 || f == 3 || f >= 7;
        r[f] = whole ? pc.integral(t[f], ln, FIELDS[f]) : pc.number(t[f], ln, FIELDS[f]);
      }
      if (!Double.isNaN(r[0]) && r[0] != expectId) {
        pc.atLine(ln, "ID", "node id " + t[0] + " out of sequence, expected " + expectId);
      }
      if (r[6] < 0) {
        pc.atLine(ln, "SERVICE", "negative service time " + t[6]);
      }
      if (r[4] > r[5]) {
        pc.atLine(ln, "DUE", "window closes (" + t[5] + ") before it opens (READY " + t[4] + ")");
      }
      rows.add(r);
      rowLines.add(ln);
    }
    if (rows.isEmpty()) {
      pc.atLine(lines.size(), "ID", "no depot and no node rows up to the end of the file");
    } else if (rows.size() == 1) {
      pc.atLine(lines.size(), "ID", "only the depot row; no pickup or delivery up to the end of the file");
    }
    pc.throwIfAny();
    checkPairs(pc, rows, rowLines);
    pc.throwIfAny();

    SourceMap where = new SourceMap(source);
    Instance.Builder b = Instance.builder(name);
    for (double[] r : rows) {
      b.addLocation(new Location(Long.toString((long) r[0]), r[1], r[2]));
    }
    b.euclidean(Rounding.EXACT);
    for (int c = 1; c < rows.size(); c++) {
      double[] r = rows.get(c);
      b.addStop(new Stop(Long.toString((long) r[0]), c, new int[] {(int) Math.abs(r[3])}, r[6],
          List.of(new TimeWindow(r[4], r[5])), Set.of(), 0));
      where.line(SourceMap.stopDemand(c - 1), rowLines.get(c));
      where.line(SourceMap.stopWindow(c - 1), rowLines.get(c));
    }
    for (int c = 1; c < rows.size(); c++) {
      double[] r = rows.get(c);
      if (r[7] == 0) {
        b.addShipment(new Shipment(c - 1, (int) r[8] - 1));
      }
    }
    double[] depot = rows.get(0);
    b.addVehicleType(VehicleType.simple(vehicles, capacity, 0).withShift(new TimeWindow(depot[4], depot[5])));
    where.line(SourceMap.vehicleCapacity(0), headerLine);
    where.line(SourceMap.vehicleShift(0), rowLines.get(0));
    return new ParsedInstance(b.build(), where);
  }

  /** The depot row carries nothing; every other row is one half of a pair that names it back. */
  private static void checkPairs(ProblemCollector pc, List<double[]> rows, List<Integer> rowLines) {
    int n = rows.size();
    double[] depot = rows.get(0);
    int dl = rowLines.get(0);
    if (depot[3] != 0) {
      pc.atLine(dl, "DEMAND", "the depot (node 0) must have demand 0, got " + Numbers.format(depot[3]));
    }
    if (depot[7] != 0 || depot[8] != 0) {
      pc.atLine(dl, "PICKUP", "the depot (node 0) must have pickup = delivery = 0");
    }
    for (int i = 1; i < n; i++) {
      double[] r = rows.get(i);
      int ln = rowLines.get(i);
      int p = (int) r[7];
      int d = (int) r[8];
      if (p == 0 && d > 0 && d < n) {
        double[] dr = rows.get(d);
        if (r[3] <= 0) {
          pc.atLine(ln, "DEMAND", "pickup " + i + " must have a positive demand, got " + Numbers.format(r[3]));
        }
        if ((int) dr[7] != i || dr[8] != 0) {
          pc.atLine(ln, "DELIVERY", "pickup " + i + " names delivery " + d + ", but node " + d + " (line "
              + rowLines.get(d) + ") names pickup " + (int) dr[7] + " and delivery " + (int) dr[8]);
        } else if (dr[3] != -r[3]) {
          pc.atLine(rowLines.get(d), "DEMAND", "delivery " + d + " has demand " + Numbers.format(dr[3])
              + ", expected " + Numbers.format(-r[3]) + " (minus its pickup " + i + "'s demand)");
        }
      } else if (d == 0 && p > 0 && p < n) {
        double[] pr = rows.get(p);
        if ((int) pr[8] != i || pr[7] != 0) {
          pc.atLine(ln, "PICKUP", "delivery " + i + " names pickup " + p + ", but node " + p + " (line "
              + rowLines.get(p) + ") names pickup " + (int) pr[7] + " and delivery " + (int) pr[8]);
        }
      } else if (p != 0 && d != 0) {
        pc.atLine(ln, "PICKUP", "node " + i + " names both a pickup (" + p + ") and a delivery (" + d
            + "); one of them must be 0");
      } else if (p == 0 && d == 0) {
        pc.atLine(ln, "DELIVERY", "node " + i + " is neither a pickup nor a delivery (pickup = delivery = 0)");
      } else {
        String field = p == 0 ? "DELIVERY" : "PICKUP";
        pc.atLine(ln, field, "node " + (p == 0 ? d : p) + " is out of range 1.." + (n - 1));
      }
    }
  }

  private static boolean isNumber(String s) {
    try {
      Double.parseDouble(s);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
