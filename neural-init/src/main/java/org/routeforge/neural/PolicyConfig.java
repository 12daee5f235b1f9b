package org.routeforge.neural;

/**
 * Architecture of the attention policy: what a checkpoint must be rebuilt with before its
 * parameters can be loaded, and what the model card reports.
 *
 * @param dim embedding width {@code d}
 * @param heads attention heads (each of width {@code dim / heads})
 * @param layers encoder layers (self-attention + feed-forward, each with a skip connection and layer norm)
 * @param feedForward hidden width of the encoder feed-forward sublayers
 * @param logitClip tanh clipping of the decoder logits ({@code C · tanh(u)}, Kool et al. / POMO use 10)
 */
public record PolicyConfig(int dim, int heads, int layers, int feedForward, double logitClip) {

  /**
   * The shipped size, chosen for training on 2 CPU cores: 3 layers, d = 64, 4 heads of 16, FF 256
   * (the "small CPU-trainable" POMO variant). A decoding step costs about {@code 6·R·N·d} flops for
   * {@code R} rollouts over {@code N} nodes, so halving d from POMO's 128 halves inference time.
   */
  public static final PolicyConfig DEFAULT = new PolicyConfig(64, 4, 3, 256, 10.0);

  public PolicyConfig {
    if (dim <= 0 || heads <= 0 || dim % heads != 0) {
      throw new IllegalArgumentException("dim must be a positive multiple of heads, got dim=" + dim
          + " heads=" + heads);
    }
    if (layers < 0 || feedForward <= 0 || !(logitClip > 0)) {
      throw new IllegalArgumentException("layers >= 0, feedForward > 0 and logitClip > 0 are required");
    }
  }

  /** Width of one attention head. */
  public int headDim() {
    return dim / heads;
  }
}
