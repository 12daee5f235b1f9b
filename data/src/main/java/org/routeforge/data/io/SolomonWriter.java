package org.routeforge.data.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.routeforge.data.model.EuclideanMatrix;
import org.routeforge.data.model.Instance;
import org.routeforge.data.model.Location;
import org.routeforge.data.model.Rounding;
import org.routeforge.data.model.Stop;
import org.routeforge.data.model.TimeWindow;
import org.routeforge.data.model.VehicleType;

/**
 * Writes an instance as Solomon VRPTW text (row 0 the depot, then one row per stop). Solomon files
 * carry only coordinates: distances are implied Euclidean, which {@link SolomonReader} reads with
 * one-decimal truncation. {@link #limitations} lists what the format cannot carry.
 */
public final class SolomonWriter {
  private SolomonWriter() {}

  /** What of {@code in} this format cannot express (empty when the conversion is lossless). */
  public static List<String> limitations(Instance in) {
    List<String> out = Limitations.singleDepot(in, "Solomon");
    if (!in.hasCoordinates()) {
      out.add("Solomon files hold coordinates only; the explicit travel matrix cannot be written");
    } else if (!(in.distances() instanceof EuclideanMatrix)
        || ((EuclideanMatrix) in.distances()).rounding() != Rounding.TRUNC1) {
      out.add("Solomon distances are read back as Euclidean truncated to one decimal; the instance uses "
          + (in.rounding() == null ? "an explicit matrix" : in.rounding() + " distances"));
    }
    boolean unbounded = in.vehicleTypes().get(0).shift().close() == Double.POSITIVE_INFINITY;
    for (Stop s : in.stops()) {
      unbounded |= !s.timeWindows().isEmpty() && s.latest() == Double.POSITIVE_INFINITY;
    }
    if (unbounded) {
      out.add("Solomon needs finite time windows; the depot shift or a window is unbounded");
    }
    if (in.vehicleTypes().size() == 1 && in.vehicleTypes().get(0).maxDistance() != Double.POSITIVE_INFINITY) {
      out.add("Solomon has no maximum route distance");
    }
    return out;
  }

  /** Changes that lose no content (ids renumbered); shown to the user, not blocking. */
  public static List<String> notes(Instance in) {
    return Limitations.canonicalIds(in, 1) ? List.of()
        : List.of("Solomon numbers customers 1..n: stop ids become those numbers in stop order");
  }

  /** The Solomon text (uses the first vehicle type; stops without a window get the depot's). */
  public static String format(Instance in) {
    VehicleType vt = in.vehicleTypes().get(0);
    TimeWindow shift = vt.shift();
    StringBuilder sb = new StringBuilder();
    sb.append(in.name()).append("\n\nVEHICLE\nNUMBER     CAPACITY\n");
    sb.append(String.format(Locale.ROOT, "%5d %12d", vt.count(), vt.capacity(0))).append('\n');
    sb.append("\nCUSTOMER\n");
    sb.append("CUST NO.  XCOORD.   YCOORD.    DEMAND   READY TIME  DUE DATE   SERVICE   TIME\n\n");
    Location depot = in.locations().get(Math.max(0, vt.startLocation()));
    row(sb, 0, depot, 0, shift, 0);
    for (int i = 0; i < in.stops().size(); i++) {
      Stop s = in.stops().get(i);
      row(sb, i + 1, in.locations().get(s.location()), s.demand(0), Limitations.window(s, shift), s.serviceTime());
    }
    return sb.toString();
  }

  private static void row(StringBuilder sb, int no, Location l, int demand, TimeWindow w, double service) {
    sb.append(String.format(Locale.ROOT, "%5d %10s %10s %10d %10s %10s %10s", no, Numbers.format(l.x()), Numbers.format(l.y()),
        demand, Numbers.format(w.open()), Numbers.format(w.close()), Numbers.format(service))).append('\n');
  }

  /** Writes the text to a file, gzip-compressed when the name ends in {@code .gz}. */
  public static void write(Instance in, Path file) throws IOException {
    VrplibWriter.writeText(format(in), file);
  }
}
