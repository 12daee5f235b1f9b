package org.routeforge.graph.paths;

/**
 * An undirected edge list over vertices {@code 0..n-1}: the first {@code m} entries of
 * {@code src}/{@code dst}. Produced by the generators; turned into a graph by {@link #toGraph()} or
 * written by {@link EdgeListWriter}.
 *
 * @param n number of vertices
 * @param src first endpoints
 * @param dst second endpoints
 * @param m number of edges
 */
public record EdgeList(int n, int[] src, int[] dst, int m) {

  /** The CSR graph of these edges (ids = indices). */
  public CsrGraph toGraph() {
    return CsrBuilder.build(n, src, dst, m, true, null, 0).graph();
  }
}
