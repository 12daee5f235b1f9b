package org.routeforge.solver.rich;

import java.util.random.RandomGenerator;

/**
 * Ruin and recreate by adjacent string removal (SISR, Christiaens and Vanden Berghe 2020, in a
 * simplified form) for the insertion-based memetic engine: a served seed task is drawn, and from
 * the routes of its nearest tasks (nearest first) a string of consecutive stops around each such
 * task is removed from up to {@code k} routes; a shipment loses both of its stops when either is in
 * a string. The removed tasks are then re-inserted one by one at their cheapest feasible place,
 * in random order, tasks that fit nowhere staying unserved. The result replaces the solution only
 * when it is better in the objective's order (greedy acceptance, inside the Lamarckian step).
 *
 * <p>It moves pickup-and-delivery pairs and whole route pieces together, which single relocations
 * cannot: the neighbourhood that empties routes under {@code vehicles-then-distance}.
 */
final class StringRemoval {
  /** Average number of removed stops (SISR's c-bar). */
  static final int AVERAGE_REMOVED = 10;
  /** Longest string (SISR's L-max). */
  static final int MAX_STRING = 10;
  /** Neighbours per task considered for the ruined routes. */
  private static final int NEIGHBOURS = 20;

  private final RichSearch search;
  private final int[][] near;
  private final boolean[] routeRuined;
  private final boolean[] removed;
  private final int[] removedTasks;
  private long applied;

  StringRemoval(RichSearch search) {
    this.search = search;
    int[] tasks = search.tasks;
    near = new int[search.n][];
    for (int t : tasks) {
      near[t] = nearest(t, tasks);
    }
    routeRuined = new boolean[search.vehicles];
    removed = new boolean[search.n];
    removedTasks = new int[search.n];
  }

  /** How many ruin-and-recreate moves were accepted so far. */
  long applied() {
    return applied;
  }

  /** The tasks nearest to {@code t} by the distance between their locations, nearest first. */
  private int[] nearest(int t, int[] tasks) {
    int k = Math.min(NEIGHBOURS, tasks.length - 1);
    int[] out = new int[Math.max(0, k)];
    double[] d = new double[out.length];
    int size = 0;
    for (int u : tasks) {
      if (u == t) {
        continue;
      }
      double du = search.taskDistance(t, u);
      if (size < out.length) {
        out[size] = u;
        d[size] = du;
        size++;
      } else if (out.length > 0 && du < d[out.length - 1]) {
        out[out.length - 1] = u;
        d[out.length - 1] = du;
      } else {
        continue;
      }
      for (int i = size - 1; i > 0 && d[i] < d[i - 1]; i--) {
        double td = d[i];
        d[i] = d[i - 1];
        d[i - 1] = td;
        int tu = out[i];
        out[i] = out[i - 1];
        out[i - 1] = tu;
      }
    }
    return out;
  }

  /**
   * One ruin-and-recreate attempt on {@code st}; returns the better state, or null when the attempt
   * did not improve (st is left unchanged either way).
   */
  RichSearch.State attempt(RichSearch.State st, RandomGenerator rng) {
    int served = 0;
    int routes = 0;
    for (int v = 0; v < search.vehicles; v++) {
      served += st.len[v];
      routes += st.len[v] > 0 ? 1 : 0;
    }
    if (served == 0) {
      return null;
    }
    int seed = pickServedTask(st, rng);
    if (seed < 0) {
      return null;
    }
    double avgLen = (double) served / routes;
    double lsMax = Math.min(MAX_STRING, avgLen);
    double ksMax = 4.0 * AVERAGE_REMOVED / (1 + lsMax) - 1;
    int ks = (int) Math.floor(rng.nextDouble(1, ksMax + 1));
    RichSearch.State trial = st.copy();
    java.util.Arrays.fill(routeRuined, false);
    int count = 0;
    int ruined = 0;
    int[] candidates = new int[near[seed].length + 1];
    candidates[0] = seed;
    System.arraycopy(near[seed], 0, candidates, 1, near[seed].length);
    for (int c : candidates) {
      if (ruined >= ks) {
        break;
      }
      int v = trial.routeOf[c];
      if (v < 0 || routeRuined[v] || search.lockVeh[c] >= 0) {
        continue;
      }
      int len = trial.len[v];
      int lMax = (int) Math.min(len, lsMax);
      int l = (int) Math.floor(rng.nextDouble(1, lMax + 1));
      int pos = positionOf(trial, v, c);
      int first = Math.max(0, Math.min(pos - rng.nextInt(l), len - l));
      for (int i = first; i < first + l; i++) {
        int x = trial.seq[v][i];
        int task = search.partner[x] >= 0 && !search.isPickup(x) ? search.partner[x] : x;
        if (!removed[task] && search.lockVeh[task] < 0 && search.lockVeh[x] < 0) {
          removed[task] = true;
          removedTasks[count++] = task;
        }
      }
      routeRuined[v] = true;
      ruined++;
    }
    for (int i = 0; i < count; i++) {
      removed[removedTasks[i]] = false;
    }
    if (count == 0) {
      return null;
    }
    RichIndividual before = st.individual();
    int kept = 0;
    for (int i = 0; i < count; i++) {
      if (search.removeTask(trial, removedTasks[i])) {
        removedTasks[kept++] = removedTasks[i];
      }
    }
    for (int i = kept - 1; i > 0; i--) {
      int j = rng.nextInt(i + 1);
      int t = removedTasks[i];
      removedTasks[i] = removedTasks[j];
      removedTasks[j] = t;
    }
    for (int i = 0; i < kept; i++) {
      search.insertBest(trial, removedTasks[i]);
    }
    if (trial.individual().compareTo(before) < 0) {
      applied++;
      return trial;
    }
    return null;
  }

  private int pickServedTask(RichSearch.State st, RandomGenerator rng) {
    int[] tasks = search.tasks;
    for (int tries = 0; tries < 2 * tasks.length; tries++) {
      int t = tasks[rng.nextInt(tasks.length)];
      if (st.routeOf[t] >= 0) {
        return t;
      }
    }
    return -1;
  }

  private static int positionOf(RichSearch.State st, int v, int s) {
    for (int i = 0; i < st.len[v]; i++) {
      if (st.seq[v][i] == s) {
        return i;
      }
    }
    return 0;
  }
}
