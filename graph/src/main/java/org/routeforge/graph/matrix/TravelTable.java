package org.routeforge.graph.matrix;

/**
 * Square travel matrices between {@code size} points, row-major (from × to): durations in seconds and
 * distances in metres; {@code +inf} where no route exists.
 *
 * @param size number of points
 * @param durations {@code size * size} seconds
 * @param distances {@code size * size} metres
 */
public record TravelTable(int size, double[] durations, double[] distances) {
  public TravelTable {
    if (durations.length != (long) size * size || distances.length != (long) size * size) {
      throw new IllegalArgumentException("a " + size + "x" + size + " table needs " + ((long) size * size)
          + " cells, got " + durations.length + " durations and " + distances.length + " distances");
    }
  }

  /** Seconds from point {@code i} to point {@code j}. */
  public double duration(int i, int j) {
    return durations[i * size + j];
  }

  /** Metres from point {@code i} to point {@code j}. */
  public double distance(int i, int j) {
    return distances[i * size + j];
  }
}
