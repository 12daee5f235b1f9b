package org.routeforge.solver.rich;

import java.util.List;

/**
 * What {@link RichEvaluator} computed for a set of routes.
 *
 * @param routes per-route figures, in the order given
 * @param cost total cost over the used vehicles
 * @param distance total distance
 * @param makespan the latest route end (0 without routes)
 * @param unserved stop indices on no route, ascending
 * @param unservedWeight priority-weighted count of the unserved stops (see {@link Objective})
 * @param violations every broken constraint (empty = feasible)
 */
public record RichEvaluation(List<RouteReport> routes, double cost, double distance, double makespan,
    int[] unserved, double unservedWeight, List<Violation> violations) {

  public RichEvaluation {
    routes = List.copyOf(routes);
    unserved = unserved.clone();
    violations = List.copyOf(violations);
  }

  @Override
  public int[] unserved() {
    return unserved.clone();
  }

  /** Whether no constraint is broken (unserved stops are allowed: a partial solution). */
  public boolean feasible() {
    return violations.isEmpty();
  }

  /** Whether some violation of {@code kind} was found. */
  public boolean has(Violation.Kind kind) {
    for (Violation v : violations) {
      if (v.kind() == kind) {
        return true;
      }
    }
    return false;
  }

  /**
   * One route's figures.
   *
   * @param vehicle global vehicle index
   * @param type vehicle type index
   * @param distance travelled distance
   * @param duration time from the (latest possible) departure to the end, waits, service and breaks included
   * @param departure departure time (pushed as late as the route allows without ending later)
   * @param end arrival at the end location (for open routes: the end of the last service)
   * @param arrivals arrival per stop, leaving at {@code departure}
   * @param serviceStarts service start per stop, leaving at {@code departure}
   * @param breakStarts start of each break of the vehicle's type (NaN when not placed)
   * @param cost this route's cost
   * @param timeWarp lateness summed over the stops and the shift's end
   * @param excessLoad peak load above capacity, summed over the dimensions
   * @param startLoad load per dimension when the vehicle leaves (the deliveries outside shipments)
   * @param route index of the route in the evaluated list
   */
  public record RouteReport(int vehicle, int type, double distance, double duration, double departure,
      double end, double[] arrivals, double[] serviceStarts, double[] breakStarts, double cost,
      double timeWarp, long excessLoad, long[] startLoad, int route) {
    public RouteReport {
      arrivals = arrivals.clone();
      serviceStarts = serviceStarts.clone();
      breakStarts = breakStarts.clone();
      startLoad = startLoad.clone();
    }

    @Override
    public long[] startLoad() {
      return startLoad.clone();
    }

    @Override
    public double[] arrivals() {
      return arrivals.clone();
    }

    @Override
    public double[] serviceStarts() {
      return serviceStarts.clone();
    }

    @Override
    public double[] breakStarts() {
      return breakStarts.clone();
    }
  }
}
