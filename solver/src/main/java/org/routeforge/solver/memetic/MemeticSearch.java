package org.routeforge.solver.memetic;

import io.jenetics.EnumGene;
import io.jenetics.Genotype;
import io.jenetics.PermutationChromosome;
import io.jenetics.Phenotype;
import io.jenetics.engine.Engine;
import io.jenetics.engine.EvolutionResult;
import io.jenetics.engine.EvolutionStart;
import io.jenetics.util.ISeq;
import io.jenetics.util.RandomRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.routeforge.solver.Progress;
import org.routeforge.solver.ProgressListener;
import org.routeforge.solver.SolveOptions;
import org.routeforge.solver.SolveResult.StopReason;
import org.routeforge.solver.stop.MultipleCriteria;

/**
 * The one memetic search (HGS, Vidal 2022) run by a Jenetics {@link Engine}, whatever the
 * {@link Representation}: permutation genotypes, binary-tournament parent selection and survivor
 * trimming by biased fitness ({@link BiasedFitnessSelector}), ordered crossover
 * ({@link OrderedCrossover}), and education as the last alterer ({@link Education}). One generation
 * produces lambda offspring; the population holds mu + lambda and survivor selection trims it back to
 * mu. With penalised constraints ({@link Representation#penalised()}) the population is HGS's two
 * subpopulations, feasible and infeasible members, mu each after trimming (2 mu + lambda in all). When the best solution has not improved for {@code restartAfter} iterations, the stream ends
 * and a fresh random population starts (the best solution is kept; never with the restart rule
 * switched off, {@link Ablation}). As one island of several it exchanges bests at fixed iteration
 * counts ({@link Migration}).
 *
 * <p>Deterministic for a seed and an iteration limit: Jenetics' randomness comes from a seeded
 * {@code L64X256MixRandom} in {@link RandomRegistry#with}, the representation's moves have their own
 * seeded generator, and everything runs on the calling thread (an island receives migrants only at
 * those iteration counts). A time limit cannot promise that.
 */
public final class MemeticSearch {
  private MemeticSearch() {}

  /**
   * What a search found.
   *
   * @param best the best member: the best feasible one, else the least infeasible
   * @param history every new best
   * @param iterations members educated
   * @param restarts populations started
   * @param reason why it stopped
   * @param migrants members received from another island and inserted (0 without islands)
   */
  public record Outcome<M>(M best, List<Progress> history, long iterations, int restarts, StopReason reason,
      long migrants) {}

  /** Runs the search from {@code startNanos} until a criterion of {@code stop} holds. */
  public static <M extends Comparable<? super M>> Outcome<M> run(Representation<M> rep, HgsParameters params,
      SolveOptions options, ProgressListener listener, MultipleCriteria stop, long startNanos) {
    return run(rep, params, options, listener, stop, startNanos, null);
  }

  /**
   * Runs the search as one island of several: every {@link HgsParameters#migrateEvery()} iterations
   * (an epoch; checked at the end of each generation, so an epoch ends at the first generation that
   * reaches its multiple) the island's best goes to {@code migration} and the previous island's best
   * joins the population like an educated offspring (survivor selection trims it with the rest). Epochs
   * are counted in iterations, which do not depend on thread timing, so the islands exchange the same
   * members on every run with the same seeds and iteration limit. Restarts keep the epoch count. With
   * {@code migration} null this is {@link #run(Representation, HgsParameters, SolveOptions,
   * ProgressListener, MultipleCriteria, long)}. The caller leaves the ring when the search returns.
   */
  public static <M extends Comparable<? super M>> Outcome<M> run(Representation<M> rep, HgsParameters params,
      SolveOptions options, ProgressListener listener, MultipleCriteria stop, long startNanos,
      Migration<M> migration) {
    MemeticRun<M> run = new MemeticRun<>(rep, options, listener, stop, params, startNanos);
    if (rep.length() < 2) {
      // one order at most: the first starting member is the whole search
      RandomGenerator rng = RandomGeneratorFactory.of("L64X256MixRandom").create(options.seed());
      run.firstSeedOnly(rng);
      StopReason reason = stop.reason() == null ? StopReason.COMPLETED : stop.reason();
      return new Outcome<>(run.best(), run.history, run.iterations, 1, reason, 0);
    }
    PermutationChromosome<Integer> template = PermutationChromosome.ofInteger(rep.length());
    DistanceCache<M> distances = new DistanceCache<>(rep);
    boolean split = rep.penalised() && params.ablation().uses(Ablation.Component.SUBPOPULATIONS);
    // two subpopulations keep mu members each
    int size = (split ? 2 : 1) * params.mu() + params.lambda();
    Engine<EnumGene<Integer>, M> engine = Engine
        .builder(run::decode, Genotype.of(template))
        .populationSize(size)
        .offspringSize(params.lambda())
        .survivorsSelector(new BiasedFitnessSelector<>(true, split, params, rep, distances, run::observeSurvivors))
        .offspringSelector(new BiasedFitnessSelector<>(false, split, params, rep, distances, BiasedFitnessSelector.Observer.NONE))
        .alterers(new OrderedCrossover<>(1.0), new Education<>(run))
        .maximalPhenotypeAge(Long.MAX_VALUE / 4)
        .minimizing()
        .executor(Runnable::run)
        .build();
    long every = migration == null ? Long.MAX_VALUE : params.migrateEvery();
    long[] migrants = {0};
    int restarts = RandomRegistry.with(RandomGeneratorFactory.of("L64X256MixRandom").create(options.seed()), rng -> {
      int r = 0;
      int epoch = 0;
      // the first population always exists, so there is a best solution however early the stop
      ISeq<Phenotype<EnumGene<Integer>, M>> init = run.initialPopulation(size, rng, false);
      M pending = null;
      while (!run.shouldStop()) {
        run.restarted();
        ISeq<Phenotype<EnumGene<Integer>, M>> population = pending == null ? init
            : init.append(run.phenotypeOf(pending, 1));
        long generation = 1;
        pending = null;
        while (true) {
          long epochEnd = (epoch + 1) * every;
          EvolutionStart<EnumGene<Integer>, M> start = EvolutionStart.of(population, generation);
          List<EvolutionResult<EnumGene<Integer>, M>> last = new ArrayList<>(1);
          engine.stream(() -> start)
              .limit(er -> !run.shouldStop() && !run.restartDue() && run.iterations < epochEnd)
              .forEach(er -> {
                last.clear();
                last.add(er);
              });
          if (run.shouldStop() || run.iterations < epochEnd) {
            break;
          }
          // the end of an epoch: exchange bests with the ring; the previous island's joins the population
          // (or, when a restart is due, the next one)
          M migrant = migration.exchange(epoch++, run.best());
          if (!last.isEmpty()) {
            population = last.get(0).population();
            generation = last.get(0).generation() + 1;
          }
          if (migrant != null) {
            run.receive(migrant);
            migrants[0]++;
          }
          if (run.restartDue()) {
            pending = migrant;
            break;
          }
          if (migrant != null) {
            population = population.append(run.phenotypeOf(migrant, generation));
          }
        }
        r++;
        if (!run.shouldStop()) {
          init = run.initialPopulation(size, rng, true);
        }
      }
      return r;
    });
    StopReason reason = stop.reason() == null ? StopReason.COMPLETED : stop.reason();
    return new Outcome<>(run.best(), run.history, run.iterations, restarts, reason, migrants[0]);
  }
}
