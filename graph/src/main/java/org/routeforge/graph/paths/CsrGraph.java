package org.routeforge.graph.paths;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jgrapht.Graph;
import org.jgrapht.alg.util.Pair;
import org.jgrapht.alg.util.Triple;
import org.jgrapht.opt.graph.sparse.SparseIntUndirectedGraph;
import org.jgrapht.opt.graph.sparse.SparseIntUndirectedWeightedGraph;

/**
 * An undirected simple graph in compressed sparse row form: vertices are dense indices
 * {@code 0..n-1}, the neighbours of {@code v} are {@code targets[offsets[v] .. offsets[v+1])} in
 * ascending order, and every edge is stored in both directions. Optional non-negative integer edge
 * weights run parallel to {@code targets}. This is the representation every shortest-path algorithm
 * of this package works on: hot loops read the two arrays directly, without boxing.
 *
 * <p>External vertex ids (the numbers in the input file) are kept separately: either a sorted
 * {@code int[]} of ids, or, when the ids are contiguous, just the first id.
 *
 * @implNote Immutable after construction (the arrays are never modified and never handed out for
 *     writing by this package) and therefore safe to share between threads.
 */
public final class CsrGraph {
  private final int n;
  private final int[] offsets;
  private final int[] targets;
  private final int[] weights;
  private final int[] ids;
  private final int idBase;

  CsrGraph(int n, int[] offsets, int[] targets, int[] weights, int[] ids, int idBase) {
    if (offsets.length != n + 1) {
      throw new IllegalArgumentException("offsets must have n+1 entries");
    }
    this.n = n;
    this.offsets = offsets;
    this.targets = targets;
    this.weights = weights;
    this.ids = ids;
    this.idBase = idBase;
  }

  /** Number of vertices. */
  public int nodeCount() {
    return n;
  }

  /** Number of undirected edges (each stored twice). */
  public long edgeCount() {
    return offsets[n] / 2L;
  }

  /** Degree of vertex {@code v}. */
  public int degree(int v) {
    return offsets[v + 1] - offsets[v];
  }

  /** Whether the graph carries edge weights. */
  public boolean weighted() {
    return weights != null;
  }

  /**
   * The row offsets (length n+1). Exposed for hot loops in this package and its callers: do not
   * modify.
   */
  public int[] offsets() {
    return offsets;
  }

  /** The concatenated sorted adjacency lists. Do not modify. */
  public int[] targets() {
    return targets;
  }

  /** Edge weights parallel to {@link #targets()}, or null for an unweighted graph. Do not modify. */
  public int[] weights() {
    return weights;
  }

  /** Whether {@code u} and {@code v} are adjacent (binary search in the sorted row of u). */
  public boolean adjacent(int u, int v) {
    return Arrays.binarySearch(targets, offsets[u], offsets[u + 1], v) >= 0;
  }

  /** The weight of edge {u,v} (1 for unweighted graphs), or -1 if they are not adjacent. */
  public int weight(int u, int v) {
    int i = Arrays.binarySearch(targets, offsets[u], offsets[u + 1], v);
    if (i < 0) {
      return -1;
    }
    return weights == null ? 1 : weights[i];
  }

  /** The external id of dense vertex {@code v}. */
  public long idOf(int v) {
    return ids == null ? (long) idBase + v : ids[v];
  }

  /** The dense index of external id {@code id}, or -1 if the graph has no such vertex. */
  public int indexOf(long id) {
    if (ids == null) {
      long v = id - idBase;
      return v >= 0 && v < n ? (int) v : -1;
    }
    if (id < Integer.MIN_VALUE || id > Integer.MAX_VALUE) {
      return -1;
    }
    int i = Arrays.binarySearch(ids, (int) id);
    return i >= 0 ? i : -1;
  }

  /** Bytes held by the CSR arrays (offsets, targets, weights, id table). */
  public long bytes() {
    long b = 4L * offsets.length + 4L * targets.length;
    if (weights != null) {
      b += 4L * weights.length;
    }
    if (ids != null) {
      b += 4L * ids.length;
    }
    return b;
  }

  /**
   * A JGraphT view of this graph over the same dense vertex indices, built on jgrapht-opt's
   * compact sparse graphs ({@link SparseIntUndirectedGraph}, or the weighted variant when the graph
   * has weights). Meant for JGraphT's algorithms and for cross-checking ours on small and medium
   * graphs: it copies the edges once.
   */
  public Graph<Integer, Integer> toJGraphT() {
    int m = (int) edgeCount();
    if (weights == null) {
      List<Pair<Integer, Integer>> edges = new ArrayList<>(m);
      for (int u = 0; u < n; u++) {
        for (int i = offsets[u]; i < offsets[u + 1]; i++) {
          if (targets[i] > u) {
            edges.add(Pair.of(u, targets[i]));
          }
        }
      }
      return new SparseIntUndirectedGraph(n, edges);
    }
    List<Triple<Integer, Integer, Double>> edges = new ArrayList<>(m);
    for (int u = 0; u < n; u++) {
      for (int i = offsets[u]; i < offsets[u + 1]; i++) {
        if (targets[i] > u) {
          edges.add(Triple.of(u, targets[i], (double) weights[i]));
        }
      }
    }
    return new SparseIntUndirectedWeightedGraph(n, edges);
  }

  /** The same vertices and edges without weights (hop metric), sharing the arrays. */
  public CsrGraph unweighted() {
    return weights == null ? this : new CsrGraph(n, offsets, targets, null, ids, idBase);
  }
}
