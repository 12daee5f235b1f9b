package org.routeforge.solver.ortools;

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
import org.routeforge.solver.model.Solution;

/**
 * Runs another engine (the memetic search) and then {@link OrToolsPolish} on its best solution, within
 * the same time limit: the inner engine gets {@value #SHARE_PERCENT} % less time (at most
 * {@link #MAX_POLISH} less), and the polish gets what is left. This is what
 * {@link SolveOptions#polish()} switches on.
 */
public final class PolishingEngine implements SolverEngine {
  /** The share of the time limit kept for the polish, in percent. */
  public static final int SHARE_PERCENT = 10;
  /** The longest polish. */
  public static final Duration MAX_POLISH = Duration.ofSeconds(30);

  private final SolverEngine inner;

  /** @param inner the engine whose best solution is polished */
  public PolishingEngine(SolverEngine inner) {
    this.inner = inner;
  }

  @Override
  public SolveResult solve(Instance instance, SolveOptions options, ProgressListener listener,
      CancelToken cancel) {
    long start = System.nanoTime();
    Duration limit = options.timeLimit();
    Duration polishBudget = limit.multipliedBy(SHARE_PERCENT).dividedBy(100);
    if (polishBudget.compareTo(MAX_POLISH) > 0) {
      polishBudget = MAX_POLISH;
    }
    SolveOptions innerOptions = options.toBuilder().timeLimit(limit.minus(polishBudget)).polish(false).build();
    SolveResult r = inner.solve(instance, innerOptions, listener, cancel);
    if (cancel.isCancelled() || r.stopReason() == StopReason.TARGET_REACHED || r.best().routes().isEmpty()) {
      return r;
    }
    Instance solved = options.rounding() == null ? instance : instance.withRounding(options.rounding());
    Duration left = limit.minusNanos(System.nanoTime() - start);
    if (left.compareTo(Duration.ofMillis(50)) < 0) {
      left = Duration.ofMillis(50);
    }
    Solution polished = OrToolsPolish.polish(solved, r.best(), left, cancel);
    double elapsed = (System.nanoTime() - start) / 1e9;
    List<Progress> history = new ArrayList<>(r.history());
    if (polished != r.best()) {
      Progress p = new Progress(elapsed, polished.cost(), polished.feasible(), polished.routeCount(),
          r.iterations(), 1.0);
      history.add(p);
      listener.onProgress(p);
    }
    return new SolveResult(polished, history, elapsed, r.iterations(), r.stopReason()).withCounts(r.counts());
  }
}
