package org.routeforge.solver.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.routeforge.data.generate.XGenerator;
import org.routeforge.data.model.CompactInstance;
import org.routeforge.data.model.Instance;
import org.routeforge.data.model.Rounding;

/** The grid search for nearest customers gives exactly the lists of a scan of every pair. */
class NearestCustomersTest {
  @Test
  void gridListsEqualTheFullScan() {
    int rows = 0;
    for (XGenerator.Customers placement : XGenerator.Customers.values()) {
      for (Rounding rounding : Rounding.values()) {
        for (int n : new int[] {3, 25, 700}) {
          XGenerator.Config cfg = new XGenerator.Config(n, null, placement, null, Double.NaN, false);
          Instance inst = XGenerator.generate(cfg, n + rounding.ordinal()).withRounding(rounding);
          CompactInstance dense = CompactInstance.of(inst);
          CompactInstance lazy = CompactInstance.of(inst, 0);
          for (int k : new int[] {1, 20, 60, n + 5}) {
            int[][] expected = NearestCustomers.of(dense, k);
            int[][] actual = NearestCustomers.of(lazy, k);
            assertEquals(expected.length, actual.length);
            for (int i = 0; i < expected.length; i++) {
              assertArrayEquals(expected[i], actual[i], placement + " " + rounding + " n " + n + " k " + k + " row " + i);
              rows++;
            }
          }
        }
      }
    }
    assertTrue(rows > 1000, "rows compared: " + rows);
  }
}
