package org.routeforge.wsn.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class EstimateTest {
  /** Mean ± t(0.975, n−1)·s/√n: for 1..5, s = 1.5811, t(4) = 2.7764, half-width = 1.9632. */
  @Test
  void studentInterval() {
    Estimate e = Estimate.of(new double[] {1, 2, 3, 4, 5});
    assertEquals(3, e.mean(), 1e-12);
    assertEquals(2.7764 * Math.sqrt(2.5) / Math.sqrt(5), e.halfWidth(), 1e-4);
    assertEquals(0, Estimate.of(new double[] {4}).halfWidth());
  }
}
