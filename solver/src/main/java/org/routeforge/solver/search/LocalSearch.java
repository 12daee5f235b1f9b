package org.routeforge.solver.search;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.routeforge.data.model.CompactInstance;
import org.routeforge.solver.CancelToken;

/**
 * Granular local search on primitive arrays (the education step of HGS, Vidal 2022): relocate,
 * swap, 2-opt, 2-opt* and SWAP* over the k nearest neighbours, first improvement, until no move
 * improves the penalised cost {@code distance + capacityPenalty * excessLoad + timeWarpPenalty *
 * timeWarp}. The node moves are {@link TourMove} objects (name, {@code supports}, {@code evaluate}),
 * those that support the instance tried in order; SWAP* runs per pair of routes.
 *
 * <p>Every route keeps, per position, its cumulative load and distance (forward and reversed) and,
 * for time windows, the forward and backward time-warp segments of Vidal et al. (2013). A move is
 * described as each new route's list of <em>pieces</em> (ranges of old positions, forward or
 * reversed); its cost is the concatenation of the pieces' segment data, which is O(1) per piece for
 * prefixes, suffixes and short pieces (a long middle piece under time windows is merged node by
 * node). The same piece list is applied when the move is taken, so evaluation and application cannot
 * disagree.
 *
 * <p>One instance is reused for many runs (no allocation inside {@link #run}); it is not thread-safe.
 */
public final class LocalSearch {
  static final double EPS = 1e-6;

  final int n;
  /** The instance; its distances are read through {@link #d} and {@link #t} when not tabulated. */
  final CompactInstance ci;
  /** Tabulated distances and times, or null when the instance computes them on demand. */
  final double[] dist;
  final double[] time;
  final int[] demand;
  final double[] ready;
  final double[] due;
  final double[] service;
  final long capacity;
  final boolean tw;
  final boolean coords;
  final int[] angle;
  final int[][] neighbours;

  double capacityPenalty;
  double timeWarpPenalty;

  int nRoutes;
  final int maxRoutes;
  final int[][] node;
  final int[] len;
  final long[][] cumLoad;
  final double[][] cumDist;
  final double[][] cumRev;
  final double[][] fDur;
  final double[][] fTw;
  final double[][] fE;
  final double[][] fL;
  final double[][] bDur;
  final double[][] bTw;
  final double[][] bE;
  final double[][] bL;
  final double[] rDist;
  final long[] rLoad;
  final double[] rTw;
  final double[] rCost;
  final int[] sectorStart;
  final int[] sectorEnd;
  final int[] routeOf;
  final int[] posOf;
  final long[] whenModified;
  final long[] whenTested;
  final long[][] whenSwapStar;
  long moveCount;
  long evaluations;
  /** Whether operators may skip moves by the O(1) lower bound (tests switch it off to check deltas). */
  boolean pruning = true;

  // pieces of the (up to) two new routes of the move under evaluation
  final int[][] pr = new int[2][8];
  final int[][] pa = new int[2][8];
  final int[][] pb = new int[2][8];
  final boolean[][] prev = new boolean[2][8];
  final int[] np = new int[2];
  int touchedA;
  int touchedB;

  // result of a segment merge (avoids allocation)
  private double sDur;
  private double sTw;
  private double sE;
  private double sL;

  private final int[] order;
  private final int[][] buffer;
  private final RandomGenerator rng;
  private final SwapStar swapStar;
  /** The node moves that support the instance, tried in this order ({@link TourMove}). */
  private final TourMove[] moves;
  private final boolean useSwapStar;
  private long swapStarMoves;
  private CancelToken cancel;
  private long deadline;
  private boolean aborted;

  /**
   * Prepares the search for one instance.
   *
   * @param granularity how many nearest neighbours each customer's moves consider (HGS: 20)
   * @param maxRoutes how many routes (some may stay empty) the search may use
   */
  public LocalSearch(CompactInstance ci, int granularity, int maxRoutes, RandomGenerator rng) {
    this(ci, granularity, maxRoutes, rng, true);
  }

  /**
   * Prepares the search for one instance, with or without SWAP* (an ablation switch; the other moves
   * and their order are the same either way).
   *
   * @param granularity how many nearest neighbours each customer's moves consider (HGS: 20; more than
   *     n - 2 means every other customer)
   * @param maxRoutes how many routes (some may stay empty) the search may use
   * @param withSwapStar whether SWAP* runs
   */
  public LocalSearch(CompactInstance ci, int granularity, int maxRoutes, RandomGenerator rng, boolean withSwapStar) {
    this.useSwapStar = withSwapStar;
    this.n = ci.n;
    this.ci = ci;
    this.dist = ci.dist;
    this.time = ci.time;
    this.demand = ci.demand;
    this.ready = ci.ready;
    this.due = ci.due;
    this.service = ci.service;
    this.capacity = ci.capacity;
    this.tw = ci.timeWindows;
    this.rng = rng;
    this.maxRoutes = maxRoutes;
    boolean c = true;
    for (int i = 0; i < n; i++) {
      c &= !Double.isNaN(ci.x[i]) && !Double.isNaN(ci.y[i]);
    }
    this.coords = c;
    this.angle = new int[n];
    if (coords) {
      for (int i = 1; i < n; i++) {
        double a = Math.atan2(ci.y[i] - ci.y[0], ci.x[i] - ci.x[0]);
        angle[i] = Math.floorMod((int) (32768.0 * a / Math.PI), 65536);
      }
    }
    this.neighbours = Neighbours.granular(ci, granularity);
    int cap = n + 1;
    // per-route arrays start small and grow with their route (ensureRoom): memory ~ n, not n x routes
    int start = Math.min(cap, 2 * (n / maxRoutes) + 8);
    node = new int[maxRoutes][start];
    len = new int[maxRoutes];
    cumLoad = new long[maxRoutes][start];
    cumDist = new double[maxRoutes][start];
    cumRev = new double[maxRoutes][start];
    int twCap = tw ? start : 0;
    fDur = new double[maxRoutes][twCap];
    fTw = new double[maxRoutes][twCap];
    fE = new double[maxRoutes][twCap];
    fL = new double[maxRoutes][twCap];
    bDur = new double[maxRoutes][twCap];
    bTw = new double[maxRoutes][twCap];
    bE = new double[maxRoutes][twCap];
    bL = new double[maxRoutes][twCap];
    rDist = new double[maxRoutes];
    rLoad = new long[maxRoutes];
    rTw = new double[maxRoutes];
    rCost = new double[maxRoutes];
    sectorStart = new int[maxRoutes];
    sectorEnd = new int[maxRoutes];
    routeOf = new int[n];
    posOf = new int[n];
    whenModified = new long[maxRoutes];
    whenTested = new long[n];
    whenSwapStar = new long[maxRoutes][maxRoutes];
    order = new int[n - 1];
    buffer = new int[2][cap];
    swapStar = new SwapStar(this);
    moves = TourMove.supporting(org.routeforge.solver.problem.Features.of(tw
        ? java.util.EnumSet.of(org.routeforge.solver.problem.Feature.CAPACITY,
            org.routeforge.solver.problem.Feature.TIME_WINDOWS)
        : java.util.EnumSet.of(org.routeforge.solver.problem.Feature.CAPACITY)));
  }

  /** Sets the penalty weights for excess load and time warp. */
  public void setPenalties(double capacityPenalty, double timeWarpPenalty) {
    this.capacityPenalty = capacityPenalty;
    this.timeWarpPenalty = timeWarpPenalty;
    for (int r = 0; r < nRoutes; r++) {
      rCost[r] = rDist[r] + penalty(rLoad[r], rTw[r]);
    }
  }

  /**
   * Loads routes (arrays of customer nodes, depot omitted); the rest of the {@code maxRoutes} routes
   * start empty.
   *
   * @throws IllegalArgumentException when there are more routes than {@code maxRoutes}
   */
  public void load(List<int[]> routes) {
    if (routes.size() > maxRoutes) {
      throw new IllegalArgumentException(routes.size() + " routes, but the search holds " + maxRoutes);
    }
    nRoutes = maxRoutes;
    for (int r = 0; r < maxRoutes; r++) {
      int[] src = r < routes.size() ? routes.get(r) : new int[0];
      ensureRoom(r, src.length + 2);
      node[r][0] = 0;
      System.arraycopy(src, 0, node[r], 1, src.length);
      node[r][src.length + 1] = 0;
      len[r] = src.length;
      update(r);
    }
    for (int i = 0; i < n; i++) {
      whenTested[i] = -1;
    }
    for (int r = 0; r < maxRoutes; r++) {
      whenModified[r] = 0;
      java.util.Arrays.fill(whenSwapStar[r], -1);
    }
    moveCount = 0;
    swapStar.reset();
  }

  /**
   * Runs the search until no move improves (or the deadline passes, or {@code cancel} fires).
   *
   * @return false when stopped early by the deadline or cancellation (the routes are still valid)
   */
  public boolean run(long deadlineNanos, CancelToken cancelToken) {
    this.deadline = deadlineNanos;
    this.cancel = cancelToken;
    this.aborted = false;
    int m = n - 1;
    for (int i = 0; i < m; i++) {
      order[i] = i + 1;
    }
    shuffle(order, m);
    for (int i = 1; i < n; i++) {
      shuffle(neighbours[i], neighbours[i].length);
    }
    boolean completed = false;
    for (int loop = 0; !completed; loop++) {
      completed = loop > 1;
      for (int i = 0; i < m; i++) {
        if (stopRequested()) {
          return false;
        }
        int u = order[i];
        long lastTested = whenTested[u];
        whenTested[u] = moveCount;
        int[] nb = neighbours[u];
        for (int k = 0; k < nb.length; k++) {
          int v = nb[k];
          if (loop == 0 || Math.max(whenModified[routeOf[u]], whenModified[routeOf[v]]) > lastTested) {
            if (tryMoves(u, routeOf[v], posOf[v])) {
              completed = false;
            } else if (posOf[v] == 1 && tryMoves(u, routeOf[v], 0)) {
              // moves that put u right after the depot of v's route
              completed = false;
            }
          }
        }
        if (loop > 0) {
          int empty = firstEmptyRoute();
          if (empty >= 0 && tryMoves(u, empty, 0)) {
            completed = false;
          }
        }
      }
      if (loop > 0 && useSwapStar) {
        // SWAP* from the second pass on: the first pass rebuilds most routes anyway
        for (int ru = 0; ru < nRoutes; ru++) {
          for (int rv = ru + 1; rv < nRoutes; rv++) {
            if (len[ru] == 0 || len[rv] == 0) {
              continue;
            }
            if (loop == 0 || Math.max(whenModified[ru], whenModified[rv]) > whenSwapStar[ru][rv]) {
              whenSwapStar[ru][rv] = moveCount;
              if (overlap(ru, rv) && swapStar.run(ru, rv)) {
                swapStarMoves++;
                completed = false;
              }
            }
          }
          if (stopRequested()) {
            return false;
          }
        }
      }
    }
    return true;
  }

  private boolean stopRequested() {
    if (!aborted && (cancel != null && cancel.isCancelled() || System.nanoTime() > deadline)) {
      aborted = true;
    }
    return aborted;
  }

  private int firstEmptyRoute() {
    for (int r = 0; r < nRoutes; r++) {
      if (len[r] == 0) {
        return r;
      }
    }
    return -1;
  }

  /** Tries the node moves of u against position pv of route rv; applies the first improving one. */
  private boolean tryMoves(int u, int rv, int pv) {
    int ru = routeOf[u];
    int pu = posOf[u];
    int v = node[rv][pv];
    for (TourMove m : moves) {
      if (m.evaluate(this, u, ru, pu, v, rv, pv) < -EPS) {
        apply();
        return true;
      }
    }
    return false;
  }

  // ---- pieces ---------------------------------------------------------------------------------

  /** Starts describing a move that rewrites route {@code a} (and {@code b}, or -1 for none). */
  void begin(int a, int b) {
    np[0] = 0;
    np[1] = 0;
    touchedA = a;
    touchedB = b;
  }

  /** Appends positions {@code from..to} of route {@code r} to new route {@code which}; empty ranges are skipped. */
  void piece(int which, int r, int from, int to, boolean reversed) {
    if (from > to) {
      return;
    }
    int k = np[which]++;
    pr[which][k] = r;
    pa[which][k] = from;
    pb[which][k] = to;
    prev[which][k] = reversed;
  }

  /**
   * Whether a move whose distance changes by {@code dd} and whose routes end with loads
   * {@code loadA} (route a) and {@code loadB} (route b, or -1 for an intra-route move) cannot improve:
   * its delta is at least {@code dd} plus the new capacity penalties minus the old penalties, since
   * new time warp costs at least nothing. Without time windows that bound is the exact delta.
   */
  boolean cannotImprove(double dd, int a, long loadA, int b, long loadB) {
    if (!pruning) {
      return false;
    }
    double bound = dd + capacityPenalty * Math.max(0, loadA - capacity) - (rCost[a] - rDist[a]);
    if (b >= 0) {
      bound += capacityPenalty * Math.max(0, loadB - capacity) - (rCost[b] - rDist[b]);
    }
    return bound > -EPS;
  }

  /** Distance from node i to node j. */
  double d(int i, int j) {
    double[] dd = dist;
    return dd != null ? dd[i * n + j] : ci.dist(i, j);
  }

  /** Travel time from node i to node j. */
  double t(int i, int j) {
    double[] tt = time;
    return tt != null ? tt[i * n + j] : ci.time(i, j);
  }

  /** Load of positions a..b of route r. */
  long load(int r, int a, int b) {
    return cumLoad[r][b] - (a > 0 ? cumLoad[r][a - 1] : 0);
  }

  /** Penalised cost change of the described move. */
  double delta() {
    double d = routeCost(0) - rCost[touchedA];
    if (touchedB >= 0) {
      d += routeCost(1) - rCost[touchedB];
    }
    return d;
  }

  /** Penalised cost of new route {@code which} built from its pieces. */
  double routeCost(int which) {
    int count = np[which];
    int[] rs = pr[which];
    int[] as = pa[which];
    int[] bs = pb[which];
    boolean[] rev = prev[which];
    double d = 0;
    long load = 0;
    int last = -1;
    double aDur = 0;
    double aTw = 0;
    double aE = 0;
    double aL = 0;
    for (int k = 0; k < count; k++) {
      int r = rs[k];
      int a = as[k];
      int b = bs[k];
      int[] nodes = node[r];
      int first = rev[k] ? nodes[b] : nodes[a];
      if (last >= 0) {
        d += d(last, first);
      }
      d += rev[k] ? cumRev[r][b] - cumRev[r][a] : cumDist[r][b] - cumDist[r][a];
      load += cumLoad[r][b] - (a > 0 ? cumLoad[r][a - 1] : 0);
      if (tw) {
        pieceSegment(r, a, b, rev[k]);
        if (last < 0) {
          aDur = sDur;
          aTw = sTw;
          aE = sE;
          aL = sL;
        } else {
          merge(aDur, aTw, aE, aL, t(last, first), sDur, sTw, sE, sL);
          aDur = sDur;
          aTw = sTw;
          aE = sE;
          aL = sL;
        }
      }
      last = rev[k] ? nodes[a] : nodes[b];
    }
    return d + penalty(load, aTw);
  }

  double penalty(long load, double timeWarp) {
    return capacityPenalty * Math.max(0, load - capacity) + timeWarpPenalty * timeWarp;
  }

  /** Time-warp segment of positions a..b of route r (reversed: b down to a), into the s* fields. */
  private void pieceSegment(int r, int a, int b, boolean reversed) {
    int[] nodes = node[r];
    if (!reversed && a == 0) {
      sDur = fDur[r][b];
      sTw = fTw[r][b];
      sE = fE[r][b];
      sL = fL[r][b];
      return;
    }
    if (!reversed && b == len[r] + 1) {
      sDur = bDur[r][a];
      sTw = bTw[r][a];
      sE = bE[r][a];
      sL = bL[r][a];
      return;
    }
    int step = reversed ? -1 : 1;
    int p = reversed ? b : a;
    int end = reversed ? a : b;
    int v = nodes[p];
    double cDur = service[v];
    double cTw = 0;
    double cE = ready[v];
    double cL = due[v];
    while (p != end) {
      int w = nodes[p + step];
      merge(cDur, cTw, cE, cL, t(v, w), service[w], 0, ready[w], due[w]);
      cDur = sDur;
      cTw = sTw;
      cE = sE;
      cL = sL;
      v = w;
      p += step;
    }
    sDur = cDur;
    sTw = cTw;
    sE = cE;
    sL = cL;
  }

  /** Concatenates segment A, a trip of {@code t}, and segment B (Vidal et al. 2013); result in s*. */
  private void merge(double dA, double twA, double eA, double lA, double t, double dB, double twB, double eB,
      double lB) {
    double delta = dA - twA + t;
    double waitB = Math.max(eB - delta - lA, 0);
    double warpB = Math.max(eA + delta - lB, 0);
    sDur = dA + dB + t + waitB;
    sTw = twA + twB + warpB;
    sE = Math.max(eB - delta, eA) - waitB;
    sL = Math.min(lB - delta, lA) + warpB;
  }

  /** Applies the last described move. */
  void apply() {
    int la = materialise(0, buffer[0]);
    int lb = touchedB >= 0 ? materialise(1, buffer[1]) : 0;
    install(touchedA, buffer[0], la);
    if (touchedB >= 0) {
      install(touchedB, buffer[1], lb);
    }
    moveCount++;
    whenModified[touchedA] = moveCount;
    if (touchedB >= 0) {
      whenModified[touchedB] = moveCount;
    }
  }

  private int materialise(int which, int[] out) {
    int m = 0;
    for (int k = 0; k < np[which]; k++) {
      int[] nodes = node[pr[which][k]];
      if (prev[which][k]) {
        for (int p = pb[which][k]; p >= pa[which][k]; p--) {
          out[m++] = nodes[p];
        }
      } else {
        for (int p = pa[which][k]; p <= pb[which][k]; p++) {
          out[m++] = nodes[p];
        }
      }
    }
    return m;
  }

  private void install(int r, int[] seq, int m) {
    // seq holds depot, customers..., depot (pieces may carry depots from other routes: normalise)
    ensureRoom(r, m + 2);
    int[] nodes = node[r];
    int c = 0;
    nodes[0] = 0;
    for (int i = 0; i < m; i++) {
      if (seq[i] != 0) {
        nodes[++c] = seq[i];
      }
    }
    nodes[c + 1] = 0;
    len[r] = c;
    update(r);
  }

  /** Grows route r's position arrays (by half at least) to hold {@code size} positions. */
  private void ensureRoom(int r, int size) {
    if (node[r].length >= size) {
      return;
    }
    int cap = Math.min(n + 1, Math.max(size, node[r].length + node[r].length / 2));
    node[r] = java.util.Arrays.copyOf(node[r], cap);
    cumLoad[r] = new long[cap];
    cumDist[r] = new double[cap];
    cumRev[r] = new double[cap];
    if (tw) {
      fDur[r] = new double[cap];
      fTw[r] = new double[cap];
      fE[r] = new double[cap];
      fL[r] = new double[cap];
      bDur[r] = new double[cap];
      bTw[r] = new double[cap];
      bE[r] = new double[cap];
      bL[r] = new double[cap];
    }
  }

  /** Recomputes route r's position data after its nodes changed. */
  void update(int r) {
    int[] nodes = node[r];
    int end = len[r] + 1;
    long[] cl = cumLoad[r];
    double[] cd = cumDist[r];
    double[] cr = cumRev[r];
    cl[0] = 0;
    cd[0] = 0;
    cr[0] = 0;
    for (int p = 1; p <= end; p++) {
      int a = nodes[p - 1];
      int b = nodes[p];
      cl[p] = cl[p - 1] + demand[b];
      cd[p] = cd[p - 1] + d(a, b);
      cr[p] = cr[p - 1] + d(b, a);
      if (b != 0) {
        routeOf[b] = r;
        posOf[b] = p;
      }
    }
    rDist[r] = cd[end];
    rLoad[r] = cl[end];
    if (tw) {
      double[] fd = fDur[r];
      double[] ft = fTw[r];
      double[] fe = fE[r];
      double[] fl = fL[r];
      fd[0] = 0;
      ft[0] = 0;
      fe[0] = ready[0];
      fl[0] = due[0];
      for (int p = 1; p <= end; p++) {
        int a = nodes[p - 1];
        int b = nodes[p];
        merge(fd[p - 1], ft[p - 1], fe[p - 1], fl[p - 1], t(a, b), service[b], 0, ready[b], due[b]);
        fd[p] = sDur;
        ft[p] = sTw;
        fe[p] = sE;
        fl[p] = sL;
      }
      double[] bd = bDur[r];
      double[] bt = bTw[r];
      double[] be = bE[r];
      double[] bl = bL[r];
      bd[end] = 0;
      bt[end] = 0;
      be[end] = ready[0];
      bl[end] = due[0];
      for (int p = end - 1; p >= 0; p--) {
        int a = nodes[p];
        int b = nodes[p + 1];
        merge(service[a], 0, ready[a], due[a], t(a, b), bd[p + 1], bt[p + 1], be[p + 1], bl[p + 1]);
        bd[p] = sDur;
        bt[p] = sTw;
        be[p] = sE;
        bl[p] = sL;
      }
      rTw[r] = ft[end];
    } else {
      rTw[r] = 0;
    }
    rCost[r] = rDist[r] + penalty(rLoad[r], rTw[r]);
    if (coords && len[r] > 0) {
      int s = angle[nodes[1]];
      int e = s;
      for (int p = 2; p <= len[r]; p++) {
        int a = angle[nodes[p]];
        if (Math.floorMod(a - s, 65536) > Math.floorMod(e - s, 65536)) {
          if (Math.floorMod(a - e, 65536) <= Math.floorMod(s - a, 65536)) {
            e = a;
          } else {
            s = a;
          }
        }
      }
      sectorStart[r] = s;
      sectorEnd[r] = e;
    }
  }

  private boolean overlap(int a, int b) {
    if (!coords) {
      return true;
    }
    return Math.floorMod(sectorStart[b] - sectorStart[a], 65536) <= Math.floorMod(sectorEnd[a] - sectorStart[a], 65536)
        || Math.floorMod(sectorStart[a] - sectorStart[b], 65536) <= Math.floorMod(sectorEnd[b] - sectorStart[b], 65536);
  }

  private void shuffle(int[] a, int m) {
    for (int i = m - 1; i > 0; i--) {
      int j = rng.nextInt(i + 1);
      int t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
  }

  // ---- results --------------------------------------------------------------------------------

  /** Total penalised cost. */
  public double penalisedCost() {
    double c = 0;
    for (int r = 0; r < nRoutes; r++) {
      c += rCost[r];
    }
    return c;
  }

  /** Total distance. */
  public double distance() {
    double c = 0;
    for (int r = 0; r < nRoutes; r++) {
      c += rDist[r];
    }
    return c;
  }

  /** Total load above capacity. */
  public long excessLoad() {
    long c = 0;
    for (int r = 0; r < nRoutes; r++) {
      c += Math.max(0, rLoad[r] - capacity);
    }
    return c;
  }

  /** Total time warp. */
  public double timeWarp() {
    double c = 0;
    for (int r = 0; r < nRoutes; r++) {
      c += rTw[r];
    }
    return c;
  }

  /** Whether no capacity or time-window constraint is broken. */
  public boolean feasible() {
    return excessLoad() == 0 && timeWarp() <= EPS;
  }

  /** The non-empty routes as arrays of customer nodes. */
  public List<int[]> routes() {
    List<int[]> out = new ArrayList<>();
    for (int r = 0; r < nRoutes; r++) {
      if (len[r] > 0) {
        out.add(java.util.Arrays.copyOfRange(node[r], 1, len[r] + 1));
      }
    }
    return out;
  }

  /** Number of moves applied since {@link #load}. */
  public long moves() {
    return moveCount;
  }

  /**
   * Number of moves evaluated since this object was created (every operator call past its guard
   * clauses, whether settled by the O(1) bound or the full concatenation; SWAP* counts each pair).
   */
  public long evaluations() {
    return evaluations;
  }

  /** Number of SWAP* moves applied since this object was created. */
  public long swapStarMoves() {
    return swapStarMoves;
  }

  /** The longest neighbour list: the granularity in force (n - 2 when every other customer is a neighbour). */
  public int neighbourhoodSize() {
    int most = 0;
    for (int[] nb : neighbours) {
      most = Math.max(most, nb.length);
    }
    return most;
  }

  /** The route currently holding customer {@code v}, and its position there (1-based). */
  public int routeOf(int v) {
    return routeOf[v];
  }

  /** Position (1-based) of customer {@code v} in its route. */
  public int positionOf(int v) {
    return posOf[v];
  }

  /** Number of customers on route r. */
  public int routeLength(int r) {
    return len[r];
  }

  /** Node at position p of route r (0 = depot at both ends). */
  public int nodeAt(int r, int p) {
    return node[r][p];
  }

  /** Number of route slots (some may be empty). */
  public int routeSlots() {
    return nRoutes;
  }
}
