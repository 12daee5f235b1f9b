package org.routeforge.solver.stop;

import java.util.ArrayList;
import java.util.List;
import org.routeforge.solver.CancelToken;
import org.routeforge.solver.SolveOptions;
import org.routeforge.solver.SolveResult.StopReason;

/** Stops when any of its criteria does, and remembers which one it was. */
public final class MultipleCriteria implements StoppingCriterion {
  private final List<StoppingCriterion> criteria;
  private StopReason reason;

  public MultipleCriteria(List<StoppingCriterion> criteria) {
    this.criteria = List.copyOf(criteria);
  }

  /** The criteria the options ask for: cancellation, time, iterations and target cost. */
  public static MultipleCriteria of(SolveOptions options, CancelToken cancel) {
    List<StoppingCriterion> cs = new ArrayList<>();
    cs.add(new Cancelled(cancel));
    cs.add(new MaxRuntime(options.timeLimit().toNanos() / 1e9));
    if (options.iterationLimit() > 0) {
      cs.add(new MaxIterations(options.iterationLimit()));
    }
    if (!Double.isNaN(options.targetCost())) {
      cs.add(new TargetCost(options.targetCost()));
    }
    return new MultipleCriteria(cs);
  }

  @Override
  public boolean shouldStop(double elapsedSeconds, long iterations, double bestFeasibleCost) {
    for (StoppingCriterion c : criteria) {
      if (c.shouldStop(elapsedSeconds, iterations, bestFeasibleCost)) {
        reason = c.reason();
        return true;
      }
    }
    return false;
  }

  /** The reason of the criterion that fired last, or null. */
  @Override
  public StopReason reason() {
    return reason;
  }
}
