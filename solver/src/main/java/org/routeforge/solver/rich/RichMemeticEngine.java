package org.routeforge.solver.rich;

import io.jenetics.Alterer;
import io.jenetics.AltererResult;
import io.jenetics.EnumGene;
import io.jenetics.Genotype;
import io.jenetics.PartiallyMatchedCrossover;
import io.jenetics.Phenotype;
import io.jenetics.PermutationChromosome;
import io.jenetics.SwapMutator;
import io.jenetics.TournamentSelector;
import io.jenetics.EliteSelector;
import io.jenetics.engine.Engine;
import io.jenetics.engine.EvolutionResult;
import io.jenetics.engine.EvolutionStart;
import io.jenetics.util.ISeq;
import io.jenetics.util.MSeq;
import io.jenetics.util.RandomRegistry;
import io.jenetics.util.Seq;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.routeforge.data.model.Instance;
import org.routeforge.solver.CancelToken;
import org.routeforge.solver.Progress;
import org.routeforge.solver.ProgressListener;
import org.routeforge.solver.SolveOptions;
import org.routeforge.solver.SolveResult;
import org.routeforge.solver.SolveResult.StopReason;
import org.routeforge.solver.SolverEngine;
import org.routeforge.solver.model.Unassigned;
import org.routeforge.solver.stop.MultipleCriteria;

/**
 * The memetic engine for rich instances (several depots, heterogeneous fleet, skills, several windows,
 * pickup–delivery, route limits, open routes, breaks, priorities, locks, warm starts), run by a
 * Jenetics {@link Engine}: a genotype is a permutation of the tasks (single stops and shipment
 * pickups), decoded by cheapest feasible insertion, higher priorities first ({@link RichSearch});
 * partially matched crossover and swap mutation make offspring, and a last Lamarckian alterer improves
 * every offspring by relocate/exchange/insertion/ejection moves and writes the improved solution back
 * as its genotype, already evaluated. Stops no vehicle can serve are set aside first with their reason
 * ({@link RichReasons}); the best solution is re-checked by {@link RichEvaluator}.
 *
 * <p>Deterministic for a seed and an iteration limit (offspring count): Jenetics' randomness comes from
 * a seeded {@code L64X256MixRandom}, the moves have their own seeded generator, and everything runs on
 * the calling thread.
 */
public final class RichMemeticEngine implements SolverEngine {
  private static final int POPULATION = 20;
  private static final int OFFSPRING = 10;
  private static final int PASSES = 3;

  @Override
  public SolveResult solve(Instance instance, SolveOptions options, ProgressListener listener, CancelToken cancel) {
    return solveRich(RichRequest.of(instance).withObjective(options.objective()), options, listener, cancel).result();
  }

  /** Solves a rich request (objective, warm start, locks). */
  public RichResult solveRich(RichRequest request, SolveOptions options, ProgressListener listener,
      CancelToken cancel) {
    long start = System.nanoTime();
    RichRequest req = request.withRounding(options.rounding());
    Instance inst = req.instance();
    ProgressListener out = listener == null ? ProgressListener.NONE : listener;
    CancelToken token = cancel == null ? new CancelToken() : cancel;
    List<Unassigned> pre = RichReasons.unservable(inst);
    boolean[] excluded = new boolean[inst.stops().size()];
    for (Unassigned u : pre) {
      excluded[u.stopIndex()] = true;
    }
    RichSearch search = new RichSearch(req, excluded);
    RandomGenerator moves = RandomGeneratorFactory.of("L64X256MixRandom").create(options.seed() * 0x9E3779B97F4A7C15L + 7);
    Run run = new Run(search, options, out, token, start, moves);
    RichIndividual best;
    if (search.tasks.length < 2) {
      RichSearch.State st = search.decode(identity(search.tasks.length));
      best = search.improve(st, moves, PASSES).individual();
      run.offer(best);
    } else {
      best = RandomRegistry.with(RandomGeneratorFactory.of("L64X256MixRandom").create(options.seed()), r -> run.evolve(req));
    }
    List<RichRoute> routes = best.state().routes();
    RichEvaluation eval = RichEvaluator.evaluate(inst, routes, req.locks());
    List<Unassigned> reasons = RichReasons.afterSearch(inst, eval.unserved(), pre);
    SolveResult result = new SolveResult(RichResult.toSolution(inst, routes, eval, reasons), run.history,
        (System.nanoTime() - start) / 1e9, run.iterations, run.reason());
    return new RichResult(result, routes, eval);
  }

  private static int[] identity(int n) {
    int[] a = new int[n];
    for (int i = 0; i < n; i++) {
      a[i] = i;
    }
    return a;
  }

  /** One solve's evolution: the Jenetics engine, the Lamarckian alterer, limits and progress. */
  private static final class Run {
    private final RichSearch search;
    private final SolveOptions options;
    private final ProgressListener listener;
    private final MultipleCriteria stop;
    private final long start;
    private final RandomGenerator moves;
    private final ISeq<Integer> alleles;
    final List<Progress> history = new ArrayList<>();
    long iterations;
    private RichIndividual best;

    Run(RichSearch search, SolveOptions options, ProgressListener listener, CancelToken cancel, long start,
        RandomGenerator moves) {
      this.search = search;
      this.options = options;
      this.listener = listener;
      this.stop = MultipleCriteria.of(options, cancel);
      this.start = start;
      this.moves = moves;
      this.alleles = PermutationChromosome.ofInteger(Math.max(1, search.tasks.length)).validAlleles();
    }

    RichIndividual evolve(RichRequest req) {
      Engine<EnumGene<Integer>, RichIndividual> engine = Engine
          .builder(this::decode, Genotype.of(PermutationChromosome.ofInteger(search.tasks.length)))
          .populationSize(POPULATION)
          .offspringSize(OFFSPRING)
          .survivorsSelector(new EliteSelector<EnumGene<Integer>, RichIndividual>(2, new TournamentSelector<>(3)))
          .offspringSelector(new TournamentSelector<>(3))
          .alterers(new PartiallyMatchedCrossover<>(0.8), new SwapMutator<>(0.05), new Lamarck(this))
          .minimizing()
          .executor(Runnable::run)
          .build();
      List<Phenotype<EnumGene<Integer>, RichIndividual>> init = new ArrayList<>();
      if (!req.initialRoutes().isEmpty()) {
        RichSearch.State warm = search.fromRoutes(req.initialRoutes());
        for (int s : search.tasks) {
          if (warm.routeOf[s] < 0) {
            search.insertBest(warm, s);
          }
        }
        init.add(phenotype(search.improve(warm, moves, PASSES), 1));
      }
      int[] byPriority = identity(search.tasks.length);
      init.add(phenotype(search.improve(search.decode(byPriority), moves, PASSES), 1));
      for (Phenotype<EnumGene<Integer>, RichIndividual> p : init) {
        // the starting solutions count as found: a limit that ends the stream before its first
        // generation is observed still returns the best of them
        offer(p.fitness());
      }
      EvolutionStart<EnumGene<Integer>, RichIndividual> first = EvolutionStart.of(ISeq.of(init), 1);
      engine.stream(first)
          .limit(r -> !shouldStop())
          .forEach(this::observe);
      return best;
    }

    private void observe(EvolutionResult<EnumGene<Integer>, RichIndividual> r) {
      offer(r.bestPhenotype().fitness());
    }

    void offer(RichIndividual ind) {
      if (best != null && ind.compareTo(best) >= 0) {
        return;
      }
      best = ind;
      double elapsed = (System.nanoTime() - start) / 1e9;
      int routes = 0;
      for (int v = 0; v < search.vehicles; v++) {
        routes += ind.state().len[v] > 0 ? 1 : 0;
      }
      Progress p = new Progress(elapsed, ind.cost(), ind.unservedWeight() == 0, routes, iterations, fraction(elapsed));
      history.add(p);
      listener.onProgress(p);
    }

    private double fraction(double elapsed) {
      double f = elapsed / options.budgetSeconds();
      if (options.iterationLimit() > 0) {
        f = Math.max(f, (double) iterations / options.iterationLimit());
      }
      return Math.min(1, f);
    }

    /** The pipeline's one stopping rule set ({@link MultipleCriteria}); feasible here means every stop served. */
    boolean shouldStop() {
      double bestFeasible = best != null && best.unservedWeight() == 0 ? best.cost() : Double.POSITIVE_INFINITY;
      return stop.shouldStop((System.nanoTime() - start) / 1e9, iterations, bestFeasible);
    }

    StopReason reason() {
      return stop.reason() == null ? StopReason.COMPLETED : stop.reason();
    }

    private RichIndividual decode(Genotype<EnumGene<Integer>> gt) {
      return search.decode(order(gt)).individual();
    }

    private static int[] order(Genotype<EnumGene<Integer>> gt) {
      var ch = gt.chromosome();
      int[] order = new int[ch.length()];
      for (int i = 0; i < order.length; i++) {
        order[i] = ch.get(i).allele();
      }
      return order;
    }

    Phenotype<EnumGene<Integer>, RichIndividual> educate(Genotype<EnumGene<Integer>> gt, long generation) {
      iterations++;
      RichIndividual ind = search.improve(search.decode(order(gt)), moves, PASSES).individual();
      return phenotype(ind, generation);
    }

    private Phenotype<EnumGene<Integer>, RichIndividual> phenotype(RichSearch.State st, long generation) {
      return phenotype(st.individual(), generation);
    }

    private Phenotype<EnumGene<Integer>, RichIndividual> phenotype(RichIndividual ind, long generation) {
      int[] order = search.encode(ind.state());
      MSeq<EnumGene<Integer>> genes = MSeq.ofLength(order.length);
      for (int i = 0; i < order.length; i++) {
        genes.set(i, EnumGene.of(order[i], alleles));
      }
      Genotype<EnumGene<Integer>> gt = Genotype.of(new PermutationChromosome<>(genes.toISeq()));
      return Phenotype.of(gt, generation, ind);
    }
  }

  /** The Lamarckian step as the last alterer: improves each new offspring and writes it back, evaluated. */
  private static final class Lamarck implements Alterer<EnumGene<Integer>, RichIndividual> {
    private final Run run;

    Lamarck(Run run) {
      this.run = run;
    }

    @Override
    public AltererResult<EnumGene<Integer>, RichIndividual> alter(
        Seq<Phenotype<EnumGene<Integer>, RichIndividual>> population, long generation) {
      MSeq<Phenotype<EnumGene<Integer>, RichIndividual>> out = MSeq.of(population);
      int altered = 0;
      for (int i = 0; i < out.size(); i++) {
        Phenotype<EnumGene<Integer>, RichIndividual> p = out.get(i);
        if (p.isEvaluated() || run.shouldStop()) {
          continue;
        }
        out.set(i, run.educate(p.genotype(), generation));
        altered++;
      }
      return new AltererResult<>(out.toISeq(), altered);
    }
  }
}
