package org.routeforge.solver.memetic;

import java.util.Comparator;
import java.util.random.RandomGenerator;

/**
 * What the one memetic search ({@link MemeticSearch}) needs of a way to represent solutions: a
 * permutation genotype and its decoding, the Lamarckian education (the local-search operators that
 * support the instance), the population's ranking and distance, and the starting members. Two
 * representations exist: giant tours cut by split ({@link GiantTourRepresentation}, for instances
 * whose features the compact view covers) and task orders decoded by cheapest feasible insertion
 * ({@code rich.InsertionRepresentation}, every feature). The loop, the selection, the crossover, the
 * restarts, the stopping rules and the progress are the same for both.
 *
 * @param <M> the decoded member, ordered by its objective at creation (Jenetics' bookkeeping)
 */
public interface Representation<M extends Comparable<? super M>> {
  /** Length of the permutation genotype (values 0 .. length-1). */
  int length();

  /** The member a genotype decodes to, without education (genotypes Jenetics makes on its own). */
  M decode(int[] order);

  /** The educated member of a genotype (crossover offspring). */
  M educate(int[] order);

  /** The genotype of a member (the Lamarckian write-back). */
  int[] encode(M member);

  /** Whether a member satisfies every constraint the search may relax or leave unmet. */
  boolean feasible(M member);

  /**
   * Whether members may violate constraints that the ranking prices with adaptive penalties (giant
   * tours: capacity and time warp), so that HGS's feasible and infeasible subpopulations apply.
   */
  boolean penalised();

  /** The objective value reported in progress events. */
  double cost(M member);

  /** Routes used. */
  int routes(M member);

  /** A stable identity of a member, for the distance cache only. */
  long id(M member);

  /** Broken-pairs distance between two members, in [0, 1]. */
  double distance(M a, M b);

  /** Whether feasible {@code candidate} is better than feasible {@code best} in the objective. */
  boolean improves(M candidate, M best);

  /** The order of the biased fitness's cost rank, under the current penalty weights (best first). */
  Comparator<M> ranking();

  /** The order among infeasible members when no feasible one exists yet (best first). */
  Comparator<M> leastInfeasible();

  /**
   * Prepares the members of a starting population ({@code restart}: after a restart, random ones)
   * and returns how many there are; {@link #seed} educates them one by one.
   */
  int prepareSeeds(int count, RandomGenerator rng, boolean restart);

  /** The educated {@code k}-th prepared starting member. */
  M seed(int k);
}
