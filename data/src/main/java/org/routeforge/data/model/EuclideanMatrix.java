package org.routeforge.data.model;

import java.util.Arrays;

/**
 * Euclidean travel costs computed on demand from planar coordinates, then rounded. Costs nothing in
 * memory beyond the coordinates, so instances of any size can be described.
 *
 * @implNote immutable: the constructor copies its input.
 */
public final class EuclideanMatrix implements TravelMatrix {
  private final double[] x;
  private final double[] y;
  private final Rounding rounding;

  /** Creates the matrix for the given coordinates (copied) and rounding rule. */
  public EuclideanMatrix(double[] x, double[] y, Rounding rounding) {
    if (x.length != y.length) {
      throw new IllegalArgumentException("x and y differ in length: " + x.length + " vs " + y.length);
    }
    this.x = x.clone();
    this.y = y.clone();
    this.rounding = rounding;
  }

  public Rounding rounding() {
    return rounding;
  }

  @Override
  public int size() {
    return x.length;
  }

  @Override
  public double get(int from, int to) {
    double dx = x[from] - x[to];
    double dy = y[from] - y[to];
    return rounding.apply(Math.sqrt(dx * dx + dy * dy));
  }

  @Override
  public boolean isSymmetric() {
    return true;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof EuclideanMatrix)) {
      return false;
    }
    EuclideanMatrix m = (EuclideanMatrix) o;
    return m.rounding == rounding && Arrays.equals(m.x, x) && Arrays.equals(m.y, y);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(x) * 31 + Arrays.hashCode(y) + rounding.hashCode();
  }
}
