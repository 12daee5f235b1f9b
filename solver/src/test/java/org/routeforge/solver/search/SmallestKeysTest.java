package org.routeforge.solver.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link SmallestKeys#select} against a full sort. */
class SmallestKeysTest {
  @Test
  void frontHoldsTheSmallestKeysSorted() {
    SplittableRandom rnd = new SplittableRandom(1);
    int cases = 0;
    for (int t = 0; t < 500; t++) {
      int m = 1 + rnd.nextInt(300);
      int k = rnd.nextInt(m + 5);
      long[] keys = rnd.longs(m, 0, t % 2 == 0 ? 1000 : Long.MAX_VALUE).distinct().toArray();
      long[] sorted = keys.clone();
      Arrays.sort(sorted);
      SmallestKeys.select(keys, keys.length, k);
      int front = Math.min(k, keys.length);
      assertArrayEquals(Arrays.copyOf(sorted, front), Arrays.copyOf(keys, front), "m " + m + " k " + k);
      long[] rest = keys.clone();
      Arrays.sort(rest);
      assertArrayEquals(sorted, rest, "select must permute the keys");
      cases++;
    }
    org.junit.jupiter.api.Assertions.assertEquals(500, cases);
  }
}
