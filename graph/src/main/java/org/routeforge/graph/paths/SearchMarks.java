package org.routeforge.graph.paths;

import java.util.Arrays;

/**
 * Epoch-stamped visit marks for two-sided searches: {@code mark[v] == 2*epoch + side} says v was
 * reached in the current search from side 0 (the source) or side 1 (the target), so resetting
 * between queries is O(1) instead of O(n).
 */
final class SearchMarks {
  final int[] mark;
  final int[] parent;
  private int epoch;

  SearchMarks(int n) {
    mark = new int[n];
    parent = new int[n];
  }

  /** Starts a new search; returns the base stamp (side 0 = base, side 1 = base + 1). */
  int next() {
    if (epoch >= (Integer.MAX_VALUE >> 1) - 2) {
      Arrays.fill(mark, 0);
      epoch = 0;
    }
    epoch++;
    return 2 * epoch;
  }

  /**
   * Appends the chain v, parent(v), ... up to a vertex whose parent is -1, into {@code out}
   * starting at {@code at}; returns the new end.
   */
  int trace(int v, int[] out, int at) {
    while (v >= 0) {
      out[at++] = v;
      v = parent[v];
    }
    return at;
  }

  /** Length of the parent chain from v (number of edges to its root). */
  int depth(int v) {
    int d = 0;
    while (parent[v] >= 0) {
      v = parent[v];
      d++;
    }
    return d;
  }

  /**
   * The path source..a then b..target, where a was reached from the source side and b (adjacent to
   * a, or -1 when a is the target itself) from the target side.
   */
  int[] join(int a, int b) {
    int da = depth(a);
    int db = b < 0 ? -1 : depth(b);
    int[] path = new int[da + 1 + db + 1];
    int end = trace(a, path, 0);
    for (int i = 0, j = end - 1; i < j; i++, j--) {
      int tmp = path[i];
      path[i] = path[j];
      path[j] = tmp;
    }
    if (b >= 0) {
      trace(b, path, end);
    }
    return path;
  }
}
