package org.routeforge.data.model;

/**
 * A square matrix of travel costs (time or distance) between location indices. Implementations are
 * immutable; solvers copy the values they need into flat arrays once.
 */
public interface TravelMatrix {
  /** Number of locations (rows = columns). */
  int size();

  /** Cost of travelling from location {@code from} to location {@code to}. */
  double get(int from, int to);

  /** Whether {@code get(i, j) == get(j, i)} for all pairs. */
  boolean isSymmetric();

  /** Copies the matrix into a new row-major array of length {@code size() * size()}. */
  default double[] toFlatArray() {
    int n = size();
    double[] out = new double[n * n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        out[i * n + j] = get(i, j);
      }
    }
    return out;
  }
}
