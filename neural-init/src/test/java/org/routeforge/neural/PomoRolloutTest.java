package org.routeforge.neural;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PomoRolloutTest {
  static final PolicyConfig TINY = new PolicyConfig(16, 2, 1, 32, 10);
  static PolicyModel model;

  @BeforeAll
  static void init() {
    model = PolicyModel.create(TINY, 7);
  }

  @AfterAll
  static void close() {
    model.close();
  }

  static int[] allStarts(int problems, int customers) {
    int[] s = new int[problems * customers];
    for (int i = 0; i < s.length; i++) {
      s[i] = 1 + i % customers;
    }
    return s;
  }

  /** Every rollout serves each customer once, never exceeds capacity and has no empty route. */
  static void assertFeasible(CvrpBatch batch, PomoRollout.Result res) {
    int n = batch.nodes;
    for (int k = 0; k < res.tours.length; k++) {
      int b = k / res.starts;
      int[] t = res.tours[k];
      boolean[] seen = new boolean[n];
      int load = 0;
      int prev = 0;
      for (int node : t) {
        if (node == 0) {
          assertTrue(prev != 0, "empty route in rollout " + k);
          load = 0;
        } else {
          assertTrue(!seen[node], "customer " + node + " visited twice in rollout " + k);
          seen[node] = true;
          load += batch.demand[b * n + node];
          assertTrue(load <= batch.capacity[b], "capacity exceeded in rollout " + k);
        }
        prev = node;
      }
      assertEquals(0, t[t.length - 1], "rollout must end at the depot");
      for (int j = 1; j < n; j++) {
        assertTrue(seen[j], "customer " + j + " not served in rollout " + k);
      }
    }
  }

  @Test
  void greedyAndSampledRolloutsAreFeasible() {
    SplittableRandom rng = new SplittableRandom(3);
    for (int customers : new int[] {5, 12, 30}) {
      CvrpBatch batch = CvrpBatch.uniform(3, customers, rng);
      for (PomoRollout.Decoding dec : PomoRollout.Decoding.values()) {
        try (NDManager m = model.newManager()) {
          PomoRollout.Result res = PomoRollout.run(model.inference(m), m, batch,
              allStarts(3, customers), customers, dec, rng, false);
          assertEquals(3 * customers, res.tours.length);
          assertFeasible(batch, res);
        }
      }
    }
  }

  @Test
  void tightCapacityForcesManyRoutesAndStaysFeasible() {
    SplittableRandom rng = new SplittableRandom(5);
    CvrpBatch batch = CvrpBatch.uniform(2, 15, rng);
    for (int b = 0; b < 2; b++) {
      batch.capacity[b] = 9; // any demand fits alone, rarely two
    }
    try (NDManager m = model.newManager()) {
      PomoRollout.Result res = PomoRollout.run(model.inference(m), m, batch, allStarts(2, 15), 15,
          PomoRollout.Decoding.SAMPLE, rng, false);
      assertFeasible(batch, res);
    }
  }

  @Test
  void sameSeedSameTours() {
    CvrpBatch batch = CvrpBatch.uniform(2, 10, new SplittableRandom(11));
    int[][] a;
    int[][] b;
    try (NDManager m = model.newManager()) {
      a = PomoRollout.run(model.inference(m), m, batch, allStarts(2, 10), 10,
          PomoRollout.Decoding.SAMPLE, new SplittableRandom(42), false).tours;
    }
    try (NDManager m = model.newManager()) {
      b = PomoRollout.run(model.inference(m), m, batch, allStarts(2, 10), 10,
          PomoRollout.Decoding.SAMPLE, new SplittableRandom(42), false).tours;
    }
    for (int k = 0; k < a.length; k++) {
      assertArrayEquals(a[k], b[k]);
    }
  }
}
