package org.routeforge.solver.rich;

import org.routeforge.solver.problem.Features;

/**
 * 2-opt*: the routes of {@code u} and {@code v} exchange their tails, so that {@code u} is followed
 * by what followed {@code v} and the other way round. A tail that holds a locked stop, a stop the
 * other vehicle cannot serve, or one end of a shipment whose other end stays behind is not moved.
 */
final class TwoOptStarOperator extends NodeOperator {
  private final int[] stamp;
  private int mark;
  /** The cut positions of the move priced last from segments. */
  private int cutU;
  private int cutV;

  TwoOptStarOperator(RichSearch search) {
    super(search);
    stamp = new int[search.n];
  }

  @Override
  String name() {
    return "2-opt*";
  }

  @Override
  boolean supports(Features features) {
    return true;
  }

  @Override
  double evaluate(RichSearch.State st, int u, int v) {
    clearPending();
    int ru = st.routeOf[u];
    int rv = st.routeOf[v];
    if (ru < 0 || rv < 0 || ru == rv) {
      return INF;
    }
    int pu = position(st, u);
    int pv = position(st, v);
    int[] su = st.seq[ru];
    int[] sv = st.seq[rv];
    int lu = st.len[ru];
    int lv = st.len[rv];
    if (search.costPerDistance(ru) == search.costPerDistance(rv)
        && prune(search.costPerDistance(ru) * distanceChange(st, ru, pu, rv, pv))) {
      return INF;
    }
    if (!search.freeTails && (!movable(su, pu, lu, rv) || !movable(sv, pv, lv, ru))) {
      return INF;
    }
    RouteSegments segments = search.segmentsOf(st);
    if (segments != null) {
      firstVehicle = ru;
      firstLen = pu + 1 + lv - pv - 1;
      firstCost = segments.tails(st, ru, pu + 1, rv, pv + 1);
      firstEnd = segments.lastEnd;
      if (firstCost == INF) {
        return INF;
      }
      secondVehicle = rv;
      secondLen = pv + 1 + lu - pu - 1;
      secondCost = segments.tails(st, rv, pv + 1, ru, pu + 1);
      secondEnd = segments.lastEnd;
      if (secondCost == INF) {
        return INF;
      }
      cutU = pu;
      cutV = pv;
      pricedFromSegments(st);
      return delta(st);
    }
    int l1 = tails(su, pu, sv, pv, lv, first);
    int l2 = tails(sv, pv, su, pu, lu, second);
    return priceFirst(ru, l1) && priceSecond(rv, l2) ? delta(st) : INF;
  }

  @Override
  void writeRoutes(RichSearch.State st) {
    tails(st.seq[firstVehicle], cutU, st.seq[secondVehicle], cutV, st.len[secondVehicle], first);
    tails(st.seq[secondVehicle], cutV, st.seq[firstVehicle], cutU, st.len[firstVehicle], second);
  }

  /** Writes {@code keep[0..cut]} followed by {@code tail(from+1..tailLen)} into {@code out}; returns its length. */
  private static int tails(int[] keep, int cut, int[] tail, int from, int tailLen, int[] out) {
    int l = 0;
    for (int i = 0; i <= cut; i++) {
      out[l++] = keep[i];
    }
    for (int i = from + 1; i < tailLen; i++) {
      out[l++] = tail[i];
    }
    return l;
  }

  /** The exact distance change of exchanging the tails after {@code pu} and {@code pv}: the edges that change. */
  private double distanceChange(RichSearch.State st, int ru, int pu, int rv, int pv) {
    int lu = search.locationAt(st, ru, pu);
    int lv = search.locationAt(st, rv, pv);
    int endU = search.locationAt(st, ru, st.len[ru]);
    int endV = search.locationAt(st, rv, st.len[rv]);
    boolean tailU = pu + 1 < st.len[ru];
    boolean tailV = pv + 1 < st.len[rv];
    int firstU = search.locationAt(st, ru, pu + 1);
    int firstV = search.locationAt(st, rv, pv + 1);
    int lastU = search.locationAt(st, ru, st.len[ru] - 1);
    int lastV = search.locationAt(st, rv, st.len[rv] - 1);
    double before = search.legDistance(lu, firstU) + search.legDistance(lv, firstV)
        + (tailU ? search.legDistance(lastU, endU) : 0) + (tailV ? search.legDistance(lastV, endV) : 0);
    double after = search.legDistance(lu, tailV ? firstV : endU) + (tailV ? search.legDistance(lastV, endU) : 0)
        + search.legDistance(lv, tailU ? firstU : endV) + (tailU ? search.legDistance(lastU, endV) : 0);
    return after - before;
  }

  /** Whether the tail {@code seq(cut..len)} may move to vehicle {@code to}. */
  private boolean movable(int[] seq, int cut, int len, int to) {
    mark++;
    for (int i = 0; i <= cut; i++) {
      stamp[seq[i]] = mark;
    }
    for (int i = cut + 1; i < len; i++) {
      int s = seq[i];
      int o = search.partner[s];
      if (search.lockVeh[s] >= 0 || !search.canServe(s, to) || (o >= 0 && stamp[o] == mark)) {
        return false;
      }
    }
    return true;
  }
}
