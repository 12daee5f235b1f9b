package org.routeforge.solver.memetic;

/**
 * Broken-pairs distances between the members of the current population, kept from one selection to
 * the next: both Jenetics selectors see the same population in a generation, and the survivors stay
 * in the next one, so most pairs need not be recomputed (each costs O(n)).
 */
final class DistanceCache<M extends Comparable<? super M>> {
  private final Representation<M> rep;
  private long[] ids = new long[0];
  private double[][] dist = new double[0][0];

  DistanceCache(Representation<M> rep) {
    this.rep = rep;
  }

  /** The symmetric distance matrix of {@code ind}, reusing the pairs already known. */
  double[][] matrix(M[] ind) {
    int size = ind.length;
    int[] old = new int[size];
    long[] newIds = new long[size];
    for (int i = 0; i < size; i++) {
      newIds[i] = rep.id(ind[i]);
      old[i] = -1;
      for (int k = 0; k < ids.length; k++) {
        if (ids[k] == newIds[i]) {
          old[i] = k;
          break;
        }
      }
    }
    double[][] out = new double[size][size];
    for (int i = 0; i < size; i++) {
      for (int j = i + 1; j < size; j++) {
        double d = old[i] >= 0 && old[j] >= 0 ? dist[old[i]][old[j]] : rep.distance(ind[i], ind[j]);
        out[i][j] = d;
        out[j][i] = d;
      }
    }
    ids = newIds;
    dist = out;
    return out;
  }
}
