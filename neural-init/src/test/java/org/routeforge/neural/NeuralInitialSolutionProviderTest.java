package org.routeforge.neural;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.routeforge.data.model.CompactInstance;
import org.routeforge.data.model.DenseMatrix;
import org.routeforge.data.model.Instance;
import org.routeforge.data.model.Location;
import org.routeforge.data.model.Shipment;
import org.routeforge.data.model.Stop;
import org.routeforge.data.model.TimeWindow;
import org.routeforge.data.model.VehicleType;
import org.routeforge.solver.InitialSolutionProvider;

class NeuralInitialSolutionProviderTest {

  private static Instance planar(int customers, long seed) {
    CvrpBatch b = CvrpBatch.uniform(1, customers, new SplittableRandom(seed));
    return b.toInstance(0, "t", 1000);
  }

  @Test
  void foundByServiceLoader() {
    Set<String> names = new HashSet<>();
    for (InitialSolutionProvider p : ServiceLoader.load(InitialSolutionProvider.class)) {
      names.add(p.name());
    }
    assertTrue(names.contains("neural"), names.toString());
  }

  @Test
  void declinesInstancesWithoutCoordinates() {
    Instance.Builder ib = Instance.builder("matrix-only");
    for (int i = 0; i < 3; i++) {
      ib.addLocation(new Location(Integer.toString(i), Double.NaN, Double.NaN));
    }
    ib.distances(new DenseMatrix(3, new double[] {0, 1, 2, 1, 0, 1, 2, 1, 0}));
    ib.addStop(Stop.simple("a", 1, 1));
    ib.addStop(Stop.simple("b", 2, 1));
    ib.addVehicleType(VehicleType.simple(2, 5, 0));
    assertFalse(new NeuralInitialSolutionProvider().supports(ib.build()));
    assertTrue(new NeuralInitialSolutionProvider().supports(planar(10, 1)));
  }

  @Test
  void namesTheFeatureItDoesNotModel() {
    Instance plain = planar(6, 3);
    assertEquals(null, NeuralInitialSolutionProvider.unsupportedReason(plain));
    Instance.Builder tw = Instance.builder("tw");
    tw.addLocation(new Location("d", 0, 0));
    tw.addLocation(new Location("a", 1, 0));
    tw.addStop(new Stop("a", 1, new int[] {1}, 0, List.of(new TimeWindow(0, 10)), Set.of(), 0));
    tw.euclidean(org.routeforge.data.model.Rounding.EXACT);
    tw.addVehicleType(VehicleType.simple(1, 5, 0));
    assertEquals("has time windows", NeuralInitialSolutionProvider.unsupportedReason(tw.build()));
    assertFalse(new NeuralInitialSolutionProvider().supports(tw.build()));

    Instance.Builder depots = Instance.builder("two-depots");
    depots.addLocation(new Location("d1", 0, 0));
    depots.addLocation(new Location("d2", 5, 5));
    depots.addLocation(new Location("a", 1, 0));
    depots.addStop(Stop.simple("a", 2, 1));
    depots.euclidean(org.routeforge.data.model.Rounding.EXACT);
    depots.addVehicleType(VehicleType.simple(1, 5, 0));
    depots.addVehicleType(VehicleType.simple(1, 5, 1));
    assertTrue(NeuralInitialSolutionProvider.unsupportedReason(depots.build()).contains("2 vehicle types"));

    Instance.Builder pd = Instance.builder("pickup-delivery");
    pd.addLocation(new Location("d", 0, 0));
    pd.addLocation(new Location("p", 1, 0));
    pd.addLocation(new Location("q", 2, 0));
    pd.addStop(Stop.simple("p", 1, 1));
    pd.addStop(Stop.simple("q", 2, -1));
    pd.addShipment(new Shipment(0, 1));
    pd.euclidean(org.routeforge.data.model.Rounding.EXACT);
    pd.addVehicleType(VehicleType.simple(1, 5, 0));
    assertEquals("has pickup-and-delivery shipments", NeuralInitialSolutionProvider.unsupportedReason(pd.build()));
  }

  @Test
  void proposesDistinctCompleteSolutionsCheapestFirst(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    try (PolicyModel tiny = PolicyModel.create(new PolicyConfig(16, 2, 1, 32, 10), 2)) {
      tiny.save(dir, ModelCard.untrained(tiny.network().config()));
    }
    System.setProperty(NeuralInitialSolutionProvider.MODEL_PROPERTY, dir.toString());
    Instance inst = planar(25, 4);
    CompactInstance ci = CompactInstance.of(inst);
    NeuralInitialSolutionProvider p = new NeuralInitialSolutionProvider();
    List<int[]> a = p.propose(ci, 6, new SplittableRandom(1));
    List<int[]> b = p.propose(ci, 6, new SplittableRandom(1));
    assertEquals(6, a.size());
    Set<String> keys = new HashSet<>();
    double prev = 0;
    for (int k = 0; k < a.size(); k++) {
      int[] seq = a.get(k);
      assertArrayEquals(seq, b.get(k), "same seed, same proposals");
      assertTrue(keys.add(NeuralInitialSolutionProvider.canonical(seq)), "duplicate proposal");
      boolean[] seen = new boolean[ci.n];
      int load = 0;
      for (int v : seq) {
        if (v == 0) {
          load = 0;
          continue;
        }
        assertFalse(seen[v]);
        seen[v] = true;
        load += ci.demand[v];
        assertTrue(load <= ci.capacity);
      }
      for (int v = 1; v < ci.n; v++) {
        assertTrue(seen[v], "customer " + v + " missing");
      }
      double c = NeuralInitialSolutionProvider.cost(ci, seq);
      assertTrue(c >= prev - 1e-9, "sorted by cost");
      prev = c;
    }
  }

  @Test
  void startsShrinkWithSize() {
    assertEquals(99, NeuralInitialSolutionProvider.startsFor(100, NeuralInitialSolutionProvider.FULL_WORK));
    assertEquals(16, NeuralInitialSolutionProvider.startsFor(101, NeuralInitialSolutionProvider.SEED_WORK));
    assertEquals(1, NeuralInitialSolutionProvider.startsFor(501, NeuralInitialSolutionProvider.SEED_WORK));
    assertEquals(1, NeuralInitialSolutionProvider.startsFor(5000, NeuralInitialSolutionProvider.FULL_WORK));
  }
}
