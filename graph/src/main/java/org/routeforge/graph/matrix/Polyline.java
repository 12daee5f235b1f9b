package org.routeforge.graph.matrix;

import com.graphhopper.jackson.ResponsePathSerializer;
import com.graphhopper.util.PointList;

/**
 * Encoded polylines as VROOM and OSRM return route geometry: Google's algorithm at precision 5
 * (coordinates × 1e5), written with GraphHopper's own encoder.
 */
public final class Polyline {
  /** Coordinate multiplier of precision 5. */
  public static final double PRECISION_5 = 1e5;

  private Polyline() {}

  /** The encoded polyline of the points (latitude first, as Google's format orders them). */
  public static String encode(PointList points) {
    return ResponsePathSerializer.encodePolyline(points, false, PRECISION_5);
  }
}
