package org.routeforge.cli.roads;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.routeforge.data.io.InputException;
import org.routeforge.data.io.InputException.Problem;
import org.routeforge.data.io.osrm.OsrmTable;
import org.routeforge.graph.roads.OsrmTables;
import org.routeforge.graph.roads.RoadMatrix;
import org.routeforge.graph.roads.RoadNetwork;
import org.routeforge.graph.roads.SnappedPoints;
import org.routeforge.graph.roads.UnsnappablePointsException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code routeforge roads matrix}: the travel-time and distance matrix between points of a CSV file
 * ({@code lat,lon} per line), written as an OSRM {@code table} response. Points that cannot be
 * snapped are reported by line and index, and nothing is written.
 */
@Command(
    name = "matrix",
    mixinStandardHelpOptions = true,
    description = "Travel-time/distance matrix between lat,lon points (CSV) as an OSRM table response JSON.")
public final class RoadsMatrixCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin NetworkOptions network;

  @Option(names = "--points", required = true,
      description = "CSV of points, one 'lat,lon' per line ('#' comments, an optional 'lat,lon' header).")
  Path points;

  @Option(names = "--out", description = "Output file (OSRM table JSON); stdout when absent.")
  Path out;

  @Option(names = "--max-snap", defaultValue = "500",
      description = "A point farther than this from a car road is an error (metres, default 500).")
  double maxSnap;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    Points p = readPoints(points);
    try (RoadNetwork net = network.open(err)) {
      SnappedPoints sp = net.snap(p.lat, p.lon, maxSnap);
      RoadMatrix m;
      try {
        m = net.matrix(sp);
      } catch (UnsnappablePointsException e) {
        List<Problem> problems = new ArrayList<>();
        for (int i : e.indices()) {
          problems.add(Problem.atLine(points.toString(), p.lines[i], "point " + i, sp.reason(i)));
        }
        throw new InputException(problems);
      }
      err.printf(Locale.ROOT, "roads: %dx%d matrix in %.3f s%n", m.rows(), m.cols(), m.computeSeconds());
      OsrmTable t = OsrmTables.of(m);
      if (out == null) {
        spec.commandLine().getOut().println(t.format());
        spec.commandLine().getOut().flush();
      } else {
        t.write(out);
        err.println("roads: wrote " + out);
      }
    }
    return 0;
  }

  /** Points read from a CSV file, with the line each came from. */
  record Points(double[] lat, double[] lon, int[] lines) {}

  /** Reads {@code lat,lon} lines; every malformed line is reported at once. */
  static Points readPoints(Path file) throws IOException, InputException {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("points file not found: " + file);
    }
    List<String> lines = Files.readAllLines(file);
    double[] lat = new double[lines.size()];
    double[] lon = new double[lines.size()];
    int[] at = new int[lines.size()];
    int n = 0;
    List<Problem> problems = new ArrayList<>();
    for (int k = 0; k < lines.size(); k++) {
      String s = lines.get(k).strip();
      if (s.isEmpty() || s.startsWith("#") || (n == 0 && problems.isEmpty() && s.equalsIgnoreCase("lat,lon"))) {
        continue;
      }
      String[] f = s.split("\\s*[,;\\s]\\s*");
      if (f.length != 2) {
        problems.add(Problem.atLine(file.toString(), k + 1, "lat,lon", "expected 2 values, got " + f.length));
        continue;
      }
      try {
        double la = Double.parseDouble(f[0]);
        double lo = Double.parseDouble(f[1]);
        if (Math.abs(la) > 90 || Math.abs(lo) > 180 || !Double.isFinite(la) || !Double.isFinite(lo)) {
          problems.add(Problem.atLine(file.toString(), k + 1, "lat,lon", "not a latitude/longitude: " + s));
          continue;
        }
        lat[n] = la;
        lon[n] = lo;
        at[n] = k + 1;
        n++;
      } catch (NumberFormatException e) {
        problems.add(Problem.atLine(file.toString(), k + 1, "lat,lon", "not a number: " + s));
      }
    }
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
    if (n == 0) {
      throw new InputException(Problem.atLine(file.toString(), 0, "points", "no points in the file"));
    }
    return new Points(java.util.Arrays.copyOf(lat, n), java.util.Arrays.copyOf(lon, n),
        java.util.Arrays.copyOf(at, n));
  }
}
