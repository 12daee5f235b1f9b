package org.routeforge.neural;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.random.RandomGenerator;
import java.util.function.UnaryOperator;

/**
 * Batched POMO rollouts: {@code P} rollouts per problem of a {@link CvrpBatch}, rollout {@code p}
 * forced to leave the depot for its own start customer, all decoded step by step together.
 *
 * <p>Masking rules (kept in primitive arrays on the Java side, uploaded once per step): a visited
 * customer is forbidden; a customer whose demand exceeds the remaining load is forbidden; the depot
 * is forbidden right after the depot (no empty routes); once every customer is served only the depot
 * is allowed, and a finished rollout stays there with probability 1 (log-probability 0). So every
 * rollout ends with all customers served exactly once and no route above capacity, provided no
 * single demand exceeds the capacity ({@link CvrpBatch#of} rejects such instances).
 */
public final class PomoRollout {
  /** How the next node is chosen. */
  public enum Decoding {
    /** The most probable allowed node. */
    GREEDY,
    /** A node drawn from the policy's distribution with the caller's generator. */
    SAMPLE
  }

  /** Outcome: per rollout the node sequence (0 = back at the depot, trailing 0 included) and length. */
  public static final class Result {
    /** Rollouts per problem. */
    public final int starts;
    /** Node sequences, rollout {@code b * starts + p}. */
    public final int[][] tours;
    /** Length of each sequence in the normalised frame. */
    public final double[] lengths;
    /** Sum of the chosen actions' log-probabilities {@code (B, P)}, or null when not kept. */
    public final NDArray logProb;

    Result(int starts, int[][] tours, double[] lengths, NDArray logProb) {
      this.starts = starts;
      this.tours = tours;
      this.lengths = lengths;
      this.logProb = logProb;
    }
  }

  private PomoRollout() {}

  /**
   * Runs the rollouts.
   *
   * @param forward the network's forward pass (the trainer's, to record gradients, or a plain one)
   * @param manager owns the arrays; when {@code keepLogProb} the autograd graph lives in it until closed
   * @param batch the problems
   * @param startNodes start customer of each rollout, {@code starts} per problem ({@code B * starts})
   * @param starts rollouts per problem
   * @param decoding greedy or sampled
   * @param rng the generator for sampling (unused when greedy)
   * @param keepLogProb whether to keep the summed log-probabilities for a REINFORCE loss
   */
  public static Result run(UnaryOperator<NDList> forward, NDManager manager, CvrpBatch batch,
      int[] startNodes, int starts, Decoding decoding, RandomGenerator rng, boolean keepLogProb) {
    final int bs = batch.size;
    final int n = batch.nodes;
    final int r = bs * starts;
    if (startNodes.length != r) {
      throw new IllegalArgumentException("need " + r + " start nodes, got " + startNodes.length);
    }
    NDArray feats = upload(manager, batch.features(), new Shape(bs, n, 3));
    NDList enc = forward.apply(new NDList(feats));
    NDArray h = enc.get(0);
    long dim = h.getShape().get(2);
    NDList fixedInputs = new NDList(enc.get(1), enc.get(2), enc.get(3), enc.get(4));

    int[] cur = new int[r];
    int[] load = new int[r];
    int[] served = new int[r];
    boolean[] visited = new boolean[r * n];
    int maxLen = 2 * n;
    int[][] seq = new int[r][maxLen];
    int[] len = new int[r];
    for (int k = 0; k < r; k++) {
      int b = k / starts;
      int s = startNodes[k];
      if (s <= 0 || s >= n) {
        throw new IllegalArgumentException("start node " + s + " is not a customer of 1.." + (n - 1));
      }
      cur[k] = s;
      load[k] = batch.capacity[b] - batch.demand[b * n + s];
      visited[k * n + s] = true;
      served[k] = 1;
      seq[k][len[k]++] = s;
    }
    float[] mask = new float[r * n];
    float[] loadFrac = new float[r];
    long[] lastIdx = new long[r];
    long[] chosen = new long[r];
    NDArray logProbSum = null;
    while (true) {
      boolean allDone = true;
      for (int k = 0; k < r; k++) {
        int b = k / starts;
        int base = k * n;
        boolean complete = served[k] == n - 1;
        if (complete && cur[k] == 0) {
          mask[base] = 0f;
          for (int j = 1; j < n; j++) {
            mask[base + j] = PolicyNetwork.MASKED;
          }
        } else {
          allDone = false;
          mask[base] = cur[k] == 0 ? PolicyNetwork.MASKED : 0f;
          int rem = load[k];
          int dbase = b * n;
          for (int j = 1; j < n; j++) {
            mask[base + j] = visited[base + j] || batch.demand[dbase + j] > rem ? PolicyNetwork.MASKED : 0f;
          }
        }
        loadFrac[k] = (float) load[k] / batch.capacity[b];
        lastIdx[k] = cur[k];
      }
      if (allDone) {
        break;
      }
      NDManager step = keepLogProb ? manager : manager.newSubManager();
      try {
        NDArray idx = upload(step, lastIdx, new Shape(bs, starts, 1)).broadcast(bs, starts, dim);
        NDArray last = h.gather(idx, 1);
        last.attach(step);
        NDList in = new NDList(fixedInputs);
        in.add(last);
        in.add(upload(step, loadFrac, new Shape(bs, starts, 1)));
        in.add(upload(step, mask, new Shape(bs, starts, n)));
        NDArray logp = forward.apply(in).singletonOrThrow();
        if (decoding == Decoding.GREEDY) {
          long[] am = logp.argMax(-1).toLongArray();
          System.arraycopy(am, 0, chosen, 0, r);
        } else {
          sample(logp.toFloatArray(), mask, n, r, rng, chosen);
        }
        if (keepLogProb) {
          NDArray sel = logp.gather(upload(step, chosen, new Shape(bs, starts, 1)), 2).squeeze(2);
          logProbSum = logProbSum == null ? sel : logProbSum.add(sel);
        }
      } finally {
        if (!keepLogProb) {
          step.close();
        }
      }
      for (int k = 0; k < r; k++) {
        int j = (int) chosen[k];
        int b = k / starts;
        if (served[k] == n - 1 && cur[k] == 0) {
          continue;
        }
        if (j == 0) {
          load[k] = batch.capacity[b];
        } else {
          load[k] -= batch.demand[b * n + j];
          visited[k * n + j] = true;
          served[k]++;
        }
        cur[k] = j;
        seq[k][len[k]++] = j;
      }
    }
    int[][] tours = new int[r][];
    double[] lengths = new double[r];
    for (int k = 0; k < r; k++) {
      tours[k] = java.util.Arrays.copyOf(seq[k], len[k]);
      lengths[k] = batch.length(k / starts, seq[k], len[k]);
    }
    return new Result(starts, tours, lengths, logProbSum);
  }

  /**
   * Copies Java data into a tensor that owns its memory. {@code NDManager.create} can leave the
   * PyTorch tensor pointing into a Java direct buffer; when autograd keeps the tensor for the
   * backward pass after that buffer was garbage-collected, the gradients read freed memory (we saw
   * Inf/NaN gradients that vanished with the no-op Epsilon GC). The clone removes that dependency.
   */
  public static NDArray upload(NDManager m, float[] data, Shape shape) {
    return m.create(data, shape).duplicate();
  }

  /** As {@link #upload(NDManager, float[], Shape)} for indices. */
  public static NDArray upload(NDManager m, long[] data, Shape shape) {
    return m.create(data, shape).duplicate();
  }

  /** Draws one allowed node per rollout from the log-probabilities (inverse CDF). */
  private static void sample(float[] logp, float[] mask, int n, int r, RandomGenerator rng, long[] out) {
    for (int k = 0; k < r; k++) {
      int base = k * n;
      double u = rng.nextDouble();
      double acc = 0;
      int pick = -1;
      int lastAllowed = -1;
      for (int j = 0; j < n; j++) {
        if (mask[base + j] != 0f) {
          continue;
        }
        lastAllowed = j;
        acc += Math.exp(logp[base + j]);
        if (u < acc) {
          pick = j;
          break;
        }
      }
      // rounding can leave the cumulative sum just below u: take the last allowed node then
      out[k] = pick >= 0 ? pick : lastAllowed;
    }
  }
}
