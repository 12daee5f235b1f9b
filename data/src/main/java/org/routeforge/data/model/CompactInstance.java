package org.routeforge.data.model;

/**
 * The primitive-array view of a single-depot CVRP/VRPTW instance that solvers' hot loops read.
 * Node 0 is the depot (the vehicles' start and end); node {@code i >= 1} is stop {@code i - 1}.
 * Matrices are row-major {@code n * n}.
 *
 * <p>Fields are public final arrays for speed; callers must not modify them.
 */
public final class CompactInstance {
  /** Number of nodes, depot included. */
  public final int n;
  /** Travel distance, row-major. */
  public final double[] dist;
  /** Travel time, row-major (same array as {@link #dist} when the instance has no separate durations). */
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

  private CompactInstance(Instance inst) {
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
    dist = new double[n * n];
    TravelMatrix dm = inst.distances();
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        dist[i * n + j] = i == j ? 0 : dm.get(loc[i], loc[j]);
      }
    }
    if (inst.hasSeparateDurations()) {
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
   * Builds the view.
   *
   * @throws IllegalArgumentException when the instance is not single-depot with one vehicle type
   */
  public static CompactInstance of(Instance inst) {
    return new CompactInstance(inst);
  }

  /** Distance from node i to node j. */
  public double dist(int i, int j) {
    return dist[i * n + j];
  }

  /** Travel time from node i to node j. */
  public double time(int i, int j) {
    return time[i * n + j];
  }
}
