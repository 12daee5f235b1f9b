package org.routeforge.solver.init;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;
import org.routeforge.data.model.CompactInstance;
import org.routeforge.data.model.Instance;
import org.routeforge.solver.InitialSolutionProvider;

/**
 * The sweep heuristic (Gillett and Miller): order customers by polar angle around the depot and
 * start a new route whenever the next customer would overload the vehicle. Each proposal starts the
 * sweep at a random angle. Needs coordinates.
 */
public final class SweepProvider implements InitialSolutionProvider {
  @Override
  public String name() {
    return "sweep";
  }

  @Override
  public boolean supports(Instance instance) {
    return instance.hasCoordinates() && !instance.geographic();
  }

  @Override
  public List<int[]> propose(CompactInstance ci, int count, RandomGenerator rng) {
    int n = ci.n;
    long[] keys = new long[n - 1];
    List<int[]> out = new ArrayList<>(count);
    for (int k = 0; k < count; k++) {
      double offset = k == 0 ? 0 : rng.nextDouble() * 2 * Math.PI;
      for (int i = 1; i < n; i++) {
        double a = Math.atan2(ci.y[i] - ci.y[0], ci.x[i] - ci.x[0]) + Math.PI - offset;
        if (a < 0) {
          a += 2 * Math.PI;
        }
        // angle in [0, 2pi) scaled to an int keeps the order; low bits carry the node
        keys[i - 1] = ((long) (a * 1e8) << 20) | i;
      }
      Arrays.sort(keys);
      int[] seq = new int[2 * n];
      int len = 0;
      long load = 0;
      for (long key : keys) {
        int v = (int) (key & 0xfffff);
        if (load + ci.demand[v] > ci.capacity && load > 0) {
          seq[len++] = 0;
          load = 0;
        }
        seq[len++] = v;
        load += ci.demand[v];
      }
      out.add(Arrays.copyOf(seq, len));
    }
    return out;
  }
}
