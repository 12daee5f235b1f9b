package org.routeforge.solver.rich;

/**
 * Pair exchange for pickup-and-delivery: two shipments on different routes trade routes, each
 * inserted (pickup and delivery) at its cheapest feasible granular places in the other's route (next
 * to its nearest stops there, {@link RichSearch#insertNearOn}). Only
 * shipments whose pickups are near each other are tried. A trade is applied when it is better in
 * the objective's order; locked shipments stay where they are.
 */
final class PairExchange {
  /** Nearest shipments per shipment that are tried. */
  private static final int NEIGHBOURS = 10;

  private final RichSearch search;
  private final int[] pickups;
  private final int[][] near;
  private long applied;

  PairExchange(RichSearch search) {
    this.search = search;
    int count = 0;
    for (int t : search.tasks) {
      count += search.partner[t] >= 0 ? 1 : 0;
    }
    pickups = new int[count];
    int k = 0;
    for (int t : search.tasks) {
      if (search.partner[t] >= 0) {
        pickups[k++] = t;
      }
    }
    near = new int[search.n][];
    for (int p : pickups) {
      near[p] = nearest(p);
    }
  }

  /** Whether the instance has at least two shipments to trade. */
  boolean hasPairs() {
    return pickups.length > 1;
  }

  /** How many trades were applied so far. */
  long applied() {
    return applied;
  }

  /** Applies improving trades, first found first; returns the resulting state ({@code st} or a better one). */
  RichSearch.State run(RichSearch.State st) {
    RichSearch.State cur = st;
    for (int x : pickups) {
      for (int y : near[x]) {
        int vx = cur.routeOf[x];
        int vy = cur.routeOf[y];
        if (vx < 0 || vy < 0 || vx == vy || search.lockVeh[x] >= 0 || search.lockVeh[y] >= 0) {
          continue;
        }
        RichSearch.State trial = cur.copy();
        if (search.removeTask(trial, x) && search.removeTask(trial, y) && search.insertNearOn(trial, y, vx)
            && search.insertNearOn(trial, x, vy) && trial.individual().compareTo(cur.individual()) < 0) {
          cur = trial;
          applied++;
        }
      }
    }
    return cur;
  }

  /** The shipments whose pickups are nearest to {@code p}'s, nearest first. */
  private int[] nearest(int p) {
    Integer[] others = new Integer[pickups.length - 1];
    int k = 0;
    for (int q : pickups) {
      if (q != p) {
        others[k++] = q;
      }
    }
    java.util.Arrays.sort(others, (a, b) -> Double.compare(search.taskDistance(p, a), search.taskDistance(p, b)));
    int m = Math.min(NEIGHBOURS, others.length);
    int[] out = new int[m];
    for (int i = 0; i < m; i++) {
      out[i] = others[i];
    }
    return out;
  }
}
