package org.routeforge.data.model;

/**
 * How travel costs derived from coordinates are rounded. Benchmark sets differ: the CVRPLIB X set
 * uses TSPLIB {@code nint}, the DIMACS convention for Solomon truncates to one decimal, and the
 * hierarchical Solomon/Gehring–Homberger results use unrounded Euclidean distances.
 */
public enum Rounding {
  /** Unrounded Euclidean distance. */
  EXACT,
  /** Nearest integer, TSPLIB {@code nint} ({@code (int) (d + 0.5)}). */
  NINT,
  /** Truncated to one decimal place (DIMACS VRPTW convention). */
  TRUNC1;

  /** Applies this rounding to a raw distance. */
  public double apply(double d) {
    switch (this) {
      case NINT:
        return Math.floor(d + 0.5);
      case TRUNC1:
        return Math.floor(d * 10.0 + 1e-9) / 10.0;
      default:
        return d;
    }
  }
}
