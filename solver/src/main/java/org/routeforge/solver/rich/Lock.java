package org.routeforge.solver.rich;

/**
 * Stops fixed to one vehicle for re-optimization during the day: every stop listed must be served
 * by {@code vehicle}, and with {@code inSequence} in the listed relative order (other stops may be
 * inserted between them).
 *
 * @param vehicle global vehicle index
 * @param stops stop indices
 * @param inSequence whether the listed order is fixed too
 */
public record Lock(int vehicle, int[] stops, boolean inSequence) {
  public Lock {
    stops = stops.clone();
  }

  @Override
  public int[] stops() {
    return stops.clone();
  }
}
