package org.routeforge.graph.roads;

import com.graphhopper.routing.weighting.Weighting;
import com.graphhopper.storage.RoutingCHEdgeExplorer;
import com.graphhopper.storage.RoutingCHEdgeIterator;
import com.graphhopper.storage.RoutingCHEdgeIteratorState;
import com.graphhopper.storage.RoutingCHGraph;
import com.graphhopper.util.EdgeIteratorState;
import java.util.Arrays;

/**
 * The upward part of GraphHopper's node-based contraction hierarchy copied into compressed sparse
 * row arrays, with each edge's CH weight, travel time (ms) and distance (m), for many-to-many
 * searches that run on primitive arrays instead of GraphHopper's iterator objects.
 *
 * <p>An edge is "upward" with GraphHopper's own rule for CH queries ({@code CHEdgeFilter} of its
 * bidirectional CH algorithms): shortcuts always, original edges when the level of the adjacent node
 * is not lower. Forward arrays hold {@code u -> v} edges usable in the forward search from {@code u};
 * backward arrays hold, at {@code v}, edges {@code u -> v} usable in the backward search from {@code v}.
 *
 * <p>A shortcut stores only a weight, so the time and distance of CH edge {@code e} travelled towards
 * node {@code to} are computed once by unpacking it as GraphHopper's {@code ShortcutUnpacker} does
 * (skipped edge 1 then skipped edge 2, both oriented along the travel direction), memoised per
 * edge and direction.
 *
 * @implNote immutable after {@link #build} (the memo is only written while building), so one instance
 *     serves concurrent matrix computations.
 */
final class UpwardGraph {
  final int nodes;
  final int[] fwdFirst;
  final int[] fwdHead;
  final double[] fwdWeight;
  final int[] fwdMillis;
  final double[] fwdDist;
  final int[] bwdFirst;
  final int[] bwdHead;
  final double[] bwdWeight;
  final int[] bwdMillis;
  final double[] bwdDist;

  private final RoutingCHGraph ch;
  private final Weighting weighting;
  /** Per CH edge and direction (index {@code 2 * edge + (to > from ? 1 : 0)}): travel ms, -1 = unknown. */
  private final int[] memoMillis;
  private final double[] memoDist;

  private UpwardGraph(RoutingCHGraph ch, int nodes, int[][] fwd, double[][] fwdD, int[][] bwd, double[][] bwdD,
      int[] memoMillis, double[] memoDist) {
    this.ch = ch;
    this.weighting = ch.getWeighting();
    this.nodes = nodes;
    this.fwdFirst = fwd[0];
    this.fwdHead = fwd[1];
    this.fwdMillis = fwd[2];
    this.fwdWeight = fwdD[0];
    this.fwdDist = fwdD[1];
    this.bwdFirst = bwd[0];
    this.bwdHead = bwd[1];
    this.bwdMillis = bwd[2];
    this.bwdWeight = bwdD[0];
    this.bwdDist = bwdD[1];
    this.memoMillis = memoMillis;
    this.memoDist = memoDist;
  }

  /** Copies the upward CH edges of {@code ch} into arrays, with travel time and distance per edge. */
  static UpwardGraph build(RoutingCHGraph ch) {
    int n = ch.getNodes();
    int[] memoMillis = new int[2 * ch.getEdges()];
    Arrays.fill(memoMillis, -1);
    double[] memoDist = new double[2 * ch.getEdges()];
    UpwardGraph tmp = new UpwardGraph(ch, n, new int[3][], new double[2][], new int[3][], new double[2][],
        memoMillis, memoDist);
    Object[] f = tmp.collect(ch.createOutEdgeExplorer(), false);
    Object[] b = tmp.collect(ch.createInEdgeExplorer(), true);
    return new UpwardGraph(ch, n, (int[][]) f[0], (double[][]) f[1], (int[][]) b[0], (double[][]) b[1],
        memoMillis, memoDist);
  }

  /** GraphHopper's CH edge filter for node-based queries on the base graph. */
  private boolean upward(RoutingCHEdgeIteratorState e) {
    return e.isShortcut() || ch.getLevel(e.getBaseNode()) <= ch.getLevel(e.getAdjNode());
  }

  private Object[] collect(RoutingCHEdgeExplorer explorer, boolean backward) {
    int n = nodes;
    int[] first = new int[n + 1];
    int cap = Math.max(16, n * 2);
    int[] head = new int[cap];
    int[] millis = new int[cap];
    double[] weight = new double[cap];
    double[] dist = new double[cap];
    int m = 0;
    for (int v = 0; v < n; v++) {
      first[v] = m;
      RoutingCHEdgeIterator it = explorer.setBaseNode(v);
      while (it.next()) {
        int adj = it.getAdjNode();
        double w = it.getWeight(backward);
        if (adj == v || !Double.isFinite(w) || !upward(it)) {
          continue;
        }
        if (m == head.length) {
          int c = head.length * 2;
          head = Arrays.copyOf(head, c);
          millis = Arrays.copyOf(millis, c);
          weight = Arrays.copyOf(weight, c);
          dist = Arrays.copyOf(dist, c);
        }
        // forward: travel v -> adj; backward: travel adj -> v
        int from = backward ? adj : v;
        int to = backward ? v : adj;
        int key = costKey(it.getEdge(), from, to);
        head[m] = adj;
        weight[m] = w;
        millis[m] = millis(key, it.getEdge(), to);
        dist[m] = memoDist[key];
        m++;
      }
    }
    first[n] = m;
    return new Object[] {
      new int[][] {first, Arrays.copyOf(head, m), Arrays.copyOf(millis, m)},
      new double[][] {Arrays.copyOf(weight, m), Arrays.copyOf(dist, m)}
    };
  }

  static int costKey(int edge, int from, int to) {
    return 2 * edge + (to > from ? 1 : 0);
  }

  /** Travel time (ms) of CH edge {@code edge} (base edge or shortcut) travelled from its other end to {@code to}. */
  int millis(int key, int edge, int to) {
    if (memoMillis[key] < 0) {
      compute(edge, to);
    }
    return memoMillis[key];
  }

  /** Distance (m) of a CH edge in a direction whose {@link #millis} was asked for before. */
  double dist(int key) {
    return memoDist[key];
  }

  private void compute(int edge, int to) {
    RoutingCHEdgeIteratorState st = ch.getEdgeIteratorState(edge, to);
    int from = st.getBaseNode();
    int key = costKey(edge, from, to);
    if (memoMillis[key] >= 0) {
      return;
    }
    if (!st.isShortcut()) {
      EdgeIteratorState e = ch.getBaseGraph().getEdgeIteratorState(st.getOrigEdge(), to);
      long ms = weighting.calcEdgeMillis(e, false);
      memoDist[key] = e.getDistance();
      memoMillis[key] = (int) Math.min(Integer.MAX_VALUE, ms);
      return;
    }
    int first = st.getSkippedEdge1();
    int second = st.getSkippedEdge2();
    RoutingCHEdgeIteratorState sk2 = ch.getEdgeIteratorState(second, to);
    if (sk2 == null) {
      sk2 = ch.getEdgeIteratorState(first, to);
      first = second;
      second = sk2.getEdge();
    }
    int mid = sk2.getBaseNode();
    int k1 = costKey(first, from, mid);
    int k2 = costKey(second, mid, to);
    long ms = (long) millis(k1, first, mid) + millis(k2, second, to);
    memoDist[key] = memoDist[k1] + memoDist[k2];
    memoMillis[key] = (int) Math.min(Integer.MAX_VALUE, ms);
  }

  /** Bytes held by the arrays (CSR plus memo), for memory reports. */
  long bytes() {
    long e = fwdHead.length + bwdHead.length;
    return 4L * (fwdFirst.length + bwdFirst.length) + e * (4 + 8 + 4 + 8)
        + 4L * memoMillis.length + 8L * memoDist.length;
  }
}
