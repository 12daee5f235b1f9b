package org.routeforge.neural;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

/**
 * The batched greedy decoder against the step-by-step {@link PomoRollout} (host-side masks, one
 * instance per call, the network's plain decode step) as the oracle: same tours, and every tour a
 * feasible CVRP solution.
 */
class GreedyDecoderTest {

  /** The oracle: each group decoded alone by {@link PomoRollout} (greedy). */
  private static PomoRollout.Result oracle(PolicyModel model, CvrpBatch batch, int[] starts, int p) {
    try (NDManager m = model.newManager()) {
      return PomoRollout.run(model.inference(m), m, batch, starts, p, PomoRollout.Decoding.GREEDY, null, false);
    }
  }

  private static void assertSameAsOracle(PolicyModel model, List<CvrpBatch> groups, int p) {
    List<int[]> starts = new ArrayList<>();
    for (CvrpBatch g : groups) {
      starts.add(PolicyInference.startNodes(g.size, g.nodes, p, new SplittableRandom(g.nodes)));
    }
    List<PomoRollout.Result> fast = GreedyDecoder.decode(model, groups, starts, p);
    assertEquals(groups.size(), fast.size());
    int compared = 0;
    for (int g = 0; g < groups.size(); g++) {
      PomoRollout.Result want = oracle(model, groups.get(g), starts.get(g), p);
      PomoRollout.Result got = fast.get(g);
      PomoRolloutTest.assertFeasible(groups.get(g), got);
      assertEquals(want.tours.length, got.tours.length);
      for (int k = 0; k < want.tours.length; k++) {
        assertArrayEquals(want.tours[k], got.tours[k], "group " + g + " rollout " + k);
        assertEquals(want.lengths[k], got.lengths[k], 1e-12);
        compared++;
      }
    }
    assertTrue(compared > 0);
  }

  @Test
  void sameToursAsStepByStepRolloutWithShippedModel() {
    try (PolicyModel model = PolicyModel.loadDefault()) {
      SplittableRandom rng = new SplittableRandom(21);
      // three instances of different sizes at once (padding), each with its 8 augmented copies
      List<CvrpBatch> groups = List.of(CvrpBatch.uniform(1, 12, rng).augment8(),
          CvrpBatch.uniform(1, 30, rng).augment8(), CvrpBatch.uniform(1, 20, rng).augment8());
      assertSameAsOracle(model, groups, 6);
    }
  }

  @Test
  void sameToursAsStepByStepRolloutWithUntrainedModelAndTightCapacity() {
    try (PolicyModel model = PolicyModel.create(PomoRolloutTest.TINY, 3)) {
      SplittableRandom rng = new SplittableRandom(8);
      CvrpBatch tight = CvrpBatch.uniform(2, 15, rng);
      tight.capacity[0] = 9;
      tight.capacity[1] = 12;
      assertSameAsOracle(model, List.of(tight, CvrpBatch.uniform(3, 9, rng)), 4);
    }
  }

  @Test
  void interruptedThreadStopsDecoding() {
    try (PolicyModel model = PolicyModel.create(PomoRolloutTest.TINY, 3)) {
      CvrpBatch b = CvrpBatch.uniform(1, 10, new SplittableRandom(1));
      Thread.currentThread().interrupt();
      try {
        assertThrows(CancellationException.class, () -> GreedyDecoder.decode(model, List.of(b),
            List.of(PolicyInference.startNodes(1, b.nodes, 2, new SplittableRandom(1))), 2));
      } finally {
        Thread.interrupted();
      }
    }
  }
}
