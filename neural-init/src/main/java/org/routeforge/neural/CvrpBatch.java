package org.routeforge.neural;

import java.util.random.RandomGenerator;
import org.routeforge.data.model.CompactInstance;

/**
 * A batch of CVRP problems of one size in the network's frame: coordinates in [0,1]², demands as
 * integers with one capacity per problem. Node 0 of each problem is the depot. Primitive arrays, row
 * {@code b} of node {@code i} at {@code b * nodes + i}.
 *
 * <p>Built from the POMO training distribution ({@link #uniform}), or from a real instance with its
 * coordinates normalised and the 8 symmetric copies of POMO's augmentation ({@link #augmented}).
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
   * The instance in the network's frame, in {@code copies} (1 or 8) symmetric versions: coordinates
   * shifted and scaled by one factor (aspect ratio kept) into [0,1]², longitude scaled by
   * cos(latitude) first when {@code geographic}; copy {@code c} applies POMO's c-th transform
   * ((x,y), (1-x,y), (x,1-y), (1-x,1-y) and the same with x and y swapped).
   *
   * @throws IllegalArgumentException when a node lacks coordinates or a demand exceeds the capacity
   */
  public static CvrpBatch augmented(CompactInstance ci, boolean geographic, int copies) {
    if (copies != 1 && copies != 8) {
      throw new IllegalArgumentException("augmentation must be 1 or 8 copies, got " + copies);
    }
    int n = ci.n;
    double[] px = new double[n];
    double[] py = new double[n];
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
      px[i] = ci.x[i] * lonScale;
      py[i] = ci.y[i];
      minX = Math.min(minX, px[i]);
      minY = Math.min(minY, py[i]);
      maxX = Math.max(maxX, px[i]);
      maxY = Math.max(maxY, py[i]);
    }
    double scale = Math.max(maxX - minX, maxY - minY);
    if (!(scale > 0)) {
      scale = 1;
    }
    CvrpBatch b = new CvrpBatch(copies, n);
    for (int c = 0; c < copies; c++) {
      b.capacity[c] = ci.capacity;
      for (int i = 0; i < n; i++) {
        if (ci.demand[i] > ci.capacity) {
          throw new IllegalArgumentException("node " + i + " has demand " + ci.demand[i]
              + " above the capacity " + ci.capacity);
        }
        double u = (px[i] - minX) / scale;
        double v = (py[i] - minY) / scale;
        double tu = (c & 1) != 0 ? 1 - u : u;
        double tv = (c & 2) != 0 ? 1 - v : v;
        int k = c * n + i;
        b.x[k] = (c & 4) != 0 ? tv : tu;
        b.y[k] = (c & 4) != 0 ? tu : tv;
        b.demand[k] = i == 0 ? 0 : ci.demand[i];
      }
    }
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
