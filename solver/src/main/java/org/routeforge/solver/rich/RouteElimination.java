package org.routeforge.solver.rich;

import java.util.random.RandomGenerator;

/**
 * Route elimination: a short route is emptied and its tasks are re-inserted into the other routes
 * only, in random order, each at its cheapest feasible place; a task that fits nowhere ejects a task
 * served next to one of its nearest stops, which then goes elsewhere. Kept when every task found a
 * place and the objective improved. Relocations cannot do this: emptying a route one stop at a time
 * makes every step but the last one dearer when vehicles are priced (fixed costs; the vehicles-first
 * objective is searched as one), and under tight capacity or duration limits the steps in between
 * are infeasible even when the end saves distance (Cordeau's instances: 3.45 -> 3.00 % mean gap on
 * eight of them at 5 s). Routes with locked stops are left alone.
 */
final class RouteElimination {
  /** Routes tried per call, shortest first. */
  private static final int ATTEMPTS = 2;

  private final RichSearch search;
  private final int[] order;
  private final int[] freed;
  private long applied;

  RouteElimination(RichSearch search) {
    this.search = search;
    order = new int[search.vehicles];
    freed = new int[search.n];
  }

  /** How many routes were eliminated so far. */
  long applied() {
    return applied;
  }

  /** Tries to eliminate the shortest routes; returns the resulting state ({@code st} or a better one). */
  RichSearch.State run(RichSearch.State st, RandomGenerator rng) {
    int routes = 0;
    for (int v = 0; v < search.vehicles; v++) {
      if (st.len[v] > 0 && !locked(st, v)) {
        order[routes++] = v;
      }
    }
    // the shortest routes first (insertion sort: few routes)
    for (int i = 1; i < routes; i++) {
      int v = order[i];
      int j = i - 1;
      while (j >= 0 && st.len[order[j]] > st.len[v]) {
        order[j + 1] = order[j];
        j--;
      }
      order[j + 1] = v;
    }
    RichSearch.State cur = st;
    for (int a = 0; a < Math.min(ATTEMPTS, routes - 1); a++) {
      RichSearch.State trial = eliminate(cur, order[a], rng);
      if (trial != null && trial.individual().compareTo(cur.individual()) < 0) {
        cur = trial;
        applied++;
      }
    }
    return cur;
  }

  /** {@code st} without route {@code v}, its tasks elsewhere; null when one of them fits nowhere. */
  private RichSearch.State eliminate(RichSearch.State st, int v, RandomGenerator rng) {
    int count = 0;
    for (int i = 0; i < st.len[v]; i++) {
      int s = st.seq[v][i];
      if (search.partner[s] < 0 || search.isPickup(s)) {
        freed[count++] = s;
      }
    }
    for (int i = count - 1; i > 0; i--) {
      int j = rng.nextInt(i + 1);
      int t = freed[i];
      freed[i] = freed[j];
      freed[j] = t;
    }
    RichSearch.State trial = st.copy();
    trial.set(v, freed, 0, 0, 0);
    search.allowNewRoutes(false);
    try {
      for (int i = 0; i < count; i++) {
        if (!search.insertBest(trial, freed[i])) {
          trial = ejectFor(trial, freed[i]);
          if (trial == null) {
            return null;
          }
        }
      }
    } finally {
      search.allowNewRoutes(true);
    }
    return trial;
  }

  /**
   * Makes room for task {@code t} that fits nowhere: a task served next to one of {@code t}'s nearest
   * stops is taken out, {@code t} goes in, and the ejected task goes to its cheapest place elsewhere
   * (a one-step ejection chain). Returns the new state, or null when no ejection works.
   */
  private RichSearch.State ejectFor(RichSearch.State st, int t) {
    for (int w : search.neighbours(t)) {
      if (st.routeOf[w] < 0) {
        continue;
      }
      int e = search.partner[w] >= 0 && !search.isPickup(w) ? search.partner[w] : w;
      if (search.lockVeh[e] >= 0) {
        continue;
      }
      RichSearch.State trial = st.copy();
      if (search.removeTask(trial, e) && search.insertBest(trial, t) && search.insertBest(trial, e)) {
        return trial;
      }
    }
    return null;
  }

  private boolean locked(RichSearch.State st, int v) {
    for (int i = 0; i < st.len[v]; i++) {
      if (search.lockVeh[st.seq[v][i]] >= 0) {
        return true;
      }
    }
    return false;
  }
}
