package org.routeforge.solver.search;

/**
 * Relocate: move customer u (or u and its successor x, in order or reversed) to right after position
 * pv of a route (HGS moves 1, 2 and 3).
 */
final class Relocate {
  /** Move u alone. */
  static final int SINGLE = 0;
  /** Move u and x, keeping their order. */
  static final int PAIR = 1;
  /** Move u and x as x, u. */
  static final int PAIR_REVERSED = 2;

  private Relocate() {}

  /** Penalised cost delta of the move (pieces left in {@code ls}); +inf when it does not apply or
   * provably cannot improve. */
  static double evaluate(LocalSearch ls, int ru, int pu, int rv, int pv, int variant) {
    int lu = ls.len[ru];
    int size = variant == SINGLE ? 1 : 2;
    int last = pu + size - 1;
    if (last > lu) {
      return Double.POSITIVE_INFINITY; // x would be the depot
    }
    boolean rev = variant == PAIR_REVERSED;
    if (ru == rv && pv >= pu - 1 && pv <= last && !(rev && pv == pu - 1)) {
      return Double.POSITIVE_INFINITY; // same route, same place
    }
    ls.evaluations++;
    int[] nu = ls.node[ru];
    int[] nv = ls.node[rv];
    int f = nu[pu];
    int l = nu[last];
    int first = rev ? l : f;
    int lastIn = rev ? f : l;
    int v = nv[pv];
    int y = nv[pv + 1];
    double dd = ls.d(nu[pu - 1], nu[last + 1]) - ls.d(nu[pu - 1], f) - ls.d(l, nu[last + 1])
        + ls.d(v, first) + ls.d(lastIn, y) - ls.d(v, y) + (rev ? ls.d(l, f) - ls.d(f, l) : 0);
    long seg = ls.load(ru, pu, last);
    // (the in-place reversal x, u right after p shares edges with the removal: no shortcut formula)
    boolean inPlace = ru == rv && pv == pu - 1;
    boolean hopeless = ru != rv
        ? ls.cannotImprove(dd, ru, ls.rLoad[ru] - seg, rv, ls.rLoad[rv] + seg)
        : !inPlace && ls.cannotImprove(dd, ru, ls.rLoad[ru], -1, 0);
    if (hopeless) {
      return Double.POSITIVE_INFINITY;
    }
    if (ru != rv) {
      ls.begin(ru, rv);
      ls.piece(0, ru, 0, pu - 1, false);
      ls.piece(0, ru, last + 1, lu + 1, false);
      ls.piece(1, rv, 0, pv, false);
      ls.piece(1, ru, pu, last, rev);
      ls.piece(1, rv, pv + 1, ls.len[rv] + 1, false);
      return ls.delta();
    }
    ls.begin(ru, -1);
    if (pv > last) {
      ls.piece(0, ru, 0, pu - 1, false);
      ls.piece(0, ru, last + 1, pv, false);
      ls.piece(0, ru, pu, last, rev);
      ls.piece(0, ru, pv + 1, lu + 1, false);
    } else {
      ls.piece(0, ru, 0, pv, false);
      ls.piece(0, ru, pu, last, rev);
      ls.piece(0, ru, pv + 1, pu - 1, false);
      ls.piece(0, ru, last + 1, lu + 1, false);
    }
    return ls.delta();
  }
}
