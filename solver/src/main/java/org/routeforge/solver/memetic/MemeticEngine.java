package org.routeforge.solver.memetic;

import io.jenetics.EnumGene;
import io.jenetics.Genotype;
import io.jenetics.PermutationChromosome;
import io.jenetics.Phenotype;
import io.jenetics.engine.Engine;
import io.jenetics.engine.EvolutionStart;
import io.jenetics.engine.EvolutionStatistics;
import io.jenetics.util.ISeq;
import io.jenetics.util.RandomRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.routeforge.data.model.CompactInstance;
import org.routeforge.data.model.Instance;
import org.routeforge.solver.CancelToken;
import org.routeforge.solver.InitialSolutionProvider;
import org.routeforge.solver.PreparedInstance;
import org.routeforge.solver.ProgressListener;
import org.routeforge.solver.SolveOptions;
import org.routeforge.solver.SolveResult;
import org.routeforge.solver.SolveResult.StopReason;
import org.routeforge.solver.SolverEngine;
import org.routeforge.solver.init.Providers;
import org.routeforge.solver.init.RandomProvider;
import org.routeforge.solver.model.Solution;
import org.routeforge.solver.stop.MultipleCriteria;

/**
 * The HGS-style memetic search (Vidal 2022) run by a Jenetics {@link Engine}: giant-tour permutation
 * genotypes, binary-tournament parent selection and survivor trimming by biased fitness
 * ({@link BiasedFitnessSelector}), ordered crossover ({@link OrderedCrossover}), and education by
 * local search as the last alterer ({@link Education}). One generation produces lambda offspring;
 * the population holds mu + lambda and survivor selection trims it back to mu before the offspring
 * join. When the best solution has not improved for {@code restartAfter} iterations, the stream ends
 * and a fresh random population starts (the best solution is kept).
 *
 * <p>Deterministic for a seed and an iteration limit: Jenetics' randomness comes from a seeded
 * {@code L64X256MixRandom} in {@link RandomRegistry#with}, the local search has its own seeded
 * generator, and everything runs on the calling thread. A time limit cannot promise that.
 */
public final class MemeticEngine implements SolverEngine {
  private static final System.Logger LOG = System.getLogger(MemeticEngine.class.getName());
  private final HgsParameters params;

  /** An engine with HGS's default parameters. */
  public MemeticEngine() {
    this(HgsParameters.defaults());
  }

  public MemeticEngine(HgsParameters params) {
    this.params = params;
  }

  @Override
  public SolveResult solve(Instance instance, SolveOptions options, ProgressListener listener, CancelToken cancel) {
    long start = System.nanoTime();
    PreparedInstance prep = PreparedInstance.of(instance, options);
    CompactInstance ci = prep.compact();
    if (ci.n <= 1) {
      Solution empty = prep.toSolution(List.of());
      return new SolveResult(empty, List.of(), (System.nanoTime() - start) / 1e9, 0, StopReason.COMPLETED);
    }
    MultipleCriteria stop = MultipleCriteria.of(options, cancel);
    int maxRoutes = maxRoutes(ci);
    double maxDist = ci.maxDistance();
    int maxDemand = 1;
    for (int d : ci.demand) {
      maxDemand = Math.max(maxDemand, d);
    }
    // HGS's initial capacity weight; time warp starts at the same order as a distance unit x 10
    Penalties penalties = new Penalties(Math.max(0.1, Math.min(1000, maxDist / maxDemand)), 10.0,
        params.targetFeasible(), params.adaptEvery());
    RandomGenerator lsRng = RandomGeneratorFactory.of("L64X256MixRandom").create(options.seed() * 0x9E3779B97F4A7C15L + 1);
    Educator educator = new Educator(ci, params, penalties, maxRoutes, lsRng, cancel);
    educator.deadline(start + options.timeLimit().toNanos());
    PermutationChromosome<Integer> template = PermutationChromosome.ofInteger(1, ci.n);
    ISeq<Integer> alleles = template.validAlleles();
    MemeticRun run = new MemeticRun(ci, options, listener, stop, educator, params, alleles, start);
    List<InitialSolutionProvider> providers = providers(options, instance, listener);

    DistanceCache distances = new DistanceCache();
    Engine<EnumGene<Integer>, Individual> engine = Engine
        .builder(run::decode, Genotype.of(template))
        .populationSize(params.mu() + params.lambda())
        .offspringSize(params.lambda())
        .survivorsSelector(new BiasedFitnessSelector(true, params, penalties, distances))
        .offspringSelector(new BiasedFitnessSelector(false, params, penalties, distances))
        .alterers(new OrderedCrossover(1.0), new Education(run))
        .maximalPhenotypeAge(Long.MAX_VALUE / 4)
        .minimizing()
        .executor(Runnable::run)
        .build();
    EvolutionStatistics<Individual, ?> stats = EvolutionStatistics.ofComparable();
    int restarts = RandomRegistry.with(RandomGeneratorFactory.of("L64X256MixRandom").create(options.seed()), rng -> {
      int r = 0;
      // the first population always exists, so there is a best solution however early the stop
      ISeq<Phenotype<EnumGene<Integer>, Individual>> init =
          run.initialPopulation(providers, params.mu() + params.lambda(), rng);
      while (!run.shouldStop()) {
        run.restarted();
        ISeq<Phenotype<EnumGene<Integer>, Individual>> population = init;
        engine.stream(() -> EvolutionStart.of(population, 1))
            .limit(er -> !run.shouldStop() && !run.restartDue())
            .forEach(stats);
        r++;
        if (!run.shouldStop()) {
          init = run.initialPopulation(List.of(new RandomProvider()), params.mu() + params.lambda(), rng);
        }
      }
      return r;
    });
    LOG.log(System.Logger.Level.DEBUG, () -> "memetic search: " + run.iterations + " iterations, " + restarts
        + " runs, " + educator.evaluations() + " move evaluations\n" + stats);
    Solution best = prep.toSolution(run.best().routes());
    StopReason reason = stop.reason() == null ? StopReason.COMPLETED : stop.reason();
    return new SolveResult(best, run.history, (System.nanoTime() - start) / 1e9, run.iterations, reason);
  }

  /**
   * Route slots for the local search: the fleet, capped for capacity-only instances at HGS's
   * {@code ceil(1.3 * demand / capacity) + 3} so that unlimited fleets do not cost memory and time.
   */
  private static int maxRoutes(CompactInstance ci) {
    long total = 0;
    for (int d : ci.demand) {
      total += d;
    }
    int needed = (int) Math.max(1, (total + ci.capacity - 1) / Math.max(1, ci.capacity));
    int bound = ci.timeWindows ? ci.n - 1 : (int) Math.ceil(1.3 * total / Math.max(1, ci.capacity)) + 3;
    int fleet = ci.vehicles <= 0 ? Integer.MAX_VALUE : ci.vehicles;
    return Math.max(1, Math.min(fleet, Math.max(needed, Math.min(bound, ci.n - 1))));
  }

  /** The requested providers that support the instance; each one left out is reported as a note. */
  private static List<InitialSolutionProvider> providers(SolveOptions options, Instance instance,
      ProgressListener listener) {
    List<InitialSolutionProvider> out = new ArrayList<>();
    for (InitialSolutionProvider p : Providers.byNames(options.initOrDefault())) {
      if (p.supports(instance)) {
        out.add(p);
      } else {
        listener.onNote("initial-solution provider '" + p.name() + "' cannot model instance " + instance.name()
            + "; left out");
      }
    }
    if (out.isEmpty()) {
      listener.onNote("no requested initial-solution provider can model the instance; starting from random giant tours");
      out.add(new RandomProvider());
    }
    return out;
  }
}
