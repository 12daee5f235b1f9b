package org.routeforge.solver.search;

/**
 * Intra-route 2-opt: replace arcs (u, x) and (v, y) by (u, v) and (x, y), reversing x..v (HGS move 7).
 * Either order of u and v in the route is handled.
 */
final class TwoOpt {
  private TwoOpt() {}

  /** Penalised cost delta of the move (pieces left in {@code ls}); +inf when it does not apply or
   * provably cannot improve. */
  static double evaluate(LocalSearch ls, int r, int pu, int pv) {
    int a = Math.min(pu, pv);
    int b = Math.max(pu, pv);
    if (b <= a + 1) {
      return Double.POSITIVE_INFINITY; // nothing to reverse
    }
    ls.evaluations++;
    int[] nodes = ls.node[r];
    double dd = ls.d(nodes[a], nodes[b]) + ls.d(nodes[a + 1], nodes[b + 1]) - ls.d(nodes[a], nodes[a + 1])
        - ls.d(nodes[b], nodes[b + 1]) + ls.cumRev[r][b] - ls.cumRev[r][a + 1] - ls.cumDist[r][b]
        + ls.cumDist[r][a + 1];
    if (ls.cannotImprove(dd, r, ls.rLoad[r], -1, 0)) {
      return Double.POSITIVE_INFINITY;
    }
    ls.begin(r, -1);
    ls.piece(0, r, 0, a, false);
    ls.piece(0, r, a + 1, b, true);
    ls.piece(0, r, b + 1, ls.len[r] + 1, false);
    return ls.delta();
  }
}
