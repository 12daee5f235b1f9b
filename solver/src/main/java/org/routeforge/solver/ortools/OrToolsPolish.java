package org.routeforge.solver.ortools;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.routeforge.data.model.Instance;
import org.routeforge.solver.CancelToken;
import org.routeforge.solver.ProgressListener;
import org.routeforge.solver.SolveOptions;
import org.routeforge.solver.model.Route;
import org.routeforge.solver.model.Solution;
import org.routeforge.solver.rich.RichFleet;
import org.routeforge.solver.rich.RichRequest;
import org.routeforge.solver.rich.RichResult;
import org.routeforge.solver.rich.RichRoute;

/**
 * The OR-Tools polish step: loads a solution's routes (typically the memetic search's best) into
 * the OR-Tools model of {@link OrToolsEngine} as the initial assignment and lets its guided local
 * search try to improve them within a small budget. Different neighbourhoods than ours sometimes find
 * a last improvement. Works on any instance the engine does: each route goes to the next unused
 * vehicle of its vehicle type.
 *
 * <p>The input is returned unchanged when OR-Tools cannot load it (for instance an infeasible
 * solution, more routes of a type than it has vehicles, or a tight window that OR-Tools' conservative
 * integer rounding of travel times rejects) or when nothing better is found.
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
    if (solution.routes().isEmpty() || instance.vehicleCount() <= 0) {
      return solution;
    }
    RichFleet fleet = RichFleet.of(instance);
    int types = instance.vehicleTypes().size();
    int[] nextOfType = new int[types];
    for (int t = 0; t < types; t++) {
      nextOfType[t] = fleet.firstOfType(t);
    }
    List<RichRoute> initial = new ArrayList<>(solution.routes().size());
    for (Route r : solution.routes()) {
      int t = r.vehicleType();
      if (t < 0 || t >= types || nextOfType[t] >= fleet.firstOfType(t + 1)) {
        return solution; // more routes of this type than it has vehicles: not loadable
      }
      initial.add(new RichRoute(nextOfType[t]++, r.stops(), new int[0]));
    }
    RichRequest request = RichRequest.of(instance).withInitialRoutes(initial);
    SolveOptions options = SolveOptions.builder().timeLimit(budget).build();
    RichResult polished = OrToolsEngine.run(request, options, ProgressListener.NONE, cancel, true);
    if (polished == null) {
      return solution;
    }
    Solution out = polished.result().best();
    boolean better = out.feasible() && (!solution.feasible() || out.cost() < solution.cost() - 1e-9);
    return better ? out : solution;
  }
}
