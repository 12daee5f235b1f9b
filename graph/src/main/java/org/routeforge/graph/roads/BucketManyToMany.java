package org.routeforge.graph.roads;

import java.util.Arrays;

/**
 * Bucket-based many-to-many shortest paths on a contraction hierarchy (Knopp, Sanders, Schultes,
 * Schulz, Wagner: "Computing many-to-many shortest paths using highway hierarchies", ALENEX 2007;
 * the CH form is the one OSRM's {@code table} service uses).
 *
 * <p>For every target {@code t} a backward upward search stores an entry {@code (t, d(v,t))} in the
 * bucket of every node {@code v} it settles; then for every source {@code s} a forward upward search
 * scans the bucket of every node {@code v} it settles, and {@code d(s,v) + d(v,t)} minimised over
 * {@code v} is the shortest-path weight from {@code s} to {@code t}. Both searches use
 * stall-on-demand and carry the travel time and distance of the minimum-weight path along, so one run
 * yields weight, time and distance matrices. Everything runs on the {@link UpwardGraph} arrays.
 *
 * <p>Sources and targets are {@link Starts}: a point snapped onto a road edge starts at both ends of
 * the edge with the cost of the piece between, as GraphHopper's query graph models it.
 *
 * @implNote not thread-safe: one instance per computation.
 */
final class BucketManyToMany {
  private final UpwardGraph up;
  private final double[] w;
  private final long[] ms;
  private final double[] dm;
  private final int[] touched;
  private int nTouched;
  private final NodeHeap heap;

  /** Nodes settled (and not stalled) by the last search, in settling order. */
  private int[] settled = new int[256];
  private int nSettled;

  /** Settled counts summed over all searches, for reports. */
  long settledTotal;
  /** Bucket entries created, for reports. */
  long bucketEntries;

  BucketManyToMany(UpwardGraph up) {
    this.up = up;
    int n = up.nodes;
    this.w = new double[n];
    this.ms = new long[n];
    this.dm = new double[n];
    Arrays.fill(w, Double.POSITIVE_INFINITY);
    this.touched = new int[n];
    this.heap = new NodeHeap(n);
  }

  /**
   * Computes the matrices from every source to every target (row-major, sources × targets). Each
   * endpoint is a set of start nodes with initial weight, time and distance (the pieces of its snapped
   * edge). Unreachable pairs get {@code +inf} weight, {@code -1} time and {@code +inf} distance.
   */
  void compute(Starts sources, Starts targets, double[] outWeight, long[] outMillis, double[] outDist) {
    int m = targets.size();
    // 1. backward searches fill the buckets
    int cap = Math.max(1024, m * 64);
    int[] bNode = new int[cap];
    int[] bTarget = new int[cap];
    double[] bW = new double[cap];
    long[] bMs = new long[cap];
    double[] bD = new double[cap];
    int nb = 0;
    for (int j = 0; j < m; j++) {
      search(targets, j, true);
      if (nb + nSettled > bNode.length) {
        int c = Math.max(bNode.length * 2, nb + nSettled);
        bNode = Arrays.copyOf(bNode, c);
        bTarget = Arrays.copyOf(bTarget, c);
        bW = Arrays.copyOf(bW, c);
        bMs = Arrays.copyOf(bMs, c);
        bD = Arrays.copyOf(bD, c);
      }
      for (int k = 0; k < nSettled; k++) {
        int v = settled[k];
        bNode[nb] = v;
        bTarget[nb] = j;
        bW[nb] = w[v];
        bMs[nb] = ms[v];
        bD[nb] = dm[v];
        nb++;
      }
      reset();
    }
    bucketEntries += nb;
    // 2. group bucket entries by node (counting sort into CSR)
    int[] first = new int[up.nodes + 1];
    for (int k = 0; k < nb; k++) {
      first[bNode[k] + 1]++;
    }
    for (int v = 0; v < up.nodes; v++) {
      first[v + 1] += first[v];
    }
    int[] fill = Arrays.copyOf(first, up.nodes);
    int[] sTarget = new int[nb];
    double[] sW = new double[nb];
    long[] sMs = new long[nb];
    double[] sD = new double[nb];
    for (int k = 0; k < nb; k++) {
      int p = fill[bNode[k]]++;
      sTarget[p] = bTarget[k];
      sW[p] = bW[k];
      sMs[p] = bMs[k];
      sD[p] = bD[k];
    }
    // 3. forward searches scan the buckets into one row at a time
    double[] rowW = new double[m];
    long[] rowMs = new long[m];
    double[] rowD = new double[m];
    for (int i = 0; i < sources.size(); i++) {
      Arrays.fill(rowW, Double.POSITIVE_INFINITY);
      Arrays.fill(rowMs, -1L);
      Arrays.fill(rowD, Double.POSITIVE_INFINITY);
      search(sources, i, false);
      for (int k = 0; k < nSettled; k++) {
        int v = settled[k];
        double wv = w[v];
        for (int p = first[v], end = first[v + 1]; p < end; p++) {
          int j = sTarget[p];
          double cand = wv + sW[p];
          if (cand < rowW[j]) {
            rowW[j] = cand;
            rowMs[j] = ms[v] + sMs[p];
            rowD[j] = dm[v] + sD[p];
          }
        }
      }
      reset();
      System.arraycopy(rowW, 0, outWeight, i * m, m);
      System.arraycopy(rowMs, 0, outMillis, i * m, m);
      System.arraycopy(rowD, 0, outDist, i * m, m);
    }
  }

  /** One upward Dijkstra search with stall-on-demand; fills {@link #settled} with the non-stalled nodes. */
  private void search(Starts starts, int index, boolean backward) {
    nSettled = 0;
    for (int k = starts.first[index]; k < starts.first[index + 1]; k++) {
      int v = starts.node[k];
      if (starts.weight[k] < w[v]) {
        visit(v, starts.weight[k], starts.millis[k], starts.dist[k]);
        heap.offer(v, starts.weight[k]);
      }
    }
    int[] first = backward ? up.bwdFirst : up.fwdFirst;
    int[] head = backward ? up.bwdHead : up.fwdHead;
    double[] weight = backward ? up.bwdWeight : up.fwdWeight;
    int[] millis = backward ? up.bwdMillis : up.fwdMillis;
    double[] dist = backward ? up.bwdDist : up.fwdDist;
    // edges into u from higher nodes (the opposite direction's upward edges) prove stalls
    int[] sFirst = backward ? up.fwdFirst : up.bwdFirst;
    int[] sHead = backward ? up.fwdHead : up.bwdHead;
    double[] sWeight = backward ? up.fwdWeight : up.bwdWeight;
    while (!heap.isEmpty()) {
      int u = heap.poll();
      double wu = w[u];
      boolean stalled = false;
      for (int k = sFirst[u], end = sFirst[u + 1]; k < end; k++) {
        if (w[sHead[k]] + sWeight[k] < wu) {
          stalled = true;
          break;
        }
      }
      if (stalled) {
        continue;
      }
      settle(u);
      long msu = ms[u];
      double du = dm[u];
      for (int k = first[u], end = first[u + 1]; k < end; k++) {
        int v = head[k];
        double cand = wu + weight[k];
        if (cand < w[v]) {
          visit(v, cand, msu + millis[k], du + dist[k]);
          heap.offer(v, cand);
        }
      }
    }
  }

  /**
   * The start nodes of a list of endpoints, CSR style: endpoint {@code i} starts at nodes
   * {@code node[first[i] .. first[i+1])} with the given initial weight, time and distance.
   */
  record Starts(int[] first, int[] node, double[] weight, long[] millis, double[] dist) {
    int size() {
      return first.length - 1;
    }

    /** Endpoints that are single nodes with zero initial cost. */
    static Starts ofNodes(int... nodes) {
      int[] first = new int[nodes.length + 1];
      for (int i = 0; i < nodes.length; i++) {
        first[i + 1] = i + 1;
      }
      return new Starts(first, nodes.clone(), new double[nodes.length], new long[nodes.length],
          new double[nodes.length]);
    }
  }

  private void visit(int v, double wv, long msv, double dv) {
    if (w[v] == Double.POSITIVE_INFINITY) {
      touched[nTouched++] = v;
    }
    w[v] = wv;
    ms[v] = msv;
    dm[v] = dv;
  }

  private void settle(int u) {
    if (nSettled == settled.length) {
      settled = Arrays.copyOf(settled, nSettled * 2);
    }
    settled[nSettled++] = u;
    settledTotal++;
  }

  private void reset() {
    for (int i = 0; i < nTouched; i++) {
      w[touched[i]] = Double.POSITIVE_INFINITY;
    }
    nTouched = 0;
    heap.clear();
  }
}
