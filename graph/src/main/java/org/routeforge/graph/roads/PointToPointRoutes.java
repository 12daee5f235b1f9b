package org.routeforge.graph.roads;

import com.graphhopper.GHRequest;
import com.graphhopper.GHResponse;
import com.graphhopper.ResponsePath;
import java.util.SplittableRandom;

/**
 * GraphHopper's own point-to-point CH routes ({@code GraphHopper.route}, no instructions, no points):
 * the reference a matrix is checked against, and the "loop of routes" baseline it is timed against.
 */
public final class PointToPointRoutes {
  /** Tolerance on distances when comparing with a matrix cell: summation order differs, nothing else. */
  public static final double DISTANCE_TOLERANCE_M = 0.01;

  private PointToPointRoutes() {}

  /**
   * One route's result.
   *
   * @param found whether GraphHopper found a route
   * @param millis travel time in ms
   * @param meters distance in m
   * @param weight the route weight
   * @param error GraphHopper's error text when not found
   */
  public record Route(boolean found, long millis, double meters, double weight, String error) {}

  /** Routes from point {@code i} of {@code from} to point {@code j} of {@code to} (input coordinates). */
  public static Route route(RoadNetwork net, SnappedPoints from, int i, SnappedPoints to, int j) {
    GHRequest req = new GHRequest(from.inputLat(i), from.inputLon(i), to.inputLat(j), to.inputLon(j))
        .setProfile(RoadNetwork.PROFILE);
    req.putHint("instructions", false);
    req.putHint("calc_points", false);
    GHResponse rsp = net.hopper().route(req);
    if (rsp.hasErrors()) {
      return new Route(false, -1, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY,
          rsp.getErrors().get(0).getMessage());
    }
    ResponsePath p = rsp.getBest();
    return new Route(true, p.getTime(), p.getDistance(), p.getRouteWeight(), null);
  }

  /**
   * Compares a matrix with GraphHopper's route for {@code pairs} random (source, target) pairs.
   *
   * @return the comparison, with the route loop's time per pair
   */
  public static CrossCheck crossCheck(RoadNetwork net, RoadMatrix m, int pairs, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    int mismatches = 0;
    String first = null;
    long maxMsDiff = 0;
    double maxDistDiff = 0;
    long t0 = System.nanoTime();
    for (int k = 0; k < pairs; k++) {
      int i = rnd.nextInt(m.rows());
      int j = rnd.nextInt(m.cols());
      Route r = route(net, m.sources(), i, m.targets(), j);
      boolean same;
      if (!r.found() || !m.reachable(i, j)) {
        same = r.found() == m.reachable(i, j);
      } else {
        long dms = Math.abs(r.millis() - m.millis(i, j));
        double dd = Math.abs(r.meters() - m.distanceMeters(i, j));
        maxMsDiff = Math.max(maxMsDiff, dms);
        maxDistDiff = Math.max(maxDistDiff, dd);
        same = dms == 0 && dd <= DISTANCE_TOLERANCE_M;
      }
      if (!same) {
        mismatches++;
        if (first == null) {
          first = String.format(java.util.Locale.ROOT,
              "pair (%d,%d): route %s %d ms %.2f m w=%.4f vs matrix %d ms %.2f m w=%.4f", i, j,
              r.found() ? "found" : "not found (" + r.error() + ")", r.millis(), r.meters(), r.weight(),
              m.millis(i, j), m.distanceMeters(i, j), m.weight(i, j));
        }
      }
    }
    double secs = (System.nanoTime() - t0) / 1e9;
    return new CrossCheck(pairs, mismatches, maxMsDiff, maxDistDiff, secs, first);
  }

  /**
   * Result of {@link #crossCheck}.
   *
   * @param pairs pairs routed
   * @param mismatches pairs whose time differs at all, or whose distance differs by more than
   *     {@link #DISTANCE_TOLERANCE_M}, or reachable in one and not the other
   * @param maxMillisDiff largest time difference seen (ms)
   * @param maxMetersDiff largest distance difference seen (m)
   * @param seconds wall time of the route loop
   * @param firstMismatch description of the first mismatch, or null
   */
  public record CrossCheck(int pairs, int mismatches, long maxMillisDiff, double maxMetersDiff, double seconds,
      String firstMismatch) {
    /** Route-loop time per pair in seconds. */
    public double secondsPerPair() {
      return pairs == 0 ? 0 : seconds / pairs;
    }
  }
}
