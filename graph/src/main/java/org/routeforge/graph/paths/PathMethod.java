package org.routeforge.graph.paths;

import java.util.Locale;
import java.util.Optional;

/**
 * The shortest-path methods, each with the one name that the command line ({@code graph path
 * --method}) and the HTTP service ({@code POST /v1/paths}, {@code "method"}) both use, and that says
 * what runs.
 */
public enum PathMethod {
  /** WormHole, variant E: approximate hop distance with a certified additive error bound. */
  WORMHOLE("wormhole", false, false),
  /** WormHole, variant H: the core answered through the hub tree. */
  WORMHOLE_H("wormhole-h", false, false),
  /** WormHole, variant M: the core answered exactly by pruned landmark labels. */
  WORMHOLE_M("wormhole-m", false, false),
  /** Exact hop distance by bidirectional breadth-first search. */
  BIDIRECTIONAL_BFS("bidirectional-bfs", true, false),
  /** Exact weighted distance by (one-directional) Dijkstra. */
  DIJKSTRA("dijkstra", true, true),
  /** Exact weighted distance by bidirectional Dijkstra. */
  BIDIRECTIONAL_DIJKSTRA("bidirectional-dijkstra", true, true);

  private final String wireName;
  private final boolean exact;
  private final boolean weighted;

  PathMethod(String wireName, boolean exact, boolean weighted) {
    this.wireName = wireName;
    this.exact = exact;
    this.weighted = weighted;
  }

  /** The name on the command line and over HTTP, e.g. {@code bidirectional-dijkstra}. */
  public String wireName() {
    return wireName;
  }

  /** Whether the answer is an exact shortest path (WormHole's are approximate, with a bound). */
  public boolean exact() {
    return exact;
  }

  /** Whether the method uses the edge weights of a weighted graph (the others count hops). */
  public boolean weighted() {
    return weighted;
  }

  /** The method with this name (case-insensitive), if any. */
  public static Optional<PathMethod> byName(String name) {
    String n = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
    for (PathMethod m : values()) {
      if (m.wireName.equals(n)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return wireName;
  }
}
