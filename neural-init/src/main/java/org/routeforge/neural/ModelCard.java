package org.routeforge.neural;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The JSON description stored next to a checkpoint's parameters: which architecture to rebuild,
 * what data it was trained on, for how long, on what machine and how good it was on validation. It
 * is what a reader needs to judge the shipped model without rerunning anything.
 *
 * @param architecture the network's shape (needed to load the parameters)
 * @param trainedWith software that trained it (library versions, engine, device)
 * @param machine CPU model and core count of the training machine
 * @param dataDistribution the training instance distribution
 * @param sizes customer counts of the curriculum, in order
 * @param steps optimiser steps done
 * @param batch instances per step
 * @param seed training seed
 * @param learningRate Adam learning rate
 * @param wallClockSeconds training time, summed over resumed runs
 * @param validationReference what the validation gap is measured against
 * @param validation validation history (the last entry is the current quality)
 * @param command the command line that produced the checkpoint
 */
public record ModelCard(PolicyConfig architecture, String trainedWith, String machine,
    String dataDistribution, List<Integer> sizes, long steps, int batch, long seed, double learningRate,
    double wallClockSeconds, String validationReference, List<ValidationPoint> validation, String command) {

  /** File name inside a checkpoint directory. */
  public static final String FILE = "model-card.json";

  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  public ModelCard {
    sizes = List.copyOf(sizes);
    validation = List.copyOf(validation);
  }

  /**
   * One validation measurement.
   *
   * @param step optimiser step
   * @param customers customer count of the validation set
   * @param instances number of held-out instances
   * @param policyCost mean cost of the policy's best greedy rollout (all starts, ×8 augmentation)
   * @param referenceCost mean cost of the reference solutions
   * @param gapPercent mean of per-instance {@code 100 · (policy / reference − 1)}
   */
  public record ValidationPoint(long step, int customers, int instances, double policyCost,
      double referenceCost, double gapPercent) {}

  /** The card of a freshly initialised network. */
  public static ModelCard untrained(PolicyConfig cfg) {
    return new ModelCard(cfg, "", "", "", List.of(), 0, 0, 0, 0, 0, "", List.of(), "");
  }

  /** Reads a card. */
  public static ModelCard read(Path file) throws IOException {
    return JSON.readValue(file.toFile(), ModelCard.class);
  }

  /** Writes this card as indented JSON. */
  public void write(Path file) throws IOException {
    JSON.writeValue(file.toFile(), this);
  }

  /** The most recent validation gap in percent, or NaN when never validated. */
  public double lastGapPercent() {
    return validation.isEmpty() ? Double.NaN : validation.get(validation.size() - 1).gapPercent();
  }
}
