package org.routeforge.solver.memetic;

import java.util.List;

/**
 * The decoded, educated form of a giant tour, used as the Jenetics fitness value: routes, cost
 * components, and the successor/predecessor arrays that the broken-pairs distance compares.
 *
 * <p>Cost components are kept apart because the penalty weights adapt during the search; {@link
 * #compareTo} orders by the penalised cost under the weights in force when the individual was made
 * (Jenetics only uses it for its statistics and best-phenotype bookkeeping; selection here uses the
 * current weights through {@link #penalisedCost(double, double)}).
 */
public final class Individual implements Comparable<Individual> {
  private static final java.util.concurrent.atomic.AtomicLong IDS = new java.util.concurrent.atomic.AtomicLong();
  /** Identity for the distance cache only (never influences a decision, so runs stay reproducible). */
  final long id = IDS.incrementAndGet();
  final int[] tour;
  final List<int[]> routes;
  final double distance;
  final long excessLoad;
  final double timeWarp;
  final double costAtCreation;
  final int[] succ;
  final int[] pred;

  Individual(int n, List<int[]> routes, double distance, long excessLoad, double timeWarp,
      double capacityPenalty, double timeWarpPenalty) {
    this.routes = List.copyOf(routes);
    this.distance = distance;
    this.excessLoad = excessLoad;
    this.timeWarp = timeWarp;
    this.costAtCreation = penalisedCost(capacityPenalty, timeWarpPenalty);
    this.tour = new int[n - 1];
    this.succ = new int[n];
    this.pred = new int[n];
    int k = 0;
    for (int[] r : routes) {
      for (int i = 0; i < r.length; i++) {
        tour[k++] = r[i];
        pred[r[i]] = i == 0 ? 0 : r[i - 1];
        succ[r[i]] = i == r.length - 1 ? 0 : r[i + 1];
      }
    }
  }

  /** Whether capacity and time windows hold. */
  public boolean feasible() {
    return excessLoad == 0 && timeWarp <= 1e-6;
  }

  /** Total distance. */
  public double distance() {
    return distance;
  }

  /** The routes (customer nodes of the compact instance). */
  public List<int[]> routes() {
    return routes;
  }

  /** Penalised cost under the given weights. */
  public double penalisedCost(double capacityPenalty, double timeWarpPenalty) {
    return distance + capacityPenalty * excessLoad + timeWarpPenalty * timeWarp;
  }

  /**
   * Broken-pairs distance (Prins 2009, as in HGS): the share of customers whose neighbours differ
   * between the two solutions, in [0, 1].
   */
  double brokenPairs(Individual o) {
    int diff = 0;
    int n = succ.length;
    for (int j = 1; j < n; j++) {
      if (succ[j] != o.succ[j] && succ[j] != o.pred[j]) {
        diff++;
      }
      if (pred[j] == 0 && o.pred[j] != 0 && o.succ[j] != 0) {
        diff++;
      }
    }
    return diff / (double) (n - 1);
  }

  @Override
  public int compareTo(Individual o) {
    return Double.compare(costAtCreation, o.costAtCreation);
  }
}
