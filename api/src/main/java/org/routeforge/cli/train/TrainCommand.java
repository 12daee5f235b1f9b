package org.routeforge.cli.train;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import org.routeforge.data.model.CompactInstance;
import org.routeforge.neural.CvrpBatch;
import org.routeforge.neural.ModelCard;
import org.routeforge.neural.PolicyConfig;
import org.routeforge.neural.PolicyModel;
import org.routeforge.neural.ReinforceTraining;
import org.routeforge.solver.InitialSolutionProvider;
import org.routeforge.solver.init.Providers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code routeforge train}: trains the neural-init policy with REINFORCE and the POMO baseline on
 * generated X-like and uniform CVRP instances ({@code --x-share}), validating against the
 * Clarke–Wright savings solution of the solver module on fixed held-out sets. Checkpoints (parameters
 * + model card), CSV logs and plots go to {@code --out}; {@code --resume} continues from the checkpoint
 * there, {@code --init-from} fine-tunes existing parameters, {@code --stop-at} checkpoints and stops
 * at a given instant.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = "Train the neural-init policy (REINFORCE with the POMO shared baseline, DJL/PyTorch on CPU).")
public final class TrainCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--sizes", split = ",", defaultValue = "20,50,100",
      description = "Customer counts of the curriculum, trained in order (default: ${DEFAULT-VALUE}).")
  List<Integer> sizes;

  @Option(names = "--steps", required = true, description = "Total optimiser steps.")
  long steps;

  @Option(names = "--batch", defaultValue = "64",
      description = "Instances per step at the first size; size n uses batch*first/n (default: ${DEFAULT-VALUE}).")
  int batch;

  @Option(names = "--seed", defaultValue = "1", description = "Seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--out", required = true, description = "Checkpoint directory.")
  Path out;

  @Option(names = "--resume", description = "Continue from the checkpoint in --out.")
  boolean resume;

  @Option(names = "--init-from", paramLabel = "DIR|shipped",
      description = "Fine-tune: start from the parameters of this checkpoint (or the shipped model) at step 0, "
          + "with a fresh optimiser; the architecture options are then ignored.")
  String initFrom;

  @Option(names = "--x-share", defaultValue = "0.5",
      description = "Fraction of X-like instances per step and per validation set (default: ${DEFAULT-VALUE}).")
  double xShare;

  @Option(names = "--stop-at", paramLabel = "INSTANT",
      description = "ISO-8601 instant (e.g. 2026-12-02T04:45:00Z): validate, checkpoint and stop when it passes; "
          + "--resume continues.")
  Instant stopAt;

  @Option(names = "--lr", defaultValue = "3e-4", description = "Adam learning rate (default: ${DEFAULT-VALUE}).")
  double lr;

  @Option(names = "--clip", defaultValue = "1.0", description = "Gradient-norm limit (default: ${DEFAULT-VALUE}).")
  double clip;

  @Option(names = "--validate-every", defaultValue = "100",
      description = "Steps between validations and checkpoints (default: ${DEFAULT-VALUE}).")
  long validateEvery;

  @Option(names = "--validation-instances", defaultValue = "16",
      description = "Held-out instances per size (default: ${DEFAULT-VALUE}).")
  int validationInstances;

  @Option(names = "--dim", defaultValue = "64", description = "Embedding width (default: ${DEFAULT-VALUE}).")
  int dim;

  @Option(names = "--heads", defaultValue = "4", description = "Attention heads (default: ${DEFAULT-VALUE}).")
  int heads;

  @Option(names = "--layers", defaultValue = "3", description = "Encoder layers (default: ${DEFAULT-VALUE}).")
  int layers;

  @Option(names = "--ff", defaultValue = "256", description = "Feed-forward width (default: ${DEFAULT-VALUE}).")
  int ff;

  @Override
  public Integer call() throws Exception {
    String command = "routeforge " + String.join(" ", spec.commandLine().getParseResult().originalArgs());
    ReinforceTraining.Options opt = new ReinforceTraining.Options(sizes, steps, batch, seed, lr, clip,
        validateEvery, validationInstances, out, command, xShare);
    InitialSolutionProvider savings = Providers.byNames(List.of("savings")).get(0);
    PolicyModel model;
    ModelCard from;
    if (resume) {
      if (!Files.exists(out.resolve(ModelCard.FILE))) {
        throw new IllegalArgumentException("--resume: no checkpoint in " + out + " (missing "
            + ModelCard.FILE + ")");
      }
      model = PolicyModel.load(out);
      from = model.card();
      System.err.println("resuming from step " + from.steps() + " of " + out);
    } else if (initFrom != null) {
      model = "shipped".equals(initFrom) ? PolicyModel.loadDefault() : PolicyModel.load(Path.of(initFrom));
      from = ModelCard.untrained(model.network().config());
      System.err.println("fine-tuning from " + initFrom + " (" + model.card().steps() + " steps on "
          + model.card().sizes() + ")");
    } else {
      model = PolicyModel.create(new PolicyConfig(dim, heads, layers, ff, 10.0), seed);
      from = model.card();
    }
    try (model) {
      ModelCard card = new ReinforceTraining(opt, (b, p) -> savingsLength(savings, b, p),
          "Clarke-Wright savings (solver module provider \"savings\"), unrounded Euclidean", System.err, stopAt)
          .train(model, from);
      System.out.printf("steps %d, wall-clock %.0f s, last validation gap %.2f %% vs savings, checkpoint %s%n",
          card.steps(), card.wallClockSeconds(), card.lastGapPercent(), out.toAbsolutePath());
    }
    return 0;
  }

  /** Length, in the batch's frame, of the savings solution of problem {@code p}. */
  static double savingsLength(InitialSolutionProvider savings, CvrpBatch b, int p) {
    CompactInstance ci = CompactInstance.of(b.toInstance(p, "validation-" + p, 1.0));
    int[] seq = savings.propose(ci, 1, new SplittableRandom(p)).get(0);
    return b.length(p, seq, seq.length);
  }
}
