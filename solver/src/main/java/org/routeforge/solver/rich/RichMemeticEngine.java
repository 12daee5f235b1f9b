package org.routeforge.solver.rich;

import java.util.List;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.routeforge.data.model.Instance;
import org.routeforge.solver.CancelToken;
import org.routeforge.solver.ProgressListener;
import org.routeforge.solver.SolveOptions;
import org.routeforge.solver.SolveResult;
import org.routeforge.solver.memetic.HgsParameters;
import org.routeforge.solver.memetic.MemeticSearch;
import org.routeforge.solver.model.Unassigned;
import org.routeforge.solver.stop.MultipleCriteria;

/**
 * The memetic search ({@link MemeticSearch}) on task orders decoded by cheapest feasible insertion
 * ({@link InsertionRepresentation}): the representation for every feature of the problem view
 * (several depots, heterogeneous fleet, skills, several windows, pickup–delivery, route limits, open
 * routes, breaks, priorities, locks, warm starts). Stops no vehicle can serve are set aside first
 * with their reason ({@link RichReasons}); the best solution is priced again by
 * {@link RichEvaluator}, the oracle. Deterministic for a seed and an iteration limit (see
 * {@link MemeticSearch}).
 */
public final class RichMemeticEngine implements RichEngine {
  private final HgsParameters params;

  /** An engine with the insertion representation's parameters ({@link HgsParameters#insertion()}). */
  public RichMemeticEngine() {
    this(HgsParameters.insertion());
  }

  public RichMemeticEngine(HgsParameters params) {
    this.params = params;
  }

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
    search.stopAt(start + options.timeLimit().toNanos(), token);
    RandomGenerator moves = RandomGeneratorFactory.of("L64X256MixRandom").create(options.seed() * 0x9E3779B97F4A7C15L + 7);
    InsertionRepresentation rep = new InsertionRepresentation(search, req, moves);
    MemeticSearch.Outcome<RichIndividual> found =
        MemeticSearch.run(rep, params, options, out, MultipleCriteria.of(options, token), start);
    List<RichRoute> routes = found.best().state().routes();
    RichEvaluation eval = RichEvaluator.evaluate(inst, routes, req.locks());
    List<Unassigned> reasons = RichReasons.afterSearch(inst, eval.unserved(), pre);
    SolveResult result = new SolveResult(RichResult.toSolution(inst, routes, eval, reasons), found.history(),
        (System.nanoTime() - start) / 1e9, found.iterations(), found.reason());
    List<String> ran = new java.util.ArrayList<>(List.of("ordered-crossover", "cheapest-insertion"));
    ran.addAll(search.educationSteps());
    return new RichResult(result.withOperators(ran), routes, eval);
  }
}
