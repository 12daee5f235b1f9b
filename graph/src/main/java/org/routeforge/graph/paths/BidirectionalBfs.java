package org.routeforge.graph.paths;

/**
 * Exact s–t shortest paths on an unweighted {@link CsrGraph} by bidirectional breadth-first
 * search. Each step expands one whole level of the side whose frontier has the smaller total
 * degree; the first edge found between the two searched balls closes a shortest path (both balls
 * are complete up to their radii and disjoint so far, so any connecting edge gives d(s,t)).
 *
 * <p>This is the baseline the WormHole paper compares against.
 *
 * @implNote Holds per-query scratch arrays (O(n) ints, reset in O(1) by epoch stamps): one instance
 *     per thread.
 */
public final class BidirectionalBfs {
  private final CsrGraph g;
  private final SearchMarks marks;
  private final int[] queueA;
  private final int[] queueB;

  /** Creates a searcher with scratch space for {@code g}. */
  public BidirectionalBfs(CsrGraph g) {
    this.g = g;
    int n = g.nodeCount();
    marks = new SearchMarks(n);
    queueA = new int[n];
    queueB = new int[n];
  }

  /** A shortest path from s to t (dense indices), or {@link PathResult#disconnected} . */
  public PathResult query(int s, int t) {
    checkVertex(g, s);
    checkVertex(g, t);
    if (s == t) {
      return new PathResult(0, new int[] {s}, 0, 0);
    }
    final int[] off = g.offsets();
    final int[] tg = g.targets();
    final int[] mark = marks.mark;
    final int[] parent = marks.parent;
    final int base = marks.next();
    mark[s] = base;
    parent[s] = -1;
    mark[t] = base + 1;
    parent[t] = -1;
    queueA[0] = s;
    queueB[0] = t;
    int aStart = 0;
    int aEnd = 1;
    int bStart = 0;
    int bEnd = 1;
    long aWork = g.degree(s);
    long bWork = g.degree(t);
    int touched = 0;
    while (aStart < aEnd && bStart < bEnd) {
      boolean forward = aWork <= bWork;
      int[] q = forward ? queueA : queueB;
      int from = forward ? aStart : bStart;
      int to = forward ? aEnd : bEnd;
      int mine = forward ? base : base + 1;
      int other = forward ? base + 1 : base;
      int end = to;
      long work = 0;
      for (int i = from; i < to; i++) {
        int u = q[i];
        touched++;
        for (int e = off[u], eEnd = off[u + 1]; e < eEnd; e++) {
          int v = tg[e];
          int mv = mark[v];
          if (mv == mine) {
            continue;
          }
          if (mv == other) {
            int[] path = forward ? marks.join(u, v) : marks.join(v, u);
            return new PathResult(path.length - 1, path, touched, 0);
          }
          mark[v] = mine;
          parent[v] = u;
          q[end++] = v;
          work += off[v + 1] - off[v];
        }
      }
      if (forward) {
        aStart = to;
        aEnd = end;
        aWork = work;
      } else {
        bStart = to;
        bEnd = end;
        bWork = work;
      }
    }
    return PathResult.disconnected(touched);
  }

  static void checkVertex(CsrGraph g, int v) {
    if (v < 0 || v >= g.nodeCount()) {
      throw new IllegalArgumentException(
          "vertex index " + v + " is not in the graph (0.." + (g.nodeCount() - 1) + ")");
    }
  }
}
