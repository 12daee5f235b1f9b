package org.routeforge.graph.roads;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import org.routeforge.data.model.DenseMatrix;
import org.routeforge.data.model.Instance;
import org.routeforge.data.model.Location;
import org.routeforge.data.model.Stop;
import org.routeforge.data.model.TimeWindow;
import org.routeforge.data.model.VehicleType;

/**
 * Road-derived VRP instances: delivery addresses sampled on a {@link RoadNetwork} (uniform or
 * clustered, see {@link RoadPointSampler}), a depot, demands, optional service times and time windows,
 * and the GraphHopper travel-time matrix between all of them. It follows the recipe of the
 * OSRM-derived set in the data directory ({@code vrp/real/osrm/README.md}) so the two are comparable:
 * U demands uniform 1..10, C demands 75 % 1..5 / 25 % 6..20, capacity {@code ceil(r * mean demand)}
 * with {@code r} uniform in 10..25, and with time windows 300 s service, a 10 h day and 1–3 h windows
 * that a lone out-and-back trip can meet.
 *
 * <p>The instance's cost matrix is the driving time in whole seconds (as in the OSRM set), asymmetric;
 * the metre distances stay in the {@link RoadMatrix} returned beside it.
 *
 * @implNote deterministic for a seed; stateless.
 */
public final class RoadInstanceGenerator {
  /** Length of the planning day with time windows (s). */
  public static final int DAY_S = 36_000;
  /** Service time per customer with time windows (s). */
  public static final int SERVICE_S = 300;

  private RoadInstanceGenerator() {}

  /**
   * What to generate.
   *
   * @param n number of customers
   * @param seed random seed
   * @param clustered clustered customers (else uniform)
   * @param timeWindows add service times and time windows
   * @param depot depot {@code [lat, lon]}, or null for the snapped centroid of 1,000 uniform road points
   * @param maxSnapM snap limit for sampled points and the depot (m)
   */
  public record Options(int n, long seed, boolean clustered, boolean timeWindows, double[] depot, double maxSnapM) {
    public Options {
      if (n < 1) {
        throw new IllegalArgumentException("--n must be at least 1, got " + n);
      }
    }
  }

  /**
   * A generated instance and its road matrix (depot first, customers after, in instance order).
   *
   * @param instance the instance (location 0 = depot)
   * @param matrix GraphHopper times and distances between the instance's locations
   */
  public record Result(Instance instance, RoadMatrix matrix) {}

  /** Generates an instance; customers that cannot reach or be reached from everyone are resampled. */
  public static Result generate(RoadNetwork net, Options o, String name) throws UnsnappablePointsException {
    double[] depot = o.depot();
    if (depot == null) {
      double[][] c = RoadPointSampler.uniform(net, 1000, o.seed() + 7, o.maxSnapM());
      double la = 0;
      double lo = 0;
      for (int i = 0; i < 1000; i++) {
        la += c[0][i];
        lo += c[1][i];
      }
      depot = new double[] {la / 1000, lo / 1000};
    }
    for (int extra = Math.max(5, o.n() / 20); ; extra *= 2) {
      int want = o.n() + extra;
      double[][] p = o.clustered()
          ? RoadPointSampler.clustered(net, want, Math.max(3, o.n() / 40), 600, o.seed(), o.maxSnapM())
          : RoadPointSampler.uniform(net, want, o.seed(), o.maxSnapM());
      double[] lat = new double[want + 1];
      double[] lon = new double[want + 1];
      lat[0] = depot[0];
      lon[0] = depot[1];
      System.arraycopy(p[0], 0, lat, 1, want);
      System.arraycopy(p[1], 0, lon, 1, want);
      SnappedPoints all = net.snap(lat, lon, o.maxSnapM());
      if (!all.allSnapped()) {
        throw new IllegalArgumentException("the depot " + all.reason(0));
      }
      int[] keep = stronglyConnected(net.matrix(all), o.n());
      if (keep != null) {
        double[] kl = new double[keep.length];
        double[] ko = new double[keep.length];
        for (int i = 0; i < keep.length; i++) {
          kl[i] = lat[keep[i]];
          ko[i] = lon[keep[i]];
        }
        RoadMatrix m = net.matrix(net.snap(kl, ko, o.maxSnapM()));
        return new Result(build(m, o, name), m);
      }
      if (extra > 10 * o.n() + 100) {
        throw new IllegalArgumentException("could not find " + o.n() + " mutually reachable road points");
      }
    }
  }

  /** The depot plus the first {@code n} customers reachable both ways from all others, or null. */
  private static int[] stronglyConnected(RoadMatrix m, int n) {
    int size = m.rows();
    boolean[] dropped = new boolean[size];
    while (true) {
      int worst = -1;
      int worstCount = 0;
      for (int i = 1; i < size; i++) {
        if (dropped[i]) {
          continue;
        }
        int bad = 0;
        for (int j = 0; j < size; j++) {
          if (!dropped[j] && (!m.reachable(i, j) || !m.reachable(j, i))) {
            bad++;
          }
        }
        if (bad > worstCount) {
          worstCount = bad;
          worst = i;
        }
      }
      if (worst < 0) {
        break;
      }
      dropped[worst] = true;
    }
    int[] keep = new int[n + 1];
    int k = 1;
    for (int i = 1; i < size && k <= n; i++) {
      if (!dropped[i]) {
        keep[k++] = i;
      }
    }
    return k == n + 1 ? keep : null;
  }

  private static Instance build(RoadMatrix m, Options o, String name) {
    int size = m.rows();
    SplittableRandom rnd = new SplittableRandom(o.seed() * 31 + 17);
    double[] cost = new double[size * size];
    for (int i = 0; i < size; i++) {
      for (int j = 0; j < size; j++) {
        cost[i * size + j] = i == j ? 0 : Math.floor(m.durationSeconds(i, j) + 0.5);
      }
    }
    Instance.Builder b = Instance.builder(name).geographic(true);
    SnappedPoints pts = m.sources();
    for (int i = 0; i < size; i++) {
      b.addLocation(new Location(Integer.toString(i), pts.snappedLon(i), pts.snappedLat(i)));
    }
    DenseMatrix dm = new DenseMatrix(size, cost);
    b.distances(dm);
    int[] demand = new int[size];
    long total = 0;
    for (int i = 1; i < size; i++) {
      if (!o.clustered()) {
        demand[i] = 1 + rnd.nextInt(10);
      } else {
        demand[i] = rnd.nextDouble() < 0.75 ? 1 + rnd.nextInt(5) : 6 + rnd.nextInt(15);
      }
      total += demand[i];
    }
    int r = 10 + rnd.nextInt(16);
    int capacity = (int) Math.ceil(r * (double) total / (size - 1));
    for (int i = 1; i < size; i++) {
      List<TimeWindow> tw = List.of();
      double service = 0;
      if (o.timeWindows()) {
        service = SERVICE_S;
        double out = cost[i];
        double back = cost[i * size];
        int width = 3600 + rnd.nextInt(7201);
        double start = rnd.nextInt(DAY_S - width + 1);
        double end = start + width;
        if (end < out) {
          end = out;
          start = Math.max(0, end - width);
        }
        double latestEnd = DAY_S - service - back;
        if (end > latestEnd) {
          end = Math.max(out, latestEnd);
          start = Math.max(0, end - width);
        }
        tw = List.of(new TimeWindow(start, end));
      }
      b.addStop(new Stop(Integer.toString(i), i, new int[] {demand[i]}, service, tw, Set.of(), 0));
    }
    VehicleType v = VehicleType.simple(size - 1, capacity, 0);
    if (o.timeWindows()) {
      v = v.withShift(new TimeWindow(0, DAY_S));
    }
    b.addVehicleType(v);
    return b.build();
  }

  /** A one-line description for the instance's comment / logs. */
  public static String describe(Options o, RoadNetwork net) {
    return String.format(Locale.ROOT,
        "GraphHopper 11 car (car.json custom model, CH) on %s; %d %s customers (snap <= %.0f m), seed %d%s; "
            + "cost = driving time in s (rounded), asymmetric; map data (c) OpenStreetMap contributors, ODbL 1.0",
        net.report().osm().getFileName(), o.n(), o.clustered() ? "clustered" : "uniform", o.maxSnapM(), o.seed(),
        o.timeWindows() ? ", 300 s service, 1-3 h windows in a 10 h day" : "");
  }
}
