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

  /**
   * The criteria the options ask for: cancellation, wall-clock time, CPU time (counted on the calling
   * thread from now), iterations, iterations without improvement and target cost.
   */
  public static MultipleCriteria of(SolveOptions options, CancelToken cancel) {
    List<StoppingCriterion> cs = new ArrayList<>();
    cs.add(new Cancelled(cancel));
    cs.add(new MaxRuntime(options.timeLimit().toNanos() / 1e9));
    if (options.cpuTime() != null) {
      cs.add(new MaxCpuTime(options.cpuTime().toNanos() / 1e9));
    }
    if (options.iterationLimit() > 0) {
      cs.add(new MaxIterations(options.iterationLimit()));
    }
    if (options.noImprovementLimit() > 0) {
      cs.add(new NoImprovement(options.noImprovementLimit()));
    }
    if (!Double.isNaN(options.targetCost())) {
      cs.add(new TargetCost(options.targetCost()));
    }
    return new MultipleCriteria(cs);
  }

  /** Asks every criterion (stateful ones such as {@link NoImprovement} must see each call). */
  @Override
  public boolean shouldStop(double elapsedSeconds, long iterations, double bestFeasibleCost) {
    StopReason first = null;
    for (StoppingCriterion c : criteria) {
      if (c.shouldStop(elapsedSeconds, iterations, bestFeasibleCost) && first == null) {
        first = c.reason();
      }
    }
    if (first != null) {
      reason = first;
    }
    return first != null;
  }

  /** The CPU-time criterion, or null when the options set no CPU budget (engines register worker threads on it). */
  public MaxCpuTime cpuTime() {
    for (StoppingCriterion c : criteria) {
      if (c instanceof MaxCpuTime m) {
        return m;
      }
    }
    return null;
  }

  /** The reason of the criterion that fired last, or null. */
  @Override
  public StopReason reason() {
    return reason;
  }
}
