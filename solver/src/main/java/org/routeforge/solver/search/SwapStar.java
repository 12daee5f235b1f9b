package org.routeforge.solver.search;

/**
 * SWAP* (Vidal 2022): exchange u of one route with v of another, each reinserted at its best position
 * in the other route (not necessarily the place the other left). For each customer the three
 * cheapest insertion places into the other route are precomputed, so the best pair is found in
 * O(|U| |V|); the chosen move is then re-evaluated exactly (time windows included) before it is
 * applied. Route pairs are pruned by polar-sector overlap in {@link LocalSearch}.
 *
 * <p>The cache of insertion places holds a row of {@code 3 n} entries per route; when that would take
 * more than {@value #CACHE_BYTES} bytes (large instances) only two rows exist, refilled on every call.
 */
final class SwapStar {
  /** Most memory the per-route insertion cache may take. */
  static final long CACHE_BYTES = 64L << 20;
  private final LocalSearch ls;
  /** Whether each route has its own cache row; else rows 0 and 1 serve the pair of the current call. */
  private final boolean cached;
  private int firstRoute;
  private long call;
  // per route r2 and customer u: the three cheapest places to insert u into r2, and when computed
  // (valid while r2 is unchanged, as in HGS's preprocessInsertions)
  private final double[][] bestCost;
  private final int[][] bestPos;
  private final long[][] computedAt;
  private final double[] removal;

  SwapStar(LocalSearch ls) {
    this(ls, CACHE_BYTES);
  }

  /** SWAP* whose per-route cache may take {@code cacheBytes} (0: always the two refilled rows). */
  SwapStar(LocalSearch ls, long cacheBytes) {
    this.ls = ls;
    this.cached = 44L * ls.maxRoutes * ls.n <= cacheBytes;
    int rows = cached ? ls.maxRoutes : 2;
    this.bestCost = new double[rows][3 * ls.n];
    this.bestPos = new int[rows][3 * ls.n];
    this.computedAt = new long[rows][ls.n];
    this.removal = new double[ls.n];
    reset();
  }

  /** Forgets every cached insertion (the routes were reloaded). */
  void reset() {
    for (long[] row : computedAt) {
      java.util.Arrays.fill(row, -1);
    }
  }

  /** Finds and applies the best SWAP* between routes ru and rv; whether it improved. */
  boolean run(int ru, int rv) {
    firstRoute = rv;
    call++;
    preprocess(ru, rv);
    preprocess(rv, ru);
    int lu = ls.len[ru];
    int lv = ls.len[rv];
    int[] nu = ls.node[ru];
    int[] nv = ls.node[rv];
    long loadU = ls.rLoad[ru];
    long loadV = ls.rLoad[rv];
    double penU = ls.capacityPenalty * Math.max(0, loadU - ls.capacity);
    double penV = ls.capacityPenalty * Math.max(0, loadV - ls.capacity);
    double best = -LocalSearch.EPS;
    int bu = -1;
    int bv = -1;
    int qu = -1;
    int qv = -1;
    ls.evaluations += (long) lu * lv;
    for (int pu = 1; pu <= lu; pu++) {
      int u = nu[pu];
      for (int pv = 1; pv <= lv; pv++) {
        int v = nv[pv];
        long shift = ls.demand[v] - ls.demand[u];
        double dPenU = ls.capacityPenalty * Math.max(0, loadU + shift - ls.capacity) - penU;
        double dPenV = ls.capacityPenalty * Math.max(0, loadV - shift - ls.capacity) - penV;
        double base = dPenU + removal[u] + dPenV + removal[v];
        if (base > best) {
          continue; // insertion costs are at least the cheapest, which removal already discounts
        }
        int insU = cheapest(u, rv, pv);
        double costU = lastCost;
        int insV = cheapest(v, ru, pu);
        double costV = lastCost;
        double total = base + costU + costV;
        if (total < best) {
          best = total;
          bu = pu;
          bv = pv;
          qu = insV;
          qv = insU;
        }
      }
    }
    if (bu < 0) {
      return false;
    }
    ls.begin(ru, rv);
    build(0, ru, bu, qu, rv, bv);
    build(1, rv, bv, qv, ru, bu);
    if (ls.delta() < -LocalSearch.EPS) {
      ls.apply();
      return true;
    }
    return false;
  }

  private double lastCost;

  /** The cache row of route r. */
  private int row(int r) {
    return cached ? r : r == firstRoute ? 0 : 1;
  }

  /**
   * Cheapest place to insert node w (of the other route) into route r once the node at position
   * {@code out} leaves it: returns the position after which to insert and sets {@link #lastCost}.
   */
  private int cheapest(int w, int r, int out) {
    int[] nodes = ls.node[r];
    int pred = nodes[out - 1];
    int succ = nodes[out + 1];
    double c = ls.d(pred, w) + ls.d(w, succ) - ls.d(pred, succ);
    int pos = out - 1;
    int[] bp = bestPos[row(r)];
    double[] bc = bestCost[row(r)];
    for (int k = 3 * w; k < 3 * w + 3; k++) {
      int p = bp[k];
      if (p >= 0 && p != out && p + 1 != out && bc[k] < c) {
        c = bc[k];
        pos = p;
        break;
      }
    }
    lastCost = c;
    return pos;
  }

  /** Route {@code which}: route r without position out, with node at (or, op) inserted after q. */
  private void build(int which, int r, int out, int q, int or, int op) {
    int end = ls.len[r] + 1;
    if (q < out) {
      ls.piece(which, r, 0, q, false);
      ls.piece(which, or, op, op, false);
      ls.piece(which, r, q + 1, out - 1, false);
      ls.piece(which, r, out + 1, end, false);
    } else {
      ls.piece(which, r, 0, out - 1, false);
      ls.piece(which, r, out + 1, q, false);
      ls.piece(which, or, op, op, false);
      ls.piece(which, r, q + 1, end, false);
    }
  }

  /** For each customer of r1: its removal gain and its three cheapest insertion places in r2. */
  private void preprocess(int r1, int r2) {
    int[] a = ls.node[r1];
    int[] b = ls.node[r2];
    int l1 = ls.len[r1];
    int l2 = ls.len[r2];
    double[] bc = bestCost[row(r2)];
    int[] bp = bestPos[row(r2)];
    long[] at = computedAt[row(r2)];
    // cached: valid while r2 is unchanged; uncached: computed in this call
    long valid = cached ? ls.whenModified[r2] : call;
    for (int p = 1; p <= l1; p++) {
      int u = a[p];
      removal[u] = ls.d(a[p - 1], a[p + 1]) - ls.d(a[p - 1], u) - ls.d(u, a[p + 1]);
      if (at[u] >= valid) {
        continue; // r2 unchanged since u's insertions into it were computed
      }
      at[u] = cached ? ls.moveCount : call;
      int k0 = 3 * u;
      bc[k0] = Double.POSITIVE_INFINITY;
      bc[k0 + 1] = Double.POSITIVE_INFINITY;
      bc[k0 + 2] = Double.POSITIVE_INFINITY;
      bp[k0] = -1;
      bp[k0 + 1] = -1;
      bp[k0 + 2] = -1;
      for (int q = 0; q <= l2; q++) {
        double c = ls.d(b[q], u) + ls.d(u, b[q + 1]) - ls.d(b[q], b[q + 1]);
        if (c < bc[k0 + 2]) {
          if (c < bc[k0 + 1]) {
            bc[k0 + 2] = bc[k0 + 1];
            bp[k0 + 2] = bp[k0 + 1];
            if (c < bc[k0]) {
              bc[k0 + 1] = bc[k0];
              bp[k0 + 1] = bp[k0];
              bc[k0] = c;
              bp[k0] = q;
            } else {
              bc[k0 + 1] = c;
              bp[k0 + 1] = q;
            }
          } else {
            bc[k0 + 2] = c;
            bp[k0 + 2] = q;
          }
        }
      }
    }
  }
}
