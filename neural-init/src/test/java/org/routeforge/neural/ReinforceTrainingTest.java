package org.routeforge.neural;

import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.training.Trainer;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ReinforceTrainingTest {

  private static double meanGreedy(PolicyModel model, CvrpBatch set) {
    double[] best = PolicyInference.bestGreedyLengths(model, set, set.size);
    double s = 0;
    for (double b : best) {
      s += b / best.length;
    }
    return s;
  }

  /** A few REINFORCE steps on a tiny fixed set shorten the policy's tours on that set. */
  @Test
  void fewStepsOnFixedSetLowerTheCost() {
    CvrpBatch fixed = CvrpBatch.uniform(8, 8, new SplittableRandom(1));
    try (PolicyModel model = PolicyModel.create(new PolicyConfig(16, 2, 1, 32, 10), 3);
        Trainer trainer = model.model().newTrainer(ReinforceTraining.trainingConfig());
        ResumableAdam adam = new ResumableAdam(model)) {
      SplittableRandom rng = new SplittableRandom(9);
      double firstLen = 0;
      double lastLen = 0;
      int steps = 40;
      for (int s = 0; s < steps; s++) {
        double[] lm = ReinforceTraining.step(trainer, adam, 3e-3, model, fixed, rng, 1.0);
        assertTrue(Double.isFinite(lm[0]), "loss must stay finite, step " + s);
        if (s < 5) {
          firstLen += lm[1] / 5;
        }
        if (s >= steps - 5) {
          lastLen += lm[1] / 5;
        }
      }
      assertTrue(lastLen < firstLen * 0.97, "sampled tours should get shorter: " + firstLen + " -> " + lastLen);
    }
  }

  @Test
  void gradientsAreDeterministic() {
    CvrpBatch fixed = CvrpBatch.uniform(4, 6, new SplittableRandom(2));
    double[] a = run(fixed);
    double[] b = run(fixed);
    assertTrue(a[0] == b[0] && a[1] == b[1], "same seed, same training: " + a[0] + " vs " + b[0]);
  }

  private static double[] run(CvrpBatch fixed) {
    try (PolicyModel model = PolicyModel.create(new PolicyConfig(16, 2, 1, 32, 10), 5);
        Trainer trainer = model.model().newTrainer(ReinforceTraining.trainingConfig());
        ResumableAdam adam = new ResumableAdam(model)) {
      SplittableRandom rng = new SplittableRandom(4);
      double[] lm = null;
      for (int s = 0; s < 5; s++) {
        lm = ReinforceTraining.step(trainer, adam, 1e-3, model, fixed, rng, 1.0);
      }
      return new double[] {lm[0], meanGreedy(model, fixed)};
    }
  }
}
