package org.routeforge.data.model;

/**
 * A place on the map: planar coordinates, or longitude/latitude when the instance is geographic.
 * Coordinates are {@code NaN} when the instance only has an explicit matrix.
 *
 * @param id a stable identifier (VRPLIB node number, VROOM id, ...)
 * @param x x coordinate or longitude
 * @param y y coordinate or latitude
 */
public record Location(String id, double x, double y) {
  /** Whether this location has coordinates. */
  public boolean hasCoordinates() {
    return !Double.isNaN(x) && !Double.isNaN(y);
  }
}
