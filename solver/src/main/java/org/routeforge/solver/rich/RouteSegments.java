package org.routeforge.solver.rich;

import org.routeforge.solver.problem.Feature;
import org.routeforge.solver.problem.Features;

/**
 * Segment value types of the routes of one search state, so that a move is priced by concatenating
 * a few pieces instead of simulating the routes it changes (Vidal et al. 2013; PyVRP's
 * {@code DurationSegment}, {@code LoadSegment} and distance segments).
 *
 * <p>A segment of consecutive stops is summarised by
 * <ul>
 *   <li>time: its least duration {@code D} (travel, service and waiting), its time warp {@code TW}
 *       (how much it is late, 0 when feasible), and the earliest and latest start {@code E}, {@code L}
 *       that keep {@code D} and {@code TW} (Vidal's concatenation);</li>
 *   <li>load, per dimension: the plain deliveries it carries from the start, the net change of what
 *       is on board (pickups up, deliveries down), and the peak of that change along it — enough to
 *       check capacity with shipments anywhere in the route;</li>
 *   <li>distance and number of stops.</li>
 * </ul>
 * The bound state's routes keep the segment of every prefix (from the vehicle's start) and every
 * suffix (to the last stop); {@link RichSearch.State#set} refreshes a changed route. The routes of an
 * insertion, a removal, an exchange or a 2-opt* move between routes then cost O(1) each
 * ({@link #insert}, {@link #remove}, {@link #replace}, {@link #tails}); moves within one route and
 * shipment pairs are still simulated (a middle piece would have to be concatenated stop by stop,
 * which costs more than the simulation). The route's duration is the least
 * over its feasible departures, as {@link RichSearch#simulate} and {@link RichEvaluator} define it,
 * so both prices agree (tested against the simulation and the evaluator).
 *
 * <p>Applies when {@link #supports} holds: no driver breaks and at most one window per stop (breaks
 * and several windows make the time summary piecewise); the search simulates otherwise.
 */
final class RouteSegments {
  private static final double EPS = 1e-6;
  private static final double INF = Double.POSITIVE_INFINITY;
  // layout of one segment: time (4), distance, stops, then (plain deliveries, net, peak) per dimension
  private static final int D = 0;
  private static final int TW = 1;
  private static final int E = 2;
  private static final int L = 3;
  private static final int DIST = 4;
  private static final int COUNT = 5;
  private static final int LOAD = 6;

  private final RichSearch search;
  private final int dims;
  /** Doubles per segment. */
  private final int width;
  /** Per vehicle: the segments of prefixes 0..len (start included), then of suffixes 0..len (end excluded). */
  private final double[][] prefix;
  private final double[][] suffix;
  /** The state whose routes {@link #prefix} and {@link #suffix} describe, or null. */
  private RichSearch.State bound;
  /** The route being priced: its segment, vehicle and last location. */
  private final double[] acc;
  private int accVehicle;
  private int accLoc;
  /** One stop's segment (scratch). */
  private final double[] node;
  /** End time of the last route {@link #finish} priced feasible, leaving at the earliest best departure. */
  double lastEnd;

  RouteSegments(RichSearch search) {
    this.search = search;
    this.dims = search.dims;
    this.width = LOAD + 3 * dims;
    this.prefix = new double[search.vehicles][];
    this.suffix = new double[search.vehicles][];
    this.acc = new double[width];
    this.node = new double[width];
  }

  /** Whether segments price every route of an instance with {@code features} exactly. */
  static boolean supports(Features features) {
    return !features.has(Feature.BREAKS) && !features.has(Feature.MULTIPLE_TIME_WINDOWS);
  }

  /** Makes {@code st} the state whose routes pieces are taken from (recomputes every route when it was not). */
  void bind(RichSearch.State st) {
    if (bound == st) {
      return;
    }
    bound = st;
    for (int v = 0; v < search.vehicles; v++) {
      refresh(st, v);
    }
  }

  /** Route {@code v} of {@code st} changed: refreshes its segments when {@code st} is the bound state. */
  void changed(RichSearch.State st, int v) {
    if (bound == st) {
      refresh(st, v);
    }
  }

  private void refresh(RichSearch.State st, int v) {
    int len = st.len[v];
    int need = (len + 1) * width;
    if (prefix[v] == null || prefix[v].length < need) {
      prefix[v] = new double[Math.max(need, 8 * width)];
      suffix[v] = new double[Math.max(need, 8 * width)];
    }
    int[] seq = st.seq[v];
    double[] pre = prefix[v];
    startSegment(v, pre, 0);
    int last = search.startLoc[v];
    for (int i = 0; i < len; i++) {
      stopSegment(seq[i], node);
      System.arraycopy(pre, i * width, pre, (i + 1) * width, width);
      concat(pre, (i + 1) * width, last, node, 0, search.loc[seq[i]]);
      last = search.loc[seq[i]];
    }
    double[] suf = suffix[v];
    java.util.Arrays.fill(suf, len * width, (len + 1) * width, 0);
    for (int i = len - 1; i >= 0; i--) {
      int s = seq[i];
      stopSegment(s, suf, i * width);
      if (i + 1 < len) {
        int next = search.loc[seq[i + 1]];
        concat(suf, i * width, search.loc[s], suf, (i + 1) * width, next);
      }
    }
  }

  // the route being priced ----------------------------------------------------------------------

  /** Starts pricing a route on vehicle {@code v} with the first {@code i} stops of its route in the bound state. */
  private void beginPrefix(RichSearch.State st, int v, int i) {
    accVehicle = v;
    System.arraycopy(prefix[v], i * width, acc, 0, width);
    accLoc = i == 0 ? search.startLoc[v] : search.loc[st.seq[v][i - 1]];
  }

  /** Appends stop {@code s}; false when the route so far already breaks a constraint. */
  private boolean addStop(int s) {
    stopSegment(s, node);
    int l = search.loc[s];
    concat(acc, 0, accLoc, node, 0, l);
    accLoc = l;
    return feasibleSoFar();
  }

  /** Appends the stops {@code from..len-1} of route {@code r} in the bound state; false when infeasible so far. */
  private boolean addSuffix(RichSearch.State st, int r, int from) {
    int len = st.len[r];
    if (from >= len) {
      return true;
    }
    concat(acc, 0, accLoc, suffix[r], from * width, search.loc[st.seq[r][from]]);
    accLoc = search.loc[st.seq[r][len - 1]];
    return feasibleSoFar();
  }

  /**
   * Ends the route at its vehicle's end: its cost ({@link RichSearch#simulate}'s), or infinity when it
   * breaks a constraint; sets {@link #lastEnd}.
   */
  private double finish() {
    int v = accVehicle;
    lastEnd = 0;
    if (acc[COUNT] == 0) {
      return 0;
    }
    int end = search.endLoc[v];
    node[D] = 0;
    node[TW] = 0;
    node[E] = Double.NEGATIVE_INFINITY;
    node[L] = search.shiftClose[v];
    node[DIST] = 0;
    node[COUNT] = 0;
    for (int k = LOAD; k < width; k++) {
      node[k] = 0;
    }
    concat(acc, 0, accLoc, node, 0, end);
    if (!feasibleSoFar()) {
      return INF;
    }
    lastEnd = acc[E] + acc[D];
    return search.fixed[v] + search.cpd[v] * acc[DIST] + search.cpt[v] * acc[D];
  }

  /** Route {@code v} of the bound state {@code st} with stop {@code s} inserted at index {@code at}. */
  double insert(RichSearch.State st, int v, int at, int s) {
    beginPrefix(st, v, at);
    return addStop(s) && addSuffix(st, v, at) ? finish() : INF;
  }

  /** Route {@code v} of the bound state {@code st} without the stop at index {@code i}. */
  double remove(RichSearch.State st, int v, int i) {
    beginPrefix(st, v, i);
    return addSuffix(st, v, i + 1) ? finish() : INF;
  }

  /** Route {@code v} of the bound state {@code st} with the stop at index {@code i} replaced by stop {@code s}. */
  double replace(RichSearch.State st, int v, int i, int s) {
    beginPrefix(st, v, i);
    return addStop(s) && addSuffix(st, v, i + 1) ? finish() : INF;
  }

  /**
   * On vehicle {@code v}: the first {@code keep} stops of its route in the bound state {@code st}, then
   * the stops of route {@code w} from index {@code from} on (2-opt*).
   */
  double tails(RichSearch.State st, int v, int keep, int w, int from) {
    beginPrefix(st, v, keep);
    return addSuffix(st, w, from) ? finish() : INF;
  }

  // segments ------------------------------------------------------------------------------------

  private boolean feasibleSoFar() {
    int v = accVehicle;
    if (acc[TW] > EPS || acc[DIST] > search.maxDist[v] + EPS || acc[D] > search.maxDur[v] + EPS
        || acc[COUNT] > search.maxStops[v]) {
      return false;
    }
    for (int d = 0; d < dims; d++) {
      int b = LOAD + 3 * d;
      if (acc[b] + acc[b + 2] > search.cap[v * dims + d]) {
        return false;
      }
    }
    return true;
  }

  /** The vehicle's start: departure within its shift. */
  private void startSegment(int v, double[] out, int o) {
    out[o + D] = 0;
    out[o + TW] = 0;
    out[o + E] = search.shiftOpen[v];
    out[o + L] = search.shiftClose[v];
    out[o + DIST] = 0;
    out[o + COUNT] = 0;
    for (int k = LOAD; k < width; k++) {
      out[o + k] = 0;
    }
  }

  private void stopSegment(int s, double[] out) {
    stopSegment(s, out, 0);
  }

  /** Stop {@code s} alone: its service, its window, one stop, and its load change. */
  private void stopSegment(int s, double[] out, int o) {
    out[o + D] = search.service[s];
    out[o + TW] = 0;
    out[o + E] = search.wOpen[s][0];
    out[o + L] = search.wClose[s][0];
    out[o + DIST] = 0;
    out[o + COUNT] = 1;
    for (int d = 0; d < dims; d++) {
      int b = o + LOAD + 3 * d;
      double q = search.dem[s * dims + d];
      if (search.plain[s]) {
        out[b] = q;
        out[b + 1] = -q;
        out[b + 2] = 0;
      } else if (search.pickup[s]) {
        out[b] = 0;
        out[b + 1] = q;
        out[b + 2] = q;
      } else {
        out[b] = 0;
        out[b + 1] = -q;
        out[b + 2] = 0;
      }
    }
  }

  /**
   * {@code a[ai..]} := {@code a} followed by {@code b[bi..]}, where {@code a} ends at location
   * {@code aLast} and {@code b} starts at {@code bFirst} (-1: no location, no travel).
   */
  private void concat(double[] a, int ai, int aLast, double[] b, int bi, int bFirst) {
    double travel = 0;
    double leg = 0;
    if (aLast >= 0 && bFirst >= 0) {
      travel = search.time[aLast * search.locations + bFirst];
      leg = search.dist[aLast * search.locations + bFirst];
    }
    double delta = a[ai + D] - a[ai + TW] + travel;
    double waitAdded = Math.max(0, b[bi + E] - delta - a[ai + L]);
    double warpAdded = Math.max(0, a[ai + E] + delta - b[bi + L]);
    double e = Math.max(b[bi + E] - delta, a[ai + E]) - waitAdded;
    double l = Math.min(b[bi + L] - delta, a[ai + L]) + warpAdded;
    a[ai + D] = a[ai + D] + b[bi + D] + travel + waitAdded;
    a[ai + TW] = a[ai + TW] + b[bi + TW] + warpAdded;
    a[ai + E] = e;
    a[ai + L] = l;
    a[ai + DIST] = a[ai + DIST] + leg + b[bi + DIST];
    a[ai + COUNT] = a[ai + COUNT] + b[bi + COUNT];
    for (int d = 0; d < dims; d++) {
      int x = ai + LOAD + 3 * d;
      int y = bi + LOAD + 3 * d;
      a[x + 2] = Math.max(a[x + 2], a[x + 1] + b[y + 2]);
      a[x + 1] = a[x + 1] + b[y + 1];
      a[x] = a[x] + b[y];
    }
    if (travel == INF || leg == INF) {
      a[ai + TW] = INF;
    }
  }
}
