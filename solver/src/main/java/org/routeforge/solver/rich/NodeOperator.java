package org.routeforge.solver.rich;

import org.routeforge.solver.problem.Features;

/**
 * One move family of the insertion engine's granular local search, in PyVRP's shape: it says which
 * instances it {@link #supports}, prices a move on a stop {@code u} and one of its neighbours
 * {@code v} ({@link #evaluate}), and applies the move it priced last ({@link #apply}). Every move is
 * priced by the cost of the one or two routes it changes ({@link RichSearch#price}: concatenated
 * route segments where they apply, a simulation otherwise), so each constraint of the problem view
 * is honoured by every operator; a move that breaks one, moves a locked stop, separates a pickup from
 * its delivery, or puts a stop on a vehicle without its skills is priced {@code +inf}. With segments,
 * a route made of a prefix, a few stops and a suffix costs O(1) per piece.
 *
 * <p>When the objective is distance priced per vehicle ({@link RichSearch#distancePriced}), an operator
 * first bounds the move's distance change in O(1) from the edges it removes and adds (assuming the
 * triangle inequality for the parts it does not price exactly) and skips the simulation when the
 * bound is not negative: HGS's pruning, the reason most moves cost O(1).
 */
abstract class NodeOperator {
  static final double INF = Double.POSITIVE_INFINITY;
  private static final double EPS = 1e-6;
  /** Weight of one unit of makespan against one unit of cost under the min–max objective. */
  private static final double MAKESPAN_FIRST = 1e9;

  final RichSearch search;
  /** The routes of the last priced move: vehicle, stops, cost and end. */
  final int[] first;
  final int[] second;
  int firstVehicle = -1;
  int firstLen;
  double firstCost;
  double firstEnd;
  int secondVehicle = -1;
  int secondLen;
  double secondCost;
  double secondEnd;
  private long applied;
  /** The state the last move was priced on from route segments, whose routes are written only if applied. */
  private RichSearch.State pending;

  NodeOperator(RichSearch search) {
    this.search = search;
    first = new int[search.n + 2];
    second = new int[search.n + 2];
  }

  /** The operator's name, as recorded in results. */
  abstract String name();

  /** Whether the operator has moves to make on an instance with {@code features}. */
  abstract boolean supports(Features features);

  /**
   * The objective's change if the move on {@code u} and {@code v} were made (negative improves), or
   * {@code +inf} when it does not apply or breaks a constraint. Leaves the move ready for {@link #apply}.
   */
  abstract double evaluate(RichSearch.State st, int u, int v);

  /** Applies the move priced by the last {@link #evaluate} call. */
  final void apply(RichSearch.State st) {
    if (pending != null) {
      writeRoutes(pending);
      pending = null;
    }
    st.set(firstVehicle, first, firstLen, firstCost, firstEnd);
    if (secondVehicle >= 0) {
      st.set(secondVehicle, second, secondLen, secondCost, secondEnd);
    }
    applied++;
  }

  /**
   * Marks the move just priced as priced from the route segments of {@code st}: its routes are written
   * by {@link #writeRoutes} when it is applied (most priced moves never are).
   */
  final void pricedFromSegments(RichSearch.State st) {
    pending = st;
  }

  /** Forgets a segment-priced move (every {@link #evaluate} starts with it). */
  final void clearPending() {
    pending = null;
  }

  /**
   * Writes {@link #first} and {@link #second} for the move last priced on {@code st} from its route
   * segments; operators that price from segments override it.
   */
  void writeRoutes(RichSearch.State st) {
    throw new IllegalStateException(name() + " does not price from route segments");
  }

  /** How many moves were applied so far. */
  final long applied() {
    return applied;
  }

  /** Simulates the first route of the move on vehicle {@code v}; false when infeasible. */
  final boolean priceFirst(int v, int len) {
    firstVehicle = v;
    firstLen = len;
    firstCost = search.simulate(v, first, len);
    firstEnd = search.lastEnd;
    return firstCost < INF;
  }

  /** Simulates the second route of the move on vehicle {@code v}; false when infeasible. */
  final boolean priceSecond(int v, int len) {
    secondVehicle = v;
    secondLen = len;
    secondCost = search.simulate(v, second, len);
    secondEnd = search.lastEnd;
    return secondCost < INF;
  }

  /**
   * The objective's change of the priced routes against {@code st}: the cost change, and under the
   * min–max objective the makespan change first.
   */
  final double delta(RichSearch.State st) {
    double delta = firstCost - st.cost[firstVehicle];
    if (secondVehicle >= 0) {
      delta += secondCost - st.cost[secondVehicle];
    }
    if (!search.minMax) {
      return delta;
    }
    double before = st.makespan();
    double after = 0;
    for (int w = 0; w < search.vehicles; w++) {
      if (w == firstVehicle) {
        after = firstLen > 0 ? Math.max(after, firstEnd) : after;
      } else if (w == secondVehicle) {
        after = secondLen > 0 ? Math.max(after, secondEnd) : after;
      } else if (st.len[w] > 0) {
        after = Math.max(after, st.end[w]);
      }
    }
    if (after > before + EPS) {
      return INF;
    }
    return after < before - EPS ? (after - before) * MAKESPAN_FIRST + delta : delta;
  }

  /** Whether a move whose objective change is at least {@code bound} may be skipped unsimulated. */
  final boolean prune(double bound) {
    return search.pruning && search.distancePriced && bound >= -EPS;
  }

  /** Distance between the locations at indices {@code i} and {@code j} of route {@code v}. */
  final double leg(RichSearch.State st, int v, int i, int j) {
    return search.legDistance(search.locationAt(st, v, i), search.locationAt(st, v, j));
  }

  /**
   * The distance change of removing the consecutive stops at indices {@code a..b} ({@code b <= a + 1})
   * from route {@code v}.
   */
  final double removal(RichSearch.State st, int v, int a, int b) {
    double inner = b > a ? leg(st, v, a, b) : 0;
    return leg(st, v, a - 1, b + 1) - leg(st, v, a - 1, a) - inner - leg(st, v, b, b + 1);
  }

  /** The position of served stop {@code s} in its route. */
  static int position(RichSearch.State st, int s) {
    return st.pos[s];
  }
}
