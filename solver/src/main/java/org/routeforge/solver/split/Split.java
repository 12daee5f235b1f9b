package org.routeforge.solver.split;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.routeforge.data.model.CompactInstance;

/**
 * Split (Prins 2004; Vidal 2016): cuts a giant tour into routes at optimal places, minimising the
 * penalised cost {@code distance + capacityPenalty * excessLoad + timeWarpPenalty * timeWarp} with the
 * customers' order fixed.
 *
 * <ul>
 *   <li>Capacity only, unlimited fleet: Vidal's O(n) split with a monotone deque.
 *   <li>Time windows: a Bellman recursion over the tour, each route's time warp built by the
 *       forward segment concatenation of Vidal et al. (2013); routes stop growing beyond 1.5 x the
 *       capacity, as in HGS.
 *   <li>When the unlimited split needs more routes than vehicles: a Bellman recursion per route count.
 * </ul>
 *
 * <p>Reusable for one instance; not thread-safe.
 */
public final class Split {
  private static final double EPS = 1e-9;
  private final CompactInstance ci;
  private final int n;
  private final long[] sumLoad;
  private final double[] sumDist;
  private final double[] d0;
  private final double[] dx0;
  private final double[] pot;
  private final int[] pred;
  private final int[] deque;
  private double[][] potK;
  private int[][] predK;
  private double sDur;
  private double sTw;
  private double sE;
  private double sL;

  /** Prepares buffers for one instance. */
  public Split(CompactInstance ci) {
    this.ci = ci;
    this.n = ci.n;
    int m = n - 1;
    sumLoad = new long[m + 2];
    sumDist = new double[m + 2];
    d0 = new double[m + 2];
    dx0 = new double[m + 2];
    pot = new double[m + 1];
    pred = new int[m + 1];
    deque = new int[m + 1];
  }

  /**
   * Splits {@code tour} (customer nodes 1..n-1, each once) into at most {@code maxRoutes} routes.
   *
   * @return the routes, each an array of customer nodes
   */
  public List<int[]> split(int[] tour, double capacityPenalty, double timeWarpPenalty, int maxRoutes) {
    int m = tour.length;
    sumLoad[0] = 0;
    sumDist[0] = 0;
    sumDist[1] = 0;
    for (int i = 1; i <= m; i++) {
      int c = tour[i - 1];
      sumLoad[i] = sumLoad[i - 1] + ci.demand[c];
      d0[i] = ci.dist(0, c);
      dx0[i] = ci.dist(c, 0);
      if (i > 1) {
        sumDist[i] = sumDist[i - 1] + ci.dist(tour[i - 2], c);
      }
    }
    if (m == 0) {
      return new ArrayList<>();
    }
    if (ci.timeWindows) {
      bellman(tour, capacityPenalty, timeWarpPenalty);
    } else {
      linear(tour, capacityPenalty);
    }
    int routes = 0;
    for (int j = m; j > 0; j = pred[j]) {
      routes++;
    }
    if (routes <= maxRoutes) {
      return extract(tour, pred, m);
    }
    return limited(tour, capacityPenalty, timeWarpPenalty, maxRoutes);
  }

  /**
   * Cuts {@code tour} in order into routes filled up to the capacity, the last of {@code maxRoutes}
   * taking whatever is left: O(n), for decodes whose result only needs to be valid (a fitness for a
   * genotype the search is done with), where the optimal fleet-limited split would cost
   * O(maxRoutes × n × route length).
   */
  public List<int[]> inOrder(int[] tour, int maxRoutes) {
    List<int[]> routes = new ArrayList<>();
    int from = 0;
    long load = 0;
    for (int i = 0; i < tour.length; i++) {
      int d = ci.demand[tour[i]];
      if (i > from && load + d > ci.capacity && routes.size() < maxRoutes - 1) {
        routes.add(Arrays.copyOfRange(tour, from, i));
        from = i;
        load = 0;
      }
      load += d;
    }
    if (from < tour.length) {
      routes.add(Arrays.copyOfRange(tour, from, tour.length));
    }
    return routes;
  }

  /** Penalised cost of the last split (unlimited fleet). */
  public double lastCost() {
    return pot[pot.length - 1];
  }

  private double propagate(int i, int j, double pc) {
    return pot[i] + sumDist[j] - sumDist[i + 1] + d0[i + 1] + dx0[j]
        + pc * Math.max(sumLoad[j] - sumLoad[i] - ci.capacity, 0);
  }

  /** Whether i (< j) dominates j for every later end point. */
  private boolean dominates(int i, int j, double pc) {
    return pot[j] + d0[j + 1] > pot[i] + d0[i + 1] + sumDist[j + 1] - sumDist[i + 1]
        + pc * (sumLoad[j] - sumLoad[i]);
  }

  /** Whether j (> i) dominates i for every later end point. */
  private boolean dominatesRight(int i, int j) {
    return pot[j] + d0[j + 1] < pot[i] + d0[i + 1] + sumDist[j + 1] - sumDist[i + 1] + EPS;
  }

  private void linear(int[] tour, double pc) {
    int m = tour.length;
    int front = 0;
    int back = 0;
    deque[0] = 0;
    pot[0] = 0;
    for (int i = 1; i <= m; i++) {
      int f = deque[front];
      pot[i] = propagate(f, i, pc);
      pred[i] = f;
      if (i < m) {
        if (!dominates(deque[back], i, pc)) {
          while (back >= front && dominatesRight(deque[back], i)) {
            back--;
          }
          deque[++back] = i;
        }
        while (back > front && propagate(deque[front], i + 1, pc) > propagate(deque[front + 1], i + 1, pc) - EPS) {
          front++;
        }
      }
    }
  }

  private void bellman(int[] tour, double pc, double pt) {
    int m = tour.length;
    Arrays.fill(pot, Double.POSITIVE_INFINITY);
    pot[0] = 0;
    double limit = 1.5 * ci.capacity;
    for (int i = 0; i < m; i++) {
      if (pot[i] == Double.POSITIVE_INFINITY) {
        continue;
      }
      scanRoutes(tour, i, pc, pt, limit, pot, pot, pred, i);
    }
  }

  /** Relaxes every route starting after position i: to[j] = min(from[i] + cost(i, j)). */
  private void scanRoutes(int[] tour, int i, double pc, double pt, double loadLimit, double[] from,
      double[] to, int[] predTo, int predValue) {
    int m = tour.length;
    double cDur = 0;
    double cTw = 0;
    double cE = ci.ready[0];
    double cL = ci.due[0];
    double d = 0;
    int prevNode = 0;
    for (int j = i + 1; j <= m; j++) {
      int c = tour[j - 1];
      d += ci.dist(prevNode, c);
      long load = sumLoad[j] - sumLoad[i];
      if (load > loadLimit && j > i + 1) {
        break;
      }
      double cost;
      if (ci.timeWindows) {
        merge(cDur, cTw, cE, cL, ci.time(prevNode, c), ci.service[c], 0, ci.ready[c], ci.due[c]);
        cDur = sDur;
        cTw = sTw;
        cE = sE;
        cL = sL;
        merge(cDur, cTw, cE, cL, ci.time(c, 0), 0, 0, ci.ready[0], ci.due[0]);
        cost = d + dx0[j] + pc * Math.max(load - ci.capacity, 0) + pt * sTw;
      } else {
        cost = d + dx0[j] + pc * Math.max(load - ci.capacity, 0);
      }
      double v = from[i] + cost;
      if (v < to[j] - EPS) {
        to[j] = v;
        predTo[j] = predValue;
      }
      prevNode = c;
    }
  }

  private List<int[]> limited(int[] tour, double pc, double pt, int maxRoutes) {
    int m = tour.length;
    if (potK == null || potK.length < maxRoutes + 1) {
      potK = new double[maxRoutes + 1][m + 1];
      predK = new int[maxRoutes + 1][m + 1];
    }
    double total = sumLoad[m];
    double limit = maxRoutes * 1.5 * ci.capacity >= total ? 1.5 * ci.capacity : Double.POSITIVE_INFINITY;
    for (int k = 0; k <= maxRoutes; k++) {
      Arrays.fill(potK[k], 0, m + 1, Double.POSITIVE_INFINITY);
    }
    potK[0][0] = 0;
    for (int k = 1; k <= maxRoutes; k++) {
      for (int i = k - 1; i < m; i++) {
        if (potK[k - 1][i] < Double.POSITIVE_INFINITY) {
          scanRoutes(tour, i, pc, pt, limit, potK[k - 1], potK[k], predK[k], i);
        }
      }
    }
    int bestK = 1;
    for (int k = 1; k <= maxRoutes; k++) {
      if (potK[k][m] < potK[bestK][m]) {
        bestK = k;
      }
    }
    List<int[]> routes = new ArrayList<>();
    int j = m;
    for (int k = bestK; k > 0; k--) {
      int i = predK[k][j];
      routes.add(0, Arrays.copyOfRange(tour, i, j));
      j = i;
    }
    return routes;
  }

  private static List<int[]> extract(int[] tour, int[] pred, int m) {
    List<int[]> routes = new ArrayList<>();
    for (int j = m; j > 0; j = pred[j]) {
      routes.add(0, Arrays.copyOfRange(tour, pred[j], j));
    }
    return routes;
  }

  private void merge(double dA, double twA, double eA, double lA, double t, double dB, double twB, double eB,
      double lB) {
    double delta = dA - twA + t;
    double waitB = Math.max(eB - delta - lA, 0);
    double warpB = Math.max(eA + delta - lB, 0);
    sDur = dA + dB + t + waitB;
    sTw = twA + twB + warpB;
    sE = Math.max(eB - delta, eA) - waitB;
    sL = Math.min(lB - delta, lA) + warpB;
  }
}
