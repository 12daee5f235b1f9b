package org.routeforge.graph.paths;

import java.util.SplittableRandom;

/**
 * Barabási–Albert preferential attachment (Science 286, 1999): starting from a clique of k+1
 * vertices, each new vertex attaches to k distinct earlier vertices chosen with probability
 * proportional to their degree (uniform draws from the list of all edge endpoints, so O(1) per
 * draw). Degrees follow a power law with exponent 3; k = avgDegree / 2.
 *
 * <p>Deterministic for a given seed.
 */
public final class BarabasiAlbertGenerator {
  private BarabasiAlbertGenerator() {}

  /**
   * Generates the graph.
   *
   * @param n vertices
   * @param avgDegree average degree, at least 2 (each new vertex brings avgDegree/2 edges)
   * @param seed random seed
   */
  public static EdgeList generate(int n, double avgDegree, long seed) {
    int k = (int) Math.round(avgDegree / 2);
    if (k < 1) {
      throw new IllegalArgumentException(
          "Barabasi-Albert needs an average degree of at least 2, was " + avgDegree);
    }
    if (n < k + 2) {
      throw new IllegalArgumentException(
          "Barabasi-Albert with average degree " + avgDegree + " needs more than " + (k + 1)
              + " nodes, got " + n);
    }
    long mLong = (long) k * (k + 1) / 2 + (long) (n - k - 1) * k;
    if (mLong > (Integer.MAX_VALUE - 8) / 2) {
      throw new IllegalArgumentException("too many edges: " + mLong);
    }
    int m = (int) mLong;
    int[] src = new int[m];
    int[] dst = new int[m];
    int[] endpoints = new int[2 * m];
    int e = 0;
    for (int u = 0; u <= k; u++) {
      for (int v = u + 1; v <= k; v++) {
        src[e] = u;
        dst[e] = v;
        endpoints[2 * e] = u;
        endpoints[2 * e + 1] = v;
        e++;
      }
    }
    SplittableRandom rnd = new SplittableRandom(seed);
    int[] picked = new int[k];
    for (int v = k + 1; v < n; v++) {
      int have = 0;
      int limit = 2 * e;
      while (have < k) {
        int u = endpoints[rnd.nextInt(limit)];
        boolean dup = false;
        for (int i = 0; i < have; i++) {
          if (picked[i] == u) {
            dup = true;
            break;
          }
        }
        if (!dup) {
          picked[have++] = u;
        }
      }
      for (int i = 0; i < k; i++) {
        src[e] = picked[i];
        dst[e] = v;
        endpoints[2 * e] = picked[i];
        endpoints[2 * e + 1] = v;
        e++;
      }
    }
    return new EdgeList(n, src, dst, m);
  }
}
