package org.routeforge.solver.polish;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.routeforge.data.model.Instance;
import org.routeforge.solver.CancelToken;
import org.routeforge.solver.Progress;
import org.routeforge.solver.ProgressListener;
import org.routeforge.solver.SolveOptions;
import org.routeforge.solver.SolveResult;
import org.routeforge.solver.SolveResult.StopReason;
import org.routeforge.solver.SolverEngine;
import org.routeforge.solver.ortools.OrToolsEngine;
import org.routeforge.solver.ortools.PolishingEngine;
import org.routeforge.solver.rich.Objective;
import org.routeforge.solver.rich.RichEvaluation;
import org.routeforge.solver.rich.RichMemeticEngine;
import org.routeforge.solver.rich.RichRequest;
import org.routeforge.solver.rich.RichResult;

/**
 * {@code --polish} for instances beyond the classic features: the insertion-based memetic engine
 * runs first, then OR-Tools' routing search starts from its best routes (a warm start of the rich
 * OR-Tools model) for the rest of the time limit, split as {@link PolishingEngine} splits it. The
 * polished routes are kept only when they serve at least as much (priority-weighted) and, for
 * min–max, end no later, and cost less, as the one evaluator measures both.
 */
public final class InsertionPolishingEngine implements SolverEngine {

  @Override
  public SolveResult solve(Instance instance, SolveOptions options, ProgressListener listener, CancelToken cancel) {
    long start = System.nanoTime();
    Duration limit = options.timeLimit();
    Duration polishBudget = limit.multipliedBy(PolishingEngine.SHARE_PERCENT).dividedBy(100);
    if (polishBudget.compareTo(PolishingEngine.MAX_POLISH) > 0) {
      polishBudget = PolishingEngine.MAX_POLISH;
    }
    RichRequest request = RichRequest.of(instance).withObjective(options.objective());
    SolveOptions first = options.toBuilder().timeLimit(limit.minus(polishBudget)).polish(false).build();
    RichResult m = new RichMemeticEngine().solveRich(request, first, listener, cancel);
    SolveResult r = m.result();
    if (cancel.isCancelled() || r.stopReason() == StopReason.TARGET_REACHED || m.routes().isEmpty()) {
      return r;
    }
    Duration left = limit.minusNanos(System.nanoTime() - start);
    if (left.compareTo(Duration.ofMillis(50)) < 0) {
      left = Duration.ofMillis(50);
    }
    SolveOptions polish = options.toBuilder().timeLimit(left).iterationLimit(0).polish(false)
        .engine(SolveOptions.EngineKind.ORTOOLS).build();
    RichResult p = new OrToolsEngine().solveRich(request.withInitialRoutes(m.routes()), polish,
        ProgressListener.NONE, cancel);
    double elapsed = (System.nanoTime() - start) / 1e9;
    if (!better(p.evaluation(), m.evaluation(), options.objective())) {
      return new SolveResult(r.best(), r.history(), elapsed, r.iterations(), r.stopReason());
    }
    List<Progress> history = new ArrayList<>(r.history());
    Progress done = new Progress(elapsed, p.result().best().cost(), p.result().best().feasible(),
        p.result().best().routeCount(), r.iterations(), 1.0);
    history.add(done);
    listener.onProgress(done);
    return new SolveResult(p.result().best(), history, elapsed, r.iterations(), r.stopReason());
  }

  /** Whether {@code a} is feasible and better than {@code b} in the objective's order. */
  static boolean better(RichEvaluation a, RichEvaluation b, Objective objective) {
    if (!a.feasible()) {
      return false;
    }
    if (!b.feasible()) {
      return true;
    }
    if (a.unservedWeight() != b.unservedWeight()) {
      return a.unservedWeight() < b.unservedWeight();
    }
    if (objective == Objective.MIN_MAX && Math.abs(a.makespan() - b.makespan()) > 1e-9) {
      return a.makespan() < b.makespan();
    }
    return a.cost() < b.cost() - 1e-9;
  }
}
