package org.routeforge.neural;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.ConstantInitializer;
import ai.djl.training.initializer.UniformInitializer;
import ai.djl.util.PairList;

/**
 * The attention policy for the CVRP (Kool et al. 2019 encoder, POMO-style decoder), as one DJL block
 * so that {@code Model.save}/{@code Model.load} and the {@code Trainer}'s parameter store handle all
 * of its parameters.
 *
 * <p>The block has two entry points, told apart by the number of inputs:
 * <ul>
 *   <li><b>encode</b> — 1 input, node features {@code (B, N, 3)} = normalised x, y and demand/capacity,
 *       node 0 the depot. Output: node embeddings {@code h (B,N,d)}, the decoder's transposed glimpse
 *       keys {@code (B,H,dk,N)}, glimpse values {@code (B,H,N,dk)}, transposed logit keys
 *       {@code (B,d,N)} and the fixed context
 *       {@code (B,1,d)} projected from the graph embedding (mean of h).</li>
 *   <li><b>decode step</b> — 7 inputs: the 4 precomputed encoder outputs above (without h), the
 *       embedding of each rollout's current node {@code (B,P,d)}, its remaining load as a fraction of
 *       capacity {@code (B,P,1)} and an additive mask {@code (B,P,N)} (0 allowed, {@link #MASKED}
 *       forbidden). Output: log-probabilities of the next node {@code (B,P,N)}.</li>
 * </ul>
 * Context = graph embedding + current node + remaining capacity, as the issue asks; the glimpse is a
 * masked multi-head attention, the logits are single-head, tanh-clipped and masked.
 *
 * <p>Greedy inference does not go through the decode-step entry point: {@link #decoderCache} and
 * {@link #greedyStep} compute the same decoder with its per-instance work hoisted out of the steps
 * (used by {@link GreedyDecoder}).
 */
public final class PolicyNetwork extends AbstractBlock {
  /** Additive mask value for forbidden nodes (finite, so softmax gradients stay finite). */
  public static final float MASKED = -1e9f;

  private static final byte VERSION = 1;
  /** Node count from which inference computes the encoder's attention problem by problem. */
  private static final int CHUNKED_ATTENTION_NODES = 256;

  private final PolicyConfig cfg;
  private final Parameter depotW;
  private final Parameter depotB;
  private final Parameter nodeW;
  private final Parameter nodeB;
  private final Parameter[] qkv;
  private final Parameter[] attOut;
  private final Parameter[] attOutB;
  private final Parameter[] ln1g;
  private final Parameter[] ln1b;
  private final Parameter[] ff1;
  private final Parameter[] ff1b;
  private final Parameter[] ff2;
  private final Parameter[] ff2b;
  private final Parameter[] ln2g;
  private final Parameter[] ln2b;
  private final Parameter decKvl;
  private final Parameter decFixed;
  private final Parameter decStep;
  private final Parameter decOut;

  /** Creates the block with uninitialised parameters of the given architecture. */
  public PolicyNetwork(PolicyConfig cfg) {
    super(VERSION);
    this.cfg = cfg;
    int d = cfg.dim();
    int l = cfg.layers();
    depotW = weight("depot_w", 2, d);
    depotB = bias("depot_b", d);
    nodeW = weight("node_w", 3, d);
    nodeB = bias("node_b", d);
    qkv = new Parameter[l];
    attOut = new Parameter[l];
    attOutB = new Parameter[l];
    ln1g = new Parameter[l];
    ln1b = new Parameter[l];
    ff1 = new Parameter[l];
    ff1b = new Parameter[l];
    ff2 = new Parameter[l];
    ff2b = new Parameter[l];
    ln2g = new Parameter[l];
    ln2b = new Parameter[l];
    for (int i = 0; i < l; i++) {
      String p = "enc" + i + "_";
      qkv[i] = weight(p + "qkv", d, 3 * d);
      attOut[i] = weight(p + "att_out", d, d);
      attOutB[i] = bias(p + "att_out_b", d);
      ln1g[i] = gain(p + "ln1_g", d);
      ln1b[i] = bias(p + "ln1_b", d);
      ff1[i] = weight(p + "ff1", d, cfg.feedForward());
      ff1b[i] = bias(p + "ff1_b", cfg.feedForward());
      ff2[i] = weight(p + "ff2", cfg.feedForward(), d);
      ff2b[i] = bias(p + "ff2_b", d);
      ln2g[i] = gain(p + "ln2_g", d);
      ln2b[i] = bias(p + "ln2_b", d);
    }
    decKvl = weight("dec_kvl", d, 3 * d);
    decFixed = weight("dec_fixed", d, d);
    decStep = weight("dec_step", d + 1, d);
    decOut = weight("dec_out", d, d);
  }

  /** The architecture. */
  public PolicyConfig config() {
    return cfg;
  }

  private Parameter weight(String name, int in, int out) {
    return addParameter(Parameter.builder().setName(name).setType(Parameter.Type.WEIGHT)
        .optShape(new Shape(in, out)).optInitializer(new UniformInitializer((float) (1.0 / Math.sqrt(in))))
        .build());
  }

  private Parameter bias(String name, int n) {
    return addParameter(Parameter.builder().setName(name).setType(Parameter.Type.BIAS)
        .optShape(new Shape(n)).optInitializer(new ConstantInitializer(0f)).build());
  }

  private Parameter gain(String name, int n) {
    return addParameter(Parameter.builder().setName(name).setType(Parameter.Type.GAMMA)
        .optShape(new Shape(n)).optInitializer(new ConstantInitializer(1f)).build());
  }

  @Override
  protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training,
      PairList<String, Object> params) {
    if (inputs.size() == 1) {
      return encode(ps, inputs.singletonOrThrow(), training);
    }
    if (inputs.size() == 7) {
      return decodeStep(ps, inputs, training);
    }
    throw new IllegalArgumentException("PolicyNetwork takes 1 input (encode) or 7 (decode step), got "
        + inputs.size());
  }

  private NDArray p(ParameterStore ps, Parameter param, Device dev, boolean training) {
    return ps.getValue(param, dev, training);
  }

  private NDList encode(ParameterStore ps, NDArray feats, boolean training) {
    Device dev = feats.getDevice();
    long b = feats.getShape().get(0);
    long n = feats.getShape().get(1);
    int d = cfg.dim();
    int heads = cfg.heads();
    int dk = cfg.headDim();
    NDArray depotIn = feats.get(":, 0:1, 0:2");
    NDArray nodeIn = feats.get(":, 1:, :");
    NDArray h = depotIn.matMul(p(ps, depotW, dev, training)).add(p(ps, depotB, dev, training))
        .concat(nodeIn.matMul(p(ps, nodeW, dev, training)).add(p(ps, nodeB, dev, training)), 1);
    float scale = (float) (1.0 / Math.sqrt(dk));
    for (int i = 0; i < cfg.layers(); i++) {
      NDArray qkvAll = h.matMul(p(ps, qkv[i], dev, training)).reshape(b, n, 3, heads, dk)
          .transpose(2, 0, 3, 1, 4); // (3, B, H, N, dk)
      NDArray q = qkvAll.get(0).mul(constant(h, scale));
      NDArray k = qkvAll.get(1);
      NDArray v = qkvAll.get(2);
      NDArray att = training || n < CHUNKED_ATTENTION_NODES ? q.matMul(k.swapAxes(2, 3)).softmax(-1).matMul(v)
          : attentionPerProblem(q, k, v); // (B,H,N,dk)
      NDArray mha = att.swapAxes(1, 2).reshape(b, n, d).matMul(p(ps, attOut[i], dev, training))
          .add(p(ps, attOutB[i], dev, training));
      h = layerNorm(h.add(mha), p(ps, ln1g[i], dev, training), p(ps, ln1b[i], dev, training));
      NDArray ff = Activation.relu(h.matMul(p(ps, ff1[i], dev, training)).add(p(ps, ff1b[i], dev, training)))
          .matMul(p(ps, ff2[i], dev, training)).add(p(ps, ff2b[i], dev, training));
      h = layerNorm(h.add(ff), p(ps, ln2g[i], dev, training), p(ps, ln2b[i], dev, training));
    }
    NDArray kvl = h.matMul(p(ps, decKvl, dev, training)); // (B,N,3d)
    NDArray glimpseKt = kvl.get(":, :, 0:" + d).reshape(b, n, heads, dk).transpose(0, 2, 3, 1);
    NDArray glimpseV = kvl.get(":, :, " + d + ":" + (2 * d)).reshape(b, n, heads, dk).swapAxes(1, 2);
    NDArray logitKt = kvl.get(":, :, " + (2 * d) + ":").swapAxes(1, 2);
    NDArray fixed = h.mean(new int[] {1}, true).matMul(p(ps, decFixed, dev, training)); // (B,1,d)
    return new NDList(h, glimpseKt, glimpseV, logitKt, fixed);
  }

  /**
   * Self-attention one problem at a time, for inference on large instances: the same result as the
   * batched product, but each problem's {@code (H,N,N)} score matrix is used while it is still in
   * cache instead of one {@code (B,H,N,N)} array going through memory three times.
   */
  private static NDArray attentionPerProblem(NDArray q, NDArray k, NDArray v) {
    long b = q.getShape().get(0);
    NDList parts = new NDList();
    for (long i = 0; i < b; i++) {
      parts.add(q.get(i).matMul(k.get(i).swapAxes(1, 2)).softmax(-1).matMul(v.get(i)).expandDims(0));
    }
    return NDArrays.concat(parts, 0);
  }

  /**
   * A scalar tensor that owns its memory. The {@code NDArray.mul(Number)} family wraps the number in
   * a temporary tensor over a Java buffer and closes it; autograd keeps that tensor for the backward
   * pass, which then reads memory the garbage collector may have freed (NaN/Inf gradients that
   * depended on GC timing). Cloning makes the scalar a real PyTorch allocation.
   */
  private static NDArray constant(NDArray like, float v) {
    return like.getManager().create(v).duplicate();
  }

  private static NDArray layerNorm(NDArray x, NDArray gamma, NDArray beta) {
    NDArray mu = x.mean(new int[] {-1}, true);
    NDArray c = x.sub(mu);
    NDArray var = c.square().mean(new int[] {-1}, true);
    return c.div(var.add(constant(var, 1e-5f)).sqrt()).mul(gamma).add(beta);
  }

  private NDList decodeStep(ParameterStore ps, NDList in, boolean training) {
    NDArray glimpseKt = in.get(0);
    NDArray glimpseV = in.get(1);
    NDArray logitKt = in.get(2);
    NDArray fixed = in.get(3);
    NDArray last = in.get(4);
    NDArray load = in.get(5);
    NDArray mask = in.get(6);
    Device dev = last.getDevice();
    long b = last.getShape().get(0);
    long pp = last.getShape().get(1);
    int d = cfg.dim();
    int heads = cfg.heads();
    int dk = cfg.headDim();
    NDArray q = last.concat(load, 2).matMul(p(ps, decStep, dev, training)).add(fixed); // (B,P,d)
    NDArray qh = q.reshape(b, pp, heads, dk).swapAxes(1, 2); // (B,H,P,dk)
    NDArray compat = qh.matMul(glimpseKt).mul(constant(qh, (float) (1.0 / Math.sqrt(dk))))
        .add(mask.expandDims(1)); // (B,H,P,N)
    NDArray glimpse = compat.softmax(-1).matMul(glimpseV).swapAxes(1, 2).reshape(b, pp, d)
        .matMul(p(ps, decOut, dev, training)); // (B,P,d)
    NDArray logits = glimpse.matMul(logitKt).mul(constant(glimpse, (float) (1.0 / Math.sqrt(d)))).tanh()
        .mul(constant(glimpse, (float) cfg.logitClip())).add(mask);
    return new NDList(logits.logSoftmax(-1));
  }

  /**
   * What greedy inference needs from one encoding, computed once so that every decoding step is one
   * small graph ({@link #greedyStep}). The decoder step's algebra is regrouped (same function as
   * {@link #decodeStep}, different rounding): the query's node term {@code h·W_step[:d] + fixed} is
   * precomputed for every node and laid out per head, so that gathering it gives the glimpse query
   * contiguous; the glimpse keys carry the {@code 1/√dk} scale; the output projection and
   * {@code 1/√d} are folded into the logit keys ({@code W_out·K_logit/√d}).
   *
   * @param encoded the encoder's output (h, glimpse keys, glimpse values, logit keys, fixed context)
   * @param manager owns every returned array (parameter-first products land here, not in the model)
   * @return per-head node query terms {@code (B,H,N,dk)}, per-head load weight {@code (1,H,1,dk)},
   *     scaled glimpse keys {@code (B,H,dk,N)}, glimpse values {@code (B,H,N,dk)}, folded logit keys
   *     {@code (B,d,N)}
   */
  public NDList decoderCache(ParameterStore ps, NDList encoded, NDManager manager) {
    NDArray h = encoded.get(0);
    Device dev = h.getDevice();
    long b = h.getShape().get(0);
    long n = h.getShape().get(1);
    int d = cfg.dim();
    int heads = cfg.heads();
    int dk = cfg.headDim();
    NDArray step = p(ps, decStep, dev, false);
    NDArray nodeWeight = owned(step.get("0:" + d), manager);
    NDArray loadWeight = owned(step.get(d + ":").reshape(1, heads, 1, dk), manager);
    NDArray outT = owned(p(ps, decOut, dev, false).transpose(), manager);
    NDArray nodeQuery = owned(contiguous(h.matMul(nodeWeight).add(encoded.get(4)).reshape(b, n, heads, dk)
        .swapAxes(1, 2)), manager);
    NDArray glimpseKt = owned(contiguous(encoded.get(1).mul(constant(h, (float) (1.0 / Math.sqrt(dk))))), manager);
    NDArray glimpseV = owned(contiguous(encoded.get(2)), manager);
    // (W_out · K) = (Kᵀ · W_outᵀ)ᵀ, written data-first so the result does not join the model's manager
    NDArray logitKeys = owned(contiguous(encoded.get(3).swapAxes(1, 2).matMul(outT).swapAxes(1, 2)
        .mul(constant(h, (float) (1.0 / Math.sqrt(d))))), manager);
    return new NDList(nodeQuery, loadWeight, glimpseKt, glimpseV, logitKeys);
  }

  /**
   * The array in row-major order: flattening a transposed view copies it, reshaping back is a view.
   * Batched matrix products on transposed operands ran several times slower here.
   */
  private static NDArray contiguous(NDArray a) {
    return a.reshape(-1).reshape(a.getShape());
  }

  private static NDArray owned(NDArray a, NDManager manager) {
    a.attach(manager);
    return a;
  }

  /**
   * One greedy decoding step on a decoder cache: the next node of every rollout, the argmax of the
   * same masked, clipped logits as {@link #decodeStep} (the log-softmax is left out: it does not change
   * the argmax). Rollout arrays carry a unit head axis so that they broadcast against the per-head
   * ones without reshaping.
   *
   * @param cache {@link #decoderCache}'s arrays, possibly of several encodings concatenated along the
   *     batch axis, with the load weight divided by each problem's capacity {@code (B,H,1,dk)} and the
   *     logit keys given a unit head axis {@code (B,1,d,N)}
   * @param current each rollout's current node {@code (B,1,P,1)} (int64)
   * @param load remaining load {@code (B,1,P,1)}, in demand units
   * @param mask additive mask {@code (B,1,P,N)}, 0 allowed, {@link #MASKED} forbidden
   * @param clip the tanh clipping as a scalar array
   * @return the chosen nodes {@code (B,1,P)} (int64)
   */
  public NDArray greedyStep(NDList cache, NDArray current, NDArray load, NDArray mask, NDArray clip) {
    long b = current.getShape().get(0);
    long pp = current.getShape().get(2);
    NDArray qh = cache.get(0).gather(current.broadcast(b, cfg.heads(), pp, cfg.headDim()), 2)
        .addi(load.mul(cache.get(1))); // (B,H,P,dk), contiguous
    NDArray compat = qh.matMul(cache.get(2)).addi(mask); // (B,H,P,N)
    NDArray glimpse = compat.softmax(-1).matMul(cache.get(3)).swapAxes(1, 2).reshape(b, 1, pp, cfg.dim());
    NDArray logits = glimpse.matMul(cache.get(4)).tanh().muli(clip).addi(mask); // (B,1,P,N)
    return logits.argMax(-1);
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    int d = cfg.dim();
    int heads = cfg.heads();
    int dk = cfg.headDim();
    if (inputShapes.length == 1) {
      long b = inputShapes[0].get(0);
      long n = inputShapes[0].get(1);
      return new Shape[] {new Shape(b, n, d), new Shape(b, heads, dk, n), new Shape(b, heads, n, dk),
          new Shape(b, d, n), new Shape(b, 1, d)};
    }
    return new Shape[] {inputShapes[6]};
  }

  /**
   * One named input (the encoder's features). DJL pairs saved input names with input shapes when
   * saving; a block read by {@code Model.load} has the shapes but not the names, so the pairing is
   * stated here.
   */
  @Override
  public PairList<String, Shape> describeInput() {
    return new PairList<>(java.util.List.of("features"), java.util.List.of(new Shape(1, 2, 3)));
  }

  /** Initialises all parameters (uniform ±1/√fan-in weights, zero biases, unit gains). */
  public void initializeParameters(ai.djl.ndarray.NDManager manager) {
    initialize(manager, DataType.FLOAT32, new Shape(1, 2, 3));
  }
}
