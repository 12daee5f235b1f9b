package org.routeforge.data.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.routeforge.data.model.Instance;
import org.routeforge.data.model.Location;
import org.routeforge.data.model.Rounding;
import org.routeforge.data.model.Shipment;
import org.routeforge.data.model.Stop;
import org.routeforge.data.model.TimeWindow;
import org.routeforge.data.model.VehicleType;

/**
 * Writes an instance as Li &amp; Lim PDPTW text (header {@code K Q S}, node 0 the depot, node
 * {@code c} = stop {@code c - 1}), the format {@link LiLimReader} and {@code shared/tools/pdpcheck.py}
 * read. Every stop must belong to a shipment; a pickup row gets the positive amount and its delivery's
 * node id, the delivery row the negated amount and its pickup's id. {@link #limitations} lists what
 * the format cannot carry.
 */
public final class LiLimWriter {
  private static final String FORMAT = "Li & Lim";

  private LiLimWriter() {}

  /** What of {@code in} this format cannot express (empty when the conversion is lossless). */
  public static List<String> limitations(Instance in) {
    List<String> out = Limitations.singleDepot(in, FORMAT);
    out.removeIf(s -> s.startsWith(FORMAT + " has no pickup-delivery pairs"));
    Limitations.euclidean(in, FORMAT, Rounding.EXACT, out);
    boolean[] paired = new boolean[in.stops().size()];
    int differ = 0;
    for (Shipment sh : in.shipments()) {
      paired[sh.pickup()] = true;
      paired[sh.delivery()] = true;
      differ += in.stops().get(sh.pickup()).demand(0) != in.stops().get(sh.delivery()).demand(0) ? 1 : 0;
    }
    int single = 0;
    for (boolean p : paired) {
      single += p ? 0 : 1;
    }
    if (single > 0) {
      out.add(FORMAT + " has pickup-delivery pairs only; " + single + " stops are in no shipment");
    }
    if (differ > 0) {
      out.add(FORMAT + " carries one amount per pair; " + differ + " shipments have a delivery amount that"
          + " differs from the pickup's (the pickup's is written)");
    }
    boolean unbounded = in.vehicleTypes().isEmpty()
        || in.vehicleTypes().get(0).shift().close() == Double.POSITIVE_INFINITY;
    for (Stop s : in.stops()) {
      unbounded |= !s.timeWindows().isEmpty() && s.latest() == Double.POSITIVE_INFINITY;
    }
    if (unbounded) {
      out.add(FORMAT + " needs finite time windows; the depot shift or a window is unbounded");
    }
    if (!in.vehicleTypes().isEmpty() && in.vehicleTypes().get(0).maxDistance() != Double.POSITIVE_INFINITY) {
      out.add(FORMAT + " has no maximum route distance");
    }
    return out;
  }

  /** Changes that lose no content (ids renumbered); shown to the user, not blocking. */
  public static List<String> notes(Instance in) {
    return Limitations.canonicalIds(in, 1) ? List.of()
        : List.of(FORMAT + " numbers nodes 1..n: stop ids become those numbers in stop order");
  }

  /** The Li &amp; Lim text (first vehicle type; stops without a window get the depot's). */
  public static String format(Instance in) {
    VehicleType vt = in.vehicleTypes().get(0);
    TimeWindow shift = vt.shift();
    int n = in.stops().size();
    int[] pickupOf = new int[n];
    int[] deliveryOf = new int[n];
    for (Shipment sh : in.shipments()) {
      deliveryOf[sh.pickup()] = sh.delivery() + 1;
      pickupOf[sh.delivery()] = sh.pickup() + 1;
    }
    StringBuilder sb = new StringBuilder();
    sb.append(vt.count()).append('\t').append(vt.capacity(0)).append("\t1\n");
    Location depot = in.locations().get(Math.max(0, vt.startLocation()));
    row(sb, 0, depot, 0, shift, 0, 0, 0);
    for (int i = 0; i < n; i++) {
      Stop s = in.stops().get(i);
      int amount = deliveryOf[i] > 0 ? s.demand(0) : -in.stops().get(Math.max(0, pickupOf[i] - 1)).demand(0);
      row(sb, i + 1, in.locations().get(s.location()), amount, Limitations.window(s, shift), s.serviceTime(),
          pickupOf[i], deliveryOf[i]);
    }
    return sb.toString();
  }

  private static void row(StringBuilder sb, int id, Location l, int demand, TimeWindow w, double service, int p,
      int d) {
    sb.append(String.format(Locale.ROOT, "%d\t%s\t%s\t%d\t%s\t%s\t%s\t%d\t%d", id, Numbers.format(l.x()),
        Numbers.format(l.y()), demand, Numbers.format(w.open()), Numbers.format(w.close()),
        Numbers.format(service), p, d)).append('\n');
  }

  /** Writes the text to a file, gzip-compressed when the name ends in {@code .gz}. */
  public static void write(Instance in, Path file) throws IOException {
    VrplibWriter.writeText(format(in), file);
  }
}
