package org.routeforge.data.generate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.routeforge.data.model.Instance;
import org.routeforge.data.model.Location;
import org.routeforge.data.model.Rounding;
import org.routeforge.data.model.Stop;
import org.routeforge.data.model.VehicleType;

/**
 * Generates CVRP instances by the rules of the Uchoa et al. (2017) "X" set (New benchmark instances
 * for the Capacitated Vehicle Routing Problem, EJOR 257): integer points on a 1000x1000 grid, the
 * depot central (500,500), eccentric (0,0) or random; customers random, clustered (3..8 seeds, a
 * point accepted with probability {@code sum_s exp(-d(p,s)/40)}) or half-and-half; one of seven demand
 * distributions; capacity {@code Q = ceil(r * sum(d) / n)} with the average route size {@code r}
 * drawn from a triangular distribution (3, 6, 25), raised to the largest demand when it falls below
 * it (small {@code n} with a skewed demand distribution), so every instance is feasible. Distances are Euclidean with {@code nint}.
 *
 * <p>Deterministic: the same configuration and seed give the same instance on every JVM
 * ({@link SplittableRandom}). With {@link Config#timeWindows} the instance gets Solomon-like windows
 * ({@link TimeWindows}).
 */
public final class XGenerator {
  /** Grid side. */
  public static final int GRID = 1000;

  /** Where the depot is. */
  public enum Depot { CENTRAL, ECCENTRIC, RANDOM }

  /** How customers are placed. */
  public enum Customers { RANDOM, CLUSTERED, RANDOM_CLUSTERED }

  /** The X set's demand distributions. */
  public enum Demand {
    /** All demands 1. */
    UNITARY,
    /** Small values, large coefficient of variation: U[1,10]. */
    SMALL_LARGE_CV,
    /** Small values, small CV: U[5,10]. */
    SMALL_SMALL_CV,
    /** Large values, large CV: U[1,100]. */
    LARGE_LARGE_CV,
    /** Large values, small CV: U[50,100]. */
    LARGE_SMALL_CV,
    /** By quadrant: U[51,100] in the even quadrants (both coordinates on the same side of 500), U[1,50] otherwise. */
    QUADRANT,
    /** Many small, few large: 70-95% of customers U[1,10], the rest U[50,100]. */
    MANY_SMALL_FEW_LARGE
  }

  /**
   * One generator setting; {@code null} fields are drawn from the seed, as the X set draws them.
   *
   * @param n number of customers
   * @param depot depot placement, or null to draw
   * @param customers customer placement, or null to draw
   * @param demand demand distribution, or null to draw
   * @param routeSize average route size r, or NaN to draw from triangular(3, 6, 25)
   * @param timeWindows whether to add Solomon-like time windows
   */
  public record Config(int n, Depot depot, Customers customers, Demand demand, double routeSize, boolean timeWindows) {
    public Config {
      if (n < 1) {
        throw new IllegalArgumentException("n must be at least 1, got " + n);
      }
      if (!Double.isNaN(routeSize) && routeSize < 1) {
        throw new IllegalArgumentException("the average route size must be at least 1, got " + routeSize);
      }
    }

    /** Everything drawn from the seed. */
    public static Config random(int n, boolean timeWindows) {
      return new Config(n, null, null, null, Double.NaN, timeWindows);
    }
  }

  private XGenerator() {}

  /** Generates one instance. */
  public static Instance generate(Config cfg, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    Depot depot = cfg.depot() != null ? cfg.depot() : Depot.values()[rnd.nextInt(3)];
    Customers cust = cfg.customers() != null ? cfg.customers() : Customers.values()[rnd.nextInt(3)];
    Demand dem = cfg.demand() != null ? cfg.demand() : Demand.values()[rnd.nextInt(7)];
    double r = Double.isNaN(cfg.routeSize()) ? triangular(rnd, 3, 6, 25) : cfg.routeSize();
    int n = cfg.n();

    int[] x = new int[n + 1];
    int[] y = new int[n + 1];
    Set<Long> used = new HashSet<>();
    switch (depot) {
      case CENTRAL:
        x[0] = GRID / 2;
        y[0] = GRID / 2;
        break;
      case ECCENTRIC:
        x[0] = 0;
        y[0] = 0;
        break;
      default:
        x[0] = rnd.nextInt(GRID + 1);
        y[0] = rnd.nextInt(GRID + 1);
    }
    used.add(key(x[0], y[0]));
    int clustered = cust == Customers.CLUSTERED ? n : cust == Customers.RANDOM_CLUSTERED ? n / 2 : 0;
    int placed = 0;
    if (clustered > 0) {
      int seeds = Math.min(clustered, 3 + rnd.nextInt(6));
      int[] sx = new int[seeds];
      int[] sy = new int[seeds];
      for (int s = 0; s < seeds; s++) {
        int[] p = freePoint(rnd, used);
        sx[s] = p[0];
        sy[s] = p[1];
        x[++placed] = p[0];
        y[placed] = p[1];
      }
      while (placed < clustered) {
        int px = rnd.nextInt(GRID + 1);
        int py = rnd.nextInt(GRID + 1);
        double accept = 0;
        for (int s = 0; s < seeds; s++) {
          accept += Math.exp(-Math.hypot(px - sx[s], py - sy[s]) / 40.0);
        }
        if (rnd.nextDouble() < accept && used.add(key(px, py))) {
          x[++placed] = px;
          y[placed] = py;
        }
      }
    }
    while (placed < n) {
      int[] p = freePoint(rnd, used);
      x[++placed] = p[0];
      y[placed] = p[1];
    }
    int[] d = demands(rnd, dem, x, y);
    long sum = 0;
    int maxDemand = 0;
    for (int i = 1; i <= n; i++) {
      sum += d[i];
      maxDemand = Math.max(maxDemand, d[i]);
    }
    // with few customers and a skewed demand distribution r * mean(d) can fall below the largest demand
    int capacity = Math.max(maxDemand, (int) Math.ceil(r * sum / n));
    int minRoutes = (int) Math.ceil((double) sum / capacity);
    String name = "X-n" + (n + 1) + "-k" + minRoutes + "-s" + seed + (cfg.timeWindows() ? "-tw" : "");
    return build(name, x, y, d, capacity, cfg.timeWindows(), rnd, 10);
  }

  /** Assembles a canonical instance: location k = node k+1, depot location 0, stop i at location i+1. */
  static Instance build(String name, int[] x, int[] y, int[] d, int capacity, boolean tw, SplittableRandom rnd,
      int service) {
    int n = x.length - 1;
    Instance.Builder b = Instance.builder(name);
    for (int i = 0; i <= n; i++) {
      b.addLocation(new Location(Integer.toString(i + 1), x[i], y[i]));
    }
    b.euclidean(Rounding.NINT);
    List<Stop> stops = new ArrayList<>(n);
    for (int i = 1; i <= n; i++) {
      stops.add(Stop.simple(Integer.toString(i + 1), i, d[i]));
    }
    b.stops(stops);
    // an unlimited fleet (one vehicle per customer), as in CVRPLIB
    b.addVehicleType(VehicleType.simple(n, capacity, 0));
    Instance in = b.build();
    return tw ? TimeWindows.add(in, rnd, service) : in;
  }

  private static int[] demands(SplittableRandom rnd, Demand dem, int[] x, int[] y) {
    int n = x.length - 1;
    int[] d = new int[n + 1];
    double smallShare = 0.70 + 0.25 * rnd.nextDouble();
    for (int i = 1; i <= n; i++) {
      switch (dem) {
        case UNITARY:
          d[i] = 1;
          break;
        case SMALL_LARGE_CV:
          d[i] = uniform(rnd, 1, 10);
          break;
        case SMALL_SMALL_CV:
          d[i] = uniform(rnd, 5, 10);
          break;
        case LARGE_LARGE_CV:
          d[i] = uniform(rnd, 1, 100);
          break;
        case LARGE_SMALL_CV:
          d[i] = uniform(rnd, 50, 100);
          break;
        case QUADRANT:
          boolean even = (x[i] < GRID / 2) == (y[i] < GRID / 2);
          d[i] = even ? uniform(rnd, 51, 100) : uniform(rnd, 1, 50);
          break;
        default:
          d[i] = rnd.nextDouble() < smallShare ? uniform(rnd, 1, 10) : uniform(rnd, 50, 100);
      }
    }
    return d;
  }

  static int uniform(SplittableRandom rnd, int lo, int hi) {
    return lo + rnd.nextInt(hi - lo + 1);
  }

  /** A sample of the triangular distribution on [a, b] with mode c. */
  static double triangular(SplittableRandom rnd, double a, double c, double b) {
    double u = rnd.nextDouble();
    double f = (c - a) / (b - a);
    return u < f ? a + Math.sqrt(u * (b - a) * (c - a)) : b - Math.sqrt((1 - u) * (b - a) * (b - c));
  }

  private static int[] freePoint(SplittableRandom rnd, Set<Long> used) {
    if (used.size() > (long) (GRID + 1) * (GRID + 1) / 2) {
      throw new IllegalArgumentException("too many customers for distinct points on the " + GRID + " grid");
    }
    while (true) {
      int px = rnd.nextInt(GRID + 1);
      int py = rnd.nextInt(GRID + 1);
      if (used.add(key(px, py))) {
        return new int[] {px, py};
      }
    }
  }

  private static long key(int x, int y) {
    return (long) x * (GRID + 1) + y;
  }
}
