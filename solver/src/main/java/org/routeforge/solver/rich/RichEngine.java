package org.routeforge.solver.rich;

import org.routeforge.solver.CancelToken;
import org.routeforge.solver.ProgressListener;
import org.routeforge.solver.SolveOptions;
import org.routeforge.solver.SolverEngine;

/**
 * An engine that solves a whole {@link RichRequest}: the instance with its objective, the routes to
 * start from and the locks. The pipeline routes warm starts and locks only to these engines.
 */
public interface RichEngine extends SolverEngine {
  /** Solves {@code request} under {@code options}. */
  RichResult solveRich(RichRequest request, SolveOptions options, ProgressListener listener, CancelToken cancel);
}
