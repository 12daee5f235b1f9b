package org.routeforge.cli.roads;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.routeforge.data.io.InstanceFiles;
import org.routeforge.data.model.Instance;
import org.routeforge.graph.roads.OsrmTables;
import org.routeforge.graph.roads.RoadInstanceGenerator;
import org.routeforge.graph.roads.RoadNetwork;
import org.routeforge.graph.roads.RoadPointSampler;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code routeforge roads instance}: a VRP instance whose customers are addresses sampled on the road
 * network and whose cost matrix is GraphHopper's driving time; writes the instance (format from the
 * file name, RouteForge JSON for {@code .json}) and, beside it, the OSRM-shaped table with times and
 * metre distances ({@code <out>.osrm-table.json}).
 */
@Command(
    name = "instance",
    mixinStandardHelpOptions = true,
    description = "Sample delivery addresses on the road network and write a VRP instance with its road matrix.")
public final class RoadsInstanceCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin NetworkOptions network;

  @Option(names = "--n", required = true, description = "Number of customers.")
  int n;

  @Option(names = "--seed", defaultValue = "1", description = "Random seed (default 1).")
  long seed;

  @Option(names = "--depot", description = "Depot as lat,lon (default: snapped centroid of 1000 road points).")
  String depot;

  @Option(names = "--clustered", description = "Clustered customers (default uniform).")
  boolean clustered;

  @Option(names = "--tw", description = "Add 300 s service times and 1-3 h time windows in a 10 h day.")
  boolean tw;

  @Option(names = "--max-snap", defaultValue = "100", description = "Snap limit for sampled points (m, default 100).")
  double maxSnap;

  @Option(names = "--name", description = "Instance name (default: from --out).")
  String name;

  @Option(names = "--out", required = true, description = "Instance file (.json RouteForge JSON, .vrp, .vroom.json).")
  Path out;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    InstanceFiles.Format format = InstanceFiles.formatForName(out);
    double[] d = depot == null ? null : parseLatLon(depot);
    String nm = name != null ? name : out.getFileName().toString().replaceFirst("(\\.vroom)?\\.(json|vrp)(\\.gz)?$", "");
    RoadInstanceGenerator.Options o =
        new RoadInstanceGenerator.Options(n, seed, clustered, tw, d, maxSnap > 0 ? maxSnap : RoadPointSampler.DEFAULT_MAX_SNAP_M);
    try (RoadNetwork net = network.open(err)) {
      long t0 = System.nanoTime();
      RoadInstanceGenerator.Result r = RoadInstanceGenerator.generate(net, o, nm);
      Instance in = r.instance();
      List<String> lost = InstanceFiles.limitations(in, format);
      for (String l : lost) {
        err.println("roads: warning: " + format + " cannot express: " + l);
      }
      InstanceFiles.write(in, out, format);
      Path table = out.resolveSibling(nm + ".osrm-table.json");
      OsrmTables.of(r.matrix()).write(table);
      err.printf(Locale.ROOT, "roads: %s: %d customers, capacity %d, in %.2f s; wrote %s and %s%n",
          RoadInstanceGenerator.describe(o, net), n, in.vehicleTypes().get(0).capacity(0),
          (System.nanoTime() - t0) / 1e9, out, table);
    }
    return 0;
  }

  static double[] parseLatLon(String s) {
    String[] f = s.split(",");
    try {
      if (f.length == 2) {
        double la = Double.parseDouble(f[0].strip());
        double lo = Double.parseDouble(f[1].strip());
        if (Math.abs(la) <= 90 && Math.abs(lo) <= 180) {
          return new double[] {la, lo};
        }
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException("--depot must be lat,lon in degrees, got '" + s + "'");
  }
}
