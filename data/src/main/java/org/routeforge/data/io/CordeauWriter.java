package org.routeforge.data.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.routeforge.data.model.Instance;
import org.routeforge.data.model.Location;
import org.routeforge.data.model.Rounding;
import org.routeforge.data.model.Stop;
import org.routeforge.data.model.VehicleType;

/**
 * Writes an instance as a Cordeau multi-depot VRP file (type 2), the format {@link CordeauReader} and
 * {@code shared/tools/mdcheck.py} read: one depot per vehicle type, in type order, each with its
 * capacity and maximum route duration (0 = none); customers {@code 1..n} are the stops in order, each
 * written as visited once ({@code f = 1}, one combination). {@link #limitations} lists what the
 * format cannot carry.
 */
public final class CordeauWriter {
  private static final String FORMAT = "Cordeau MDVRP";

  private CordeauWriter() {}

  /** What of {@code in} this format cannot express (empty when the conversion is lossless). */
  public static List<String> limitations(Instance in) {
    List<String> out = new ArrayList<>();
    if (!in.shipments().isEmpty()) {
      out.add(FORMAT + " has no pickup-delivery pairs; the instance has " + in.shipments().size() + " shipments");
    }
    if (in.hasTimeWindows()) {
      out.add(FORMAT + " has no time windows or shifts; the instance has some");
    }
    Limitations.stopFeatures(in, FORMAT, out);
    Limitations.euclidean(in, FORMAT, Rounding.EXACT, out);
    if (Limitations.depotCount(in) != in.vehicleTypes().size()) {
      out.add(FORMAT + " has one vehicle type per depot; the instance has " + in.vehicleTypes().size()
          + " vehicle types at " + Limitations.depotCount(in) + " depots");
    }
    for (VehicleType t : in.vehicleTypes()) {
      Limitations.closedRoutes(t, FORMAT, out);
      Limitations.vehicleFeatures(t, FORMAT, out);
      if (t.count() != in.vehicleTypes().get(0).count()) {
        out.add(FORMAT + " has the same number of vehicles at every depot; " + t.id() + " has " + t.count()
            + ", " + in.vehicleTypes().get(0).id() + " " + in.vehicleTypes().get(0).count());
      }
      if (t.maxDistance() != Double.POSITIVE_INFINITY) {
        out.add(FORMAT + " has no maximum route distance (" + t.id() + ": " + Numbers.format(t.maxDistance()) + ")");
      }
    }
    return out;
  }

  /** Changes that lose no content (ids renumbered); shown to the user, not blocking. */
  public static List<String> notes(Instance in) {
    return Limitations.canonicalIds(in, 1) ? List.of()
        : List.of(FORMAT + " numbers customers 1..n and depots n+1..n+t: ids become those numbers");
  }

  /** The Cordeau text. */
  public static String format(Instance in) {
    int n = in.stops().size();
    List<VehicleType> types = in.vehicleTypes();
    StringBuilder sb = new StringBuilder();
    sb.append(CordeauReader.MDVRP).append(' ').append(types.get(0).count()).append(' ').append(n).append(' ')
        .append(types.size()).append('\n');
    for (VehicleType t : types) {
      double d = t.maxDuration() == Double.POSITIVE_INFINITY ? 0 : t.maxDuration();
      sb.append(Numbers.format(d)).append(' ').append(t.capacity(0)).append('\n');
    }
    for (int i = 0; i < n; i++) {
      Stop s = in.stops().get(i);
      Location l = in.locations().get(s.location());
      sb.append(i + 1).append(' ').append(Numbers.format(l.x())).append(' ').append(Numbers.format(l.y()))
          .append(' ').append(Numbers.format(s.serviceTime())).append(' ').append(s.demand(0)).append(" 1 1 1\n");
    }
    for (int j = 0; j < types.size(); j++) {
      Location l = in.locations().get(Math.max(0, types.get(j).startLocation()));
      sb.append(n + j + 1).append(' ').append(Numbers.format(l.x())).append(' ').append(Numbers.format(l.y()))
          .append(" 0 0 0 0\n");
    }
    return sb.toString();
  }

  /** Writes the text to a file, gzip-compressed when the name ends in {@code .gz}. */
  public static void write(Instance in, Path file) throws IOException {
    VrplibWriter.writeText(format(in), file);
  }
}
