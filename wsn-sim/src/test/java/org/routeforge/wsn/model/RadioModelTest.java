package org.routeforge.wsn.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RadioModelTest {
  private final RadioModel radio = RadioModel.LEACH;

  /** The crossover distance of the classic constants is sqrt(10 / 0.0013) ≈ 87.7 m. */
  @Test
  void crossoverDistance() {
    assertEquals(87.7058, radio.d0(), 1e-3);
  }

  /** Below d0 the amplifier term is ε_fs·d², above it ε_mp·d⁴; rx and aggregation are linear. */
  @Test
  void energies() {
    assertEquals(4000 * (50e-9 + 10e-12 * 50 * 50), radio.tx(4000, 50), 1e-15);
    assertEquals(4000 * (50e-9 + 0.0013e-12 * Math.pow(100, 4)), radio.tx(4000, 100), 1e-15);
    assertEquals(4000 * 50e-9, radio.rx(4000), 1e-15);
    assertEquals(4000 * 3 * 5e-9, radio.aggregate(4000, 3), 1e-15);
  }
}
