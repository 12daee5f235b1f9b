package org.routeforge.neural;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import ai.djl.util.Pair;
import org.routeforge.data.io.VrplibWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.ToDoubleBiFunction;

/**
 * REINFORCE with the POMO shared baseline (Kwon et al. 2020) on the DJL {@link Trainer}: for each
 * instance, one sampled rollout per start customer; advantage = −(length − mean length over the
 * instance's rollouts); loss = −mean(advantage · Σ log π). Adam, global-norm gradient clipping,
 * a small→large size curriculum, periodic validation on fixed held-out sets, checkpoints with a
 * {@link ModelCard}, a CSV log, a loss/validation plot and resuming from the last checkpoint.
 *
 * <p>Data: each step's instances are a mix of POMO's uniform distribution ({@link CvrpBatch#uniform})
 * and the X-like one ({@link CvrpBatch#xLike}: depot placement, clustered customers, the X set's
 * demand kinds and route sizes), {@code xShare} of them X-like; the held-out validation sets are
 * mixed the same way.
 *
 * <p>Determinism and resuming: the instances of step {@code s} come from a generator seeded by
 * {@code (seed, s)}, so a resumed run draws the same data as an uninterrupted one. A checkpoint holds
 * the parameters, the step counter and Adam's state ({@link ResumableAdam}), so a resumed run
 * continues as the uninterrupted one would.
 */
public final class ReinforceTraining {

  /**
   * Training settings.
   *
   * @param sizes customer counts of the curriculum, trained in this order, {@code steps / sizes} each
   * @param steps total optimiser steps
   * @param batch instances per step at the first size; size n uses {@code batch · sizes[0] / n}
   *     (at least 2) so a step costs about the same at every size
   * @param seed seed of parameters, data and sampling
   * @param learningRate Adam learning rate
   * @param clipNorm global gradient-norm limit
   * @param validateEvery steps between validations (and checkpoints)
   * @param validationInstances held-out instances per size
   * @param out checkpoint directory
   * @param command the command line, recorded in the model card
   * @param xShare fraction of each step's (and each validation set's) instances drawn X-like, in [0, 1]
   */
  public record Options(List<Integer> sizes, long steps, int batch, long seed, double learningRate,
      double clipNorm, long validateEvery, int validationInstances, Path out, String command, double xShare) {
    /** Share of X-like instances when none is given. */
    public static final double DEFAULT_X_SHARE = 0.5;

    public Options {
      sizes = List.copyOf(sizes);
      if (sizes.isEmpty() || steps <= 0 || batch <= 0 || validateEvery <= 0 || validationInstances <= 0) {
        throw new IllegalArgumentException("sizes must be non-empty and steps, batch, validateEvery, "
            + "validationInstances positive");
      }
      if (!(xShare >= 0 && xShare <= 1)) {
        throw new IllegalArgumentException("the X-like share must be in [0, 1], got " + xShare);
      }
      for (int s : sizes) {
        if (s < 2) {
          throw new IllegalArgumentException("training sizes need at least 2 customers, got " + s);
        }
      }
    }

    /** Options with the default X-like share {@value #DEFAULT_X_SHARE}. */
    public Options(List<Integer> sizes, long steps, int batch, long seed, double learningRate, double clipNorm,
        long validateEvery, int validationInstances, Path out, String command) {
      this(sizes, steps, batch, seed, learningRate, clipNorm, validateEvery, validationInstances, out, command,
          DEFAULT_X_SHARE);
    }

    /** {@code size} instances of {@code customers} customers, {@code round(xShare · size)} of them X-like first. */
    public CvrpBatch instances(int size, int customers, SplittableRandom rng) {
      int x = (int) Math.round(xShare * size);
      if (x == 0) {
        return CvrpBatch.uniform(size, customers, rng);
      }
      if (x == size) {
        return CvrpBatch.xLike(size, customers, rng);
      }
      return CvrpBatch.concat(CvrpBatch.xLike(x, customers, rng), CvrpBatch.uniform(size - x, customers, rng));
    }

    /** Customer count at step {@code s} (the first size before step 0). */
    public int sizeAt(long s) {
      int phase = (int) Math.max(0, Math.min(sizes.size() - 1, s * sizes.size() / steps));
      return sizes.get(phase);
    }

    /** Instances per step at {@code customers}. */
    public int batchAt(int customers) {
      return Math.max(2, (int) Math.round((double) batch * sizes.get(0) / customers));
    }
  }

  /** One line of the training log. */
  private record LogRow(long step, int customers, double loss, double meanLength, double seconds, double gap) {}

  private static final String LOG = "training-log.csv";
  /** Per-instance validation log: one row per held-out instance and validation. */
  public static final String VALIDATION_LOG = "validation.csv";
  /** Folder of the held-out instances (VRPLIB, normalised frame) for an external reference solver. */
  public static final String HELD_OUT_DIR = "held-out";

  private final Options opt;
  private final ToDoubleBiFunction<CvrpBatch, Integer> reference;
  private final String referenceName;
  private final PrintStream err;
  private final Instant stopAt;

  /**
   * @param reference cost of a reference solution for problem {@code p} of a batch (normalised frame)
   * @param referenceName what the reference is, for the model card
   * @param err where the progress bar goes
   */
  public ReinforceTraining(Options opt, ToDoubleBiFunction<CvrpBatch, Integer> reference,
      String referenceName, PrintStream err) {
    this(opt, reference, referenceName, err, null);
  }

  /**
   * @param stopAt when reached, training validates, writes a checkpoint and returns early (resumable
   *     with {@code --resume}); null for no deadline
   */
  public ReinforceTraining(Options opt, ToDoubleBiFunction<CvrpBatch, Integer> reference,
      String referenceName, PrintStream err, Instant stopAt) {
    this.opt = opt;
    this.reference = reference;
    this.referenceName = referenceName;
    this.err = err;
    this.stopAt = stopAt;
  }

  /**
   * Trains, starting from {@code start} (a fresh or resumed model), and writes checkpoints to
   * {@code opt.out()}. Returns the final card.
   */
  public ModelCard train(PolicyModel start, ModelCard resumedFrom) throws IOException {
    Files.createDirectories(opt.out());
    List<ModelCard.ValidationPoint> history = new ArrayList<>(resumedFrom.validation());
    long firstStep = resumedFrom.steps();
    double priorSeconds = resumedFrom.wallClockSeconds();

    // fixed held-out sets and their reference costs, computed once
    List<CvrpBatch> valSets = new ArrayList<>();
    List<double[]> valRef = new ArrayList<>();
    for (int size : opt.sizes()) {
      CvrpBatch v = opt.instances(opt.validationInstances(), size, new SplittableRandom(opt.seed() * 31 + size + 7));
      double[] ref = new double[v.size];
      for (int p = 0; p < v.size; p++) {
        ref[p] = reference.applyAsDouble(v, p);
      }
      valSets.add(v);
      valRef.add(ref);
      exportHeldOut(v, size);
    }
    err.printf(Locale.ROOT, "validation reference (%s) ready for sizes %s%n", referenceName, opt.sizes());

    DefaultTrainingConfig cfg = trainingConfig();
    long t0 = System.nanoTime();
    ModelCard card = resumedFrom;
    Path adamFile = opt.out().resolve(ResumableAdam.FILE);
    boolean restore = firstStep > 0 && Files.exists(adamFile);
    if (firstStep > 0 && !restore) {
      err.println("no " + ResumableAdam.FILE + " in " + opt.out() + ": Adam's moments restart from zero");
    }
    try (Trainer trainer = start.model().newTrainer(cfg);
        ResumableAdam adam = restore ? ResumableAdam.load(start, adamFile) : new ResumableAdam(start)) {
      double emaLoss = Double.NaN;
      double emaLen = Double.NaN;
      if (history.stream().noneMatch(vp -> vp.step() == firstStep)) {
        // the starting point's quality (an untrained or a fine-tuned model) on the same held-out sets
        validate(start, firstStep, valSets, valRef, history);
        err.printf(Locale.ROOT, "validation at step %d: %s%n", firstStep, history.subList(history.size()
            - valSets.size(), history.size()));
      }
      for (long s = firstStep; s < opt.steps(); s++) {
        if (stopAt != null && Instant.now().isAfter(stopAt)) {
          if (s > firstStep && s % opt.validateEvery() != 0) {
            double elapsed = priorSeconds + (System.nanoTime() - t0) / 1e9;
            validate(start, s, valSets, valRef, history);
            card = checkpoint(start, adam, adamFile, s, elapsed, history);
          }
          err.printf(Locale.ROOT, "%nstopped at step %d: the deadline %s has passed; --resume continues%n", s, stopAt);
          break;
        }
        int n = opt.sizeAt(s);
        int bs = opt.batchAt(n);
        SplittableRandom rng = new SplittableRandom(opt.seed() * 1_000_003L + s);
        CvrpBatch batch = opt.instances(bs, n, rng);
        double[] lm = step(trainer, adam, opt.learningRate(), start, batch, rng, opt.clipNorm());
        double loss = lm[0];
        double meanLen = lm[1];
        emaLoss = Double.isNaN(emaLoss) ? loss : 0.95 * emaLoss + 0.05 * loss;
        boolean newSize = s == firstStep || opt.sizeAt(s - 1) != n;
        emaLen = newSize ? meanLen : 0.95 * emaLen + 0.05 * meanLen;
        double elapsed = priorSeconds + (System.nanoTime() - t0) / 1e9;
        double gap = Double.NaN;
        boolean last = s + 1 == opt.steps();
        if ((s + 1) % opt.validateEvery() == 0 || last) {
          gap = validate(start, s + 1, valSets, valRef, history);
          card = checkpoint(start, adam, adamFile, s + 1, elapsed, history);
        }
        appendLog(new LogRow(s + 1, n, loss, meanLen, elapsed, gap));
        if (!Double.isNaN(gap)) {
          writePlot(opt.out());
        }
        progress(s + 1, n, bs, emaLoss, emaLen, elapsed - priorSeconds, s + 1 - firstStep, gap, history);
      }
    }
    err.println();
    return card;
  }

  private ModelCard checkpoint(PolicyModel model, ResumableAdam adam, Path adamFile, long steps, double elapsed,
      List<ModelCard.ValidationPoint> history) throws IOException {
    ModelCard card = new ModelCard(model.network().config(), trainedWith(), machine(), dataDescription(),
        opt.sizes(), steps, opt.batch(), opt.seed(), opt.learningRate(), elapsed, referenceName, history,
        opt.command());
    model.save(opt.out(), card);
    adam.save(adamFile);
    return card;
  }

  /** Writes the held-out set of {@code customers} as VRPLIB files (once), for an external reference. */
  private void exportHeldOut(CvrpBatch v, int customers) throws IOException {
    Path dir = opt.out().resolve(HELD_OUT_DIR);
    Files.createDirectories(dir);
    for (int p = 0; p < v.size; p++) {
      Path f = dir.resolve(heldOutName(customers, p) + ".vrp");
      if (!Files.exists(f)) {
        VrplibWriter.write(v.toInstance(p, heldOutName(customers, p), 1.0), f);
      }
    }
  }

  private static String heldOutName(int customers, int p) {
    return String.format(Locale.ROOT, "val-n%d-%02d", customers, p);
  }

  private String dataDescription() {
    return String.format(Locale.ROOT, "%.0f %% X-like CVRP (data module XGenerator rules: depot central/eccentric/"
        + "random, random/clustered customers, the X demand kinds and route sizes), %.0f %% POMO uniform CVRP (depot "
        + "and customers uniform in [0,1]^2, demand 1..9, capacity 30/40/50 for 20/50/100 customers, interpolated)",
        100 * opt.xShare(), 100 * (1 - opt.xShare()));
  }

  private double validate(PolicyModel model, long step, List<CvrpBatch> sets, List<double[]> refs,
      List<ModelCard.ValidationPoint> history) {
    double lastGap = Double.NaN;
    for (int i = 0; i < sets.size(); i++) {
      CvrpBatch v = sets.get(i);
      double[] best = PolicyInference.bestGreedyLengths(model, v, Math.max(1, 400 / v.nodes));
      double[] ref = refs.get(i);
      appendValidation(step, v, best, ref);
      double pc = 0;
      double rc = 0;
      double gap = 0;
      for (int p = 0; p < v.size; p++) {
        pc += best[p] / v.size;
        rc += ref[p] / v.size;
        gap += 100.0 * (best[p] / ref[p] - 1) / v.size;
      }
      history.add(new ModelCard.ValidationPoint(step, v.nodes - 1, v.size, pc, rc, gap));
      if (v.nodes - 1 == opt.sizeAt(step - 1)) {
        lastGap = gap;
      }
    }
    return lastGap;
  }

  /**
   * One REINFORCE step with the POMO shared baseline on {@code batch} (one sampled rollout per
   * customer as start): zero gradients, roll out, backward, clip, Adam step with rate {@code lr}.
   *
   * @return {loss, mean rollout length}
   */
  public static double[] step(Trainer trainer, ResumableAdam adam, double lr, PolicyModel model, CvrpBatch batch,
      SplittableRandom rng, double clipNorm) {
    int bs = batch.size;
    int n = batch.nodes - 1;
    double loss;
    double meanLen = 0;
    try (NDManager m = model.newManager(); GradientCollector gc = trainer.newGradientCollector()) {
      zeroGradients(model);
      PomoRollout.Result res = PomoRollout.run(trainer::forward, m, batch,
          PolicyInference.startNodes(bs, n + 1, n, rng), n, PomoRollout.Decoding.SAMPLE, rng, true);
      float[] adv = new float[bs * n];
      for (int b = 0; b < bs; b++) {
        double mean = 0;
        for (int p = 0; p < n; p++) {
          mean += res.lengths[b * n + p];
        }
        mean /= n;
        meanLen += mean / bs;
        for (int p = 0; p < n; p++) {
          adv[b * n + p] = (float) (mean - res.lengths[b * n + p]);
        }
      }
      NDArray lossNd = res.logProb.mul(PomoRollout.upload(m, adv, new Shape(bs, n))).mean().neg();
      gc.backward(lossNd);
      loss = lossNd.getFloat();
    }
    clipGradients(model, clipNorm);
    adam.step(lr);
    return new double[] {loss, meanLen};
  }

  /**
   * The trainer's configuration. The trainer only runs the forward pass and collects gradients: the
   * loop computes its own loss and takes its own, resumable Adam step ({@link ResumableAdam}).
   */
  public static DefaultTrainingConfig trainingConfig() {
    return new DefaultTrainingConfig(Loss.l2Loss());
  }

  /**
   * Sets every gradient buffer to exactly 0. Not {@code GradientCollector.zeroGradients()}: that
   * subtracts the buffer from itself, and the PyTorch engine's first buffers can hold uninitialised
   * memory (Inf/NaN), which that leaves as NaN.
   */
  static void zeroGradients(PolicyModel model) {
    for (Pair<String, Parameter> p : model.network().getParameters()) {
      NDArray a = p.getValue().getArray();
      if (!a.hasGradient()) {
        continue; // parameters read by Model.load get their buffer from the first backward pass
      }
      try (NDArray g = a.getGradient()) {
        g.set(new NDIndex("..."), 0f);
      }
    }
  }

  /** Scales all gradients so their global L2 norm is at most {@code maxNorm}. */
  static void clipGradients(PolicyModel model, double maxNorm) {
    List<NDArray> grads = new ArrayList<>();
    double sq = 0;
    for (Pair<String, Parameter> p : model.network().getParameters()) {
      NDArray g = p.getValue().getArray().getGradient();
      grads.add(g);
      sq += g.square().sum().getFloat();
    }
    double norm = Math.sqrt(sq);
    if (norm > maxNorm) {
      float scale = (float) (maxNorm / (norm + 1e-6));
      for (NDArray g : grads) {
        g.muli(scale);
      }
    }
    for (NDArray g : grads) {
      g.close();
    }
  }

  private void progress(long step, int n, int bs, double loss, double len, double seconds, long done,
      double gap, List<ModelCard.ValidationPoint> history) {
    int width = 30;
    int filled = (int) (width * step / opt.steps());
    double eta = seconds / done * (opt.steps() - step);
    String lastGap = "";
    for (ModelCard.ValidationPoint vp : history) {
      lastGap = String.format(Locale.ROOT, " val n=%d gap %.2f%%", vp.customers(), vp.gapPercent());
    }
    err.printf(Locale.ROOT, "\r[%s%s] %d/%d n=%d B=%d loss %.4f len %.3f%s  %.0fs eta %.0fs   ",
        "#".repeat(filled), ".".repeat(width - filled), step, opt.steps(), n, bs, loss, len, lastGap,
        seconds, eta);
    if (!Double.isNaN(gap)) {
      err.println();
    }
  }

  private void appendLog(LogRow r) {
    Path f = opt.out().resolve(LOG);
    try {
      if (!Files.exists(f)) {
        Files.writeString(f, "step,customers,loss,mean_length,seconds,validation_gap_percent\n");
      }
      Files.writeString(f, String.format(Locale.ROOT, "%d,%d,%.6f,%.6f,%.2f,%s%n", r.step(), r.customers(),
          r.loss(), r.meanLength(), r.seconds(), Double.isNaN(r.gap()) ? "" : String.format(Locale.ROOT, "%.4f", r.gap())),
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot append to " + f, e);
    }
  }

  /**
   * One row per held-out instance; the {@code memetic60_length} column is left empty for a reference
   * computed later on the exported instance ({@value #HELD_OUT_DIR}/), in the same normalised frame.
   */
  private void appendValidation(long step, CvrpBatch v, double[] best, double[] ref) {
    Path f = opt.out().resolve(VALIDATION_LOG);
    int xLike = (int) Math.round(opt.xShare() * v.size);
    StringBuilder sb = new StringBuilder();
    for (int p = 0; p < v.size; p++) {
      sb.append(String.format(Locale.ROOT, "%d,%d,%s,%s,%.6f,%.6f,%.4f,%n", step, v.nodes - 1,
          heldOutName(v.nodes - 1, p), p < xLike ? "x-like" : "uniform", best[p], ref[p],
          100.0 * (best[p] / ref[p] - 1)));
    }
    try {
      if (!Files.exists(f)) {
        Files.writeString(f, "step,customers,instance,kind,policy_length,savings_length,gap_vs_savings_percent,"
            + "memetic60_length\n");
      }
      Files.writeString(f, sb.toString(), StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot append to " + f, e);
    }
  }

  private void writePlot(Path dir) throws IOException {
    Path f = dir.resolve(LOG);
    if (Files.exists(f)) {
      TrainingPlot.write(f, dir.resolve("training.png"));
    }
    Path v = dir.resolve(VALIDATION_LOG);
    if (Files.exists(v)) {
      TrainingPlot.validation(v, dir.resolve("validation.png"));
    }
  }

  static String trainedWith() {
    return "DJL 0.35.1, PyTorch 2.7.1 engine, CPU, 1 intra-op thread (RouteForge ReinforceTraining)";
  }

  static String machine() {
    String model = "unknown CPU";
    try {
      for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
        if (line.startsWith("model name")) {
          model = line.substring(line.indexOf(':') + 1).trim();
          break;
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux: keep "unknown CPU"
    }
    return model + ", " + Runtime.getRuntime().availableProcessors() + " cores";
  }
}
