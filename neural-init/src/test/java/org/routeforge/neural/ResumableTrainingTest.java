package org.routeforge.neural;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Training on the uniform + X-like mix, and resuming: a run stopped at a checkpoint and resumed with
 * Adam's saved state ends where the uninterrupted run ends; resumed without that state it does not.
 */
class ResumableTrainingTest {
  private static final PolicyConfig TINY = new PolicyConfig(16, 2, 1, 32, 10);
  private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

  private static ReinforceTraining.Options options(Path out, long steps) {
    return new ReinforceTraining.Options(List.of(8), steps, 4, 3, 3e-3, 1.0, 2, 2, out, "test", 0.5);
  }

  private static ReinforceTraining training(Path out, long steps) {
    // any positive reference works here: the test compares parameters, not gaps
    return new ReinforceTraining(options(out, steps), (b, p) -> 1.0, "constant", QUIET);
  }

  private static List<float[]> parameters(PolicyModel model) {
    List<float[]> out = new ArrayList<>();
    for (var p : model.network().getParameters().values()) {
      out.add(p.getArray().toFloatArray());
    }
    return out;
  }

  private static double maxDifference(List<float[]> a, List<float[]> b) {
    double max = 0;
    for (int i = 0; i < a.size(); i++) {
      for (int j = 0; j < a.get(i).length; j++) {
        max = Math.max(max, Math.abs(a.get(i)[j] - b.get(i)[j]));
      }
    }
    return max;
  }

  private static List<float[]> resume(Path dir) throws Exception {
    try (PolicyModel model = PolicyModel.load(dir)) {
      assertEquals(2, model.card().steps());
      training(dir, 4).train(model, model.card());
      return parameters(model);
    }
  }

  @Test
  void resumedRunWithAdamStateMatchesUninterruptedRun(@TempDir Path dir) throws Exception {
    List<float[]> straight;
    try (PolicyModel model = PolicyModel.create(TINY, 5)) {
      training(dir.resolve("straight"), 4).train(model, model.card());
      straight = parameters(model);
    }
    for (String run : new String[] {"resumed", "fresh-moments"}) {
      try (PolicyModel model = PolicyModel.create(TINY, 5)) {
        training(dir.resolve(run), 2).train(model, model.card());
      }
      assertTrue(Files.exists(dir.resolve(run).resolve(ResumableAdam.FILE)));
    }
    Files.delete(dir.resolve("fresh-moments").resolve(ResumableAdam.FILE));
    double withState = maxDifference(straight, resume(dir.resolve("resumed")));
    double withoutState = maxDifference(straight, resume(dir.resolve("fresh-moments")));
    assertTrue(withState < 1e-5, "resumed with Adam's state, parameters differ by " + withState);
    assertTrue(withoutState > 1e-4, "restarting Adam's moments should change the run, difference " + withoutState);
  }

  @Test
  void mixedBatchesHoldXLikeAndUniformProblemsInTheNetworksFrame() {
    ReinforceTraining.Options opt = options(Path.of("unused"), 10);
    CvrpBatch b = opt.instances(6, 40, new SplittableRandom(7));
    assertEquals(6, b.size);
    assertEquals(41, b.nodes);
    int pomoCapacity = CvrpBatch.pomoCapacity(40);
    for (int p = 0; p < b.size; p++) {
      int maxDemand = 0;
      double minX = 1;
      double maxX = 0;
      double minY = 1;
      double maxY = 0;
      for (int i = 0; i < b.nodes; i++) {
        int k = p * b.nodes + i;
        assertTrue(b.x[k] >= 0 && b.x[k] <= 1 && b.y[k] >= 0 && b.y[k] <= 1, "coordinates in [0,1]");
        assertTrue(b.demand[k] <= b.capacity[p], "demand above capacity");
        maxDemand = Math.max(maxDemand, b.demand[k]);
        minX = Math.min(minX, b.x[k]);
        maxX = Math.max(maxX, b.x[k]);
        minY = Math.min(minY, b.y[k]);
        maxY = Math.max(maxY, b.y[k]);
      }
      assertEquals(0, b.demand[p * b.nodes], "depot demand");
      if (p < 3) {
        // X-like: a generated instance scaled into the unit square, its longer side spanning it exactly
        assertEquals(1.0, Math.max(maxX - minX, maxY - minY), 1e-12, "problem " + p);
      } else {
        assertEquals(pomoCapacity, b.capacity[p], "uniform problems come last, with POMO's capacity");
        assertTrue(maxDemand <= 9);
      }
    }
  }
}
