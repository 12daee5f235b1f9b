package org.routeforge.data.model;

import java.util.Arrays;

/**
 * The primitive-array view of a single-depot CVRP/VRPTW instance that solvers' hot loops read.
 * Node 0 is the depot (the vehicles' start and end); node {@code i >= 1} is stop {@code i - 1}.
 *
 * <p>Travel costs are tabulated as row-major {@code n * n} arrays when the instance gives a matrix or
 * has at most {@link #DENSE_NODES} nodes (a table lookup is the fastest way to read them). Larger
 * instances whose costs come from coordinates ({@link EuclideanMatrix}) keep no table: {@link #dist}
 * and {@link #time} are null and {@link #dist(int, int)} computes the rounded Euclidean distance from
 * {@link #x} and {@link #y}, so memory grows with n, not n².
 *
 * <p>Fields are public final arrays for speed; callers must not modify them.
 */
public final class CompactInstance {
  /**
   * Most nodes whose coordinate distances are tabulated (2 001 nodes: 32 MB); beyond it they are
   * computed on demand.
   */
  public static final int DENSE_NODES = 2001;
  /** Number of nodes, depot included. */
  public final int n;
  /** Travel distance, row-major; null when distances are computed on demand (read {@link #dist(int, int)}). */
  public final double[] dist;
  /**
   * Travel time, row-major (same array as {@link #dist} when the instance has no separate durations);
   * null when computed on demand.
   */
  public final double[] time;
  /** Demand per node (dimension 0), depot 0. */
  public final int[] demand;
  /** Vehicle capacity (dimension 0). */
  public final int capacity;
  /** Number of vehicles available. */
  public final int vehicles;
  /** Earliest service start per node (depot: shift start). */
  public final double[] ready;
  /** Latest service start per node (depot: shift end). */
  public final double[] due;
  /** Service time per node. */
  public final double[] service;
  /** Whether any window is bounded. */
  public final boolean timeWindows;
  /** Coordinates per node (NaN when absent). */
  public final double[] x;
  public final double[] y;
  /** The instance this view was built from. */
  public final Instance source;
  /** The rounding of on-demand distances (null when tabulated). */
  private final Rounding rounding;

  private CompactInstance(Instance inst, int denseNodes) {
    this.source = inst;
    if (inst.vehicleTypes().size() != 1) {
      throw new IllegalArgumentException("the compact view needs exactly one vehicle type, got "
          + inst.vehicleTypes().size());
    }
    VehicleType vt = inst.vehicleTypes().get(0);
    if (vt.startLocation() < 0 || vt.startLocation() != vt.endLocation()) {
      throw new IllegalArgumentException("the compact view needs routes that start and end at one depot");
    }
    int depot = vt.startLocation();
    n = inst.stops().size() + 1;
    int[] loc = new int[n];
    loc[0] = depot;
    for (int i = 1; i < n; i++) {
      loc[i] = inst.stops().get(i - 1).location();
    }
    TravelMatrix dm = inst.distances();
    boolean onDemand = n > denseNodes && dm instanceof EuclideanMatrix && !inst.hasSeparateDurations();
    rounding = onDemand ? inst.rounding() : null;
    dist = onDemand ? null : new double[n * n];
    for (int i = 0; i < n && !onDemand; i++) {
      for (int j = 0; j < n; j++) {
        dist[i * n + j] = i == j ? 0 : dm.get(loc[i], loc[j]);
      }
    }
    if (onDemand) {
      time = null;
    } else if (inst.hasSeparateDurations()) {
      time = new double[n * n];
      TravelMatrix tm = inst.durations();
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          time[i * n + j] = i == j ? 0 : tm.get(loc[i], loc[j]);
        }
      }
    } else {
      time = dist;
    }
    demand = new int[n];
    ready = new double[n];
    due = new double[n];
    service = new double[n];
    x = new double[n];
    y = new double[n];
    ready[0] = vt.shift().open();
    due[0] = vt.shift().close();
    boolean tw = !vt.shift().isUnbounded();
    for (int i = 1; i < n; i++) {
      Stop s = inst.stops().get(i - 1);
      demand[i] = s.demand(0);
      service[i] = s.serviceTime();
      ready[i] = s.earliest();
      due[i] = s.latest();
      tw |= !s.timeWindows().isEmpty() && (ready[i] > 0 || due[i] != Double.POSITIVE_INFINITY);
    }
    for (int i = 0; i < n; i++) {
      Location l = inst.locations().isEmpty() ? null : inst.locations().get(loc[i]);
      x[i] = l == null ? Double.NaN : l.x();
      y[i] = l == null ? Double.NaN : l.y();
    }
    capacity = vt.capacity(0);
    vehicles = vt.count();
    timeWindows = tw;
  }

  /**
   * Builds the view, tabulating coordinate distances up to {@link #DENSE_NODES} nodes.
   *
   * @throws IllegalArgumentException when the instance is not single-depot with one vehicle type
   */
  public static CompactInstance of(Instance inst) {
    return new CompactInstance(inst, DENSE_NODES);
  }

  /**
   * Builds the view, tabulating coordinate distances only up to {@code denseNodes} nodes (0: never;
   * explicit matrices are always tabulated). For comparing the two ways; solvers use {@link #of(Instance)}.
   */
  public static CompactInstance of(Instance inst, int denseNodes) {
    return new CompactInstance(inst, denseNodes);
  }

  /** Whether travel costs are tabulated ({@link #dist} and {@link #time} not null). */
  public boolean tabulated() {
    return dist != null;
  }

  /** Distance from node i to node j. */
  public double dist(int i, int j) {
    double[] d = dist;
    return d != null ? d[i * n + j] : euclidean(i, j);
  }

  /** Travel time from node i to node j. */
  public double time(int i, int j) {
    double[] t = time;
    return t != null ? t[i * n + j] : euclidean(i, j);
  }

  /** The rounded Euclidean distance of nodes i and j, as {@link EuclideanMatrix} computes it. */
  private double euclidean(int i, int j) {
    double dx = x[i] - x[j];
    double dy = y[i] - y[j];
    return rounding.apply(Math.sqrt(dx * dx + dy * dy));
  }

  /**
   * The largest distance between two nodes: a scan of the table, or for on-demand distances the
   * farthest pair of the coordinates' convex hull (the farthest pair of a point set lies on its hull,
   * and rounding keeps the order), so that it costs O(n log n) instead of n² distances.
   */
  public double maxDistance() {
    double max = 0;
    if (dist != null) {
      for (double d : dist) {
        max = Math.max(max, d);
      }
      return max;
    }
    int[] hull = hull();
    for (int a = 0; a < hull.length; a++) {
      for (int b = a + 1; b < hull.length; b++) {
        max = Math.max(max, euclidean(hull[a], hull[b]));
      }
    }
    return max;
  }

  /** The nodes on the convex hull of the coordinates (Andrew's monotone chain). */
  private int[] hull() {
    Integer[] byX = new Integer[n];
    for (int i = 0; i < n; i++) {
      byX[i] = i;
    }
    Arrays.sort(byX, (a, b) -> x[a] != x[b] ? Double.compare(x[a], x[b]) : Double.compare(y[a], y[b]));
    int[] h = new int[2 * n];
    int k = 0;
    for (int i = 0; i < n; i++) { // lower hull
      while (k >= 2 && cross(h[k - 2], h[k - 1], byX[i]) <= 0) {
        k--;
      }
      h[k++] = byX[i];
    }
    for (int i = n - 2, lower = k + 1; i >= 0; i--) { // upper hull
      while (k >= lower && cross(h[k - 2], h[k - 1], byX[i]) <= 0) {
        k--;
      }
      h[k++] = byX[i];
    }
    return Arrays.copyOf(h, Math.max(1, k - 1));
  }

  private double cross(int o, int a, int b) {
    return (x[a] - x[o]) * (y[b] - y[o]) - (y[a] - y[o]) * (x[b] - x[o]);
  }
}
