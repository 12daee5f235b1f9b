package org.routeforge.neural;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyModelTest {
  static final PolicyConfig TINY = new PolicyConfig(16, 2, 2, 32, 10);

  private static float[] encode(PolicyModel model, CvrpBatch batch) {
    try (NDManager m = model.newManager()) {
      NDArray feats = m.create(batch.features(), new Shape(batch.size, batch.nodes, 3));
      NDList out = model.inference(m).apply(new NDList(feats));
      return out.get(0).toFloatArray();
    }
  }

  private static List<float[]> parameters(PolicyModel model) {
    List<float[]> out = new java.util.ArrayList<>();
    for (var p : model.network().getParameters().values()) {
      out.add(p.getArray().toFloatArray());
    }
    return out;
  }

  @Test
  void saveThenLoadGivesIdenticalOutputs(@TempDir Path dir) throws Exception {
    CvrpBatch batch = CvrpBatch.uniform(3, 12, new SplittableRandom(1));
    ModelCard card = new ModelCard(TINY, "test", "test", "uniform", List.of(12), 5, 3, 1, 1e-3, 1.5,
        "none", List.of(new ModelCard.ValidationPoint(5, 12, 3, 1.0, 1.1, -9.1)), "test");
    float[] before;
    double[] bestBefore;
    List<float[]> paramsBefore;
    try (PolicyModel model = PolicyModel.create(TINY, 11)) {
      before = encode(model, batch);
      bestBefore = PolicyInference.bestGreedyLengths(model, batch, 3);
      paramsBefore = parameters(model);
      model.save(dir, card);
    }
    assertTrue(Files.exists(dir.resolve(PolicyModel.PARAMS_FILE)));
    try (PolicyModel loaded = PolicyModel.load(dir)) {
      assertEquals(card, loaded.card());
      List<float[]> paramsAfter = parameters(loaded);
      assertEquals(paramsBefore.size(), paramsAfter.size());
      assertTrue(paramsAfter.size() > 10);
      for (int i = 0; i < paramsBefore.size(); i++) {
        assertArrayEquals(paramsBefore.get(i), paramsAfter.get(i), "parameter " + i);
      }
      // the same parameters; the outputs may differ in the last bit (the matrix kernels' summation order
      // can depend on buffer alignment)
      assertArrayEquals(before, encode(loaded, batch), 1e-5f);
      assertArrayEquals(bestBefore, PolicyInference.bestGreedyLengths(loaded, batch, 3), 1e-5);
    }
  }

  /** Inference computes large instances' attention problem by problem; training batches it: same output. */
  @Test
  void problemByProblemAttentionMatchesBatched() {
    CvrpBatch batch = CvrpBatch.uniform(2, 300, new SplittableRandom(4));
    try (PolicyModel model = PolicyModel.create(TINY, 5); NDManager m = model.newManager()) {
      ai.djl.training.ParameterStore ps = new ai.djl.training.ParameterStore(m, false);
      NDArray feats = m.create(batch.features(), new Shape(batch.size, batch.nodes, 3));
      float[] perProblem = model.network().forward(ps, new NDList(feats), false).get(0).toFloatArray();
      float[] batched = model.network().forward(ps, new NDList(feats), true).get(0).toFloatArray();
      assertEquals(2 * 301 * TINY.dim(), perProblem.length);
      assertArrayEquals(batched, perProblem, 1e-4f);
    }
  }

  @Test
  void sameSeedSameParameters() {
    CvrpBatch batch = CvrpBatch.uniform(2, 7, new SplittableRandom(3));
    try (PolicyModel a = PolicyModel.create(TINY, 21); PolicyModel b = PolicyModel.create(TINY, 21)) {
      assertArrayEquals(encode(a, batch), encode(b, batch));
    }
  }

  /** The engine runs with DJL's offline switch on: nothing is downloaded (surefire sets it, as the launcher does). */
  @Test
  void runsOffline() {
    assertEquals("true", System.getProperty("ai.djl.offline"));
    try (PolicyModel model = PolicyModel.create(TINY, 1)) {
      assertEquals("PyTorch", model.model().getNDManager().getEngine().getEngineName());
    }
  }

  @Test
  void augmentationKeepsLengths() {
    CvrpBatch one = CvrpBatch.uniform(1, 9, new SplittableRandom(8));
    CvrpBatch aug = one.augment8();
    int[] tour = {3, 1, 0, 2, 5, 4, 0, 9, 8, 7, 6, 0};
    double ref = one.length(0, tour, tour.length);
    for (int c = 0; c < 8; c++) {
      assertEquals(ref, aug.length(c, tour, tour.length), 1e-9);
    }
  }
}
