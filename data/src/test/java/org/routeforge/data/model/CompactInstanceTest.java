package org.routeforge.data.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.routeforge.data.generate.XGenerator;

/**
 * The compact view's on-demand distances (instances beyond {@link CompactInstance#DENSE_NODES} nodes)
 * against the instance's own {@link EuclideanMatrix}, and its largest distance against a scan of
 * every pair.
 */
class CompactInstanceTest {

  @Test
  void largeCoordinateInstancesComputeDistancesOnDemand() {
    Instance inst = XGenerator.generate(XGenerator.Config.random(2500, false), 7);
    CompactInstance ci = CompactInstance.of(inst);
    assertFalse(ci.tabulated(), "2501 nodes are beyond the dense limit");
    assertNull(ci.dist);
    TravelMatrix m = inst.distances();
    int depot = inst.vehicleTypes().get(0).startLocation();
    SplittableRandom rnd = new SplittableRandom(3);
    int checked = 0;
    for (int k = 0; k < 20_000; k++) {
      int i = rnd.nextInt(ci.n);
      int j = rnd.nextInt(ci.n);
      int li = i == 0 ? depot : inst.stops().get(i - 1).location();
      int lj = j == 0 ? depot : inst.stops().get(j - 1).location();
      double expected = i == j ? 0 : m.get(li, lj);
      assertEquals(expected, ci.dist(i, j), 0, "dist(" + i + ", " + j + ")");
      assertEquals(expected, ci.time(i, j), 0, "time(" + i + ", " + j + ")");
      checked++;
    }
    assertTrue(checked > 0);
  }

  @Test
  void onDemandAndTabulatedViewsAgree() {
    Instance inst = XGenerator.generate(XGenerator.Config.random(300, false), 11).withRounding(Rounding.TRUNC1);
    CompactInstance dense = CompactInstance.of(inst);
    CompactInstance lazy = CompactInstance.of(inst, 0);
    assertTrue(dense.tabulated());
    assertFalse(lazy.tabulated());
    for (int i = 0; i < dense.n; i++) {
      for (int j = 0; j < dense.n; j++) {
        assertEquals(dense.dist(i, j), lazy.dist(i, j), 0, "dist(" + i + ", " + j + ")");
      }
    }
    assertEquals(dense.maxDistance(), lazy.maxDistance(), 0);
  }

  @Test
  void largestDistanceIsTheFarthestPair() {
    for (long seed = 1; seed <= 5; seed++) {
      Instance inst = XGenerator.generate(XGenerator.Config.random(400 + (int) seed * 37, false), seed);
      CompactInstance lazy = CompactInstance.of(inst, 0);
      double max = 0;
      for (int i = 0; i < lazy.n; i++) {
        for (int j = i + 1; j < lazy.n; j++) {
          max = Math.max(max, lazy.dist(i, j));
        }
      }
      assertTrue(max > 0);
      assertEquals(max, lazy.maxDistance(), 0, "seed " + seed);
    }
  }

  @Test
  void explicitMatricesAreAlwaysTabulated() {
    Instance inst = XGenerator.generate(XGenerator.Config.random(30, false), 5);
    int size = inst.distances().size();
    double[] flat = inst.distances().toFlatArray();
    Instance explicit = inst.toBuilder().distances(new DenseMatrix(size, flat)).build();
    CompactInstance ci = CompactInstance.of(explicit, 0);
    assertTrue(ci.tabulated(), "an explicit matrix is kept as a table");
    assertEquals(CompactInstance.of(inst).dist(3, 17), ci.dist(3, 17), 0);
  }
}
