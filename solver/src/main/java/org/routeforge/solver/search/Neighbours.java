package org.routeforge.solver.search;

import org.routeforge.data.model.CompactInstance;

/**
 * Granular neighbourhoods: for each customer, the k customers that are most worth connecting to it.
 * Without time windows that is plain distance; with windows it is PyVRP's proximity, distance plus
 * 0.2 x the forced wait plus 1 x the forced time warp of going from one to the other.
 */
final class Neighbours {
  private Neighbours() {}

  static int[][] granular(CompactInstance ci, int k) {
    if (!ci.timeWindows) {
      return NearestCustomers.of(ci, k);
    }
    int n = ci.n;
    int kk = Math.min(k, n - 2);
    int[][] out = new int[n][];
    out[0] = new int[0];
    long[] keys = new long[n - 2];
    for (int i = 1; i < n; i++) {
      int m = 0;
      for (int j = 1; j < n; j++) {
        if (j == i) {
          continue;
        }
        double p = proximity(ci, i, j);
        if (ci.timeWindows) {
          p = Math.min(p, proximity(ci, j, i));
        }
        // non-negative doubles order like their bit patterns; keep the node in the low bits
        keys[m++] = (Double.doubleToLongBits(Math.max(0, p)) & ~0xFFFFFL) | j;
      }
      SmallestKeys.select(keys, m, kk);
      out[i] = new int[kk];
      for (int t = 0; t < kk; t++) {
        out[i][t] = (int) (keys[t] & 0xFFFFF);
      }
    }
    return out;
  }

  private static double proximity(CompactInstance ci, int i, int j) {
    double d = ci.dist(i, j);
    if (!ci.timeWindows) {
      return d;
    }
    double t = ci.time(i, j);
    double wait = Math.max(0, ci.ready[j] - t - ci.service[i] - ci.due[i]);
    double warp = Math.max(0, ci.ready[i] + ci.service[i] + t - ci.due[j]);
    return d + 0.2 * wait + warp;
  }
}
