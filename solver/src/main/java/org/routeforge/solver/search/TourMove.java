package org.routeforge.solver.search;

import java.util.ArrayList;
import java.util.List;
import org.routeforge.solver.problem.Feature;
import org.routeforge.solver.problem.Features;

/**
 * One move family of the giant-tour local search ({@link LocalSearch}), in the shape of the insertion
 * search's node operators ({@code rich.NodeOperator}) and PyVRP's: its name, which instances it
 * {@link #supports}, and the penalised cost change of moving customer {@code u} (position {@code pu}
 * of route {@code ru}) against position {@code pv} of route {@code rv} ({@link #evaluate}). Pricing
 * leaves the move's pieces in the search, which applies exactly what was priced
 * ({@link LocalSearch#apply}). The search tries, first improvement, the moves of {@link #supporting}
 * in HGS's order: relocate (1, 2, 2 reversed), swap (1-1, 2-1, 2-2), 2-opt, 2-opt* (plain, reversed).
 */
final class TourMove {
  private static final double INF = Double.POSITIVE_INFINITY;
  private static final int RELOCATE = 0;
  private static final int SWAP = 1;
  private static final int TWO_OPT = 2;
  private static final int TWO_OPT_STAR = 3;

  private final String name;
  /** The family (one class for all, so that the search's call stays monomorphic and is inlined). */
  private final int kind;
  /** The family's variant: {@link Relocate} or {@link Swap} constants, 1 for reversed 2-opt*. */
  private final int variant;

  private TourMove(String name, int kind, int variant) {
    this.name = name;
    this.kind = kind;
    this.variant = variant;
  }

  /** The move's name. */
  String name() {
    return name;
  }

  /** Whether the move applies to instances with {@code features}: reversed 2-opt* only without time windows. */
  boolean supports(Features features) {
    return kind != TWO_OPT_STAR || variant == 0 || !features.has(Feature.TIME_WINDOWS);
  }

  /**
   * The penalised cost change of the move (negative improves; {@code +inf} when it does not apply or
   * provably cannot improve), its pieces left in {@code ls}.
   */
  double evaluate(LocalSearch ls, int u, int ru, int pu, int v, int rv, int pv) {
    switch (kind) {
      case RELOCATE:
        return Relocate.evaluate(ls, ru, pu, rv, pv, variant);
      case SWAP:
        // each pair once for the symmetric 1-1 and 2-2 swaps
        return v == 0 || (variant != Swap.TWO_ONE && u > v) ? INF : Swap.evaluate(ls, ru, pu, rv, pv, variant);
      case TWO_OPT:
        return ru == rv ? TwoOpt.evaluate(ls, ru, pu, pv) : INF;
      default:
        return ru != rv ? TwoOptStar.evaluate(ls, ru, pu, rv, pv, variant == 1) : INF;
    }
  }

  /** The moves that support {@code features}, in the order the search tries them. */
  static TourMove[] supporting(Features features) {
    TourMove[] all = {
        new TourMove("relocate", RELOCATE, Relocate.SINGLE),
        new TourMove("relocate-pair", RELOCATE, Relocate.PAIR),
        new TourMove("relocate-pair-reversed", RELOCATE, Relocate.PAIR_REVERSED),
        new TourMove("swap-1-1", SWAP, Swap.ONE_ONE),
        new TourMove("swap-2-1", SWAP, Swap.TWO_ONE),
        new TourMove("swap-2-2", SWAP, Swap.TWO_TWO),
        new TourMove("2-opt", TWO_OPT, 0),
        new TourMove("2-opt*", TWO_OPT_STAR, 0),
        new TourMove("2-opt*-reversed", TWO_OPT_STAR, 1)};
    List<TourMove> out = new ArrayList<>();
    for (TourMove m : all) {
      if (m.supports(features)) {
        out.add(m);
      }
    }
    return out.toArray(new TourMove[0]);
  }
}
