package org.routeforge.solver.memetic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.random.RandomGenerator;
import org.routeforge.data.model.CompactInstance;
import org.routeforge.solver.InitialSolutionProvider;
import org.routeforge.solver.SolveOptions;
import org.routeforge.solver.init.ProviderTimeCap;
import org.routeforge.solver.init.RandomProvider;

/**
 * Giant tours cut into routes by split (HGS): the representation for instances the compact view
 * covers (one depot, one vehicle type, capacity, time windows, service times). A genotype value
 * {@code i} is customer {@code i + 1}; education is split and then the local search
 * ({@link Educator}: relocate, swap, 2-opt, 2-opt*, SWAP*, with penalised capacity and time warp);
 * the starting members are the initial-solution providers' proposals, educated, round robin; after a
 * restart, random giant tours.
 */
final class GiantTourRepresentation implements Representation<Individual> {
  /** Cost offset of the ranking keys, so that their bits order like the costs (HGS's selection). */
  private static final double RANK_OFFSET = 1e9;
  private final CompactInstance ci;
  private final Educator educator;
  private final Penalties penalties;
  private final SolveOptions options;
  private final List<InitialSolutionProvider> providers;
  private final List<int[]> prepared = new ArrayList<>();

  GiantTourRepresentation(CompactInstance ci, Educator educator, Penalties penalties, SolveOptions options,
      List<InitialSolutionProvider> providers) {
    this.ci = ci;
    this.educator = educator;
    this.penalties = penalties;
    this.options = options;
    this.providers = providers;
  }

  @Override
  public int length() {
    return ci.n - 1;
  }

  @Override
  public Individual decode(int[] order) {
    return educator.decode(tour(order));
  }

  @Override
  public Individual educate(int[] order) {
    return educator.educateTour(tour(order));
  }

  @Override
  public int[] encode(Individual member) {
    int[] order = new int[member.tour.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = member.tour[i] - 1;
    }
    return order;
  }

  @Override
  public boolean feasible(Individual member) {
    return member.feasible();
  }

  @Override
  public boolean penalised() {
    return true;
  }

  @Override
  public double cost(Individual member) {
    return member.distance;
  }

  @Override
  public int routes(Individual member) {
    return member.routes.size();
  }

  @Override
  public long id(Individual member) {
    return member.id;
  }

  @Override
  public double distance(Individual a, Individual b) {
    return a.brokenPairs(b);
  }

  @Override
  public boolean improves(Individual candidate, Individual best) {
    return candidate.distance < best.distance - 1e-9;
  }

  @Override
  public Comparator<Individual> ranking() {
    double pc = penalties.capacity;
    double pt = penalties.timeWarp;
    return (a, b) -> Long.compare(BiasedFitnessSelector.tieBits(a.penalisedCost(pc, pt) + RANK_OFFSET),
        BiasedFitnessSelector.tieBits(b.penalisedCost(pc, pt) + RANK_OFFSET));
  }

  @Override
  public Comparator<Individual> leastInfeasible() {
    return Comparator.comparingDouble(m -> m.penalisedCost(1e4, 1e4));
  }

  /**
   * The providers' proposals (split evenly over {@code count}, each provider within its time cap),
   * round robin over the providers so that a population cut short by the budget is still mixed; after
   * a restart, random giant tours.
   */
  @Override
  public int prepareSeeds(int count, RandomGenerator rng, boolean restart) {
    List<InitialSolutionProvider> from = restart ? List.of(new RandomProvider()) : providers;
    List<List<int[]>> proposals = ProviderTimeCap.of(options, System.nanoTime()).proposeAll(from, count, ci, rng);
    prepared.clear();
    int most = 0;
    for (List<int[]> p : proposals) {
      most = Math.max(most, p.size());
    }
    for (int k = 0; k < most; k++) {
      for (List<int[]> p : proposals) {
        if (k < p.size()) {
          prepared.add(p.get(k));
        }
      }
    }
    return prepared.size();
  }

  @Override
  public Individual seed(int k) {
    return educator.educateProposal(prepared.get(k));
  }

  private static int[] tour(int[] order) {
    int[] tour = new int[order.length];
    for (int i = 0; i < order.length; i++) {
      tour[i] = order[i] + 1;
    }
    return tour;
  }
}
