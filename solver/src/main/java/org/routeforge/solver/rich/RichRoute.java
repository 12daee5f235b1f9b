package org.routeforge.solver.rich;

import java.util.Arrays;

/**
 * One vehicle's route in a rich (multi-depot, heterogeneous) solution: which vehicle drives it, the
 * stops in visiting order, and where each of the vehicle type's driver breaks is taken.
 *
 * @param vehicle global vehicle index ({@link RichFleet#vehicleCount()} numbering)
 * @param stops stop indices into {@code Instance.stops()}, in visiting order
 * @param breakPositions for break {@code b} of the vehicle's type, how many stops are served before
 *     it ({@code 0..stops.length}); breaks at the same position are taken in the type's list order
 * @implNote immutable: arrays are copied.
 */
public record RichRoute(int vehicle, int[] stops, int[] breakPositions) {

  public RichRoute {
    stops = stops.clone();
    breakPositions = breakPositions.clone();
  }

  /** A route with no breaks. */
  public static RichRoute of(int vehicle, int... stops) {
    return new RichRoute(vehicle, stops, new int[0]);
  }

  @Override
  public int[] stops() {
    return stops.clone();
  }

  @Override
  public int[] breakPositions() {
    return breakPositions.clone();
  }

  /** Number of stops. */
  public int size() {
    return stops.length;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RichRoute r && r.vehicle == vehicle && Arrays.equals(r.stops, stops)
        && Arrays.equals(r.breakPositions, breakPositions);
  }

  @Override
  public int hashCode() {
    return vehicle * 31 + Arrays.hashCode(stops);
  }

  @Override
  public String toString() {
    return "RichRoute[v" + vehicle + " " + Arrays.toString(stops) + " breaks@" + Arrays.toString(breakPositions) + "]";
  }
}
