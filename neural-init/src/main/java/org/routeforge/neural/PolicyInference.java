package org.routeforge.neural;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Multi-start, augmented inference with a trained policy: the POMO recipe of one rollout per start
 * customer on each of the 8 symmetric copies, keeping the best.
 */
public final class PolicyInference {
  private PolicyInference() {}

  /**
   * Start customers for {@code problems} problems of {@code nodes} nodes: every customer when
   * {@code starts >= nodes - 1}, otherwise {@code starts} distinct customers drawn with {@code rng}
   * (the same draw for every problem, so the 8 copies of one instance share their starts).
   */
  public static int[] startNodes(int problems, int nodes, int starts, RandomGenerator rng) {
    int customers = nodes - 1;
    int[] pick = new int[Math.min(starts, customers)];
    if (starts >= customers) {
      for (int i = 0; i < customers; i++) {
        pick[i] = i + 1;
      }
    } else {
      int[] all = new int[customers];
      for (int i = 0; i < customers; i++) {
        all[i] = i + 1;
      }
      for (int i = 0; i < pick.length; i++) {
        int j = i + rng.nextInt(customers - i);
        int t = all[i];
        all[i] = all[j];
        all[j] = t;
        pick[i] = all[i];
      }
    }
    int[] out = new int[problems * pick.length];
    for (int p = 0; p < problems; p++) {
      System.arraycopy(pick, 0, out, p * pick.length, pick.length);
    }
    return out;
  }

  /**
   * Greedy rollouts from all start customers on the 8 augmented copies of each problem of
   * {@code batch}; returns per problem the best length (normalised frame). Works in chunks of
   * {@code chunk} problems to bound memory.
   */
  public static double[] bestGreedyLengths(PolicyModel model, CvrpBatch batch, int chunk) {
    double[] best = new double[batch.size];
    for (int from = 0; from < batch.size; from += chunk) {
      int to = Math.min(batch.size, from + chunk);
      CvrpBatch part = slice(batch, from, to).augment8();
      int starts = batch.nodes - 1;
      PomoRollout.Result res = GreedyDecoder.decode(model, List.of(part),
          List.of(startNodes(part.size, part.nodes, starts, null)), starts).get(0);
      for (int p = from; p < to; p++) {
        double b = Double.POSITIVE_INFINITY;
        int first = (p - from) * 8 * starts;
        for (int k = first; k < first + 8 * starts; k++) {
          b = Math.min(b, res.lengths[k]);
        }
        best[p] = b;
      }
    }
    return best;
  }

  private static CvrpBatch slice(CvrpBatch batch, int from, int to) {
    if (from == 0 && to == batch.size) {
      return batch;
    }
    CvrpBatch[] parts = new CvrpBatch[to - from];
    for (int p = from; p < to; p++) {
      parts[p - from] = batch.problem(p);
    }
    return CvrpBatch.concat(parts);
  }
}
