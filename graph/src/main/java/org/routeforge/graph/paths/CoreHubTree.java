package org.routeforge.graph.paths;

import java.util.Arrays;

/**
 * A breadth-first tree of the L0-induced core rooted at its highest-degree vertex: the index
 * behind the WormHole_H heuristic, which routes the core part of a query through this single hub
 * instead of searching the core (our reading of the paper code's {@code queryOnCore} hub mode).
 * Memory: two ints per core vertex.
 *
 * @implNote Immutable after {@link #build}; safe to share between threads.
 */
public final class CoreHubTree {
  private final int[] core;
  private final int[] depth;
  private final int[] parent;
  private final int hub;

  private CoreHubTree(int[] core, int[] depth, int[] parent, int hub) {
    this.core = core;
    this.depth = depth;
    this.parent = parent;
    this.hub = hub;
  }

  /** Builds the tree for the core of {@code index}. */
  public static CoreHubTree build(WormholeIndex index) {
    CsrGraph g = index.graph();
    int[] core = index.coreVertices();
    int k = core.length;
    int[] depth = new int[k];
    int[] parent = new int[k];
    Arrays.fill(depth, -1);
    if (k == 0) {
      return new CoreHubTree(core, depth, parent, -1);
    }
    int hub = 0;
    for (int i = 1; i < k; i++) {
      if (g.degree(core[i]) > g.degree(core[hub])) {
        hub = i;
      }
    }
    int[] coff = index.coreOffsets();
    int[] ctg = index.coreTargets();
    int[] queue = new int[k];
    int head = 0;
    int tail = 0;
    queue[tail++] = hub;
    depth[hub] = 0;
    parent[hub] = -1;
    while (head < tail) {
      int i = queue[head++];
      for (int e = coff[i]; e < coff[i + 1]; e++) {
        int j = ctg[e];
        if (depth[j] < 0) {
          depth[j] = depth[i] + 1;
          parent[j] = i;
          queue[tail++] = j;
        }
      }
    }
    return new CoreHubTree(core, depth, parent, hub);
  }

  /** Depth of a core vertex (local id) in the tree, or -1 if the hub cannot reach it in the core. */
  int depthOfLocal(int local) {
    return depth[local];
  }

  /**
   * Appends the tree path from core vertex x to core vertex y (graph ids, both reachable from the
   * hub), excluding x and y, into {@code out} from {@code at}; returns the new end.
   */
  int appendTreePath(int x, int y, int[] out, int at) {
    int a = Arrays.binarySearch(core, x);
    int b = Arrays.binarySearch(core, y);
    int start = at;
    int[] tail = new int[Math.max(0, depth[b]) + 1];
    int tn = 0;
    while (depth[a] > depth[b]) {
      a = parent[a];
      out[at++] = core[a];
    }
    while (depth[b] > depth[a]) {
      tail[tn++] = core[b];
      b = parent[b];
    }
    while (a != b) {
      a = parent[a];
      out[at++] = core[a];
      tail[tn++] = core[b];
      b = parent[b];
    }
    if (tn == 0 && at > start) {
      at--; // y is the common ancestor: it was appended on x's side but must be excluded
    }
    for (int i = tn - 1; i >= 1; i--) {
      out[at++] = tail[i];
    }
    return at;
  }

  /** Index memory. */
  public long bytes() {
    return 8L * depth.length;
  }

  /** The hub vertex (graph id), or -1 for an empty core. */
  public int hub() {
    return hub < 0 ? -1 : core[hub];
  }
}
