package org.routeforge.neural;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.ParameterStore;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;

/**
 * Greedy POMO decoding for inference, built for speed: the rollouts of several instances (each given
 * as its batch of problems, normally the 8 augmented copies) advance together, one native graph per
 * decoding step for all of them.
 *
 * <ul>
 *   <li>The encoder runs once per instance (one call over its copies); {@link PolicyNetwork#decoderCache}
 *       then precomputes the decoder's keys and values, which are zero-padded to the largest instance
 *       and concatenated along the batch axis. Padding nodes start out visited, so they are always
 *       masked and get exactly zero attention.</li>
 *   <li>The decoding state (current node, remaining load, visited nodes, customers left, additive
 *       mask) lives in tensors and is updated there from the step's argmax; the only copy per step is
 *       the chosen nodes ({@code B·P} integers) coming back to record the tours. A visited customer's
 *       "needed load" is raised above any capacity, so one comparison with the remaining load gives
 *       both the visited and the capacity mask.</li>
 *   <li>Each step's temporaries live in a sub-manager closed at the end of the step; state tensors keep
 *       their identity and swap in their new values ({@link NDArray#intern}).</li>
 * </ul>
 *
 * <p>Masking rules are those of {@link PomoRollout} (which remains the path for training and sampling
 * and serves as this decoder's test oracle): a visited customer, or one whose demand exceeds the
 * remaining load, is forbidden; the depot is forbidden right after the depot unless every customer
 * is served; a finished rollout stays at the depot. Loads are kept in demand units (integers held
 * exactly in float32), so capacity checks have no rounding.
 *
 * <p>The calling thread's interrupt flag is checked before every step: an interrupted decode throws
 * {@link CancellationException} (the solver's time cap on initial-solution providers relies on it).
 */
public final class GreedyDecoder {
  private GreedyDecoder() {}

  /**
   * Decodes every group.
   *
   * @param model the policy (callers serialise use of one model across threads)
   * @param groups the problems of each instance (e.g. {@code CvrpBatch.of(ci, g).augment8()}); groups
   *     may differ in size and node count
   * @param startNodes per group, the start customer of each rollout ({@code group.size * starts})
   * @param starts rollouts per problem, the same for every group
   * @return per group, the tours and normalised lengths, rollout {@code problem * starts + p}
   * @throws CancellationException when the thread is interrupted while decoding
   */
  public static List<PomoRollout.Result> decode(PolicyModel model, List<CvrpBatch> groups,
      List<int[]> startNodes, int starts) {
    if (groups.isEmpty() || groups.size() != startNodes.size()) {
      throw new IllegalArgumentException("need one start-node array per group, got " + groups.size()
          + " groups and " + startNodes.size() + " arrays");
    }
    int nMax = 0;
    int problems = 0;
    for (int g = 0; g < groups.size(); g++) {
      CvrpBatch batch = groups.get(g);
      nMax = Math.max(nMax, batch.nodes);
      problems += batch.size;
      if (startNodes.get(g).length != batch.size * starts) {
        throw new IllegalArgumentException("group " + g + " needs " + batch.size * starts + " start nodes, got "
            + startNodes.get(g).length);
      }
    }
    // PyTorch's grad mode is per thread (a provider may run on a fresh one): off here, restored after
    boolean gradMode = JniUtils.isGradMode();
    JniUtils.setGradMode(false);
    try (NDManager m = model.newManager()) {
      NDList cache = encodeAll(model, m, groups, nMax);
      PolicyNetwork net = model.network();
      State s = State.initial(m, groups, startNodes, starts, problems, nMax, (float) net.config().logitClip());
      return s.run(m, net, cache, groups);
    } finally {
      JniUtils.setGradMode(gradMode);
    }
  }

  /** Encodes each group, builds its decoder cache, pads it to {@code nMax} nodes and concatenates. */
  private static NDList encodeAll(PolicyModel model, NDManager m, List<CvrpBatch> groups, int nMax) {
    PolicyNetwork net = model.network();
    List<List<NDArray>> parts = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      parts.add(new ArrayList<>());
    }
    for (CvrpBatch batch : groups) {
      try (NDManager enc = m.newSubManager()) {
        ParameterStore ps = new ParameterStore(enc, false);
        NDArray feats = enc.create(batch.features(), new Shape(batch.size, batch.nodes, 3));
        NDList cache = net.decoderCache(ps, net.forward(ps, new NDList(feats), false), m);
        int pad = nMax - batch.nodes;
        parts.get(0).add(padNodes(m, cache.get(0), 2, pad));
        NDArray capacity = m.create(toFloat(batch.capacity), new Shape(batch.size, 1, 1, 1));
        parts.get(1).add(cache.get(1).div(capacity)); // the step multiplies it by the load in demand units
        parts.get(2).add(padNodes(m, cache.get(2), 3, pad));
        parts.get(3).add(padNodes(m, cache.get(3), 2, pad));
        parts.get(4).add(padNodes(m, cache.get(4), 2, pad).expandDims(1));
      }
    }
    NDList out = new NDList();
    for (int i = 0; i < 5; i++) {
      List<NDArray> p = parts.get(i);
      out.add(p.size() == 1 ? p.get(0) : NDArrays.concat(new NDList(p), 0));
    }
    return out;
  }

  private static float[] toFloat(int[] a) {
    float[] f = new float[a.length];
    for (int i = 0; i < a.length; i++) {
      f[i] = a[i];
    }
    return f;
  }

  private static NDArray padNodes(NDManager m, NDArray a, int axis, int pad) {
    if (pad == 0) {
      return a;
    }
    long[] dims = a.getShape().getShape();
    dims[axis] = pad;
    return a.concat(m.zeros(new Shape(dims)), axis);
  }

  /** The decoding state: tensors for the network, primitive arrays for the tours. */
  private static final class State {
    /** Added to the demand of a visited customer (and a padding node) so that it never fits: 2^23, exact in float32. */
    static final float NEVER_FITS = 8_388_608f;
    private static final NDIndex DEPOT_COLUMN = new NDIndex(":, :, :, 0:1");

    final int starts;
    final int rollouts;
    final int nMax;
    // rollout arrays are (B,1,P,·): the unit axis broadcasts against the network's heads
    final NDArray current; // (B,1,P,1) int64
    final NDArray load; // (B,1,P,1) remaining load in demand units
    final NDArray need; // (B,1,P,N) load a move to each node needs; > load = forbidden
    final NDArray left; // (B,1,P,1) customers not yet served
    final NDArray mask; // (B,1,P,N) additive
    final NDArray capacity; // (B,1,P,1) view of (B,1,1,1)
    final NDArray zero; // int64 scalar
    final NDArray one; // float scalars
    final NDArray neverFits;
    final NDArray masked;
    final NDArray clip;
    final int[] nodesOf; // per rollout
    final int[] served;
    final int[][] seq;
    final int[] len;

    private State(NDManager m, int starts, int nMax, NDArray current, NDArray load, NDArray need, NDArray left,
        NDArray capacity, float logitClip, int[] nodesOf) {
      this.starts = starts;
      this.rollouts = nodesOf.length;
      this.nMax = nMax;
      this.current = current;
      this.load = load;
      this.need = need;
      this.left = left;
      this.mask = m.zeros(need.getShape());
      this.capacity = capacity;
      this.zero = m.create(0L);
      this.one = m.create(1f);
      this.neverFits = m.create(NEVER_FITS);
      this.masked = m.create(PolicyNetwork.MASKED);
      this.clip = m.create(logitClip);
      this.nodesOf = nodesOf;
      this.served = new int[rollouts];
      this.seq = new int[rollouts][];
      this.len = new int[rollouts];
    }

    /** Every rollout at its start customer, everything else as after leaving a full depot. */
    static State initial(NDManager m, List<CvrpBatch> groups, List<int[]> startNodes, int starts, int problems,
        int nMax, float logitClip) {
      int r = problems * starts;
      long[] cur = new long[r];
      float[] load = new float[r];
      float[] need = new float[r * nMax];
      float[] left = new float[r];
      float[] cap = new float[problems];
      int[] nodesOf = new int[r];
      int b = 0;
      for (int g = 0; g < groups.size(); g++) {
        CvrpBatch batch = groups.get(g);
        int[] st = startNodes.get(g);
        for (int p = 0; p < batch.size; p++, b++) {
          cap[b] = batch.capacity[p];
          for (int q = 0; q < starts; q++) {
            int k = b * starts + q;
            int s = st[p * starts + q];
            if (s <= 0 || s >= batch.nodes) {
              throw new IllegalArgumentException("start node " + s + " is not a customer of 1.." + (batch.nodes - 1));
            }
            nodesOf[k] = batch.nodes;
            cur[k] = s;
            load[k] = batch.capacity[p];
            left[k] = batch.nodes - 1;
            for (int j = 0; j < nMax; j++) {
              need[k * nMax + j] = j < batch.nodes ? batch.demand[p * batch.nodes + j] : NEVER_FITS;
            }
          }
        }
      }
      NDArray capacity = m.create(cap, new Shape(problems, 1, 1, 1)).broadcast(problems, 1, starts, 1);
      State s = new State(m, starts, nMax, m.create(cur, new Shape(problems, 1, starts, 1)),
          m.create(load, new Shape(problems, 1, starts, 1)), m.create(need, new Shape(problems, 1, starts, nMax)),
          m.create(left, new Shape(problems, 1, starts, 1)), capacity, logitClip, nodesOf);
      for (int k = 0; k < r; k++) {
        s.seq[k] = new int[2 * nodesOf[k]];
        s.seq[k][s.len[k]++] = (int) cur[k];
        s.served[k] = 1;
      }
      // the start customers as the first move out of a full depot
      try (NDManager step = m.newSubManager()) {
        s.live().tempAttach(step);
        s.advance(s.current.squeeze(3).duplicate());
      }
      return s;
    }

    NDList live() {
      return new NDList(current, load, need, left, mask, capacity);
    }

    /** Moves every rollout to {@code chosen} {@code (B,1,P)} and recomputes the mask, all on tensors. */
    void advance(NDArray chosen) {
      NDArray idx = chosen.expandDims(3);
      NDArray atDepot = idx.eq(zero); // (B,1,P,1)
      NDArray atDepotF = atDepot.toType(DataType.FLOAT32, false);
      load.subi(need.gather(idx, 3)); // the chosen customer's demand (not yet marked visited)
      load.intern(NDArrays.where(atDepot, capacity, load));
      left.subi(one).addi(atDepotF);
      need.addi(chosen.oneHot(nMax).muli(neverFits));
      // the depot: forbidden right after the depot while customers are left, allowed otherwise
      need.set(DEPOT_COLUMN, atDepotF.muli(left).muli(neverFits));
      mask.intern(need.gt(load).toType(DataType.FLOAT32, false).muli(masked));
      current.intern(idx);
    }

    List<PomoRollout.Result> run(NDManager m, PolicyNetwork net, NDList cache, List<CvrpBatch> groups) {
      boolean done = false;
      while (!done) {
        if (Thread.currentThread().isInterrupted()) {
          throw new CancellationException("greedy decoding interrupted");
        }
        long[] chosen;
        try (NDManager step = m.newSubManager()) {
          NDList live = live();
          live.tempAttach(step);
          cache.tempAttach(step);
          NDArray next = net.greedyStep(cache, current, load, mask, clip);
          advance(next);
          chosen = current.toLongArray();
        }
        done = record(chosen);
      }
      List<PomoRollout.Result> out = new ArrayList<>();
      int k = 0;
      for (CvrpBatch batch : groups) {
        int[][] tours = new int[batch.size * starts][];
        double[] lengths = new double[tours.length];
        for (int t = 0; t < tours.length; t++, k++) {
          tours[t] = Arrays.copyOf(seq[k], len[k]);
          lengths[t] = batch.length(t / starts, seq[k], len[k]);
        }
        out.add(new PomoRollout.Result(starts, tours, lengths, null));
      }
      return out;
    }

    /** Appends the step's moves to the unfinished tours; true when every rollout is back, complete. */
    private boolean record(long[] chosen) {
      boolean done = true;
      for (int k = 0; k < rollouts; k++) {
        int customers = nodesOf[k] - 1;
        int last = seq[k][len[k] - 1];
        if (served[k] == customers && last == 0) {
          continue;
        }
        int j = (int) chosen[k];
        seq[k][len[k]++] = j;
        if (j != 0) {
          served[k]++;
        }
        if (served[k] != customers || j != 0) {
          done = false;
        }
      }
      return done;
    }
  }
}
