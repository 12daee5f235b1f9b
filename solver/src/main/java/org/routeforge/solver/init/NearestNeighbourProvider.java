package org.routeforge.solver.init;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;
import org.routeforge.data.model.CompactInstance;
import org.routeforge.data.model.Instance;
import org.routeforge.solver.InitialSolutionProvider;

/**
 * Nearest neighbour: from the current position go to the closest unvisited customer that still fits
 * in the vehicle (and whose window has not closed, for VRPTW), else return to the depot. The first
 * proposal is greedy; later ones pick at random among the three closest candidates.
 */
public final class NearestNeighbourProvider implements InitialSolutionProvider {
  @Override
  public String name() {
    return "nearest";
  }

  @Override
  public boolean supports(Instance instance) {
    return true;
  }

  @Override
  public List<int[]> propose(CompactInstance ci, int count, RandomGenerator rng) {
    List<int[]> out = new ArrayList<>(count);
    for (int k = 0; k < count; k++) {
      out.add(build(ci, k == 0 ? 1 : 3, rng));
    }
    return out;
  }

  private static int[] build(CompactInstance ci, int width, RandomGenerator rng) {
    int n = ci.n;
    boolean[] done = new boolean[n];
    int[] seq = new int[2 * n];
    int[] best = new int[width];
    double[] bestD = new double[width];
    int len = 0;
    int left = n - 1;
    int cur = 0;
    long load = 0;
    double time = ci.ready[0];
    while (left > 0) {
      Arrays.fill(bestD, Double.POSITIVE_INFINITY);
      int found = 0;
      for (int v = 1; v < n; v++) {
        if (done[v] || load + ci.demand[v] > ci.capacity || time + ci.time(cur, v) > ci.due[v]) {
          continue;
        }
        double d = ci.dist(cur, v);
        if (d < bestD[width - 1]) {
          int p = width - 1;
          while (p > 0 && bestD[p - 1] > d) {
            bestD[p] = bestD[p - 1];
            best[p] = best[p - 1];
            p--;
          }
          bestD[p] = d;
          best[p] = v;
          found = Math.min(width, found + 1);
        }
      }
      if (found == 0) {
        if (cur == 0) {
          // nothing fits even in an empty vehicle: take the first unvisited customer anyway
          int v = 1;
          while (done[v]) {
            v++;
          }
          best[0] = v;
          found = 1;
        } else {
          seq[len++] = 0;
          cur = 0;
          load = 0;
          time = ci.ready[0];
          continue;
        }
      }
      int v = best[found == 1 ? 0 : rng.nextInt(found)];
      done[v] = true;
      left--;
      seq[len++] = v;
      load += ci.demand[v];
      time = Math.max(time + ci.time(cur, v), ci.ready[v]) + ci.service[v];
      cur = v;
    }
    return Arrays.copyOf(seq, len);
  }
}
