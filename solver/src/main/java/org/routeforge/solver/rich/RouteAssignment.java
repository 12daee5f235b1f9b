package org.routeforge.solver.rich;

/**
 * Route-to-vehicle assignment for mixed fleets: a whole route moves to an unused vehicle of another
 * type, or two routes of vehicles of different types trade vehicles, when the routes stay feasible
 * on their new vehicles and the objective improves (a cheaper vehicle, another depot, a vehicle
 * whose skills or capacity the route needs). Routes with locked stops keep their vehicle. Single-type
 * fleets have nothing to assign.
 */
final class RouteAssignment {
  private static final double EPS = 1e-6;

  private final RichSearch search;
  private final int[] a;
  private final int[] b;
  private long applied;

  RouteAssignment(RichSearch search) {
    this.search = search;
    a = new int[search.n + 2];
    b = new int[search.n + 2];
  }

  /** How many reassignments were applied so far. */
  long applied() {
    return applied;
  }

  /** Applies improving reassignments, first found first; returns whether any was applied. */
  boolean run(RichSearch.State st) {
    if (search.inst.vehicleTypes().size() < 2) {
      return false;
    }
    boolean any = false;
    for (int u = 0; u < search.vehicles; u++) {
      if (st.len[u] == 0 || locked(st, u)) {
        continue;
      }
      boolean moved = false;
      for (int w = 0; w < search.vehicles && !moved; w++) {
        if (w == u || search.fleet.typeOf(w) == search.fleet.typeOf(u) || locked(st, w)) {
          continue;
        }
        moved = st.len[w] == 0 ? moveTo(st, u, w) : swap(st, u, w);
      }
      any |= moved;
    }
    return any;
  }

  private boolean moveTo(RichSearch.State st, int u, int w) {
    if (w != search.fleet.firstUnused(st, search.fleet.typeOf(w))) {
      return false; // the unused vehicles of a type are alike: try the first only
    }
    int len = st.len[u];
    System.arraycopy(st.seq[u], 0, a, 0, len);
    if (!servable(a, len, w)) {
      return false;
    }
    double c = search.simulate(w, a, len);
    double end = search.lastEnd;
    if (c == Double.POSITIVE_INFINITY || !better(st, u, true, 0, 0, w, c, end)) {
      return false;
    }
    st.set(w, java.util.Arrays.copyOf(a, len), len, c, end);
    st.set(u, new int[0], 0, 0, 0);
    applied++;
    return true;
  }

  private boolean swap(RichSearch.State st, int u, int w) {
    int lu = st.len[u];
    int lw = st.len[w];
    System.arraycopy(st.seq[u], 0, a, 0, lu);
    System.arraycopy(st.seq[w], 0, b, 0, lw);
    if (!servable(a, lu, w) || !servable(b, lw, u)) {
      return false;
    }
    double cw = search.simulate(w, a, lu);
    double ew = search.lastEnd;
    if (cw == Double.POSITIVE_INFINITY) {
      return false;
    }
    double cu = search.simulate(u, b, lw);
    double eu = search.lastEnd;
    if (cu == Double.POSITIVE_INFINITY || !better(st, u, false, cu, eu, w, cw, ew)) {
      return false;
    }
    st.set(u, java.util.Arrays.copyOf(b, lw), lw, cu, eu);
    st.set(w, java.util.Arrays.copyOf(a, lu), lu, cw, ew);
    applied++;
    return true;
  }

  /**
   * Whether vehicles u (left without a route when {@code uEmpty}) and w with new costs and ends beat
   * the current ones in the objective's order.
   */
  private boolean better(RichSearch.State st, int u, boolean uEmpty, double cu, double eu, int w, double cw,
      double ew) {
    double delta = cu + cw - st.cost[u] - st.cost[w];
    if (!search.minMax) {
      return delta < -EPS;
    }
    double oldMk = st.makespan();
    double newMk = 0;
    for (int v = 0; v < search.vehicles; v++) {
      double end = v == u ? (uEmpty ? -1 : eu) : v == w ? ew : st.len[v] > 0 ? st.end[v] : -1;
      newMk = Math.max(newMk, end);
    }
    return newMk < oldMk - EPS || (newMk <= oldMk + EPS && delta < -EPS);
  }

  private boolean servable(int[] seq, int len, int v) {
    for (int i = 0; i < len; i++) {
      if (!search.canServe(seq[i], v)) {
        return false;
      }
    }
    return true;
  }

  private boolean locked(RichSearch.State st, int v) {
    for (int i = 0; i < st.len[v]; i++) {
      if (search.lockVeh[st.seq[v][i]] >= 0) {
        return true;
      }
    }
    return false;
  }
}
