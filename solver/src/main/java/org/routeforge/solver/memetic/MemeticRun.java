package org.routeforge.solver.memetic;

import io.jenetics.EnumGene;
import io.jenetics.Genotype;
import io.jenetics.PermutationChromosome;
import io.jenetics.Phenotype;
import io.jenetics.util.ISeq;
import io.jenetics.util.MSeq;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.routeforge.data.model.CompactInstance;
import org.routeforge.solver.InitialSolutionProvider;
import org.routeforge.solver.Progress;
import org.routeforge.solver.ProgressListener;
import org.routeforge.solver.SolveOptions;
import org.routeforge.solver.init.ProviderTimeCap;
import org.routeforge.solver.stop.StoppingCriterion;

/**
 * The state of one memetic solve shared by the Jenetics components: the educator, the penalty
 * weights, iteration counts, the best solutions and the progress history. Converts between giant
 * tours ({@code int[]} of customer nodes) and Jenetics genotypes (a permutation chromosome whose
 * allele index {@code i} is customer {@code i + 1}).
 */
final class MemeticRun {
  /** Largest share of the time limit that making one population may take (no iteration limit). */
  static final double INIT_SHARE = 0.15;
  private final CompactInstance ci;
  private final SolveOptions options;
  private final ProgressListener listener;
  private final StoppingCriterion stop;
  private final Educator educator;
  private final HgsParameters params;
  private final ISeq<Integer> alleles;
  private final long start;
  final List<Progress> history = new ArrayList<>();
  long iterations;
  private long sinceImprovement;
  private Individual bestFeasible;
  private Individual bestInfeasible;
  private boolean stopped;

  MemeticRun(CompactInstance ci, SolveOptions options, ProgressListener listener, StoppingCriterion stop,
      Educator educator, HgsParameters params, ISeq<Integer> alleles, long startNanos) {
    this.ci = ci;
    this.options = options;
    this.listener = listener;
    this.stop = stop;
    this.educator = educator;
    this.params = params;
    this.alleles = alleles;
    this.start = startNanos;
  }

  double elapsed() {
    return (System.nanoTime() - start) / 1e9;
  }

  /** Whether any stopping criterion holds (sticky once true). */
  boolean shouldStop() {
    if (!stopped) {
      stopped = stop.shouldStop(elapsed(), iterations,
          bestFeasible == null ? Double.POSITIVE_INFINITY : bestFeasible.distance);
    }
    return stopped;
  }

  /** Whether the best solution has not improved for {@code restartAfter} iterations. */
  boolean restartDue() {
    return sinceImprovement >= params.restartAfter();
  }

  void restarted() {
    sinceImprovement = 0;
  }

  /** The Jenetics fitness function: split only (offspring are normally educated before this). */
  Individual decode(Genotype<EnumGene<Integer>> gt) {
    return educator.decode(tourOf(gt));
  }

  /** Educates a genotype and returns the improved, evaluated phenotype (the Lamarckian write-back). */
  Phenotype<EnumGene<Integer>, Individual> educate(Genotype<EnumGene<Integer>> gt, long generation) {
    Individual ind = educator.educateTour(tourOf(gt));
    record(ind);
    return Phenotype.of(genotypeOf(ind.tour), generation, ind);
  }

  /**
   * Proposals of the providers (split evenly over {@code count}), educated, as a population. Without an
   * iteration limit, making the population may take at most {@link #INIT_SHARE} of the time limit
   * (large instances: each education from a random tour is slow); Jenetics fills the missing places
   * with split-only random tours, which the first survivor selection discards. With an iteration
   * limit the population is always complete, so runs stay reproducible.
   */
  ISeq<Phenotype<EnumGene<Integer>, Individual>> initialPopulation(List<InitialSolutionProvider> providers,
      int count, RandomGenerator rng) {
    double budget = options.iterationLimit() > 0 ? Double.POSITIVE_INFINITY
        : INIT_SHARE * options.budgetSeconds();
    double begin = elapsed();
    List<Phenotype<EnumGene<Integer>, Individual>> pop = new ArrayList<>();
    // at least one individual is always made (its education stops at once when time is up)
    List<List<int[]>> proposals = ProviderTimeCap.of(options, System.nanoTime()).proposeAll(providers, count, ci, rng);
    int most = 0;
    for (List<int[]> fromProvider : proposals) {
      most = Math.max(most, fromProvider.size());
    }
    // round robin over the providers, so a population cut short by the budget is still mixed;
    // at least one individual is always made (its education stops at once when time is up)
    for (int k = 0; k < most; k++) {
      for (List<int[]> fromProvider : proposals) {
        if (k >= fromProvider.size()) {
          continue;
        }
        if (!pop.isEmpty() && (shouldStop() || pop.size() >= 2 && elapsed() - begin > budget)) {
          return ISeq.of(pop);
        }
        Individual ind = educator.educateProposal(fromProvider.get(k));
        record(ind);
        pop.add(Phenotype.of(genotypeOf(ind.tour), 1, ind));
      }
    }
    return ISeq.of(pop);
  }

  private void record(Individual ind) {
    iterations++;
    sinceImprovement++;
    if (ind.feasible()) {
      if (bestFeasible == null || ind.distance < bestFeasible.distance - 1e-9) {
        bestFeasible = ind;
        sinceImprovement = 0;
        report(ind, true);
      }
    } else if (bestFeasible == null && (bestInfeasible == null
        || ind.penalisedCost(1e4, 1e4) < bestInfeasible.penalisedCost(1e4, 1e4))) {
      bestInfeasible = ind;
      report(ind, false);
    }
  }

  private void report(Individual ind, boolean feasible) {
    double t = elapsed();
    double frac = t / options.budgetSeconds();
    if (options.iterationLimit() > 0) {
      frac = Math.max(frac, iterations / (double) options.iterationLimit());
    }
    Progress p = new Progress(t, ind.distance, feasible, ind.routes.size(), iterations, Math.min(1, frac));
    history.add(p);
    listener.onProgress(p);
  }

  /** The best solution: the best feasible one, else the least infeasible. */
  Individual best() {
    return bestFeasible != null ? bestFeasible : bestInfeasible;
  }

  int[] tourOf(Genotype<EnumGene<Integer>> gt) {
    var ch = gt.chromosome();
    int[] tour = new int[ch.length()];
    for (int i = 0; i < tour.length; i++) {
      tour[i] = ch.get(i).alleleIndex() + 1;
    }
    return tour;
  }

  Genotype<EnumGene<Integer>> genotypeOf(int[] tour) {
    MSeq<EnumGene<Integer>> genes = MSeq.ofLength(tour.length);
    for (int i = 0; i < tour.length; i++) {
      genes.set(i, EnumGene.of(tour[i] - 1, alleles));
    }
    return Genotype.of(new PermutationChromosome<>(genes.toISeq()));
  }
}
