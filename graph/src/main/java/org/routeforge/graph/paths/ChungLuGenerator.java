package org.routeforge.graph.paths;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Chung–Lu random graphs with a power-law expected degree sequence (Chung and Lu, "Connected
 * components in random graphs with given expected degree sequences", 2002): vertex i gets weight
 * proportional to {@code (i+1)^(-1/(gamma-1))}, scaled to the requested average degree and capped
 * at {@code sqrt(n * avgDegree)}; each edge picks both endpoints independently in proportion to
 * weight (Walker's alias method, O(1) per draw). Self-loops and repeated pairs are discarded and
 * redrawn until exactly {@code n * avgDegree / 2} distinct edges exist. This is the model the
 * WormHole paper's analysis assumes (2 < gamma < 3).
 *
 * <p>Deterministic for a given seed; about 10^7 edges per few seconds on one core.
 */
public final class ChungLuGenerator {
  private ChungLuGenerator() {}

  /**
   * Generates the graph.
   *
   * @param n vertices (at least 2)
   * @param avgDegree average degree (edges = n * avgDegree / 2)
   * @param gamma power-law exponent, greater than 2
   * @param seed random seed
   */
  public static EdgeList generate(int n, double avgDegree, double gamma, long seed) {
    if (n < 2) {
      throw new IllegalArgumentException("Chung-Lu needs at least 2 nodes, got " + n);
    }
    if (!(gamma > 2)) {
      throw new IllegalArgumentException("the power-law exponent must be > 2, was " + gamma);
    }
    long mTarget = Math.round(n * avgDegree / 2);
    long maxEdges = (long) n * (n - 1) / 2;
    if (avgDegree <= 0 || mTarget > maxEdges / 2 || mTarget > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException(
          "average degree " + avgDegree + " is not feasible for a sparse graph on " + n + " nodes");
    }
    int m = (int) mTarget;
    double[] w = new double[n];
    double alpha = 1.0 / (gamma - 1);
    for (int i = 0; i < n; i++) {
      w[i] = Math.pow(i + 1, -alpha);
    }
    double cap = Math.sqrt((double) n * avgDegree);
    for (int round = 0; round < 5; round++) {
      double sum = 0;
      for (double x : w) {
        sum += x;
      }
      double scale = n * avgDegree / sum;
      for (int i = 0; i < n; i++) {
        w[i] = Math.min(cap, w[i] * scale);
      }
    }
    double[] prob = new double[n];
    int[] alias = new int[n];
    buildAlias(w, prob, alias);
    w = null;
    SplittableRandom rnd = new SplittableRandom(seed);
    long[] pairs = new long[m];
    int have = 0;
    for (int round = 0; round < 64 && have < m; round++) {
      int need = m - have;
      for (int i = 0; i < need; i++) {
        int u = draw(rnd, prob, alias);
        int v = draw(rnd, prob, alias);
        while (u == v) {
          v = draw(rnd, prob, alias);
        }
        pairs[have + i] = u < v ? ((long) u << 32) | v : ((long) v << 32) | u;
      }
      Arrays.parallelSort(pairs, 0, m);
      int k = 0;
      for (int i = 0; i < m; i++) {
        if (i == 0 || pairs[i] != pairs[i - 1]) {
          pairs[k++] = pairs[i];
        }
      }
      have = k;
    }
    int[] src = new int[have];
    int[] dst = new int[have];
    for (int i = 0; i < have; i++) {
      src[i] = (int) (pairs[i] >>> 32);
      dst[i] = (int) pairs[i];
    }
    return new EdgeList(n, src, dst, have);
  }

  private static int draw(SplittableRandom rnd, double[] prob, int[] alias) {
    int i = rnd.nextInt(prob.length);
    return rnd.nextDouble() < prob[i] ? i : alias[i];
  }

  /** Vose's alias method. */
  private static void buildAlias(double[] w, double[] prob, int[] alias) {
    int n = w.length;
    double sum = 0;
    for (double x : w) {
      sum += x;
    }
    double[] scaled = new double[n];
    int[] small = new int[n];
    int[] large = new int[n];
    int ns = 0;
    int nl = 0;
    for (int i = 0; i < n; i++) {
      scaled[i] = w[i] * n / sum;
      if (scaled[i] < 1) {
        small[ns++] = i;
      } else {
        large[nl++] = i;
      }
    }
    while (ns > 0 && nl > 0) {
      int s = small[--ns];
      int l = large[--nl];
      prob[s] = scaled[s];
      alias[s] = l;
      scaled[l] = scaled[l] + scaled[s] - 1;
      if (scaled[l] < 1) {
        small[ns++] = l;
      } else {
        large[nl++] = l;
      }
    }
    while (nl > 0) {
      int l = large[--nl];
      prob[l] = 1;
      alias[l] = l;
    }
    while (ns > 0) {
      int s = small[--ns];
      prob[s] = 1;
      alias[s] = s;
    }
  }
}
