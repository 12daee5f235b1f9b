package org.routeforge.graph.paths;

import java.util.Arrays;

/**
 * Pruned landmark labeling (Akiba, Iwata, Yoshida, SIGMOD 2013) on the subgraph induced by the
 * WormHole inner ring L0: an exact distance index for the core, which turns the core search of a
 * WormHole query into label scans (the paper's WormHole_M variant). Hubs are processed in
 * descending degree order; every label entry also stores the next vertex towards its hub, so that
 * paths, not only distances, can be read back.
 *
 * <p>Vertices are addressed by their position in {@link WormholeIndex#coreVertices()} ("local"
 * ids); hubs by their rank in the degree order.
 *
 * @implNote Immutable after {@link #build}; safe to share between threads.
 */
public final class CoreLabels {
  private final int[] core;
  private final int[] labelOffsets;
  private final int[] hubRank;
  private final int[] hubDist;
  private final int[] towardHub;
  private final int[] rankToLocal;
  private final double buildSeconds;

  private CoreLabels(
      int[] core,
      int[] labelOffsets,
      int[] hubRank,
      int[] hubDist,
      int[] towardHub,
      int[] rankToLocal,
      double buildSeconds) {
    this.core = core;
    this.labelOffsets = labelOffsets;
    this.hubRank = hubRank;
    this.hubDist = hubDist;
    this.towardHub = towardHub;
    this.rankToLocal = rankToLocal;
    this.buildSeconds = buildSeconds;
  }

  /** Builds the labels for the core of {@code index}. */
  public static CoreLabels build(WormholeIndex index) {
    long start = System.nanoTime();
    int[] core = index.coreVertices();
    int k = core.length;
    int[] coff = index.coreOffsets();
    int[] ctg = index.coreTargets();
    int[] rankToLocal = new int[k];
    {
      // counting sort by core degree, descending; ties by local id (deterministic)
      int maxDeg = 0;
      for (int i = 0; i < k; i++) {
        maxDeg = Math.max(maxDeg, coff[i + 1] - coff[i]);
      }
      int[] count = new int[maxDeg + 2];
      for (int i = 0; i < k; i++) {
        count[maxDeg - (coff[i + 1] - coff[i]) + 1]++;
      }
      for (int i = 1; i < count.length; i++) {
        count[i] += count[i - 1];
      }
      for (int i = 0; i < k; i++) {
        rankToLocal[count[maxDeg - (coff[i + 1] - coff[i])]++] = i;
      }
    }
    int[] localToRank = new int[k];
    for (int r = 0; r < k; r++) {
      localToRank[rankToLocal[r]] = r;
    }
    // growable labels per local vertex: hub rank, distance, next vertex towards the hub
    int[][] lh = new int[k][];
    int[][] ld = new int[k][];
    int[][] lp = new int[k][];
    int[] len = new int[k];
    for (int i = 0; i < k; i++) {
      lh[i] = new int[4];
      ld[i] = new int[4];
      lp[i] = new int[4];
    }
    int[] rootDist = new int[k];
    Arrays.fill(rootDist, Integer.MAX_VALUE);
    int[] dist = new int[k];
    Arrays.fill(dist, -1);
    int[] parent = new int[k];
    int[] queue = new int[k];
    for (int r = 0; r < k; r++) {
      int root = rankToLocal[r];
      for (int i = 0; i < len[root]; i++) {
        rootDist[lh[root][i]] = ld[root][i];
      }
      int head = 0;
      int tail = 0;
      queue[tail++] = root;
      dist[root] = 0;
      parent[root] = -1;
      while (head < tail) {
        int v = queue[head++];
        int dv = dist[v];
        // prune if the labels so far already give a distance <= dv
        boolean pruned = false;
        int[] hv = lh[v];
        int[] dvs = ld[v];
        for (int i = 0, e = len[v]; i < e; i++) {
          int rd = rootDist[hv[i]];
          if (rd != Integer.MAX_VALUE && rd + dvs[i] <= dv) {
            pruned = true;
            break;
          }
        }
        if (pruned) {
          continue;
        }
        int l = len[v];
        if (l == lh[v].length) {
          lh[v] = Arrays.copyOf(lh[v], 2 * l);
          ld[v] = Arrays.copyOf(ld[v], 2 * l);
          lp[v] = Arrays.copyOf(lp[v], 2 * l);
        }
        lh[v][l] = r;
        ld[v][l] = dv;
        lp[v][l] = parent[v];
        len[v] = l + 1;
        for (int e = coff[v]; e < coff[v + 1]; e++) {
          int u = ctg[e];
          if (dist[u] < 0) {
            dist[u] = dv + 1;
            parent[u] = v;
            queue[tail++] = u;
          }
        }
      }
      for (int i = 0; i < tail; i++) {
        dist[queue[i]] = -1;
      }
      for (int i = 0; i < len[root]; i++) {
        rootDist[lh[root][i]] = Integer.MAX_VALUE;
      }
    }
    long total = 0;
    for (int i = 0; i < k; i++) {
      total += len[i];
    }
    if (total > Integer.MAX_VALUE - 8) {
      throw new IllegalStateException("core labels too large: " + total + " entries");
    }
    int[] offsets = new int[k + 1];
    int[] hubs = new int[(int) total];
    int[] dists = new int[(int) total];
    int[] toward = new int[(int) total];
    int at = 0;
    for (int i = 0; i < k; i++) {
      offsets[i] = at;
      System.arraycopy(lh[i], 0, hubs, at, len[i]);
      System.arraycopy(ld[i], 0, dists, at, len[i]);
      System.arraycopy(lp[i], 0, toward, at, len[i]);
      at += len[i];
      lh[i] = null;
      ld[i] = null;
      lp[i] = null;
    }
    offsets[k] = at;
    double sec = (System.nanoTime() - start) / 1e9;
    return new CoreLabels(core, offsets, hubs, dists, toward, rankToLocal, sec);
  }

  /** The local id of graph vertex v (which must be in L0). */
  int local(int v) {
    return Arrays.binarySearch(core, v);
  }

  /** Graph vertex of a local id. */
  int vertex(int local) {
    return core[local];
  }

  /** Number of label entries of a local vertex. */
  int labelSize(int local) {
    return labelOffsets[local + 1] - labelOffsets[local];
  }

  int labelStart(int local) {
    return labelOffsets[local];
  }

  int labelEnd(int local) {
    return labelOffsets[local + 1];
  }

  int hubRank(int entry) {
    return hubRank[entry];
  }

  int hubDist(int entry) {
    return hubDist[entry];
  }

  /** Number of hubs (= core size). */
  int hubCount() {
    return rankToLocal.length;
  }

  /**
   * Appends to {@code out} (from {@code at}) the core path from local vertex {@code from} to the
   * hub of rank {@code rank}, as graph vertices, excluding {@code from} itself; returns the new end.
   */
  int appendPathToHub(int from, int rank, int[] out, int at) {
    int v = from;
    while (rankToLocal[rank] != v) {
      int e = Arrays.binarySearch(hubRank, labelOffsets[v], labelOffsets[v + 1], rank);
      v = towardHub[e];
      out[at++] = core[v];
    }
    return at;
  }

  /** Distance from local vertex v to the hub of rank r, by its label (the entry must exist). */
  int distanceToHub(int v, int rank) {
    int e = Arrays.binarySearch(hubRank, labelOffsets[v], labelOffsets[v + 1], rank);
    return hubDist[e];
  }

  /** Total label entries. */
  public long entries() {
    return labelOffsets[labelOffsets.length - 1];
  }

  /** Index memory of the labels. */
  public long bytes() {
    return 4L * labelOffsets.length + 12L * hubRank.length + 4L * rankToLocal.length;
  }

  /** Seconds the build took. */
  public double buildSeconds() {
    return buildSeconds;
  }
}
