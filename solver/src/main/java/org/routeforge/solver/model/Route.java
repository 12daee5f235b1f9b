package org.routeforge.solver.model;

/**
 * One vehicle's route with its key figures, as computed by {@link Solution#evaluate}.
 *
 * <p>Times follow the time-warp convention of Vidal et al. (2013): when a vehicle arrives after a
 * window closes, service starts at the window's close and the lateness is counted as time warp.
 *
 * @param vehicleType index into {@code Instance.vehicleTypes()}
 * @param stops stop indices (into {@code Instance.stops()}) in visiting order, depots excluded
 * @param load total demand of the route, dimension 0
 * @param distance travelled distance, depot to depot
 * @param duration time from leaving the depot to returning, waits and service included
 * @param arrivals arrival time at each stop
 * @param waits waiting time before service at each stop
 * @param timeWarp total lateness over the stops and the return to the depot
 * @param excessLoad load above capacity, summed over the dimensions
 * @param feasible whether the route breaks no constraint (capacity, windows, max distance/duration/stops)
 */
public record Route(int vehicleType, int[] stops, long load, double distance, double duration,
    double[] arrivals, double[] waits, double timeWarp, long excessLoad, boolean feasible) {

  public Route {
    stops = stops.clone();
    arrivals = arrivals.clone();
    waits = waits.clone();
  }

  @Override
  public int[] stops() {
    return stops.clone();
  }

  @Override
  public double[] arrivals() {
    return arrivals.clone();
  }

  @Override
  public double[] waits() {
    return waits.clone();
  }

  /** Number of stops on the route. */
  public int size() {
    return stops.length;
  }
}
