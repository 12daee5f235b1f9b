package org.routeforge.solver.rich;

import org.routeforge.solver.problem.Features;

/**
 * Exchange: stops {@code u} and {@code v} (neither of them a shipment end, neither locked) trade
 * places, on one route or between two.
 */
final class ExchangeOperator extends NodeOperator {
  /** The two stops of the move priced last from segments. */
  private int exchanged;
  private int withStop;

  ExchangeOperator(RichSearch search) {
    super(search);
  }

  @Override
  String name() {
    return "exchange";
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
    if (ru < 0 || rv < 0 || search.partner[u] >= 0 || search.partner[v] >= 0 || search.lockVeh[u] >= 0
        || search.lockVeh[v] >= 0 || !search.canServe(u, rv) || !search.canServe(v, ru)) {
      return INF;
    }
    if ((ru != rv || Math.abs(position(st, u) - position(st, v)) >= 2) && prune(bound(st, u, ru, v, rv))) {
      return INF; // in one route, stops apart: each exchange touches its own two edges
    }
    RouteSegments segments = ru != rv ? search.segmentsOf(st) : null;
    if (segments != null) {
      int pu = position(st, u);
      int pv = position(st, v);
      firstVehicle = ru;
      firstLen = st.len[ru];
      firstCost = segments.replace(st, ru, pu, v);
      firstEnd = segments.lastEnd;
      if (firstCost == INF) {
        return INF;
      }
      secondVehicle = rv;
      secondLen = st.len[rv];
      secondCost = segments.replace(st, rv, pv, u);
      secondEnd = segments.lastEnd;
      if (secondCost == INF) {
        return INF;
      }
      exchanged = u;
      withStop = v;
      pricedFromSegments(st);
      return delta(st);
    }
    int lu = st.len[ru];
    System.arraycopy(st.seq[ru], 0, first, 0, lu);
    secondVehicle = -1;
    if (ru == rv) {
      swapIn(first, lu, u, v);
      return priceFirst(ru, lu) ? delta(st) : INF;
    }
    swapIn(first, lu, u, v);
    int lv = st.len[rv];
    System.arraycopy(st.seq[rv], 0, second, 0, lv);
    swapIn(second, lv, v, u);
    return priceFirst(ru, lu) && priceSecond(rv, lv) ? delta(st) : INF;
  }

  @Override
  void writeRoutes(RichSearch.State st) {
    System.arraycopy(st.seq[firstVehicle], 0, first, 0, firstLen);
    swapIn(first, firstLen, exchanged, withStop);
    System.arraycopy(st.seq[secondVehicle], 0, second, 0, secondLen);
    swapIn(second, secondLen, withStop, exchanged);
  }

  /** The exact distance cost of exchanging {@code u} and {@code v} on two routes. */
  private double bound(RichSearch.State st, int u, int ru, int v, int rv) {
    int pu = position(st, u);
    int pv = position(st, v);
    int lu = search.location(u);
    int lv = search.location(v);
    return search.costPerDistance(ru) * swapped(st, ru, pu, lu, lv) + search.costPerDistance(rv) * swapped(st, rv, pv, lv, lu);
  }

  /** The distance change on route {@code r} when the stop at {@code p} (at {@code from}) is replaced by one at {@code to}. */
  private double swapped(RichSearch.State st, int r, int p, int from, int to) {
    int prev = search.locationAt(st, r, p - 1);
    int next = search.locationAt(st, r, p + 1);
    return search.legDistance(prev, to) + search.legDistance(to, next) - search.legDistance(prev, from)
        - search.legDistance(from, next);
  }

  /** Replaces {@code a} by {@code b} and {@code b} by {@code a} in {@code seq[0..len)}. */
  private static void swapIn(int[] seq, int len, int a, int b) {
    for (int i = 0; i < len; i++) {
      if (seq[i] == a) {
        seq[i] = b;
      } else if (seq[i] == b) {
        seq[i] = a;
      }
    }
  }
}
