package org.routeforge.solver;

import java.util.Objects;
import org.routeforge.data.model.Instance;
import org.routeforge.solver.memetic.MemeticEngine;

/**
 * The solve pipeline's single entry point: picks the engine named by the options and runs it.
 * Everything that solves a routing instance (CLI, HTTP jobs, benchmarks) goes through here.
 */
public final class Solver {
  private Solver() {}

  /**
   * Solves {@code instance}.
   *
   * @param listener gets each new best solution (use {@link ProgressListener#NONE} to ignore)
   * @param cancel stops the search within about 100 ms, keeping the best solution so far
   * @throws IllegalArgumentException when the instance has a shape the engine does not handle
   */
  public static SolveResult solve(Instance instance, SolveOptions options, ProgressListener listener,
      CancelToken cancel) {
    Objects.requireNonNull(instance, "instance");
    Objects.requireNonNull(options, "options");
    // instances the single-depot compact view cannot express go to the rich engines (no polish there)
    boolean rich = org.routeforge.solver.rich.RichDispatch.isRich(instance);
    SolverEngine engine = rich ? org.routeforge.solver.rich.RichDispatch.engine(options.engine()) : engine(options.engine());
    if (!rich && options.polish() && options.engine() == SolveOptions.EngineKind.MEMETIC) {
      engine = new org.routeforge.solver.ortools.PolishingEngine(engine);
    }
    return engine.solve(instance, options,
        listener == null ? ProgressListener.NONE : listener, cancel == null ? new CancelToken() : cancel);
  }

  /** Solves with no listener and no cancel token. */
  public static SolveResult solve(Instance instance, SolveOptions options) {
    return solve(instance, options, ProgressListener.NONE, new CancelToken());
  }

  private static SolverEngine engine(SolveOptions.EngineKind kind) {
    switch (kind) {
      case MEMETIC:
        return new MemeticEngine();
      case ORTOOLS:
        return new org.routeforge.solver.ortools.OrToolsEngine();
      default:
        throw new IllegalArgumentException("engine " + kind + " is not available in this build");
    }
  }
}
