package org.routeforge.solver.memetic;

/**
 * The adaptive penalty weights of HGS: every {@code adaptEvery} offspring, each weight is multiplied
 * by 1.2 when fewer than (target - 5 %) of the offspring respected that constraint after education,
 * and by 0.85 when more than (target + 5 %) did; weights stay in [0.1, 100000].
 */
final class Penalties {
  double capacity;
  double timeWarp;
  private final double target;
  private final int window;
  private int seen;
  private int loadOk;
  private int timeOk;

  Penalties(double capacity, double timeWarp, double target, int window) {
    this.capacity = capacity;
    this.timeWarp = timeWarp;
    this.target = target;
    this.window = window;
  }

  /** Records one educated offspring's feasibility; adapts the weights at the end of a window. */
  void record(boolean loadFeasible, boolean timeFeasible) {
    seen++;
    loadOk += loadFeasible ? 1 : 0;
    timeOk += timeFeasible ? 1 : 0;
    if (seen >= window) {
      capacity = adapt(capacity, loadOk / (double) seen);
      timeWarp = adapt(timeWarp, timeOk / (double) seen);
      seen = 0;
      loadOk = 0;
      timeOk = 0;
    }
  }

  private double adapt(double w, double share) {
    if (share < target - 0.05) {
      return Math.min(100_000, w * 1.2);
    }
    if (share > target + 0.05) {
      return Math.max(0.1, w * 0.85);
    }
    return w;
  }
}
