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
abstract class TourMove {
  private static final double INF = Double.POSITIVE_INFINITY;

  private final String name;

  TourMove(String name) {
    this.name = name;
  }

  /** The move's name. */
  final String name() {
    return name;
  }

  /** Whether the move applies to instances with {@code features}. */
  boolean supports(Features features) {
    return true;
  }

  /**
   * The penalised cost change of the move (negative improves; {@code +inf} when it does not apply or
   * provably cannot improve), its pieces left in {@code ls}.
   */
  abstract double evaluate(LocalSearch ls, int u, int ru, int pu, int v, int rv, int pv);

  /** The moves that support {@code features}, in the order the search tries them. */
  static TourMove[] supporting(Features features) {
    List<TourMove> out = new ArrayList<>();
    for (TourMove m : all()) {
      if (m.supports(features)) {
        out.add(m);
      }
    }
    return out.toArray(new TourMove[0]);
  }

  private static TourMove[] all() {
    return new TourMove[] {
        new RelocateMove("relocate", Relocate.SINGLE),
        new RelocateMove("relocate-pair", Relocate.PAIR),
        new RelocateMove("relocate-pair-reversed", Relocate.PAIR_REVERSED),
        new SwapMove("swap-1-1", Swap.ONE_ONE),
        new SwapMove("swap-2-1", Swap.TWO_ONE),
        new SwapMove("swap-2-2", Swap.TWO_TWO),
        new TwoOptMove(),
        new TwoOptStarMove("2-opt*", false),
        new TwoOptStarMove("2-opt*-reversed", true)};
  }

  /** Relocate {@code u} (or {@code u} and its successor) after position {@code pv}. */
  private static final class RelocateMove extends TourMove {
    private final int variant;

    RelocateMove(String name, int variant) {
      super(name);
      this.variant = variant;
    }

    @Override
    double evaluate(LocalSearch ls, int u, int ru, int pu, int v, int rv, int pv) {
      return Relocate.evaluate(ls, ru, pu, rv, pv, variant);
    }
  }

  /** Swap with the customer at {@code pv} (each pair once for the symmetric 1-1 and 2-2). */
  private static final class SwapMove extends TourMove {
    private final int variant;

    SwapMove(String name, int variant) {
      super(name);
      this.variant = variant;
    }

    @Override
    double evaluate(LocalSearch ls, int u, int ru, int pu, int v, int rv, int pv) {
      if (v == 0 || (variant != Swap.TWO_ONE && u > v)) {
        return INF;
      }
      return Swap.evaluate(ls, ru, pu, rv, pv, variant);
    }
  }

  /** 2-opt inside one route. */
  private static final class TwoOptMove extends TourMove {
    TwoOptMove() {
      super("2-opt");
    }

    @Override
    double evaluate(LocalSearch ls, int u, int ru, int pu, int v, int rv, int pv) {
      return ru == rv ? TwoOpt.evaluate(ls, ru, pu, pv) : INF;
    }
  }

  /** 2-opt* between two routes; the reversed form only without time windows (a reversal is not O(1) there). */
  private static final class TwoOptStarMove extends TourMove {
    private final boolean reversed;

    TwoOptStarMove(String name, boolean reversed) {
      super(name);
      this.reversed = reversed;
    }

    @Override
    boolean supports(Features features) {
      return !reversed || !features.has(Feature.TIME_WINDOWS);
    }

    @Override
    double evaluate(LocalSearch ls, int u, int ru, int pu, int v, int rv, int pv) {
      return ru != rv ? TwoOptStar.evaluate(ls, ru, pu, rv, pv, reversed) : INF;
    }
  }
}
