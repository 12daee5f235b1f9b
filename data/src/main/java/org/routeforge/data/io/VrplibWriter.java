package org.routeforge.data.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.routeforge.data.model.EuclideanMatrix;
import org.routeforge.data.model.Instance;
import org.routeforge.data.model.Location;
import org.routeforge.data.model.Rounding;
import org.routeforge.data.model.Stop;
import org.routeforge.data.model.TimeWindow;
import org.routeforge.data.model.TravelMatrix;
import org.routeforge.data.model.VehicleType;

/**
 * Writes an instance as VRPLIB text. Node 1 is the depot and node {@code k + 2} is stop {@code k}, so
 * {@code .sol} customer numbers equal stop positions + 1. Coordinates with {@code nint} Euclidean
 * distances are written as EUC_2D; anything else as an EXPLICIT FULL_MATRIX (with the coordinates,
 * when known, in NODE_COORD_SECTION). Time windows and service times use the TIME_WINDOW_SECTION /
 * SERVICE_TIME_SECTION extension. {@link #limitations} lists what VRPLIB cannot carry.
 */
public final class VrplibWriter {
  private VrplibWriter() {}

  /** What of {@code in} this format cannot express (empty when the conversion is lossless). */
  public static List<String> limitations(Instance in) {
    List<String> out = Limitations.singleDepot(in, "VRPLIB");
    boolean anyWindow = false;
    boolean anyOpen = false;
    for (Stop s : in.stops()) {
      anyWindow |= !s.timeWindows().isEmpty();
      anyOpen |= s.timeWindows().isEmpty();
    }
    if (anyWindow && anyOpen && in.vehicleTypes().get(0).shift().isUnbounded()) {
      out.add("VRPLIB needs a window for every node once one has a window; stops without a window and an"
          + " unbounded depot shift cannot be written");
    }
    return out;
  }

  /** Changes that lose no content (ids renumbered); shown to the user, not blocking. */
  public static List<String> notes(Instance in) {
    return Limitations.canonicalIds(in, 2) ? List.of()
        : List.of("VRPLIB names nodes by number: stop ids become node numbers 2.." + (in.stops().size() + 1)
            + " in stop order");
  }

  /** The VRPLIB text (uses the first vehicle type). */
  public static String format(Instance in) {
    VehicleType vt = in.vehicleTypes().get(0);
    int depot = Math.max(0, vt.startLocation());
    int n = in.stops().size() + 1;
    int[] loc = new int[n];
    loc[0] = depot;
    for (int i = 1; i < n; i++) {
      loc[i] = in.stops().get(i - 1).location();
    }
    boolean coords = in.hasCoordinates();
    TravelMatrix d = in.distances();
    boolean euc = coords && d instanceof EuclideanMatrix && ((EuclideanMatrix) d).rounding() == Rounding.NINT;
    boolean tw = in.hasTimeWindows();
    boolean service = tw;
    for (Stop s : in.stops()) {
      service |= s.serviceTime() != 0;
    }
    StringBuilder sb = new StringBuilder(64 + n * (euc ? 24 : 8 * n));
    sb.append("NAME : ").append(in.name()).append('\n');
    sb.append("TYPE : ").append(tw ? "VRPTW" : "CVRP").append('\n');
    sb.append("DIMENSION : ").append(n).append('\n');
    sb.append("EDGE_WEIGHT_TYPE : ").append(euc ? "EUC_2D" : "EXPLICIT").append('\n');
    if (!euc) {
      sb.append("EDGE_WEIGHT_FORMAT : FULL_MATRIX\n");
    }
    sb.append("CAPACITY : ").append(vt.capacity(0)).append('\n');
    sb.append("VEHICLES : ").append(vt.count()).append('\n');
    if (vt.maxDistance() != Double.POSITIVE_INFINITY) {
      sb.append("DISTANCE : ").append(Numbers.format(vt.maxDistance())).append('\n');
    }
    if (!euc) {
      sb.append("EDGE_WEIGHT_SECTION\n");
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          if (j > 0) {
            sb.append(' ');
          }
          sb.append(Numbers.format(d.get(loc[i], loc[j])));
        }
        sb.append('\n');
      }
    }
    if (coords) {
      sb.append("NODE_COORD_SECTION\n");
      for (int i = 0; i < n; i++) {
        Location l = in.locations().get(loc[i]);
        sb.append(i + 1).append(' ').append(Numbers.format(l.x())).append(' ').append(Numbers.format(l.y())).append('\n');
      }
    }
    sb.append("DEMAND_SECTION\n");
    sb.append("1 0\n");
    for (int i = 1; i < n; i++) {
      sb.append(i + 1).append(' ').append(in.stops().get(i - 1).demand(0)).append('\n');
    }
    if (service) {
      sb.append("SERVICE_TIME_SECTION\n1 0\n");
      for (int i = 1; i < n; i++) {
        sb.append(i + 1).append(' ').append(Numbers.format(in.stops().get(i - 1).serviceTime())).append('\n');
      }
    }
    if (tw) {
      TimeWindow shift = vt.shift();
      sb.append("TIME_WINDOW_SECTION\n");
      sb.append("1 ").append(Numbers.format(shift.open())).append(' ').append(Numbers.format(shift.close())).append('\n');
      for (int i = 1; i < n; i++) {
        TimeWindow w = Limitations.window(in.stops().get(i - 1), shift);
        sb.append(i + 1).append(' ').append(Numbers.format(w.open())).append(' ').append(Numbers.format(w.close()))
            .append('\n');
      }
    }
    sb.append("DEPOT_SECTION\n1\n-1\nEOF\n");
    return sb.toString();
  }

  /** Writes the text to a file, gzip-compressed when the name ends in {@code .gz}. */
  public static void write(Instance in, Path file) throws IOException {
    writeText(format(in), file);
  }

  static void writeText(String text, Path file) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    if (file.getFileName().toString().endsWith(".gz")) {
      try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
        out.write(bytes);
      }
    } else {
      Files.write(file, bytes);
    }
  }
}
