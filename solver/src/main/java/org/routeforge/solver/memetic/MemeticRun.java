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
import org.routeforge.solver.Progress;
import org.routeforge.solver.ProgressListener;
import org.routeforge.solver.SolveOptions;
import org.routeforge.solver.stop.StoppingCriterion;

/**
 * The state of one memetic search shared by the Jenetics components: the representation, iteration
 * counts, the best members and the progress history. Converts between genotypes (a permutation
 * chromosome of {@code 0 .. length-1}) and the representation's {@code int[]} orders.
 */
final class MemeticRun<M extends Comparable<? super M>> {
  private static final System.Logger LOG = System.getLogger(MemeticRun.class.getName());
  /** Largest share of the time limit that making one population may take (no iteration limit). */
  static final double INIT_SHARE = 0.15;
  private final Representation<M> rep;
  private final SolveOptions options;
  private final ProgressListener listener;
  private final StoppingCriterion stop;
  private final HgsParameters params;
  private final ISeq<Integer> alleles;
  private final long start;
  final List<Progress> history = new ArrayList<>();
  long iterations;
  private long sinceImprovement;
  private M bestFeasible;
  private M bestInfeasible;
  private boolean stopped;

  MemeticRun(Representation<M> rep, SolveOptions options, ProgressListener listener, StoppingCriterion stop,
      HgsParameters params, long startNanos) {
    this.rep = rep;
    this.options = options;
    this.listener = listener;
    this.stop = stop;
    this.params = params;
    this.alleles = PermutationChromosome.ofInteger(Math.max(1, rep.length())).validAlleles();
    this.start = startNanos;
  }

  double elapsed() {
    return (System.nanoTime() - start) / 1e9;
  }

  /** Whether any stopping criterion holds (sticky once true). */
  boolean shouldStop() {
    if (!stopped) {
      stopped = stop.shouldStop(elapsed(), iterations,
          bestFeasible == null ? Double.POSITIVE_INFINITY : rep.cost(bestFeasible));
    }
    return stopped;
  }

  /**
   * Whether the best solution has not improved for {@code restartAfter} iterations (never when the
   * ablation switches restarts off).
   */
  boolean restartDue() {
    return sinceImprovement >= params.restartAfter() && params.ablation().uses(Ablation.Component.RESTART);
  }

  void restarted() {
    sinceImprovement = 0;
  }

  /** The Jenetics fitness function: decoding only (offspring are normally educated before this). */
  M decode(Genotype<EnumGene<Integer>> gt) {
    return rep.decode(orderOf(gt));
  }

  /** Educates a genotype and returns the improved, evaluated phenotype (the Lamarckian write-back). */
  Phenotype<EnumGene<Integer>, M> educate(Genotype<EnumGene<Integer>> gt, long generation) {
    M m = rep.educate(orderOf(gt));
    record(m);
    return Phenotype.of(genotypeOf(rep.encode(m)), generation, m);
  }

  /**
   * The representation's starting members, educated, as a population. Without an iteration limit,
   * making the population may take at most {@link #INIT_SHARE} of the time limit (large instances:
   * each education from a random start is slow); the missing places are then filled with copies of the
   * members made. With an iteration limit the population is always complete, so runs stay
   * reproducible. At least one member is always made.
   */
  ISeq<Phenotype<EnumGene<Integer>, M>> initialPopulation(int count, RandomGenerator rng, boolean restart) {
    double budget = options.iterationLimit() > 0 ? Double.POSITIVE_INFINITY
        : INIT_SHARE * options.budgetSeconds();
    double begin = elapsed();
    int seeds = rep.prepareSeeds(count, rng, restart);
    List<Phenotype<EnumGene<Integer>, M>> pop = new ArrayList<>();
    for (int k = 0; k < seeds; k++) {
      if (!pop.isEmpty() && (shouldStop() || pop.size() >= 2 && elapsed() - begin > budget)) {
        break;
      }
      M m = rep.seed(k);
      record(m);
      pop.add(Phenotype.of(genotypeOf(rep.encode(m)), 1, m));
    }
    // cut short by the budget: the places left are copies of the educated members (survivor selection
    // removes clones first), not random genotypes that would be parents without education
    for (int k = 0, made = pop.size(); pop.size() < count && made > 0; k++) {
      pop.add(pop.get(k % made));
    }
    return ISeq.of(pop);
  }

  /** A member as a population entry of {@code generation} (a migrant from another island). */
  Phenotype<EnumGene<Integer>, M> phenotypeOf(M m, long generation) {
    return Phenotype.of(genotypeOf(rep.encode(m)), generation, m);
  }

  /**
   * Takes a migrant into account as a possible new best, without counting it as an iteration (it was
   * educated by another island).
   */
  void receive(M m) {
    consider(m);
  }

  /** Educates and records the first starting member alone (fewer than two genes: nothing to cross). */
  void firstSeedOnly(RandomGenerator rng) {
    if (rep.prepareSeeds(1, rng, false) > 0) {
      record(rep.seed(0));
    }
  }

  private void record(M m) {
    iterations++;
    sinceImprovement++;
    consider(m);
  }

  /** Keeps {@code m} when it is a new best (and reports it). */
  private void consider(M m) {
    if (rep.feasible(m)) {
      if (bestFeasible == null || rep.improves(m, bestFeasible)) {
        bestFeasible = m;
        sinceImprovement = 0;
        report(m, true);
      }
    } else if (bestFeasible == null && (bestInfeasible == null || rep.leastInfeasible().compare(m, bestInfeasible) < 0)) {
      bestInfeasible = m;
      report(m, false);
    }
  }

  private void report(M m, boolean feasible) {
    double t = elapsed();
    double frac = t / options.budgetSeconds();
    if (options.iterationLimit() > 0) {
      frac = Math.max(frac, iterations / (double) options.iterationLimit());
    }
    Progress p = new Progress(t, rep.cost(m), feasible, rep.routes(m), iterations, Math.min(1, frac));
    history.add(p);
    listener.onProgress(p);
  }

  /**
   * Logs (level DEBUG) the population after survivor selection: its size, feasible members and mean
   * broken-pairs distance, with the time and iterations. For diagnosing a search that stalls (a
   * population whose diversity collapses); nothing is computed when the level is off.
   */
  void observeSurvivors(int size, int feasible, double[][] distance, boolean[] alive) {
    if (!LOG.isLoggable(System.Logger.Level.DEBUG)) {
      return;
    }
    double sum = 0;
    int pairs = 0;
    for (int i = 0; i < alive.length; i++) {
      for (int j = i + 1; j < alive.length && alive[i]; j++) {
        if (alive[j]) {
          sum += distance[i][j];
          pairs++;
        }
      }
    }
    double mean = pairs == 0 ? 0 : sum / pairs;
    LOG.log(System.Logger.Level.DEBUG, String.format(java.util.Locale.ROOT,
        "population t=%.2f s iterations=%d size=%d feasible=%d diversity=%.4f best=%.1f", elapsed(), iterations,
        size, feasible, mean, bestFeasible == null ? Double.NaN : rep.cost(bestFeasible)));
  }

  /** The best member: the best feasible one, else the least infeasible. */
  M best() {
    return bestFeasible != null ? bestFeasible : bestInfeasible;
  }

  private static int[] orderOf(Genotype<EnumGene<Integer>> gt) {
    var ch = gt.chromosome();
    int[] order = new int[ch.length()];
    for (int i = 0; i < order.length; i++) {
      order[i] = ch.get(i).alleleIndex();
    }
    return order;
  }

  private Genotype<EnumGene<Integer>> genotypeOf(int[] order) {
    MSeq<EnumGene<Integer>> genes = MSeq.ofLength(order.length);
    for (int i = 0; i < order.length; i++) {
      genes.set(i, EnumGene.of(order[i], alleles));
    }
    return Genotype.of(new PermutationChromosome<>(genes.toISeq()));
  }
}
