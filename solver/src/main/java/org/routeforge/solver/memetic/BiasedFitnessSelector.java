package org.routeforge.solver.memetic;

import io.jenetics.EnumGene;
import io.jenetics.Optimize;
import io.jenetics.Phenotype;
import io.jenetics.Selector;
import io.jenetics.util.ISeq;
import io.jenetics.util.MSeq;
import io.jenetics.util.RandomRegistry;
import io.jenetics.util.Seq;
import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * HGS's biased fitness as a Jenetics {@link Selector}: rank by penalised cost (current penalty
 * weights) plus {@code (1 - nbElite / size)} times the rank of the diversity contribution (mean
 * broken-pairs distance to the {@code nbClose} closest individuals). Lower is better. With two
 * subpopulations ({@code split}) the fitness of a member is computed among the members of its own
 * group, feasible or infeasible, as HGS keeps them apart.
 *
 * <p>As the offspring selector it runs binary tournaments over the whole population (HGS's parent
 * selection). As the survivors selector it trims the population to {@code count} by repeatedly
 * removing a clone, or else the individual with the worst biased fitness, recomputing the fitness
 * after each removal (HGS's survivor selection); with two subpopulations each removal is from the
 * larger group (the infeasible one on a tie), so both keep {@code count / 2} when they can.
 */
final class BiasedFitnessSelector<M extends Comparable<? super M>> implements Selector<EnumGene<Integer>, M> {
  private final boolean survivors;
  private final boolean split;
  private final HgsParameters params;
  private final Representation<M> rep;
  private final DistanceCache<M> cache;
  private final Observer observer;

  /** Sees the population after each survivor selection (diagnostics). */
  interface Observer {
    /** Nothing. */
    Observer NONE = (size, feasible, distance, alive) -> { };

    /** {@code size} survivors ({@code alive} in the matrix {@code distance}), {@code feasible} of them feasible. */
    void survivors(int size, int feasible, double[][] distance, boolean[] alive);
  }

  BiasedFitnessSelector(boolean survivors, boolean split, HgsParameters params, Representation<M> rep,
      DistanceCache<M> cache, Observer observer) {
    this.observer = observer;
    this.survivors = survivors;
    this.split = split;
    this.params = params;
    this.rep = rep;
    this.cache = cache;
  }

  @Override
  public ISeq<Phenotype<EnumGene<Integer>, M>> select(
      Seq<Phenotype<EnumGene<Integer>, M>> population, int count, Optimize opt) {
    int size = population.size();
    @SuppressWarnings("unchecked")
    M[] ind = (M[]) new Comparable<?>[size];
    boolean[] infeasible = new boolean[size];
    int infeasibleLeft = 0;
    for (int i = 0; i < size; i++) {
      ind[i] = population.get(i).fitness();
      infeasible[i] = split && !rep.feasible(ind[i]);
      infeasibleLeft += infeasible[i] ? 1 : 0;
    }
    double[][] dist = cache.matrix(ind);
    boolean[] alive = new boolean[size];
    Arrays.fill(alive, true);
    if (!survivors) {
      double[] biased = new double[size];
      fitnessOfGroup(ind, dist, alive, infeasible, false, biased);
      fitnessOfGroup(ind, dist, alive, infeasible, true, biased);
      RandomGenerator rnd = RandomRegistry.random();
      MSeq<Phenotype<EnumGene<Integer>, M>> out = MSeq.ofLength(count);
      for (int k = 0; k < count; k++) {
        int a = rnd.nextInt(size);
        int b = rnd.nextInt(size);
        out.set(k, population.get(biased[a] <= biased[b] ? a : b));
      }
      return out.toISeq();
    }
    int left = size;
    double[] biased = new double[size];
    while (left > count) {
      boolean group = infeasibleLeft >= left - infeasibleLeft;
      fitnessOfGroup(ind, dist, alive, infeasible, group, biased);
      int worst = -1;
      boolean worstClone = false;
      for (int i = 0; i < size; i++) {
        if (!alive[i] || infeasible[i] != group) {
          continue;
        }
        boolean clone = false;
        for (int j = 0; j < size && !clone; j++) {
          clone = j != i && alive[j] && dist[i][j] < 1e-12;
        }
        if (worst < 0 || clone && !worstClone || clone == worstClone && biased[i] > biased[worst]) {
          worst = i;
          worstClone = clone;
        }
      }
      alive[worst] = false;
      infeasibleLeft -= group ? 1 : 0;
      left--;
    }
    MSeq<Phenotype<EnumGene<Integer>, M>> out = MSeq.ofLength(count);
    int k = 0;
    int feasible = 0;
    for (int i = 0; i < size && k < count; i++) {
      if (alive[i]) {
        out.set(k++, population.get(i));
        feasible += rep.feasible(ind[i]) ? 1 : 0;
      }
    }
    observer.survivors(k, feasible, dist, alive);
    return out.toISeq();
  }

  /**
   * Writes into {@code out} the biased fitness of the living members whose {@code infeasible} flag is
   * {@code group}, computed among those members only.
   */
  private void fitnessOfGroup(M[] ind, double[][] dist, boolean[] alive, boolean[] infeasible, boolean group,
      double[] out) {
    boolean[] member = new boolean[ind.length];
    int left = 0;
    for (int i = 0; i < ind.length; i++) {
      member[i] = alive[i] && infeasible[i] == group;
      left += member[i] ? 1 : 0;
    }
    double[] fitness = biased(ind, dist, member, left);
    for (int i = 0; i < ind.length; i++) {
      if (member[i]) {
        out[i] = fitness[i];
      }
    }
  }

  private double[] biased(M[] ind, double[][] dist, boolean[] alive, int left) {
    int size = ind.length;
    double[] out = new double[size];
    if (left <= 1) {
      return out;
    }
    Integer[] idx = new Integer[left];
    double[] div = new double[size];
    double[] near = new double[size];
    int m = 0;
    for (int i = 0; i < size; i++) {
      if (!alive[i]) {
        continue;
      }
      idx[m++] = i;
      int c = 0;
      for (int j = 0; j < size; j++) {
        if (j != i && alive[j]) {
          near[c++] = dist[i][j];
        }
      }
      Arrays.sort(near, 0, c);
      int k = Math.min(params.nbClose(), c);
      double s = 0;
      for (int t = 0; t < k; t++) {
        s += near[t];
      }
      div[i] = k == 0 ? 0 : s / k;
    }
    // ranks: cost ascending (0 best, the representation's order under the current penalties; ties
    // keep population order), diversity descending (0 most diverse)
    java.util.Comparator<M> ranking = rep.ranking();
    Arrays.sort(idx, (a, b) -> ranking.compare(ind[a], ind[b]));
    double[] costRank = new double[size];
    for (int r = 0; r < left; r++) {
      costRank[idx[r]] = r / (double) (left - 1);
    }
    m = 0;
    for (int i = 0; i < size; i++) {
      if (alive[i]) {
        idx[m++] = i;
      }
    }
    Arrays.sort(idx, (a, b) -> Long.compare(tieBits(2.0 - div[a]), tieBits(2.0 - div[b])));
    double eliteWeight = 1.0 - Math.min(params.nbElite(), left) / (double) left;
    for (int r = 0; r < left; r++) {
      int i = idx[r];
      out[i] = costRank[i] + eliteWeight * r / (double) (left - 1);
    }
    return out;
  }

  /**
   * The bits of a non-negative value with the last 16 mantissa bits cleared, so that values equal to
   * about 1e-11 relative (the same sum added in another order) rank as ties, in population order.
   */
  static long tieBits(double v) {
    return Double.doubleToLongBits(v) & ~0xFFFFL;
  }
}
