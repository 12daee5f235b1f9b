package org.routeforge.solver.model;

/**
 * One vehicle's route with its key figures, as computed by the one evaluator
 * ({@link org.routeforge.solver.rich.RichEvaluator}, through {@link Solution#evaluate}).
 *
 * <p>Times follow the time-warp convention of Vidal et al. (2013): when a vehicle arrives after a
 * window closes, service starts at the window's close and the lateness is counted as time warp. The
 * vehicle leaves at the latest time that does not make it end later (see the evaluator).
 *
 * @param vehicleType index into {@code Instance.vehicleTypes()}
 * @param stops stop indices (into {@code Instance.stops()}) in visiting order, depots excluded
 * @param load total demand of the route, dimension 0
 * @param distance travelled distance, depot to depot
 * @param duration time from the departure to the end, travel, service, breaks and unabsorbed waits
 * @param arrivals arrival time at each stop
 * @param waits waiting time before service at each stop
 * @param timeWarp total lateness over the stops and the shift's end
 * @param excessLoad peak load above capacity, summed over the dimensions
 * @param feasible whether the route breaks no constraint
 * @param vehicle the vehicle's global index (types' counts laid end to end)
 * @param departure when the vehicle leaves its start
 * @param end when the route ends (arrival at the end location; open end: the last service's end)
 * @param breakStarts start of each driver break of the vehicle's type, in the type's order
 * @param startLoad load per dimension when the vehicle leaves (shipments' pickups add to it later)
 */
public record Route(int vehicleType, int[] stops, long load, double distance, double duration,
    double[] arrivals, double[] waits, double timeWarp, long excessLoad, boolean feasible, int vehicle,
    double departure, double end, double[] breakStarts, long[] startLoad) {

  public Route {
    stops = stops.clone();
    arrivals = arrivals.clone();
    waits = waits.clone();
    breakStarts = breakStarts.clone();
    startLoad = startLoad.clone();
  }

  @Override
  public double[] breakStarts() {
    return breakStarts.clone();
  }

  @Override
  public long[] startLoad() {
    return startLoad.clone();
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
