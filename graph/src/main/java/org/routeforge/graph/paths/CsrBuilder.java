package org.routeforge.graph.paths;

import java.util.Arrays;

/**
 * Turns an edge list over dense vertex indices into a {@link CsrGraph}: drops self-loops and
 * duplicate edges (counting both), sorts every adjacency row, and either symmetrizes the input
 * (each pair is an undirected edge) or checks that the arcs already come in both directions.
 *
 * <p>Counting sort by source, then one {@link Arrays#sort(int[], int, int)} per row and an in-place
 * compaction: O(m log d) time and, besides the input, only the CSR arrays themselves.
 */
public final class CsrBuilder {

  /**
   * What building dropped.
   *
   * @param selfLoops input pairs with equal endpoints
   * @param duplicates input pairs (or arcs, without symmetrization) that repeat an earlier one
   */
  public record Dropped(long selfLoops, long duplicates) {}

  /** A built graph and what was dropped to build it. */
  public record Built(CsrGraph graph, Dropped dropped) {}

  private CsrBuilder() {}

  /**
   * Builds an unweighted graph.
   *
   * @param n number of vertices; every endpoint must be in {@code 0..n-1}
   * @param src first endpoints (only the first {@code m} entries are read)
   * @param dst second endpoints
   * @param m number of pairs
   * @param symmetrize true: every pair is an undirected edge; false: pairs are arcs and every arc
   *     must have its reverse (otherwise IllegalArgumentException naming the arc)
   * @param ids sorted external ids for the dense indices, or null when ids are {@code idBase + v}
   * @param idBase first external id when {@code ids} is null
   */
  public static Built build(
      int n, int[] src, int[] dst, long m, boolean symmetrize, int[] ids, int idBase) {
    int[] offsets = new int[n + 1];
    long selfLoops = 0;
    for (long i = 0; i < m; i++) {
      int u = src[(int) i];
      int v = dst[(int) i];
      if (u == v) {
        selfLoops++;
        continue;
      }
      offsets[u + 1]++;
      if (symmetrize) {
        offsets[v + 1]++;
      }
    }
    long total = 0;
    for (int v = 0; v < n; v++) {
      total += offsets[v + 1];
      if (total > Integer.MAX_VALUE - 8) {
        throw new IllegalArgumentException("graph too large: more than 2^31 arcs");
      }
      offsets[v + 1] = (int) total;
    }
    int[] targets = new int[(int) total];
    int[] fill = Arrays.copyOf(offsets, n);
    for (long i = 0; i < m; i++) {
      int u = src[(int) i];
      int v = dst[(int) i];
      if (u == v) {
        continue;
      }
      targets[fill[u]++] = v;
      if (symmetrize) {
        targets[fill[v]++] = u;
      }
    }
    fill = null;
    int write = 0;
    int rowStart = 0;
    for (int v = 0; v < n; v++) {
      int from = rowStart;
      int to = offsets[v + 1];
      rowStart = to;
      Arrays.sort(targets, from, to);
      offsets[v] = write;
      int last = -1;
      for (int i = from; i < to; i++) {
        int t = targets[i];
        if (t != last) {
          targets[write++] = t;
          last = t;
        }
      }
    }
    long removedArcs = total - write;
    offsets[n] = write;
    if (write != targets.length) {
      targets = Arrays.copyOf(targets, write);
    }
    long duplicates = symmetrize ? removedArcs / 2 : removedArcs;
    CsrGraph g = new CsrGraph(n, offsets, targets, null, ids, idBase);
    if (!symmetrize) {
      checkSymmetric(g);
    }
    return new Built(g, new Dropped(selfLoops, duplicates));
  }

  /**
   * Builds a weighted undirected graph: every arc becomes an undirected edge, and when a pair occurs
   * more than once (in either direction) the smallest weight is kept.
   *
   * @param w non-negative weights, parallel to src/dst
   */
  public static Built buildWeighted(
      int n, int[] src, int[] dst, int[] w, long m, int[] ids, int idBase) {
    int[] offsets = new int[n + 1];
    long selfLoops = 0;
    for (long i = 0; i < m; i++) {
      int u = src[(int) i];
      int v = dst[(int) i];
      if (u == v) {
        selfLoops++;
        continue;
      }
      offsets[u + 1]++;
      offsets[v + 1]++;
    }
    long total = 0;
    for (int v = 0; v < n; v++) {
      total += offsets[v + 1];
      if (total > Integer.MAX_VALUE - 8) {
        throw new IllegalArgumentException("graph too large: more than 2^31 arcs");
      }
      offsets[v + 1] = (int) total;
    }
    long[] packed = new long[(int) total];
    int[] fill = Arrays.copyOf(offsets, n);
    for (long i = 0; i < m; i++) {
      int u = src[(int) i];
      int v = dst[(int) i];
      if (u == v) {
        continue;
      }
      long wt = w[(int) i] & 0xffffffffL;
      packed[fill[u]++] = ((long) v << 32) | wt;
      packed[fill[v]++] = ((long) u << 32) | wt;
    }
    int[] targets = new int[(int) total];
    int[] weights = new int[(int) total];
    int write = 0;
    int rowStart = 0;
    for (int v = 0; v < n; v++) {
      int from = rowStart;
      int to = offsets[v + 1];
      rowStart = to;
      Arrays.sort(packed, from, to);
      offsets[v] = write;
      int last = -1;
      for (int i = from; i < to; i++) {
        int t = (int) (packed[i] >>> 32);
        if (t != last) {
          targets[write] = t;
          weights[write++] = (int) packed[i];
          last = t;
        }
      }
    }
    offsets[n] = write;
    long duplicates = (total - write) / 2;
    CsrGraph g =
        new CsrGraph(
            n, offsets, Arrays.copyOf(targets, write), Arrays.copyOf(weights, write), ids, idBase);
    return new Built(g, new Dropped(selfLoops, duplicates));
  }

  private static void checkSymmetric(CsrGraph g) {
    int[] off = g.offsets();
    int[] tg = g.targets();
    for (int u = 0; u < g.nodeCount(); u++) {
      for (int i = off[u]; i < off[u + 1]; i++) {
        int v = tg[i];
        if (!g.adjacent(v, u)) {
          throw new IllegalArgumentException(
              "the input lists arc "
                  + g.idOf(u)
                  + " -> "
                  + g.idOf(v)
                  + " without its reverse "
                  + g.idOf(v)
                  + " -> "
                  + g.idOf(u)
                  + ", so it is a directed graph; load it with symmetrization to treat every line"
                  + " as an undirected edge");
        }
      }
    }
  }
}
