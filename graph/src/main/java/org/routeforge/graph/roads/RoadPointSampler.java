package org.routeforge.graph.roads;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Samples "delivery addresses" on a {@link RoadNetwork}: random points that snap to a car road within
 * a distance limit, either uniform over the network's bounding box or clustered around uniform
 * centres with a Gaussian spread — the recipe of the OSRM-derived instances in the data set
 * ({@code vrp/real/osrm/README.md}), so road instances made here are comparable with those.
 *
 * @implNote deterministic for a seed; stateless.
 */
public final class RoadPointSampler {
  /** Default snap limit for sampled points (metres). */
  public static final double DEFAULT_MAX_SNAP_M = 100;
  private static final double M_PER_DEG_LAT = 111_320.0;
  private static final int BATCH = 256;

  private RoadPointSampler() {}

  /**
   * {@code n} uniform points of the bounding box that snap within {@code maxSnapM}.
   *
   * @return {@code [lat[], lon[]]} of the input points (snap them to get road positions)
   */
  public static double[][] uniform(RoadNetwork net, int n, long seed, double maxSnapM) {
    double[] b = net.bounds();
    SplittableRandom rnd = new SplittableRandom(seed);
    double[] lat = new double[n];
    double[] lon = new double[n];
    int k = 0;
    int tries = 0;
    while (k < n) {
      double[] cl = new double[BATCH];
      double[] co = new double[BATCH];
      for (int i = 0; i < BATCH; i++) {
        cl[i] = b[0] + rnd.nextDouble() * (b[1] - b[0]);
        co[i] = b[2] + rnd.nextDouble() * (b[3] - b[2]);
      }
      k = keep(net.snap(cl, co, maxSnapM), cl, co, lat, lon, k);
      tries += BATCH;
      if (tries > 10_000 + 200 * n && k < n) {
        throw new IllegalArgumentException("only " + k + " of " + tries + " random points of " + Arrays.toString(b)
            + " lie within " + maxSnapM + " m of a car road; the map has too few roads for " + n + " points");
      }
    }
    return new double[][] {lat, lon};
  }

  /**
   * {@code n} points clustered around {@code centres} uniform road points: each point is a centre plus
   * a Gaussian offset of {@code sigmaM} metres, kept when it snaps within {@code maxSnapM}.
   */
  public static double[][] clustered(RoadNetwork net, int n, int centres, double sigmaM, long seed, double maxSnapM) {
    double[][] c = uniform(net, centres, seed ^ 0x9E3779B97F4A7C15L, maxSnapM);
    SplittableRandom rnd = new SplittableRandom(seed);
    double[] lat = new double[n];
    double[] lon = new double[n];
    int k = 0;
    int tries = 0;
    while (k < n) {
      double[] cl = new double[BATCH];
      double[] co = new double[BATCH];
      for (int i = 0; i < BATCH; i++) {
        int ci = rnd.nextInt(centres);
        double dLat = gaussian(rnd) * sigmaM / M_PER_DEG_LAT;
        double dLon = gaussian(rnd) * sigmaM / (M_PER_DEG_LAT * Math.cos(Math.toRadians(c[0][ci])));
        cl[i] = c[0][ci] + dLat;
        co[i] = c[1][ci] + dLon;
      }
      k = keep(net.snap(cl, co, maxSnapM), cl, co, lat, lon, k);
      tries += BATCH;
      if (tries > 10_000 + 200 * n && k < n) {
        throw new IllegalArgumentException("only " + k + " of " + tries + " clustered points snapped within "
            + maxSnapM + " m; use a larger spread or snap limit");
      }
    }
    return new double[][] {lat, lon};
  }

  private static int keep(SnappedPoints sp, double[] cl, double[] co, double[] lat, double[] lon, int k) {
    int[] bad = sp.unsnappable();
    int b = 0;
    for (int i = 0; i < cl.length && k < lat.length; i++) {
      if (b < bad.length && bad[b] == i) {
        b++;
        continue;
      }
      lat[k] = cl[i];
      lon[k] = co[i];
      k++;
    }
    return k;
  }

  private static double gaussian(SplittableRandom rnd) {
    double u = 1.0 - rnd.nextDouble();
    double v = rnd.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
}
