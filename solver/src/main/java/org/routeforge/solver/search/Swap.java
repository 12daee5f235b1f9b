package org.routeforge.solver.search;

/**
 * Swap: exchange customer u (or u and its successor x) with customer v (or v and its successor y)
 * (HGS moves 4, 5 and 6: 1-1, 2-1 and 2-2).
 */
final class Swap {
  /** u with v. */
  static final int ONE_ONE = 0;
  /** (u, x) with v. */
  static final int TWO_ONE = 1;
  /** (u, x) with (v, y). */
  static final int TWO_TWO = 2;

  private Swap() {}

  /** Penalised cost delta of the move (pieces left in {@code ls}); +inf when it does not apply or
   * provably cannot improve. */
  static double evaluate(LocalSearch ls, int ru, int pu, int rv, int pv, int variant) {
    int lu = ls.len[ru];
    int lv = ls.len[rv];
    int su = variant == ONE_ONE ? 1 : 2;
    int sv = variant == TWO_TWO ? 2 : 1;
    int eu = pu + su - 1;
    int ev = pv + sv - 1;
    if (pv == 0 || eu > lu || ev > lv) {
      return Double.POSITIVE_INFINITY; // a depot would move
    }
    ls.evaluations++;
    if (ru != rv) {
      int[] nu = ls.node[ru];
      int[] nv = ls.node[rv];
      int pa = nu[pu - 1];
      int aa = nu[eu + 1];
      int pb = nv[pv - 1];
      int ab = nv[ev + 1];
      double dd = ls.d(pa, nv[pv]) + ls.d(nv[ev], aa) - ls.d(pa, nu[pu]) - ls.d(nu[eu], aa)
          + ls.d(pb, nu[pu]) + ls.d(nu[eu], ab) - ls.d(pb, nv[pv]) - ls.d(nv[ev], ab);
      long shift = ls.load(rv, pv, ev) - ls.load(ru, pu, eu);
      if (ls.cannotImprove(dd, ru, ls.rLoad[ru] + shift, rv, ls.rLoad[rv] - shift)) {
        return Double.POSITIVE_INFINITY;
      }
      ls.begin(ru, rv);
      ls.piece(0, ru, 0, pu - 1, false);
      ls.piece(0, rv, pv, ev, false);
      ls.piece(0, ru, eu + 1, lu + 1, false);
      ls.piece(1, rv, 0, pv - 1, false);
      ls.piece(1, ru, pu, eu, false);
      ls.piece(1, rv, ev + 1, lv + 1, false);
      return ls.delta();
    }
    if (ev >= pu && pv <= eu) {
      return Double.POSITIVE_INFINITY; // overlapping segments
    }
    if (eu + 1 < pv || ev + 1 < pu) {
      // segments apart (not touching): the same four-arc exchange as between routes
      int[] nu = ls.node[ru];
      double dd = ls.d(nu[pu - 1], nu[pv]) + ls.d(nu[ev], nu[eu + 1]) - ls.d(nu[pu - 1], nu[pu])
          - ls.d(nu[eu], nu[eu + 1]) + ls.d(nu[pv - 1], nu[pu]) + ls.d(nu[eu], nu[ev + 1])
          - ls.d(nu[pv - 1], nu[pv]) - ls.d(nu[ev], nu[ev + 1]);
      if (ls.cannotImprove(dd, ru, ls.rLoad[ru], -1, 0)) {
        return Double.POSITIVE_INFINITY;
      }
    }
    ls.begin(ru, -1);
    if (pu < pv) {
      ls.piece(0, ru, 0, pu - 1, false);
      ls.piece(0, ru, pv, ev, false);
      ls.piece(0, ru, eu + 1, pv - 1, false);
      ls.piece(0, ru, pu, eu, false);
      ls.piece(0, ru, ev + 1, lu + 1, false);
    } else {
      ls.piece(0, ru, 0, pv - 1, false);
      ls.piece(0, ru, pu, eu, false);
      ls.piece(0, ru, ev + 1, pu - 1, false);
      ls.piece(0, ru, pv, ev, false);
      ls.piece(0, ru, eu + 1, lu + 1, false);
    }
    return ls.delta();
  }
}
