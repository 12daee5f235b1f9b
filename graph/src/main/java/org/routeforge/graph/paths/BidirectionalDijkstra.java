package org.routeforge.graph.paths;

/**
 * Exact s–t shortest paths on a weighted {@link CsrGraph} (non-negative integer weights), by
 * Dijkstra's algorithm ({@link #dijkstra}) or its bidirectional form ({@link #query}), which stops
 * when the two heap minima together reach the best connection found. Unweighted graphs count every
 * edge as 1.
 *
 * @implNote Holds per-query scratch arrays: one instance per thread.
 */
public final class BidirectionalDijkstra {
  private final CsrGraph g;
  private final IndexedMinHeap heapA;
  private final IndexedMinHeap heapB;
  private final long[] distA;
  private final long[] distB;
  private final int[] parentA;
  private final int[] parentB;
  private final int[] seenA;
  private final int[] seenB;
  private int stamp;

  /** Creates a searcher with scratch space for {@code g}. */
  public BidirectionalDijkstra(CsrGraph g) {
    this.g = g;
    int n = g.nodeCount();
    heapA = new IndexedMinHeap(n);
    heapB = new IndexedMinHeap(n);
    distA = new long[n];
    distB = new long[n];
    parentA = new int[n];
    parentB = new int[n];
    seenA = new int[n];
    seenB = new int[n];
  }

  /** A shortest s–t path by plain (one-sided) Dijkstra with early exit at t. */
  public PathResult dijkstra(int s, int t) {
    BidirectionalBfs.checkVertex(g, s);
    BidirectionalBfs.checkVertex(g, t);
    stamp++;
    final int[] off = g.offsets();
    final int[] tg = g.targets();
    final int[] w = g.weights();
    heapA.clear();
    seenA[s] = stamp;
    distA[s] = 0;
    parentA[s] = -1;
    heapA.offer(s, 0);
    int touched = 0;
    while (!heapA.isEmpty()) {
      int u = heapA.poll();
      if (u == t) {
        int[] path = trace(parentA, t, true);
        return new PathResult(distA[t], path, touched, 0);
      }
      touched++;
      long du = distA[u];
      for (int e = off[u]; e < off[u + 1]; e++) {
        int v = tg[e];
        long dv = du + (w == null ? 1 : w[e]);
        if (seenA[v] != stamp || dv < distA[v]) {
          seenA[v] = stamp;
          distA[v] = dv;
          parentA[v] = u;
          heapA.offer(v, dv);
        }
      }
    }
    return PathResult.disconnected(touched);
  }

  /** A shortest s–t path by bidirectional Dijkstra. */
  public PathResult query(int s, int t) {
    BidirectionalBfs.checkVertex(g, s);
    BidirectionalBfs.checkVertex(g, t);
    if (s == t) {
      return new PathResult(0, new int[] {s}, 0, 0);
    }
    stamp++;
    final int[] off = g.offsets();
    final int[] tg = g.targets();
    final int[] w = g.weights();
    heapA.clear();
    heapB.clear();
    seenA[s] = stamp;
    distA[s] = 0;
    parentA[s] = -1;
    heapA.offer(s, 0);
    seenB[t] = stamp;
    distB[t] = 0;
    parentB[t] = -1;
    heapB.offer(t, 0);
    long best = Long.MAX_VALUE;
    int meet = -1;
    int touched = 0;
    while (!heapA.isEmpty() && !heapB.isEmpty()) {
      if (heapA.peekKey() + heapB.peekKey() >= best) {
        break;
      }
      boolean forward = heapA.peekKey() <= heapB.peekKey();
      IndexedMinHeap heap = forward ? heapA : heapB;
      long[] dist = forward ? distA : distB;
      long[] otherDist = forward ? distB : distA;
      int[] parent = forward ? parentA : parentB;
      int[] seen = forward ? seenA : seenB;
      int[] otherSeen = forward ? seenB : seenA;
      int u = heap.poll();
      touched++;
      long du = dist[u];
      for (int e = off[u]; e < off[u + 1]; e++) {
        int v = tg[e];
        long dv = du + (w == null ? 1 : w[e]);
        if (seen[v] != stamp || dv < dist[v]) {
          seen[v] = stamp;
          dist[v] = dv;
          parent[v] = u;
          heap.offer(v, dv);
        }
        if (otherSeen[v] == stamp && dv + otherDist[v] < best && dist[v] == dv) {
          best = dv + otherDist[v];
          meet = v;
        }
      }
    }
    if (meet < 0) {
      return PathResult.disconnected(touched);
    }
    int[] head = trace(parentA, meet, true);
    int[] tail = trace(parentB, meet, false);
    int[] path = new int[head.length + tail.length - 1];
    System.arraycopy(head, 0, path, 0, head.length);
    System.arraycopy(tail, 1, path, head.length, tail.length - 1);
    return new PathResult(best, path, touched, 0);
  }

  /** The chain v, parent(v), ... ; reversed to root-first when {@code rootFirst}. */
  private static int[] trace(int[] parent, int v, boolean rootFirst) {
    int len = 0;
    for (int x = v; x >= 0; x = parent[x]) {
      len++;
    }
    int[] out = new int[len];
    int i = 0;
    for (int x = v; x >= 0; x = parent[x]) {
      out[i++] = x;
    }
    if (!rootFirst) {
      return out;
    }
    for (int a = 0, b = len - 1; a < b; a++, b--) {
      int tmp = out[a];
      out[a] = out[b];
      out[b] = tmp;
    }
    return out;
  }
}
