package org.routeforge.data.model;

import java.util.Arrays;

/**
 * An explicit travel-cost matrix stored row-major in one {@code double[]} (explicit VRPLIB matrices,
 * OSRM tables, road-network matrices).
 *
 * @implNote immutable: the constructor copies its input.
 */
public final class DenseMatrix implements TravelMatrix {
  private final int n;
  private final double[] values;
  private final boolean symmetric;

  /** Creates a matrix of {@code n * n} row-major values (copied). */
  public DenseMatrix(int n, double[] rowMajor) {
    if (rowMajor.length != (long) n * n) {
      throw new IllegalArgumentException(
          "matrix of size " + n + " needs " + ((long) n * n) + " values, got " + rowMajor.length);
    }
    this.n = n;
    this.values = rowMajor.clone();
    this.symmetric = computeSymmetric();
  }

  /** Creates a matrix from rows (copied); every row must have {@code rows.length} entries. */
  public static DenseMatrix of(double[][] rows) {
    int n = rows.length;
    double[] flat = new double[n * n];
    for (int i = 0; i < n; i++) {
      if (rows[i].length != n) {
        throw new IllegalArgumentException("row " + i + " has " + rows[i].length + " entries, expected " + n);
      }
      System.arraycopy(rows[i], 0, flat, i * n, n);
    }
    return new DenseMatrix(n, flat);
  }

  private boolean computeSymmetric() {
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        if (values[i * n + j] != values[j * n + i]) {
          return false;
        }
      }
    }
    return true;
  }

  @Override
  public int size() {
    return n;
  }

  @Override
  public double get(int from, int to) {
    return values[from * n + to];
  }

  @Override
  public boolean isSymmetric() {
    return symmetric;
  }

  @Override
  public double[] toFlatArray() {
    return values.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DenseMatrix && ((DenseMatrix) o).n == n && Arrays.equals(((DenseMatrix) o).values, values);
  }

  @Override
  public int hashCode() {
    return 31 * n + Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return "DenseMatrix[" + n + "x" + n + "]";
  }
}
