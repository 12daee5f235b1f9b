package org.routeforge.solver.rich;

import java.util.List;
import org.routeforge.data.model.Instance;
import org.routeforge.solver.SolveResult;
import org.routeforge.solver.model.Solution;
import org.routeforge.solver.model.Unassigned;

/**
 * The outcome of a rich solve: the pipeline's {@link SolveResult} (whose solution lists every route
 * with its vehicle type and every unserved stop with its reason) plus the vehicle-level routes with
 * their breaks and the independent {@link RichEvaluator} check of them.
 *
 * @param result what {@code Solver.solve} returns
 * @param routes the routes per vehicle, breaks placed
 * @param evaluation the evaluator's verdict on {@link #routes}
 */
public record RichResult(SolveResult result, List<RichRoute> routes, RichEvaluation evaluation) {
  public RichResult {
    routes = List.copyOf(routes);
  }

  /** The unserved stops with their reasons. */
  public List<Unassigned> unassigned() {
    return result.best().unassigned();
  }

  /**
   * Builds the pipeline's {@link Solution} from evaluated rich routes; kept for the OR-Tools rich
   * engine, the same as {@link Solution#of}.
   */
  public static Solution toSolution(Instance inst, List<RichRoute> routes, RichEvaluation eval,
      List<Unassigned> reasons) {
    return Solution.of(inst, routes, eval, reasons);
  }
}
