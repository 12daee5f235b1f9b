package org.routeforge.solver.ortools;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.routeforge.data.model.Instance;
import org.routeforge.solver.CancelToken;
import org.routeforge.solver.PreparedInstance;
import org.routeforge.solver.ProgressListener;
import org.routeforge.solver.SolveOptions;
import org.routeforge.solver.model.Solution;

/**
 * The OR-Tools polish step: loads a solution's routes (typically the memetic search's best) into
 * OR-Tools as the initial assignment and lets its guided local search try to improve them within a
 * small budget. Different neighbourhoods than ours sometimes find a last improvement.
 *
 * <p>The input is returned unchanged when OR-Tools cannot load it (for instance an infeasible
 * solution, or a tight window that OR-Tools' conservative integer rounding of travel times rejects)
 * or when nothing better is found.
 */
public final class OrToolsPolish {
  private OrToolsPolish() {}

  /**
   * Tries to improve {@code solution} of {@code instance} within {@code budget}.
   *
   * @param instance the instance as solved (any rounding override already applied)
   * @param solution the routes to start from (stop indices into {@code instance.stops()})
   * @param budget OR-Tools' time limit
   * @param cancel stops the polish early, keeping the best found
   * @return the better of {@code solution} and OR-Tools' result: feasible beats infeasible, then lower cost
   */
  public static Solution polish(Instance instance, Solution solution, Duration budget, CancelToken cancel) {
    long start = System.nanoTime();
    PreparedInstance prepared = PreparedInstance.of(instance, SolveOptions.builder().timeLimit(budget).build());
    if (prepared.compact().n <= 1 || solution.routes().isEmpty()) {
      return solution;
    }
    int[] nodeOfStop = new int[instance.stops().size()];
    for (int node = 1; node < prepared.compact().n; node++) {
      nodeOfStop[prepared.stopOfNode(node)] = node;
    }
    List<int[]> initial = new ArrayList<>(solution.routes().size());
    for (int[] stops : solution.routeStops()) {
      int[] nodes = new int[stops.length];
      for (int i = 0; i < stops.length; i++) {
        nodes[i] = nodeOfStop[stops[i]];
        if (nodes[i] == 0) {
          return solution; // the solution routes a stop no vehicle can serve: nothing to polish
        }
      }
      initial.add(nodes);
    }
    OrToolsModel model = OrToolsModel.of(prepared.compact());
    if (initial.size() > model.vehicles) {
      return solution;
    }
    OrToolsSearch search = new OrToolsSearch(model, ProgressListener.NONE, cancel, start,
        budget.toNanos() / 1e9, Double.NaN);
    List<int[]> routes = search.run(OrToolsModel.parameters(model.defaultFirstSolution(),
        budget.minusNanos(System.nanoTime() - start)), initial);
    if (routes == null) {
      return solution;
    }
    Solution polished = prepared.toSolution(routes);
    boolean better = polished.feasible() && (!solution.feasible() || polished.cost() < solution.cost() - 1e-9);
    return better ? polished : solution;
  }
}
