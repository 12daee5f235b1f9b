package org.routeforge.graph.paths;

import java.util.Arrays;

/**
 * Breadth-first search on a {@link CsrGraph}: single-source hop distances and connected
 * components. Used as ground truth in tests and to draw connected query pairs in benchmarks.
 */
public final class Bfs {
  private Bfs() {}

  /** Hop distances from {@code s} to every vertex; -1 for unreachable vertices. */
  public static int[] distances(CsrGraph g, int s) {
    BidirectionalBfs.checkVertex(g, s);
    int n = g.nodeCount();
    int[] off = g.offsets();
    int[] tg = g.targets();
    int[] dist = new int[n];
    Arrays.fill(dist, -1);
    int[] queue = new int[n];
    int head = 0;
    int tail = 0;
    dist[s] = 0;
    queue[tail++] = s;
    while (head < tail) {
      int u = queue[head++];
      int du = dist[u] + 1;
      for (int e = off[u]; e < off[u + 1]; e++) {
        int v = tg[e];
        if (dist[v] < 0) {
          dist[v] = du;
          queue[tail++] = v;
        }
      }
    }
    return dist;
  }

  /** Connected-component label of every vertex (labels 0, 1, ... in order of smallest vertex). */
  public static int[] components(CsrGraph g) {
    int n = g.nodeCount();
    int[] off = g.offsets();
    int[] tg = g.targets();
    int[] comp = new int[n];
    Arrays.fill(comp, -1);
    int[] queue = new int[n];
    int label = 0;
    for (int s = 0; s < n; s++) {
      if (comp[s] >= 0) {
        continue;
      }
      int head = 0;
      int tail = 0;
      comp[s] = label;
      queue[tail++] = s;
      while (head < tail) {
        int u = queue[head++];
        for (int e = off[u]; e < off[u + 1]; e++) {
          int v = tg[e];
          if (comp[v] < 0) {
            comp[v] = label;
            queue[tail++] = v;
          }
        }
      }
      label++;
    }
    return comp;
  }
}
