package org.routeforge.solver.search;

import org.routeforge.data.model.CompactInstance;

/**
 * The k nearest customers of every customer, ordered by distance and then node, as a scan of all n²
 * pairs would order them, but found through a uniform grid over the coordinates when distances are
 * computed on demand ({@link CompactInstance#tabulated()} false, so they are rounded Euclidean): each
 * customer's search widens ring by ring of grid cells until the ring's inner radius exceeds the k-th
 * distance found (plus one unit, which covers every rounding), so about n × k distances are computed
 * instead of n². Tabulated instances (explicit matrices, any size up to the dense limit) are scanned.
 */
public final class NearestCustomers {
  private NearestCustomers() {}

  /** Row i (i >= 1): the min(k, n - 2) nearest customers of customer i; row 0 is empty. */
  public static int[][] of(CompactInstance ci, int k) {
    return ci.tabulated() ? scan(ci, k) : grid(ci, k);
  }

  private static long key(double d, int j) {
    // non-negative doubles order like their bit patterns; keep the node in the low bits
    return (Double.doubleToLongBits(Math.max(0, d)) & ~0xFFFFFL) | j;
  }

  private static int[][] scan(CompactInstance ci, int k) {
    int n = ci.n;
    int kk = Math.max(0, Math.min(k, n - 2));
    int[][] out = new int[n][];
    out[0] = new int[0];
    long[] keys = new long[Math.max(0, n - 2)];
    for (int i = 1; i < n; i++) {
      int m = 0;
      for (int j = 1; j < n; j++) {
        if (j != i) {
          keys[m++] = key(ci.dist(i, j), j);
        }
      }
      out[i] = first(keys, m, kk);
    }
    return out;
  }

  private static int[][] grid(CompactInstance ci, int k) {
    int n = ci.n;
    int kk = Math.max(0, Math.min(k, n - 2));
    double minX = Double.POSITIVE_INFINITY;
    double minY = Double.POSITIVE_INFINITY;
    double maxX = Double.NEGATIVE_INFINITY;
    double maxY = Double.NEGATIVE_INFINITY;
    for (int i = 1; i < n; i++) {
      minX = Math.min(minX, ci.x[i]);
      maxX = Math.max(maxX, ci.x[i]);
      minY = Math.min(minY, ci.y[i]);
      maxY = Math.max(maxY, ci.y[i]);
    }
    int side = Math.max(1, (int) Math.ceil(Math.sqrt((n - 1) / 2.0)));
    double cell = Math.max(Math.max(maxX - minX, maxY - minY) / side, 1e-9);
    // customers bucketed by cell (counting sort): cellStart[c]..cellStart[c + 1] in members
    int[] cellOf = new int[n];
    int[] cellStart = new int[side * side + 1];
    for (int i = 1; i < n; i++) {
      int cx = Math.min(side - 1, (int) ((ci.x[i] - minX) / cell));
      int cy = Math.min(side - 1, (int) ((ci.y[i] - minY) / cell));
      cellOf[i] = cy * side + cx;
      cellStart[cellOf[i] + 1]++;
    }
    for (int c = 0; c < side * side; c++) {
      cellStart[c + 1] += cellStart[c];
    }
    int[] members = new int[n - 1];
    int[] fill = cellStart.clone();
    for (int i = 1; i < n; i++) {
      members[fill[cellOf[i]]++] = i;
    }
    int[][] out = new int[n][];
    out[0] = new int[0];
    long[] keys = new long[Math.max(16, n - 1)];
    long[] scratch = new long[keys.length];
    for (int i = 1; i < n; i++) {
      int cx = cellOf[i] % side;
      int cy = cellOf[i] / side;
      int m = 0;
      for (int r = 0; ; r++) {
        for (int y = cy - r; y <= cy + r; y++) {
          if (y < 0 || y >= side) {
            continue;
          }
          boolean edgeRow = y == cy - r || y == cy + r;
          for (int x = cx - r; x <= cx + r; x += edgeRow ? 1 : 2 * r) {
            if (x >= 0 && x < side) {
              for (int p = cellStart[y * side + x]; p < cellStart[y * side + x + 1]; p++) {
                int j = members[p];
                if (j != i) {
                  keys[m++] = key(ci.dist(i, j), j);
                }
              }
            }
            if (r == 0) {
              break;
            }
          }
        }
        boolean everything = r >= side;
        if (m >= kk || everything) {
          if (everything || kk == 0) {
            break;
          }
          // the k-th smallest distance so far; unseen customers lie farther than r cells away
          System.arraycopy(keys, 0, scratch, 0, m);
          SmallestKeys.select(scratch, m, kk);
          double kth = Double.longBitsToDouble(scratch[kk - 1] & ~0xFFFFFL);
          if (r * cell > kth * (1 + 1e-9) + 1.0) {
            break;
          }
        }
      }
      out[i] = first(keys, m, kk);
    }
    return out;
  }

  private static int[] first(long[] keys, int m, int k) {
    SmallestKeys.select(keys, m, k);
    int[] row = new int[k];
    for (int t = 0; t < k; t++) {
      row[t] = (int) (keys[t] & 0xFFFFF);
    }
    return row;
  }
}
