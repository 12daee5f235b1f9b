package org.routeforge.solver.rich;

import org.routeforge.solver.problem.Features;

/**
 * Relocate: stop {@code u} moves right after or right before its neighbour {@code v}, on {@code v}'s
 * route. A shipment moves as a pair: the end that is {@code u} goes next to {@code v}, its partner to
 * the cheapest of a few feasible places on the same route that keep the pickup first: next to
 * {@code u}, at the route's end (start, for a pickup), or next to one of the partner's neighbours.
 */
final class RelocateOperator extends NodeOperator {
  /** The route {@code u} leaves, without {@code u} and its partner. */
  private final int[] base;
  /** The cheapest candidate for the route {@code u} joins. */
  private final int[] candidate;
  private int candidateLen;
  private double candidateCost;
  private double candidateEnd;
  /** Whether candidates are filtered by their distance change, and its parts for the current move. */
  private boolean filter;
  private double targetBefore;
  private double otherChange;
  /** A single stop's move between routes priced from segments: the stop, its index, its new index. */
  private int movedStop;
  private int fromIndex;
  private int toIndex;

  RelocateOperator(RichSearch search) {
    super(search);
    base = new int[search.n + 2];
    candidate = new int[search.n + 2];
  }

  @Override
  String name() {
    return "relocate";
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
    int o = search.partner[u];
    if (ru < 0 || rv < 0 || v == o || search.lockVeh[u] >= 0 || !search.canServe(u, rv)
        || (o >= 0 && !search.canServe(o, rv))) {
      return INF;
    }
    if (ru != rv && st.len[ru] > (o < 0 ? 1 : 2) && prune(bound(st, u, o, ru, v, rv))) {
      return INF;
    }
    if (ru == rv && o < 0 && Math.abs(position(st, u) - position(st, v)) >= 2 && prune(bound(st, u, o, ru, v, rv))) {
      return INF; // apart in one route: removing u and inserting it next to v touch different edges
    }
    RouteSegments segments = o < 0 && ru != rv ? search.segmentsOf(st) : null;
    if (segments != null) {
      return fromSegments(segments, st, u, ru, v, rv);
    }
    int baseLen = 0;
    int[] from = st.seq[ru];
    for (int i = 0; i < st.len[ru]; i++) {
      if (from[i] != u && from[i] != o) {
        base[baseLen++] = from[i];
      }
    }
    secondVehicle = -1;
    if (ru != rv) {
      System.arraycopy(base, 0, second, 0, baseLen);
      if (!priceSecond(ru, baseLen)) {
        return INF;
      }
    }
    int[] target = ru == rv ? base : st.seq[rv];
    int targetLen = ru == rv ? baseLen : st.len[rv];
    int pv = 0;
    while (target[pv] != v) {
      pv++;
    }
    candidateCost = INF;
    // distance priced: a candidate whose distance change is not negative cannot improve (unless u's
    // route empties, which saves its fixed cost), so it is skipped before the simulation
    filter = search.pruning && search.distancePriced && st.len[ru] > (o < 0 ? 1 : 2);
    if (filter) {
      double cv = search.costPerDistance(rv);
      targetBefore = cv * search.routeDistance(rv, st.seq[rv], st.len[rv]);
      otherChange = ru == rv ? 0 : search.costPerDistance(ru)
          * (search.routeDistance(ru, base, baseLen) - search.routeDistance(ru, st.seq[ru], st.len[ru]));
    }
    for (int at = pv; at <= pv + 1; at++) {
      if (o < 0) {
        place(st, target, targetLen, u, at, -1, -1, rv);
      } else if (search.isPickup(u)) {
        // the delivery right after the pickup, at the route's end, or next to one of its neighbours
        place(st, target, targetLen, u, at, o, at + 1, rv);
        place(st, target, targetLen, u, at, o, targetLen + 1, rv);
        for (int x : search.neighbours(o)) {
          int px = indexOf(target, targetLen, x);
          if (px >= at) {
            place(st, target, targetLen, u, at, o, px + 2, rv);
          }
        }
      } else {
        // the pickup right before the delivery, at the route's start, or next to one of its neighbours
        place(st, target, targetLen, u, at + 1, o, at, rv);
        place(st, target, targetLen, u, at + 1, o, 0, rv);
        for (int x : search.neighbours(o)) {
          int px = indexOf(target, targetLen, x);
          if (px >= 0 && px < at) {
            place(st, target, targetLen, u, at + 1, o, px + 1, rv);
          }
        }
      }
    }
    if (candidateCost == INF) {
      return INF;
    }
    System.arraycopy(candidate, 0, first, 0, candidateLen);
    firstVehicle = rv;
    firstLen = candidateLen;
    firstCost = candidateCost;
    firstEnd = candidateEnd;
    return delta(st);
  }

  /** A single stop between two routes, priced in O(1) from the route segments. */
  private double fromSegments(RouteSegments segments, RichSearch.State st, int u, int ru, int v, int rv) {
    int pu = position(st, u);
    secondVehicle = ru;
    secondLen = st.len[ru] - 1;
    secondCost = segments.remove(st, ru, pu);
    secondEnd = segments.lastEnd;
    if (secondCost == INF) {
      return INF;
    }
    int pv = position(st, v);
    firstVehicle = rv;
    firstLen = st.len[rv] + 1;
    firstCost = INF;
    for (int at = pv; at <= pv + 1; at++) {
      double c = segments.insert(st, rv, at, u);
      if (c < firstCost) {
        firstCost = c;
        firstEnd = segments.lastEnd;
        toIndex = at;
      }
    }
    if (firstCost == INF) {
      return INF;
    }
    movedStop = u;
    fromIndex = pu;
    pricedFromSegments(st);
    return delta(st);
  }

  @Override
  void writeRoutes(RichSearch.State st) {
    int[] from = st.seq[secondVehicle];
    int l = 0;
    for (int i = 0; i < secondLen + 1; i++) {
      if (i != fromIndex) {
        second[l++] = from[i];
      }
    }
    int[] to = st.seq[firstVehicle];
    int src = 0;
    for (int i = 0; i < firstLen; i++) {
      first[i] = i == toIndex ? movedStop : to[src++];
    }
  }

  /**
   * A lower bound of the move's distance cost between two routes that both stay in use: removing
   * {@code u} (and its partner) exactly, inserting {@code u} next to {@code v} exactly, and the
   * partner's insertion at no less than zero.
   */
  private double bound(RichSearch.State st, int u, int o, int ru, int v, int rv) {
    int pu = position(st, u);
    double removed;
    if (o < 0) {
      removed = removal(st, ru, pu, pu);
    } else {
      int po = position(st, o);
      int a = Math.min(pu, po);
      int b = Math.max(pu, po);
      removed = b == a + 1 ? removal(st, ru, a, b) : removal(st, ru, a, a) + removal(st, ru, b, b);
    }
    int pv = position(st, v);
    int lu = search.location(u);
    int lv = search.location(v);
    int next = search.locationAt(st, rv, pv + 1);
    int prev = search.locationAt(st, rv, pv - 1);
    double after = search.legDistance(lv, lu) + search.legDistance(lu, next) - search.legDistance(lv, next);
    double before = search.legDistance(prev, lu) + search.legDistance(lu, lv) - search.legDistance(prev, lv);
    return search.costPerDistance(ru) * removed + search.costPerDistance(rv) * Math.min(after, before);
  }

  /** The index of {@code s} in {@code seq[0..len)}, or -1. */
  private static int indexOf(int[] seq, int len, int s) {
    for (int i = 0; i < len; i++) {
      if (seq[i] == s) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Prices {@code target} with {@code u} at index {@code ui} of the new sequence and, when
   * {@code o >= 0}, {@code o} at index {@code oi}; keeps it when it is the cheapest so far.
   */
  private void place(RichSearch.State st, int[] target, int targetLen, int u, int ui, int o, int oi, int rv) {
    int len = targetLen + (o < 0 ? 1 : 2);
    int src = 0;
    for (int pos = 0; pos < len; pos++) {
      first[pos] = pos == ui ? u : pos == oi ? o : target[src++];
    }
    if (filter && otherChange + search.costPerDistance(rv) * search.routeDistance(rv, first, len) - targetBefore >= -1e-6) {
      return;
    }
    if (priceFirst(rv, len) && firstCost < candidateCost) {
      System.arraycopy(first, 0, candidate, 0, len);
      candidateLen = len;
      candidateCost = firstCost;
      candidateEnd = firstEnd;
    }
  }
}
