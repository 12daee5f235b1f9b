package org.routeforge.data.model;

/**
 * A closed interval {@code [open, close]} in the instance's time unit during which service may start.
 *
 * @param open earliest start of service
 * @param close latest start of service
 */
public record TimeWindow(double open, double close) {
  /** A window that never constrains. */
  public static final TimeWindow ALWAYS = new TimeWindow(0, Double.POSITIVE_INFINITY);

  /** Whether the window is unbounded on both sides. */
  public boolean isUnbounded() {
    return open <= 0 && close == Double.POSITIVE_INFINITY;
  }
}
