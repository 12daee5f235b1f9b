package org.routeforge.solver.memetic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;
import org.routeforge.data.model.CompactInstance;
import org.routeforge.solver.CancelToken;
import org.routeforge.solver.search.LocalSearch;
import org.routeforge.solver.split.Split;

/**
 * Turns a giant tour (or a route set) into an educated {@link Individual}: split, then local search
 * under the current penalties, then, for an infeasible result and with probability
 * {@code repairProbability}, a repair pass with ten times the penalties (HGS; never when the ablation
 * switches repair off). Feeds the penalty
 * adaptation with each result's feasibility. Not thread-safe.
 */
final class Educator {
  private final CompactInstance ci;
  private final Split split;
  private final LocalSearch ls;
  private final Penalties penalties;
  private final HgsParameters params;
  private final RandomGenerator rng;
  private final int maxRoutes;
  private final CancelToken cancel;
  private final double[] barycentreAngle;
  private final boolean repair;
  private long deadline;
  private long repairs;

  Educator(CompactInstance ci, HgsParameters params, Penalties penalties, int maxRoutes, RandomGenerator rng,
      CancelToken cancel) {
    this.ci = ci;
    this.params = params;
    this.penalties = penalties;
    this.maxRoutes = maxRoutes;
    this.rng = rng;
    this.cancel = cancel;
    this.split = new Split(ci);
    this.ls = new LocalSearch(ci, params.neighbours(), maxRoutes, rng,
        params.ablation().uses(Ablation.Component.SWAP_STAR));
    this.barycentreAngle = new double[maxRoutes];
    this.repair = params.ablation().uses(Ablation.Component.REPAIR);
  }

  void deadline(long nanos) {
    this.deadline = nanos;
  }

  /** Whether the last education was cut short by the deadline or cancellation. */
  boolean interrupted() {
    return cancel.isCancelled() || System.nanoTime() > deadline;
  }

  /**
   * Splits a giant tour without education (for genotypes Jenetics creates on its own, and offspring
   * left uneducated). Once the deadline has passed such individuals are never used, so they are cut in
   * order ({@link Split#inOrder}) instead of split optimally, which keeps the stop prompt on large instances.
   */
  Individual decode(int[] tour) {
    List<int[]> routes = interrupted() ? split.inOrder(tour, maxRoutes)
        : split.split(tour, penalties.capacity, penalties.timeWarp, maxRoutes);
    ls.setPenalties(penalties.capacity, penalties.timeWarp);
    ls.load(routes);
    return snapshot();
  }

  /** Educates a giant tour. */
  Individual educateTour(int[] tour) {
    return educateRoutes(split.split(tour, penalties.capacity, penalties.timeWarp, maxRoutes));
  }

  /**
   * Educates a proposal: a node sequence where 0 separates routes, or a giant tour without zeros.
   */
  Individual educateProposal(int[] seq) {
    boolean hasDepot = false;
    for (int v : seq) {
      hasDepot |= v == 0;
    }
    if (!hasDepot) {
      return educateTour(seq);
    }
    List<int[]> routes = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= seq.length; i++) {
      if (i == seq.length || seq[i] == 0) {
        if (i > start) {
          routes.add(Arrays.copyOfRange(seq, start, i));
        }
        start = i + 1;
      }
    }
    if (routes.size() > maxRoutes) {
      // more routes than vehicles: re-cut the concatenation
      int[] tour = new int[ci.n - 1];
      int k = 0;
      for (int[] r : routes) {
        System.arraycopy(r, 0, tour, k, r.length);
        k += r.length;
      }
      return educateTour(tour);
    }
    return educateRoutes(routes);
  }

  private Individual educateRoutes(List<int[]> routes) {
    double pc = penalties.capacity;
    double pt = penalties.timeWarp;
    ls.setPenalties(pc, pt);
    ls.load(routes);
    ls.run(deadline, cancel);
    penalties.record(ls.excessLoad() == 0, ls.timeWarp() <= 1e-6);
    // without repair the draw is skipped too: nothing else uses it
    if (repair && !ls.feasible() && rng.nextDouble() < params.repairProbability() && !interrupted()) {
      repairs++;
      ls.setPenalties(10 * pc, 10 * pt);
      ls.run(deadline, cancel);
      ls.setPenalties(pc, pt);
    }
    return snapshot();
  }

  /** The search's current solution as an individual, routes ordered by the polar angle of their barycentre. */
  private Individual snapshot() {
    List<int[]> routes = ls.routes();
    if (!Double.isNaN(ci.x[0])) {
      for (int r = 0; r < routes.size(); r++) {
        double sx = 0;
        double sy = 0;
        for (int v : routes.get(r)) {
          sx += ci.x[v] - ci.x[0];
          sy += ci.y[v] - ci.y[0];
        }
        barycentreAngle[r] = Math.atan2(sy, sx);
      }
      // insertion sort by angle (few routes; keeps the tour order canonical for crossover)
      for (int i = 1; i < routes.size(); i++) {
        int[] cur = routes.get(i);
        double a = barycentreAngle[i];
        int j = i - 1;
        while (j >= 0 && barycentreAngle[j] > a) {
          routes.set(j + 1, routes.get(j));
          barycentreAngle[j + 1] = barycentreAngle[j];
          j--;
        }
        routes.set(j + 1, cur);
        barycentreAngle[j + 1] = a;
      }
    }
    return new Individual(ci.n, routes, ls.distance(), ls.excessLoad(), ls.timeWarp(), penalties.capacity,
        penalties.timeWarp);
  }

  /** Move evaluations done by the local search so far. */
  long evaluations() {
    return ls.evaluations();
  }

  /** Repair passes run so far. */
  long repairs() {
    return repairs;
  }

  /** SWAP* moves applied so far. */
  long swapStarMoves() {
    return ls.swapStarMoves();
  }

  /** Neighbours per customer in the local search. */
  int neighbourhoodSize() {
    return ls.neighbourhoodSize();
  }
}
