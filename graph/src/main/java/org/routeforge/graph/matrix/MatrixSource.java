package org.routeforge.graph.matrix;

import org.routeforge.graph.roads.UnsnappablePointsException;

/**
 * Where travel durations and distances between {@code [lon, lat]} points come from when a request
 * gives coordinates only: a road network ({@link RoadSource}, GraphHopper) or the great circle at a
 * fixed speed ({@link GreatCircleSource}). The server and the command line fill matrices through
 * this one interface ({@link CoordinateMatrices}).
 *
 * @implNote implementations are thread-safe.
 */
public interface MatrixSource {
  /** Whether this source models travel for the vehicle profile (VROOM's {@code profile}, e.g. "car"). */
  boolean hasProfile(String profile);

  /** One line saying how travel is computed, e.g. "roads (GraphHopper, car, monaco.osm.pbf)". */
  String description(String profile);

  /**
   * Square matrices between all points, every point both source and target.
   *
   * @param lon longitudes in degrees
   * @param lat latitudes in degrees
   * @throws UnsnappablePointsException when points lie off the source's network (by index)
   */
  TravelTable table(double[] lon, double[] lat, String profile) throws UnsnappablePointsException;

  /**
   * The path driven through the points in order, as an encoded polyline (Google's format,
   * precision 5, as VROOM and OSRM return route geometry).
   *
   * @throws UnsnappablePointsException when points lie off the source's network (by index)
   */
  String polyline(double[] lon, double[] lat, String profile) throws UnsnappablePointsException;
}
