package org.routeforge.wsn.model;

import java.util.Arrays;

/**
 * Fixed node positions (and optionally initial energies) read from a node file, used instead of a
 * uniform random placement.
 *
 * @implNote The arrays are copied on construction and on access, so instances are immutable.
 */
public final class NodeLayout {
  private final double[] x;
  private final double[] y;
  private final double[] energy;

  /**
   * @param x x coordinates (m)
   * @param y y coordinates (m)
   * @param energy initial energies (J), or null to use the configured energy model
   */
  public NodeLayout(double[] x, double[] y, double[] energy) {
    if (x.length != y.length || (energy != null && energy.length != x.length)) {
      throw new IllegalArgumentException("node layout arrays differ in length");
    }
    this.x = x.clone();
    this.y = y.clone();
    this.energy = energy == null ? null : energy.clone();
  }

  /** Number of nodes. */
  public int size() {
    return x.length;
  }

  /** The x coordinates (a copy). */
  public double[] x() {
    return x.clone();
  }

  /** The y coordinates (a copy). */
  public double[] y() {
    return y.clone();
  }

  /** The initial energies (a copy), or null when the file gave none. */
  public double[] energy() {
    return energy == null ? null : energy.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NodeLayout l
        && Arrays.equals(x, l.x)
        && Arrays.equals(y, l.y)
        && Arrays.equals(energy, l.energy);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * Arrays.hashCode(x) + Arrays.hashCode(y)) + Arrays.hashCode(energy);
  }
}
