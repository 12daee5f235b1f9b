package org.routeforge.solver.memetic;

import org.routeforge.data.model.Instance;
import org.routeforge.solver.CancelToken;
import org.routeforge.solver.ProgressListener;
import org.routeforge.solver.SolveOptions;
import org.routeforge.solver.SolveResult;
import org.routeforge.solver.SolverEngine;

/** The HGS-style memetic search on Jenetics (being written: the API lands first). */
public final class MemeticEngine implements SolverEngine {
  @Override
  public SolveResult solve(Instance instance, SolveOptions options, ProgressListener listener, CancelToken cancel) {
    throw new UnsupportedOperationException("the memetic engine lands in the next commit");
  }
}
