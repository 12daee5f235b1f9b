package org.routeforge.neural;

import java.util.random.RandomGenerator;
import org.routeforge.data.generate.XGenerator;
import org.routeforge.data.model.CompactInstance;
import org.routeforge.data.model.Instance;
import org.routeforge.data.model.Location;
import org.routeforge.data.model.Rounding;
import org.routeforge.data.model.Stop;
import org.routeforge.data.model.VehicleType;

/**
 * A batch of CVRP problems of one size in the network's frame: coordinates in [0,1]², demands as
 * integers with one capacity per problem. Node 0 of each problem is the depot. Primitive arrays, row
 * {@code b} of node {@code i} at {@code b * nodes + i}.
 *
 * <p>Built from the POMO training distribution ({@link #uniform}), from X-like generated instances
 * ({@link #xLike}) or from a real instance with its coordinates normalised ({@link #of});
 * {@link #augment8} makes POMO's 8 symmetric copies.
 */
public final class CvrpBatch {
  /** Number of problems. */
  public final int size;
  /** Nodes per problem, depot included. */
  public final int nodes;
  /** Normalised coordinates. */
  public final double[] x;
  public final double[] y;
  /** Integer demand per node (depot 0). */
  public final int[] demand;
  /** Capacity per problem. */
  public final int[] capacity;

  private CvrpBatch(int size, int nodes) {
    this.size = size;
    this.nodes = nodes;
    this.x = new double[size * nodes];
    this.y = new double[size * nodes];
    this.demand = new int[size * nodes];
    this.capacity = new int[size];
  }

  /** A batch of one problem with nodes {@code 0..x.length-1} (node 0 the depot); the arrays are copied. */
  static CvrpBatch single(double[] x, double[] y, int[] demand, int capacity) {
    CvrpBatch b = new CvrpBatch(1, x.length);
    System.arraycopy(x, 0, b.x, 0, x.length);
    System.arraycopy(y, 0, b.y, 0, y.length);
    System.arraycopy(demand, 0, b.demand, 0, demand.length);
    b.capacity[0] = capacity;
    return b;
  }

  /**
   * POMO's CVRP distribution: depot and customers uniform in [0,1]², demands uniform in 1..9,
   * capacity 30/40/50 for 20/50/100 customers (interpolated between, 50 above 100).
   */
  public static CvrpBatch uniform(int size, int customers, RandomGenerator rng) {
    CvrpBatch b = new CvrpBatch(size, customers + 1);
    int cap = pomoCapacity(customers);
    for (int p = 0; p < size; p++) {
      b.capacity[p] = cap;
      for (int i = 0; i < b.nodes; i++) {
        int k = p * b.nodes + i;
        b.x[k] = rng.nextDouble();
        b.y[k] = rng.nextDouble();
        b.demand[k] = i == 0 ? 0 : 1 + rng.nextInt(9);
      }
    }
    return b;
  }

  /**
   * X-like problems: each an instance of the data module's {@link XGenerator} (the X set's rules:
   * depot central, eccentric or random; random, clustered or mixed customers; the seven demand kinds;
   * route sizes from triangular(3, 6, 25); everything drawn from {@code rng}) with {@code customers}
   * customers, in the network's frame ({@link #of}).
   */
  public static CvrpBatch xLike(int size, int customers, RandomGenerator rng) {
    CvrpBatch[] parts = new CvrpBatch[size];
    for (int p = 0; p < size; p++) {
      Instance inst = XGenerator.generate(XGenerator.Config.random(customers, false), rng.nextLong());
      parts[p] = of(CompactInstance.of(inst), false);
    }
    return concat(parts);
  }

  /** POMO's capacity for {@code customers} customers (demands 1..9). */
  public static int pomoCapacity(int customers) {
    if (customers <= 20) {
      return 30;
    }
    if (customers <= 50) {
      return 30 + (int) Math.round(10.0 * (customers - 20) / 30.0);
    }
    if (customers <= 100) {
      return 40 + (int) Math.round(10.0 * (customers - 50) / 50.0);
    }
    return 50;
  }

  /**
   * The instance in the network's frame: coordinates shifted and scaled by one factor (aspect ratio
   * kept) into [0,1]², longitude scaled by cos(latitude) first when {@code geographic}.
   *
   * @throws IllegalArgumentException when a node lacks coordinates or a demand exceeds the capacity
   */
  public static CvrpBatch of(CompactInstance ci, boolean geographic) {
    int n = ci.n;
    double lonScale = 1;
    if (geographic) {
      double lat = 0;
      for (int i = 0; i < n; i++) {
        lat += ci.y[i];
      }
      lonScale = Math.cos(Math.toRadians(lat / n));
    }
    double minX = Double.POSITIVE_INFINITY;
    double minY = Double.POSITIVE_INFINITY;
    double maxX = Double.NEGATIVE_INFINITY;
    double maxY = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < n; i++) {
      if (Double.isNaN(ci.x[i]) || Double.isNaN(ci.y[i])) {
        throw new IllegalArgumentException("node " + i + " has no coordinates; the policy needs them");
      }
      if (ci.demand[i] > ci.capacity) {
        throw new IllegalArgumentException("node " + i + " has demand " + ci.demand[i]
            + " above the capacity " + ci.capacity);
      }
      minX = Math.min(minX, ci.x[i] * lonScale);
      minY = Math.min(minY, ci.y[i]);
      maxX = Math.max(maxX, ci.x[i] * lonScale);
      maxY = Math.max(maxY, ci.y[i]);
    }
    double scale = Math.max(maxX - minX, maxY - minY);
    if (!(scale > 0)) {
      scale = 1;
    }
    CvrpBatch b = new CvrpBatch(1, n);
    b.capacity[0] = ci.capacity;
    for (int i = 0; i < n; i++) {
      b.x[i] = (ci.x[i] * lonScale - minX) / scale;
      b.y[i] = (ci.y[i] - minY) / scale;
      b.demand[i] = i == 0 ? 0 : ci.demand[i];
    }
    return b;
  }

  /**
   * POMO's ×8 augmentation: 8 copies of every problem, copy {@code c} of problem {@code p} at index
   * {@code p * 8 + c}, transformed by (x,y), (1-x,y), (x,1-y), (1-x,1-y) and the same with x and y
   * swapped. Lengths are unchanged (the transforms are isometries of the unit square).
   */
  public CvrpBatch augment8() {
    CvrpBatch b = new CvrpBatch(size * 8, nodes);
    for (int p = 0; p < size; p++) {
      for (int c = 0; c < 8; c++) {
        int q = p * 8 + c;
        b.capacity[q] = capacity[p];
        for (int i = 0; i < nodes; i++) {
          int src = p * nodes + i;
          int dst = q * nodes + i;
          double u = (c & 1) != 0 ? 1 - x[src] : x[src];
          double v = (c & 2) != 0 ? 1 - y[src] : y[src];
          b.x[dst] = (c & 4) != 0 ? v : u;
          b.y[dst] = (c & 4) != 0 ? u : v;
          b.demand[dst] = demand[src];
        }
      }
    }
    return b;
  }

  /** The problems of several batches of one size, in order. */
  public static CvrpBatch concat(CvrpBatch... parts) {
    int total = 0;
    for (CvrpBatch c : parts) {
      if (c.nodes != parts[0].nodes) {
        throw new IllegalArgumentException("cannot concatenate batches of " + parts[0].nodes + " and "
            + c.nodes + " nodes");
      }
      total += c.size;
    }
    CvrpBatch b = new CvrpBatch(total, parts[0].nodes);
    int at = 0;
    for (CvrpBatch c : parts) {
      System.arraycopy(c.x, 0, b.x, at * b.nodes, c.size * c.nodes);
      System.arraycopy(c.y, 0, b.y, at * b.nodes, c.size * c.nodes);
      System.arraycopy(c.demand, 0, b.demand, at * b.nodes, c.size * c.nodes);
      System.arraycopy(c.capacity, 0, b.capacity, at, c.size);
      at += c.size;
    }
    return b;
  }

  /**
   * Problem {@code p} as an {@link Instance}: coordinates multiplied by {@code scale}, unrounded
   * Euclidean distances, one vehicle per customer, so other solvers can be run on it.
   */
  public Instance toInstance(int p, String name, double scale) {
    Instance.Builder ib = Instance.builder(name);
    for (int i = 0; i < nodes; i++) {
      ib.addLocation(new Location(Integer.toString(i + 1), x[p * nodes + i] * scale, y[p * nodes + i] * scale));
    }
    ib.euclidean(Rounding.EXACT);
    for (int i = 1; i < nodes; i++) {
      ib.addStop(Stop.simple(Integer.toString(i + 1), i, demand[p * nodes + i]));
    }
    ib.addVehicleType(VehicleType.simple(nodes - 1, capacity[p], 0));
    return ib.build();
  }

  /** Problem {@code p} alone, as a batch of one. */
  public CvrpBatch problem(int p) {
    CvrpBatch b = new CvrpBatch(1, nodes);
    System.arraycopy(x, p * nodes, b.x, 0, nodes);
    System.arraycopy(y, p * nodes, b.y, 0, nodes);
    System.arraycopy(demand, p * nodes, b.demand, 0, nodes);
    b.capacity[0] = capacity[p];
    return b;
  }

  /** The encoder's input features {@code (size, nodes, 3)}: x, y, demand / capacity. */
  public float[] features() {
    float[] f = new float[size * nodes * 3];
    for (int p = 0; p < size; p++) {
      for (int i = 0; i < nodes; i++) {
        int k = p * nodes + i;
        f[3 * k] = (float) x[k];
        f[3 * k + 1] = (float) y[k];
        f[3 * k + 2] = (float) demand[k] / capacity[p];
      }
    }
    return f;
  }

  /** Euclidean length, in the normalised frame, of a depot-to-depot node sequence of problem {@code p}. */
  public double length(int p, int[] seq, int len) {
    int base = p * nodes;
    int prev = 0;
    double sum = 0;
    for (int t = 0; t < len; t++) {
      int cur = seq[t];
      double dx = x[base + cur] - x[base + prev];
      double dy = y[base + cur] - y[base + prev];
      sum += Math.sqrt(dx * dx + dy * dy);
      prev = cur;
    }
    double dx = x[base] - x[base + prev];
    double dy = y[base] - y[base + prev];
    return sum + Math.sqrt(dx * dx + dy * dy);
  }
}
