package org.routeforge.graph.roads;

/**
 * Travel-time and distance matrices between snapped points on a {@link RoadNetwork}, row-major
 * (sources × targets), as GraphHopper's car profile routes them (minimum CH weight path; its time and
 * distance). Unreachable pairs have infinite weight and distance and a time of {@code -1} ms.
 *
 * @implNote the arrays are owned by this object and not exposed; getters copy.
 */
public final class RoadMatrix {
  private final SnappedPoints sources;
  private final SnappedPoints targets;
  private final double[] weight;
  private final long[] millis;
  private final double[] dist;
  private final double seconds;
  private final long settledNodes;
  private final long bucketEntries;

  RoadMatrix(SnappedPoints sources, SnappedPoints targets, double[] weight, long[] millis, double[] dist,
      double seconds, long settledNodes, long bucketEntries) {
    this.sources = sources;
    this.targets = targets;
    this.weight = weight;
    this.millis = millis;
    this.dist = dist;
    this.seconds = seconds;
    this.settledNodes = settledNodes;
    this.bucketEntries = bucketEntries;
  }

  /** Number of rows (sources). */
  public int rows() {
    return sources.size();
  }

  /** Number of columns (targets). */
  public int cols() {
    return targets.size();
  }

  public SnappedPoints sources() {
    return sources;
  }

  public SnappedPoints targets() {
    return targets;
  }

  /** Whether target {@code j} can be reached from source {@code i}. */
  public boolean reachable(int i, int j) {
    return millis[i * cols() + j] >= 0;
  }

  /** Travel time in milliseconds (GraphHopper's unit), {@code -1} if unreachable. */
  public long millis(int i, int j) {
    return millis[i * cols() + j];
  }

  /** Travel time in seconds, {@code +inf} if unreachable. */
  public double durationSeconds(int i, int j) {
    long v = millis[i * cols() + j];
    return v < 0 ? Double.POSITIVE_INFINITY : v / 1000.0;
  }

  /** Driving distance in metres, {@code +inf} if unreachable. */
  public double distanceMeters(int i, int j) {
    return dist[i * cols() + j];
  }

  /** GraphHopper's route weight (the quantity minimised), {@code +inf} if unreachable. */
  public double weight(int i, int j) {
    return weight[i * cols() + j];
  }

  /** Durations in seconds, row-major ({@code +inf} = unreachable). */
  public double[] durationsSeconds() {
    double[] out = new double[millis.length];
    for (int k = 0; k < out.length; k++) {
      out[k] = millis[k] < 0 ? Double.POSITIVE_INFINITY : millis[k] / 1000.0;
    }
    return out;
  }

  /** Distances in metres, row-major ({@code +inf} = unreachable). */
  public double[] distancesMeters() {
    return dist.clone();
  }

  /** Wall time of the matrix computation itself (query graph + searches), in seconds. */
  public double computeSeconds() {
    return seconds;
  }

  /** Nodes settled over all searches (a measure of work). */
  public long settledNodes() {
    return settledNodes;
  }

  /** Bucket entries stored by the backward searches. */
  public long bucketEntries() {
    return bucketEntries;
  }

  /** Bytes of the result arrays. */
  public long resultBytes() {
    return (long) millis.length * (8 + 8 + 8);
  }
}
