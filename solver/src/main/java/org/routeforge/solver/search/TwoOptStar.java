package org.routeforge.solver.search;

/**
 * 2-opt* between two routes (HGS moves 8 and 9). Plain: u's route continues with v's tail and v's
 * route with u's tail (arcs (u, y) and (v, x)). Reversed: arcs (u, v) and (x, y), so u's route ends
 * with v's head reversed and v's route starts with u's tail reversed (no time windows: reversing a
 * long piece under windows is not O(1)).
 */
final class TwoOptStar {
  private TwoOptStar() {}

  /** Penalised cost delta of the move (pieces left in {@code ls}); +inf when the move provably cannot
   * improve. */
  static double evaluate(LocalSearch ls, int ru, int pu, int rv, int pv, boolean reversed) {
    ls.evaluations++;
    int lu = ls.len[ru];
    int lv = ls.len[rv];
    if (!reversed) {
      int[] nu = ls.node[ru];
      int[] nv = ls.node[rv];
      double dd = ls.d(nu[pu], nv[pv + 1]) + ls.d(nv[pv], nu[pu + 1]) - ls.d(nu[pu], nu[pu + 1])
          - ls.d(nv[pv], nv[pv + 1]);
      long headU = ls.cumLoad[ru][pu];
      long headV = ls.cumLoad[rv][pv];
      if (ls.cannotImprove(dd, ru, headU + ls.rLoad[rv] - headV, rv, headV + ls.rLoad[ru] - headU)) {
        return Double.POSITIVE_INFINITY;
      }
    }
    if (reversed) {
      int[] nu = ls.node[ru];
      int[] nv = ls.node[rv];
      double newU = ls.cumDist[ru][pu] + (pv >= 1
          ? ls.d(nu[pu], nv[pv]) + ls.cumRev[rv][pv] - ls.cumRev[rv][1] + ls.d(nv[1], 0)
          : ls.d(nu[pu], 0));
      double newV = (pu + 1 <= lu
          ? ls.d(0, nu[lu]) + ls.cumRev[ru][lu] - ls.cumRev[ru][pu + 1] + ls.d(nu[pu + 1], nv[pv + 1])
          : ls.d(0, nv[pv + 1])) + ls.rDist[rv] - ls.cumDist[rv][pv + 1];
      long headU = ls.cumLoad[ru][pu];
      long headV = ls.cumLoad[rv][pv];
      if (ls.cannotImprove(newU + newV - ls.rDist[ru] - ls.rDist[rv], ru, headU + headV, rv,
          ls.rLoad[ru] - headU + ls.rLoad[rv] - headV)) {
        return Double.POSITIVE_INFINITY;
      }
    }
    ls.begin(ru, rv);
    if (!reversed) {
      ls.piece(0, ru, 0, pu, false);
      ls.piece(0, rv, pv + 1, lv + 1, false);
      ls.piece(1, rv, 0, pv, false);
      ls.piece(1, ru, pu + 1, lu + 1, false);
    } else {
      ls.piece(0, ru, 0, pu, false);
      ls.piece(0, rv, 1, pv, true);
      ls.piece(0, ru, lu + 1, lu + 1, false);
      ls.piece(1, rv, 0, 0, false);
      ls.piece(1, ru, pu + 1, lu, true);
      ls.piece(1, rv, pv + 1, lv + 1, false);
    }
    return ls.delta();
  }
}
