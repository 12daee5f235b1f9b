package org.routeforge.graph.paths;

/**
 * The answer to one s–t shortest-path inquiry.
 *
 * @param length number of edges (unweighted) or total weight (weighted) of {@code path}, or -1 when
 *     s and t are disconnected
 * @param path the vertices from s to t (dense indices), consecutive ones adjacent; empty when
 *     disconnected
 * @param touched vertices whose adjacency list the search read (the "node queries" of the WormHole
 *     paper's query model)
 * @param errorBound a certified upper bound on {@code length - d(s,t)}: 0 for exact algorithms; for
 *     WormHole, the length minus a lower bound on d(s,t) that the search itself proved
 */
public record PathResult(long length, int[] path, int touched, long errorBound) {
  private static final int[] NONE = new int[0];

  /** The answer for a disconnected pair. */
  public static PathResult disconnected(int touched) {
    return new PathResult(-1, NONE, touched, 0);
  }

  /** Whether a path was found. */
  public boolean found() {
    return length >= 0;
  }
}
