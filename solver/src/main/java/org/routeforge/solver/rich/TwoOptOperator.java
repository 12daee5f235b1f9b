package org.routeforge.solver.rich;

import org.routeforge.solver.problem.Features;

/**
 * 2-opt: on the route of {@code u} and {@code v}, {@code u} at an earlier position, the stops after
 * {@code u} up to {@code v} are driven in reverse. A reversal that holds a locked stop or both ends of
 * a shipment is not made.
 */
final class TwoOptOperator extends NodeOperator {
  private final int[] stamp;
  private int mark;

  TwoOptOperator(RichSearch search) {
    super(search);
    stamp = new int[search.n];
  }

  @Override
  String name() {
    return "2-opt";
  }

  @Override
  boolean supports(Features features) {
    return true;
  }

  @Override
  double evaluate(RichSearch.State st, int u, int v) {
    int r = st.routeOf[u];
    if (r < 0 || st.routeOf[v] != r) {
      return INF;
    }
    int pu = position(st, u);
    int pv = position(st, v);
    if (pv <= pu + 1) {
      return INF;
    }
    if (search.symmetric) {
      int lu = search.location(u);
      int lv = search.location(v);
      int su = search.locationAt(st, r, pu + 1);
      int sv = search.locationAt(st, r, pv + 1);
      double change = search.legDistance(lu, lv) + search.legDistance(su, sv) - search.legDistance(lu, su)
          - search.legDistance(lv, sv);
      if (prune(search.costPerDistance(r) * change)) {
        return INF;
      }
    }
    int[] seq = st.seq[r];
    mark++;
    for (int i = pu + 1; i <= pv; i++) {
      int s = seq[i];
      int o = search.partner[s];
      if (search.lockVeh[s] >= 0 || (o >= 0 && stamp[o] == mark)) {
        return INF;
      }
      stamp[s] = mark;
    }
    int len = st.len[r];
    System.arraycopy(seq, 0, first, 0, len);
    for (int i = pu + 1, j = pv; i < j; i++, j--) {
      int t = first[i];
      first[i] = first[j];
      first[j] = t;
    }
    secondVehicle = -1;
    return priceFirst(r, len) ? delta(st) : INF;
  }
}
