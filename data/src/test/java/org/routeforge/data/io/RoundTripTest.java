package org.routeforge.data.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.routeforge.data.generate.UniformGenerator;
import org.routeforge.data.generate.XGenerator;
import org.routeforge.data.io.osrm.OsrmTable;
import org.routeforge.data.io.vroom.VroomInput;
import org.routeforge.data.model.CompactInstance;
import org.routeforge.data.model.DenseMatrix;
import org.routeforge.data.model.DriverBreak;
import org.routeforge.data.model.Instance;
import org.routeforge.data.model.Location;
import org.routeforge.data.model.Rounding;
import org.routeforge.data.model.Shipment;
import org.routeforge.data.model.Stop;
import org.routeforge.data.model.TimeWindow;
import org.routeforge.data.model.VehicleType;

/** Write → read → equal for every format, over generated instances. */
class RoundTripTest {

  static Instance generated(boolean x, int n, boolean tw, long seed) {
    return x ? XGenerator.generate(XGenerator.Config.random(n, tw), seed) : UniformGenerator.generate(n, tw, seed);
  }

  @Property(tries = 60)
  void vrplibRoundTripsExactly(@ForAll boolean x, @ForAll @IntRange(min = 1, max = 60) int n, @ForAll boolean tw,
      @ForAll @LongRange(min = 0, max = 1_000_000) long seed) throws Exception {
    Instance in = generated(x, n, tw, seed);
    assertTrue(VrplibWriter.limitations(in).isEmpty(), VrplibWriter.limitations(in)::toString);
    String text = VrplibWriter.format(in);
    Instance back = VrplibReader.parse(text, "gen.vrp", "gen").instance();
    assertEquals(in, back);
    assertEquals(text, VrplibWriter.format(back));
  }

  @Property(tries = 60)
  void jsonRoundTripsGeneratedInstances(@ForAll boolean x, @ForAll @IntRange(min = 1, max = 60) int n,
      @ForAll boolean tw, @ForAll @LongRange(min = 0, max = 1_000_000) long seed) throws Exception {
    Instance in = generated(x, n, tw, seed);
    assertEquals(in, RouteForgeJson.parse(RouteForgeJson.format(in), "gen.json").instance());
  }

  @Property(tries = 100)
  void jsonRoundTripsTheWholeModel(@ForAll("rich") Instance in) throws Exception {
    String text = RouteForgeJson.format(in);
    Instance back = RouteForgeJson.parse(text, "rich.json").instance();
    assertEquals(in, back);
    assertEquals(text, RouteForgeJson.format(back));
  }

  @Property(tries = 40)
  void solomonRoundTripsCoordinatesDemandsAndWindows(@ForAll @IntRange(min = 1, max = 60) int n,
      @ForAll @LongRange(min = 0, max = 1_000_000) long seed) throws Exception {
    Instance in = generated(true, n, true, seed).withRounding(Rounding.TRUNC1);
    String text = SolomonWriter.format(in);
    Instance back = SolomonReader.parse(text, "gen.txt").instance();
    sameNumbers(in, back);
    assertEquals(text, SolomonWriter.format(back));
    assertTrue(SolomonWriter.limitations(back).isEmpty(), SolomonWriter.limitations(back)::toString);
  }

  @Property(tries = 40)
  void vroomRoundTrips(@ForAll boolean x, @ForAll @IntRange(min = 1, max = 40) int n, @ForAll boolean tw,
      @ForAll @LongRange(min = 0, max = 1_000_000) long seed) throws Exception {
    Instance in = generated(x, n, tw, seed);
    String text = VroomInput.format(in);
    Instance back = VroomInput.parse(text, "gen.vroom.json", in.name()).instance();
    sameNumbers(in, CompactInstance.of(back.toBuilder().vehicleTypes(List.of(back.vehicleTypes().get(0)
        .withCount(back.vehicleCount()))).build()).source);
    assertEquals(text, VroomInput.format(back));
    assertEquals(back, VroomInput.parse(VroomInput.format(back), "again", in.name()).instance());
  }

  @Property(tries = 40)
  void osrmTableRoundTrips(@ForAll @IntRange(min = 1, max = 12) int n, @ForAll @LongRange(min = 0, max = 1000) long seed)
      throws Exception {
    java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
    double[] dur = new double[n * n];
    double[] dist = new double[n * n];
    for (int i = 0; i < dur.length; i++) {
      dur[i] = r.nextInt(10) == 0 ? Double.POSITIVE_INFINITY : r.nextInt(100000) / 10.0;
      dist[i] = r.nextInt(1000000) / 10.0;
    }
    List<Location> locs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      locs.add(new Location(Integer.toString(i), r.nextInt(360_000_000) / 1e6 - 180, r.nextInt(180_000_000) / 1e6 - 90));
    }
    OsrmTable t = OsrmTable.of(new DenseMatrix(n, dur), new DenseMatrix(n, dist), locs);
    assertEquals(t, OsrmTable.parse(t.format(), "table.json"));
  }

  @Property(tries = 50)
  void solutionRoundTrips(@ForAll @IntRange(min = 1, max = 30) int routes, @ForAll @LongRange(min = 0, max = 1000) long seed)
      throws Exception {
    java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
    List<int[]> rs = new ArrayList<>();
    for (int k = 0; k < routes; k++) {
      int[] route = new int[1 + r.nextInt(8)];
      for (int i = 0; i < route.length; i++) {
        route[i] = 1 + r.nextInt(500);
      }
      rs.add(route);
    }
    VrplibSolution s = new VrplibSolution(rs, r.nextInt(100000) / 100.0);
    assertEquals(s, VrplibSolution.parse(s.format(), "x.sol"));
  }

  /** Same travel costs, demands, capacity, windows and service times in the solver's view. */
  static void sameNumbers(Instance a, Instance b) {
    CompactInstance x = CompactInstance.of(a);
    CompactInstance y = CompactInstance.of(b);
    assertEquals(x.n, y.n);
    assertArrayEquals(x.dist, y.dist, 1e-9);
    assertArrayEquals(x.demand, y.demand);
    assertEquals(x.capacity, y.capacity);
    assertEquals(x.vehicles, y.vehicles);
    assertArrayEquals(x.ready, y.ready, 1e-9);
    assertArrayEquals(x.due, y.due, 1e-9);
    assertArrayEquals(x.service, y.service, 1e-9);
  }

  @Provide
  Arbitrary<Instance> rich() {
    return Combinators.combine(Arbitraries.integers().between(1, 8), Arbitraries.integers().between(1, 3),
        Arbitraries.longs(), Arbitraries.of(true, false)).as(RoundTripTest::richInstance);
  }

  /** An instance using every model feature: several dimensions, windows, skills, shipments, fleets. */
  static Instance richInstance(int stops, int dims, long seed, boolean coords) {
    java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
    int nLoc = stops + 2;
    Instance.Builder b = Instance.builder("rich-" + seed).geographic(coords && r.nextBoolean());
    for (int i = 0; i < nLoc; i++) {
      b.addLocation(new Location("L" + i, coords ? r.nextInt(100000) / 100.0 : Double.NaN,
          coords ? r.nextInt(100000) / 100.0 : Double.NaN));
    }
    if (coords && r.nextBoolean()) {
      b.euclidean(Rounding.values()[r.nextInt(3)]);
    } else {
      double[] m = new double[nLoc * nLoc];
      for (int i = 0; i < m.length; i++) {
        m[i] = r.nextInt(10000) / 4.0;
      }
      b.distances(new DenseMatrix(nLoc, m));
    }
    if (r.nextBoolean()) {
      double[] m = new double[nLoc * nLoc];
      for (int i = 0; i < m.length; i++) {
        m[i] = r.nextInt(5000);
      }
      b.durations(new DenseMatrix(nLoc, m));
    }
    for (int i = 0; i < stops; i++) {
      int[] d = new int[dims];
      for (int k = 0; k < dims; k++) {
        d[k] = r.nextInt(20);
      }
      List<TimeWindow> tws = new ArrayList<>();
      double t = 0;
      for (int w = r.nextInt(3); w > 0; w--) {
        double open = t + r.nextInt(100);
        double close = open + r.nextInt(100) + 0.5;
        tws.add(new TimeWindow(open, close));
        t = close + 1;
      }
      Set<String> skills = r.nextBoolean() ? Set.of("fridge") : Set.of();
      b.addStop(new Stop("s" + i, 1 + r.nextInt(nLoc - 1), d, r.nextInt(30), tws, skills, r.nextInt(5)));
    }
    if (stops >= 2 && r.nextBoolean()) {
      b.addShipment(new Shipment(0, 1));
    }
    int types = 1 + r.nextInt(3);
    for (int v = 0; v < types; v++) {
      int[] cap = new int[dims];
      for (int k = 0; k < dims; k++) {
        cap[k] = 20 + r.nextInt(50);
      }
      boolean open = r.nextInt(4) == 0;
      b.addVehicleType(new VehicleType("t" + v, 1 + r.nextInt(5), cap, 0, open ? -1 : 0,
          r.nextBoolean() ? TimeWindow.ALWAYS : new TimeWindow(r.nextInt(10), r.nextBoolean() ? 1000 : Double.POSITIVE_INFINITY),
          r.nextBoolean() ? Double.POSITIVE_INFINITY : 800, r.nextBoolean() ? Double.POSITIVE_INFINITY : 5000.5,
          r.nextBoolean() ? Integer.MAX_VALUE : 7, r.nextInt(3) * 10.0, 1 + r.nextInt(2), r.nextInt(2) * 0.25,
          r.nextBoolean() ? Set.of("fridge", "lift") : Set.of(),
          r.nextBoolean() ? List.of() : List.of(new DriverBreak("lunch", new TimeWindow(200, 300), 30))));
    }
    return b.build();
  }

  @Property(tries = 40)
  void liLimRoundTripsRandomPickupDeliveryInstances(@ForAll @IntRange(min = 1, max = 25) int pairs,
      @ForAll @LongRange(min = 0, max = 1_000_000) long seed) throws Exception {
    java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
    Instance.Builder b = Instance.builder("pdp");
    b.addLocation(new Location("0", r.nextInt(100), r.nextInt(100)));
    for (int i = 1; i <= 2 * pairs; i++) {
      b.addLocation(new Location(Integer.toString(i), r.nextInt(100), r.nextDouble() * 100));
    }
    b.euclidean(Rounding.EXACT);
    int capacity = 20 + r.nextInt(200);
    for (int i = 1; i <= 2 * pairs; i++) {
      int open = r.nextInt(500);
      b.addStop(new Stop(Integer.toString(i), i, new int[] {1 + r.nextInt(20)}, r.nextInt(3) * 5,
          List.of(new TimeWindow(open, open + r.nextInt(500))), Set.of(), 0));
    }
    // pairs over a random permutation of the stops, each delivery carrying its pickup's amount
    List<Stop> stops = new ArrayList<>(b.build().stops());
    int[] perm = new int[2 * pairs];
    for (int i = 0; i < perm.length; i++) {
      int j = r.nextInt(i + 1);
      perm[i] = perm[j];
      perm[j] = i;
    }
    for (int k = 0; k < pairs; k++) {
      Stop pick = stops.get(perm[2 * k]);
      Stop del = stops.get(perm[2 * k + 1]);
      stops.set(perm[2 * k + 1], new Stop(del.id(), del.location(), pick.demand(), del.serviceTime(),
          del.timeWindows(), Set.of(), 0));
      b.addShipment(new Shipment(perm[2 * k], perm[2 * k + 1]));
    }
    Instance in = b.stops(stops).addVehicleType(VehicleType.simple(1 + r.nextInt(30), capacity, 0)
        .withShift(new TimeWindow(0, 1000 + r.nextInt(100)))).build();
    assertTrue(LiLimWriter.limitations(in).isEmpty(), LiLimWriter.limitations(in)::toString);
    String text = LiLimWriter.format(in);
    Instance back = LiLimReader.parse(text, "gen.txt", "pdp").instance();
    assertEquals(in.stops(), back.stops());
    assertEquals(new java.util.HashSet<>(in.shipments()), new java.util.HashSet<>(back.shipments()));
    assertEquals(text, LiLimWriter.format(back));
  }

  @Property(tries = 40)
  void cordeauRoundTripsRandomMultiDepotInstances(@ForAll @IntRange(min = 1, max = 40) int n,
      @ForAll @IntRange(min = 1, max = 5) int depots, @ForAll @LongRange(min = 0, max = 1_000_000) long seed)
      throws Exception {
    java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
    Instance.Builder b = Instance.builder("md");
    for (int i = 1; i <= n + depots; i++) {
      b.addLocation(new Location(Integer.toString(i), r.nextInt(-50, 50), r.nextInt(-50, 50)));
    }
    b.euclidean(Rounding.EXACT);
    for (int c = 0; c < n; c++) {
      b.addStop(new Stop(Integer.toString(c + 1), c, new int[] {1 + r.nextInt(30)}, r.nextInt(3) * 10.0,
          List.of(), Set.of(), 0));
    }
    int m = 1 + r.nextInt(6);
    for (int j = 0; j < depots; j++) {
      double limit = r.nextBoolean() ? Double.POSITIVE_INFINITY : 100 + r.nextInt(400);
      b.addVehicleType(new VehicleType("depot-" + (j + 1), m, new int[] {30 + r.nextInt(200)}, n + j, n + j,
          TimeWindow.ALWAYS, limit, Double.POSITIVE_INFINITY, Integer.MAX_VALUE, 0, 1, 0, Set.of(), List.of()));
    }
    Instance in = b.build();
    assertTrue(CordeauWriter.limitations(in).isEmpty(), CordeauWriter.limitations(in)::toString);
    String text = CordeauWriter.format(in);
    assertEquals(in, CordeauReader.parse(text, "gen", "md").instance());
    assertEquals(InstanceFiles.Format.CORDEAU, InstanceFiles.detect(java.nio.file.Path.of("md"), text));
  }
}
