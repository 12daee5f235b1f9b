package org.routeforge.graph.paths;

import java.util.SplittableRandom;

/**
 * The WormHole core–periphery index (Basu, Kōshima, Eden, Ben-Eliezer, Seshadhri, "A Sublinear
 * Algorithm for Approximate Shortest Paths in Large Networks", arXiv 2406.08624): the inner ring L0
 * and the outer ring L1 as two bit sets. Everything else is the periphery.
 *
 * <p>L0 grows greedily from a seed vertex: repeatedly the frontier vertex with the most neighbours
 * already in L0 joins L0 (an indexed max-heap keyed by L0-degree), until L0 holds
 * {@code coreFraction * n} vertices. If a connected component runs out before that, growth restarts
 * from the highest-degree vertex not yet reached, so each component holds at most one connected
 * piece of L0. L1 is every non-L0 neighbour of L0. The L0-induced subgraph is kept as a small
 * CSR over local ids for the core searches.
 *
 * @implNote Immutable after {@link #build}; safe to share between threads.
 */
public final class WormholeIndex {
  private final CsrGraph graph;
  private final long[] l0;
  private final long[] l1;
  private final int[] coreVertices;
  private final int[] coreOffsets;
  private final int[] coreTargets;
  private final int[] localOf;
  private final int l1Size;
  private final double buildSeconds;
  private final WormholeOptions options;

  private WormholeIndex(
      CsrGraph graph,
      long[] l0,
      long[] l1,
      int[] coreVertices,
      int[][] coreCsr,
      int l1Size,
      double buildSeconds,
      WormholeOptions options) {
    this.graph = graph;
    this.l0 = l0;
    this.l1 = l1;
    this.coreVertices = coreVertices;
    this.coreOffsets = coreCsr[0];
    this.coreTargets = coreCsr[1];
    this.localOf = coreCsr[2];
    this.l1Size = l1Size;
    this.buildSeconds = buildSeconds;
    this.options = options;
  }

  /** Builds the index for {@code g} (weights, if any, are ignored: WormHole uses hop distance). */
  public static WormholeIndex build(CsrGraph g, WormholeOptions opt) {
    long start = System.nanoTime();
    int n = g.nodeCount();
    int[] off = g.offsets();
    int[] tg = g.targets();
    int target = (int) Math.max(1, Math.min(n, Math.round(opt.coreFraction() * n)));
    long[] l0 = new long[(n + 63) >>> 6];
    int[] byDegree = verticesByDegreeDescending(g);
    SplittableRandom rnd = new SplittableRandom(opt.seed());
    int seedVertex;
    if (n == 0) {
      return new WormholeIndex(g, l0, l0.clone(), new int[0], new int[][] {{0}, {}, {}}, 0, 0, opt);
    } else if (opt.seedStrategy() == WormholeOptions.SeedStrategy.TOP_DEGREE) {
      seedVertex = byDegree[rnd.nextInt(Math.max(1, n / 100))];
    } else {
      seedVertex = rnd.nextInt(n);
    }
    MaxHeap heap = new MaxHeap(n);
    int size = 0;
    int nextByDegree = 0;
    int v = seedVertex;
    while (true) {
      set(l0, v);
      size++;
      heap.remove(v);
      for (int e = off[v]; e < off[v + 1]; e++) {
        int u = tg[e];
        if (!get(l0, u)) {
          heap.increment(u);
        }
      }
      if (size == target) {
        break;
      }
      if (!heap.isEmpty()) {
        v = heap.popMax();
      } else {
        while (get(l0, byDegree[nextByDegree])) {
          nextByDegree++;
        }
        v = byDegree[nextByDegree];
      }
    }
    long[] l1 = new long[l0.length];
    int l1Size = 0;
    int[] core = new int[size];
    int k = 0;
    for (int x = 0; x < n; x++) {
      if (get(l0, x)) {
        core[k++] = x;
      } else if (heap.contains(x)) {
        set(l1, x);
        l1Size++;
      }
    }
    int[][] coreCsr = coreCsr(g, l0, core);
    double sec = (System.nanoTime() - start) / 1e9;
    return new WormholeIndex(g, l0, l1, core, coreCsr, l1Size, sec, opt);
  }

  /**
   * The L0-induced subgraph in local ids (positions in the sorted core list), as the paper code's
   * {@code createL0CGraph} does: core searches then scan only core edges, not the full (huge)
   * adjacency of hub vertices.
   */
  private static int[][] coreCsr(CsrGraph g, long[] l0, int[] core) {
    int[] off = g.offsets();
    int[] tg = g.targets();
    int k = core.length;
    int[] coff = new int[k + 1];
    for (int i = 0; i < k; i++) {
      int v = core[i];
      int c = 0;
      for (int e = off[v]; e < off[v + 1]; e++) {
        if (get(l0, tg[e])) {
          c++;
        }
      }
      coff[i + 1] = coff[i] + c;
    }
    int[] ctg = new int[coff[k]];
    for (int i = 0; i < k; i++) {
      int v = core[i];
      int at = coff[i];
      int from = 0;
      for (int e = off[v]; e < off[v + 1]; e++) {
        int u = tg[e];
        if (get(l0, u)) {
          // rows are sorted by global id, so the local ids increase: search from the last hit
          int j = java.util.Arrays.binarySearch(core, from, k, u);
          ctg[at++] = j;
          from = j + 1;
        }
      }
    }
    int[] localOf = new int[g.nodeCount()];
    java.util.Arrays.fill(localOf, -1);
    for (int i = 0; i < k; i++) {
      localOf[core[i]] = i;
    }
    return new int[][] {coff, ctg, localOf};
  }

  static int[] verticesByDegreeDescending(CsrGraph g) {
    int n = g.nodeCount();
    int maxDeg = 0;
    for (int v = 0; v < n; v++) {
      maxDeg = Math.max(maxDeg, g.degree(v));
    }
    int[] count = new int[maxDeg + 2];
    for (int v = 0; v < n; v++) {
      count[maxDeg - g.degree(v) + 1]++;
    }
    for (int i = 1; i < count.length; i++) {
      count[i] += count[i - 1];
    }
    int[] order = new int[n];
    for (int v = 0; v < n; v++) {
      order[count[maxDeg - g.degree(v)]++] = v;
    }
    return order;
  }

  private static void set(long[] bits, int v) {
    bits[v >>> 6] |= 1L << v;
  }

  private static boolean get(long[] bits, int v) {
    return (bits[v >>> 6] & (1L << v)) != 0;
  }

  /** The graph this index was built for. */
  public CsrGraph graph() {
    return graph;
  }

  /** Whether v is in the inner ring L0. */
  public boolean inCore(int v) {
    return get(l0, v);
  }

  /** Whether v is in the outer ring L1. */
  public boolean inRing(int v) {
    return get(l1, v);
  }

  /** 0 for L0, 1 for L1, 2 for the periphery. */
  public int layer(int v) {
    return get(l0, v) ? 0 : get(l1, v) ? 1 : 2;
  }

  /** The L0 vertices in ascending order. Do not modify. */
  int[] coreVertices() {
    return coreVertices;
  }

  /** Row offsets of the core subgraph (local ids). Do not modify. */
  int[] coreOffsets() {
    return coreOffsets;
  }

  /** Sorted local-id adjacency of the core subgraph. Do not modify. */
  int[] coreTargets() {
    return coreTargets;
  }

  /** Undirected edges inside L0. */
  public long coreEdges() {
    return coreTargets.length / 2L;
  }

  /** The local id (position in the sorted core list) of an L0 vertex. */
  int local(int v) {
    return localOf[v];
  }

  /** Bit set words of L0 (for hot loops in this package). */
  long[] l0Bits() {
    return l0;
  }

  /** Bit set words of L1. */
  long[] l1Bits() {
    return l1;
  }

  /** |L0|. */
  public int coreSize() {
    return coreVertices.length;
  }

  /** |L1|. */
  public int ringSize() {
    return l1Size;
  }

  /** Seconds the build took. */
  public double buildSeconds() {
    return buildSeconds;
  }

  /**
   * Index memory: the two bit sets, the sorted L0 vertex list, the core subgraph and the
   * vertex-to-core-position table.
   */
  public long bytes() {
    return 8L * l0.length
        + 8L * l1.length
        + 4L * coreVertices.length
        + 4L * coreOffsets.length
        + 4L * coreTargets.length
        + 4L * localOf.length;
  }

  /** The options it was built with. */
  public WormholeOptions options() {
    return options;
  }

  /**
   * Indexed binary max-heap of vertices keyed by their number of L0 neighbours; ties go to the
   * vertex that reached the key first (deterministic).
   */
  private static final class MaxHeap {
    private final int[] heap;
    private final int[] pos;
    private final int[] key;
    private int size;

    MaxHeap(int n) {
      heap = new int[n];
      pos = new int[n];
      key = new int[n];
      java.util.Arrays.fill(pos, -1);
    }

    boolean isEmpty() {
      return size == 0;
    }

    boolean contains(int v) {
      return pos[v] >= 0;
    }

    void increment(int v) {
      if (pos[v] < 0) {
        key[v] = 1;
        heap[size] = v;
        pos[v] = size;
        up(size++);
      } else {
        key[v]++;
        up(pos[v]);
      }
    }

    void remove(int v) {
      int i = pos[v];
      if (i < 0) {
        return;
      }
      pos[v] = -2;
      size--;
      if (i < size) {
        int last = heap[size];
        heap[i] = last;
        pos[last] = i;
        down(i);
        up(pos[last]);
      }
    }

    int popMax() {
      int top = heap[0];
      remove(top);
      return top;
    }

    private void up(int i) {
      int v = heap[i];
      int k = key[v];
      while (i > 0) {
        int p = (i - 1) >>> 1;
        int pv = heap[p];
        if (key[pv] >= k) {
          break;
        }
        heap[i] = pv;
        pos[pv] = i;
        i = p;
      }
      heap[i] = v;
      pos[v] = i;
    }

    private void down(int i) {
      int v = heap[i];
      int k = key[v];
      int half = size >>> 1;
      while (i < half) {
        int c = 2 * i + 1;
        int r = c + 1;
        if (r < size && key[heap[r]] > key[heap[c]]) {
          c = r;
        }
        int cv = heap[c];
        if (key[cv] <= k) {
          break;
        }
        heap[i] = cv;
        pos[cv] = i;
        i = c;
      }
      heap[i] = v;
      pos[v] = i;
    }
  }
}
