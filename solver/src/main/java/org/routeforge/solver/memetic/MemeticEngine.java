package org.routeforge.solver.memetic;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.routeforge.solver.SolverEngine;
import org.routeforge.solver.SolveResult.StopReason;
import org.routeforge.solver.init.Providers;
import org.routeforge.solver.init.RandomProvider;
import org.routeforge.solver.model.Solution;
import org.routeforge.solver.stop.MultipleCriteria;

/**
 * The memetic search ({@link MemeticSearch}) on giant tours ({@link GiantTourRepresentation}): the
 * compact view of the instance, HGS's penalty weights for capacity and time warp, the local search's
 * route slots, and the initial-solution providers that support the instance. Deterministic for a
 * seed and an iteration limit (see {@link MemeticSearch}).
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
    return solve(instance, options, listener, cancel, null);
  }

  /**
   * Solves as one island of a parallel search ({@code parallel.IslandEngine}), exchanging bests through
   * {@code migration} (see {@link MemeticSearch#run(Representation, HgsParameters, SolveOptions,
   * ProgressListener, MultipleCriteria, long, Migration)}); null: alone. {@link SolveResult#counts()}
   * then also has {@code migrations}, the migrants this island received.
   */
  public SolveResult solve(Instance instance, SolveOptions options, ProgressListener listener, CancelToken cancel,
      Migration<Individual> migration) {
    long start = System.nanoTime();
    HgsParameters params = this.params.with(options.ablation());
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
    List<InitialSolutionProvider> providers = providers(options, instance, listener);
    GiantTourRepresentation rep = new GiantTourRepresentation(ci, educator, penalties, options, providers);
    MemeticSearch.Outcome<Individual> out = MemeticSearch.run(rep, params, options, listener, stop, start, migration);
    LOG.log(System.Logger.Level.DEBUG, () -> "memetic search: " + out.iterations() + " iterations, "
        + out.restarts() + " runs, " + educator.evaluations() + " move evaluations");
    Solution best = prep.toSolution(out.best().routes());
    return new SolveResult(best, out.history(), (System.nanoTime() - start) / 1e9, out.iterations(), out.reason())
        .withCounts(Map.of("restarts", Math.max(0L, out.restarts() - 1L), "repairs", educator.repairs(),
            "swap*-moves", educator.swapStarMoves(), "neighbours", (long) educator.neighbourhoodSize(),
            "migrations", out.migrants()));
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
