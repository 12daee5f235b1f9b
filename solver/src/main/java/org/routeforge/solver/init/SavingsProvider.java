package org.routeforge.solver.init;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;
import org.routeforge.data.model.CompactInstance;
import org.routeforge.data.model.Instance;
import org.routeforge.solver.InitialSolutionProvider;
import org.routeforge.solver.search.NearestCustomers;

/**
 * Clarke and Wright's parallel savings heuristic: start with one route per customer and merge route
 * ends in decreasing order of the saving {@code d(0,i) + d(0,j) - d(i,j)} while capacity allows. The
 * first proposal is the classic one; further proposals perturb the savings by up to 20 % (randomised
 * savings) so the population starts diverse. Savings are listed for each customer's 60 nearest
 * customers only (the usual truncated savings list), so a proposal costs O(n log n) beyond the
 * neighbour lists, not O(n^2 log n).
 */
public final class SavingsProvider implements InitialSolutionProvider {
  @Override
  public String name() {
    return "savings";
  }

  @Override
  public boolean supports(Instance instance) {
    return true;
  }

  private static final int NEAREST = 60;

  @Override
  public List<int[]> propose(CompactInstance ci, int count, RandomGenerator rng) {
    int[][] near = NearestCustomers.of(ci, NEAREST);
    List<int[]> out = new ArrayList<>(count);
    for (int k = 0; k < count; k++) {
      out.add(savings(ci, near, k == 0 ? 0 : 0.2, rng));
    }
    return out;
  }

  private static int[] savings(CompactInstance ci, int[][] near, double noise, RandomGenerator rng) {
    int n = ci.n;
    int m = 0;
    long[] keys = new long[(n - 1) * Math.max(1, near.length > 1 ? near[1].length : 1)];
    for (int i = 1; i < n; i++) {
      for (int j : near[i]) {
        if (j < i && contains(near[j], i)) {
          continue; // the pair was listed from j already
        }
        double s = ci.dist(0, i) + ci.dist(0, j) - ci.dist(i, j);
        if (noise > 0) {
          s *= 1 + noise * rng.nextDouble();
        }
        if (s > 0) {
          // positive floats sort like their bit patterns; the low 32 bits carry the pair
          keys[m++] = ((long) Float.floatToIntBits((float) s) << 32) | ((long) Math.min(i, j) * n + Math.max(i, j));
        }
      }
    }
    Arrays.sort(keys, 0, m);
    int[] routeOf = new int[n];
    int[] next = new int[n];
    int[] prev = new int[n];
    int[] head = new int[n];
    int[] tail = new int[n];
    long[] load = new long[n];
    for (int i = 1; i < n; i++) {
      routeOf[i] = i;
      head[i] = i;
      tail[i] = i;
      load[i] = ci.demand[i];
    }
    for (int k = m - 1; k >= 0; k--) {
      int pair = (int) (keys[k] & 0xffffffffL);
      int i = pair / n;
      int j = pair % n;
      int ri = routeOf[i];
      int rj = routeOf[j];
      if (ri == rj || load[ri] + load[rj] > ci.capacity) {
        continue;
      }
      // i and j must each be an end of its route; orient so that tail(a) = x joins head(b) = y
      int a;
      int b;
      int x;
      int y;
      if (tail[ri] == i && head[rj] == j) {
        a = ri; b = rj; x = i; y = j;
      } else if (tail[rj] == j && head[ri] == i) {
        a = rj; b = ri; x = j; y = i;
      } else if (tail[ri] == i && tail[rj] == j) {
        reverse(rj, head, tail, next, prev);
        a = ri; b = rj; x = i; y = j;
      } else if (head[ri] == i && head[rj] == j) {
        reverse(ri, head, tail, next, prev);
        a = ri; b = rj; x = i; y = j;
      } else {
        continue;
      }
      next[x] = y;
      prev[y] = x;
      tail[a] = tail[b];
      load[a] += load[b];
      for (int v = y; v != 0; v = next[v]) {
        routeOf[v] = a;
      }
      head[b] = 0;
    }
    int[] seq = new int[2 * n];
    int len = 0;
    for (int r = 1; r < n; r++) {
      if (routeOf[head[r]] == r && head[r] != 0) {
        for (int v = head[r]; v != 0; v = next[v]) {
          seq[len++] = v;
        }
        seq[len++] = 0;
      }
    }
    return Arrays.copyOf(seq, len);
  }

  private static boolean contains(int[] a, int v) {
    for (int x : a) {
      if (x == v) {
        return true;
      }
    }
    return false;
  }

  private static void reverse(int r, int[] head, int[] tail, int[] next, int[] prev) {
    int v = head[r];
    while (v != 0) {
      int nx = next[v];
      next[v] = prev[v];
      prev[v] = nx;
      v = nx;
    }
    int h = head[r];
    head[r] = tail[r];
    tail[r] = h;
  }
}
