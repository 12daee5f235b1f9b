package org.routeforge.data.io;

/**
 * Number formatting shared by the writers: integral values without a decimal point ({@code 365}, not
 * {@code 365.0}), everything else in the shortest form that reads back to the same double. Output is
 * locale-independent, so files are byte-identical everywhere.
 */
public final class Numbers {
  private Numbers() {}

  /** Formats a finite double so that {@link Double#parseDouble} gives it back exactly. */
  public static String format(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return Double.toString(v);
  }
}
