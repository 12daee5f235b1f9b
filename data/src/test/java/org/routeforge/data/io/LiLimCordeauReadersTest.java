package org.routeforge.data.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.routeforge.data.model.Instance;
import org.routeforge.data.model.Location;
import org.routeforge.data.model.Rounding;
import org.routeforge.data.model.Shipment;
import org.routeforge.data.model.Stop;
import org.routeforge.data.model.TimeWindow;
import org.routeforge.data.model.VehicleType;

/**
 * The Li &amp; Lim and Cordeau readers on the committed fixtures {@code lt101.txt} (3 pickup-delivery
 * pairs) and {@code pt01} (5 customers, 2 depots): the model they build, every malformed variant
 * located by line and field, writer round trips and the multi-depot {@code .sol} lines.
 */
class LiLimCordeauReadersTest {
  static Path fixture(String name) throws Exception {
    return Path.of(LiLimCordeauReadersTest.class.getResource("/fixtures/" + name).toURI());
  }

  static String text(String name) throws Exception {
    return TextLines.text(fixture(name));
  }

  /** The fixture's text with 1-based line {@code line} replaced (or removed when {@code with} is "-"). */
  static String replaced(String name, int line, String with) throws Exception {
    List<String> lines = new ArrayList<>(TextLines.split(text(name)));
    if (with.equals("-")) {
      lines.remove(line - 1);
    } else {
      lines.set(line - 1, with.replace("\\t", "\t"));
    }
    return String.join("\n", lines) + "\n";
  }

  @Test
  void liLimFixtureBecomesShipmentsWithWindowsServiceAndTheDepotShift() throws Exception {
    Instance in = InstanceFiles.read(fixture("lt101.txt"));
    assertEquals(InstanceFiles.Format.LILIM, InstanceFiles.detect(fixture("lt101.txt"), text("lt101.txt")));
    assertEquals("lt101", in.name());
    assertEquals(7, in.locations().size());
    assertEquals(6, in.stops().size());
    assertEquals(List.of(new Shipment(0, 1), new Shipment(2, 3), new Shipment(4, 5)), in.shipments());
    Stop delivery = in.stops().get(3);
    assertEquals("4", delivery.id());
    assertEquals(4, delivery.location());
    assertArrayEquals(new int[] {3}, delivery.demand());
    assertEquals(5, delivery.serviceTime());
    assertEquals(List.of(new TimeWindow(20, 180)), delivery.timeWindows());
    assertEquals(1, in.vehicleTypes().size());
    VehicleType vt = in.vehicleTypes().get(0);
    assertEquals(3, vt.count());
    assertArrayEquals(new int[] {10}, vt.capacity());
    assertEquals(0, vt.startLocation());
    assertEquals(0, vt.endLocation());
    assertEquals(new TimeWindow(0, 200), vt.shift());
    assertEquals(Rounding.EXACT, in.rounding());
    assertEquals(Math.hypot(10, 10), in.distances().get(0, 2), 1e-12);
  }

  @Test
  void cordeauFixtureBecomesOneVehicleTypePerDepot() throws Exception {
    Instance in = InstanceFiles.read(fixture("pt01"));
    assertEquals(InstanceFiles.Format.CORDEAU, InstanceFiles.detect(fixture("pt01"), text("pt01")));
    assertEquals("pt01", in.name());
    assertEquals(7, in.locations().size());
    assertEquals("6", in.locations().get(5).id());
    assertEquals(5, in.stops().size());
    Stop third = in.stops().get(2);
    assertEquals("3", third.id());
    assertEquals(2, third.location());
    assertArrayEquals(new int[] {5}, third.demand());
    assertEquals(1, third.serviceTime());
    assertTrue(third.timeWindows().isEmpty());
    assertEquals(2, in.vehicleTypes().size());
    VehicleType d1 = in.vehicleTypes().get(0);
    VehicleType d2 = in.vehicleTypes().get(1);
    assertEquals(List.of("depot-1", 2, 5, 5, 50.0), List.of(d1.id(), d1.count(), d1.startLocation(), d1.endLocation(),
        d1.maxDuration()));
    assertEquals(List.of("depot-2", 2, 6, 6, Double.POSITIVE_INFINITY), List.of(d2.id(), d2.count(),
        d2.startLocation(), d2.endLocation(), d2.maxDuration()));
    assertArrayEquals(new int[] {10}, d2.capacity());
    assertEquals(Math.hypot(4 - 8, 4 - 8), in.distances().get(6, 4), 1e-12);
    assertArrayEquals(new int[] {1, 2}, VrplibSolution.depotNumbers(in));
  }

  @ParameterizedTest(name = "line {1}: {3}")
  @CsvSource(delimiter = '|', value = {
      "lt101.txt | 1 | 3\\t10 | :1: VEHICLES: expected the header 'K Q S' (vehicles, capacity, speed), got 2 fields",
      "lt101.txt | 1 | 3\\tten\\t1 | :1: CAPACITY: 'ten' is not a number",
      "lt101.txt | 1 | 0\\t10\\t1 | :1: VEHICLES: must be positive, got 0",
      "lt101.txt | 3 | 1\\t10\\t0\\t4\\t0\\t100\\t5\\t0 | :3: ID: expected 9 fields (id x y demand ready due service pickup"
          + " delivery), got 8",
      "lt101.txt | 3 | 1\\t10\\t0\\t4.5\\t0\\t100\\t5\\t0\\t2 | :3: DEMAND: '4.5' is not an integer",
      "lt101.txt | 3 | 1\\t10\\t0\\t4\\t120\\t100\\t5\\t0\\t2 | :3: DUE: window closes (100) before it opens (READY 120)",
      "lt101.txt | 3 | 1\\t10\\t0\\t4\\t0\\t100\\t-5\\t0\\t2 | :3: SERVICE: negative service time -5",
      "lt101.txt | 3 | 7\\t10\\t0\\t4\\t0\\t100\\t5\\t0\\t2 | :3: ID: node id 7 out of sequence, expected 1",
      "lt101.txt | 3 | 1\\t10\\t0\\t4\\t0\\t100\\t5\\t0\\t4 | :3: DELIVERY: pickup 1 names delivery 4, but node 4 (line 6)"
          + " names pickup 3 and delivery 0",
      "lt101.txt | 3 | 1\\t10\\t0\\t4\\t0\\t100\\t5\\t0\\t9 | :3: DELIVERY: node 9 is out of range 1..6",
      "lt101.txt | 3 | 1\\t10\\t0\\t4\\t0\\t100\\t5\\t0\\t0 | :3: DELIVERY: node 1 is neither a pickup nor a delivery",
      "lt101.txt | 4 | 2\\t10\\t10\\t-5\\t0\\t150\\t5\\t1\\t0 | :4: DEMAND: delivery 2 has demand -5, expected -4 (minus its"
          + " pickup 1's demand)",
      "lt101.txt | 2 | 0\\t0\\t0\\t2\\t0\\t200\\t0\\t0\\t0 | :2: DEMAND: the depot (node 0) must have demand 0, got 2",
      "pt01 | 1 | 1 2 5 2 | :1: type: problem type 1 is not supported; only type 2 (multi-depot VRP) is read",
      "pt01 | 1 | 2 2 5 | :1: type: expected the header 'type m n t', got 3 fields",
      "pt01 | 1 | 2 2 x 2 | :1: n: 'x' is not an integer",
      "pt01 | 2 | 50 | :2: D: expected 'D Q' (maximum route duration, capacity) for depot 1, got 1 fields",
      "pt01 | 3 | 0 -10 | :3: Q: capacity must be positive, got -10",
      "pt01 | 4 | 1 2 3 0 4 1 | :4: i: expected at least 7 fields (i x y d q f a) on customer line 1, got 6",
      "pt01 | 5 | 2 5 3 0 three 1 2 1 2 | :5: q: 'three' is not a number",
      "pt01 | 5 | 2 5 3 0 3 1 2 1 | :5: a: a = 2 visit combinations announced, but the line lists 1",
      "pt01 | 6 | 4 -2 -4 1 5 1 2 1 2 | :6: i: customer id 4 out of sequence, expected 3",
      "pt01 | 7 | 4 -6 -1 -3 2 1 2 1 2 | :7: d: negative service duration -3",
      "pt01 | 10 | 7 4 4 0 5 0 0 | :10: q: a depot has no demand, got 5",
      "pt01 | 10 | - | :9: depot: the file ends after 9 non-blank lines; the header says 2 depots and 5 customers, so 10"
          + " are expected",
  })
  void malformedInputNamesLineAndField(String file, int line, String with, String expected) throws Exception {
    String bad = replaced(file, line, with);
    InputException e = assertThrows(InputException.class, () -> {
      if (file.endsWith(".txt")) {
        LiLimReader.parse(bad, "bad.txt", "bad");
      } else {
        CordeauReader.parse(bad, "bad", "bad");
      }
    });
    String source = file.endsWith(".txt") ? "bad.txt" : "bad";
    assertTrue(e.problems().stream().anyMatch(p -> p.toString().startsWith(source + expected)),
        "expected " + source + expected + " in " + e.problems());
  }

  @Test
  void bothFixturesRoundTripThroughTheirOwnFormatAndJson() throws Exception {
    Instance pdp = InstanceFiles.read(fixture("lt101.txt"));
    assertTrue(LiLimWriter.limitations(pdp).isEmpty(), LiLimWriter.limitations(pdp)::toString);
    assertEquals(pdp, LiLimReader.parse(LiLimWriter.format(pdp), "w.txt", "lt101").instance());
    assertEquals(pdp, RouteForgeJson.parse(RouteForgeJson.format(pdp), "w.json").instance());
    Instance md = InstanceFiles.read(fixture("pt01"));
    assertTrue(CordeauWriter.limitations(md).isEmpty(), CordeauWriter.limitations(md)::toString);
    assertEquals(md, CordeauReader.parse(CordeauWriter.format(md), "w", "pt01").instance());
    assertEquals(md, RouteForgeJson.parse(RouteForgeJson.format(md), "w.json").instance());
    assertTrue(VrplibWriter.limitations(md).contains("VRPLIB has one depot; the instance's vehicles start at 2 different"
        + " locations"), VrplibWriter.limitations(md)::toString);
    assertTrue(SolomonWriter.limitations(pdp).contains("Solomon has no pickup-delivery pairs; the instance has 3"
        + " shipments"), SolomonWriter.limitations(pdp)::toString);
  }

  @Test
  void writersNameWhatTheirFormatCannotCarry() throws Exception {
    Instance md = InstanceFiles.read(fixture("pt01"));
    assertTrue(LiLimWriter.limitations(md).contains("Li & Lim has pickup-delivery pairs only; 5 stops are in no"
        + " shipment"), LiLimWriter.limitations(md)::toString);
    Instance pdp = InstanceFiles.read(fixture("lt101.txt"));
    List<String> lost = CordeauWriter.limitations(pdp);
    assertTrue(lost.contains("Cordeau MDVRP has no pickup-delivery pairs; the instance has 3 shipments"), lost::toString);
    assertTrue(lost.contains("Cordeau MDVRP has no time windows or shifts; the instance has some"), lost::toString);
    Instance uneven = md.toBuilder().vehicleTypes(List.of(md.vehicleTypes().get(0),
        md.vehicleTypes().get(1).withCount(3))).build();
    assertTrue(CordeauWriter.limitations(uneven).contains("Cordeau MDVRP has the same number of vehicles at every depot;"
        + " depot-2 has 3, depot-1 2"), CordeauWriter.limitations(uneven)::toString);
  }

  @Test
  void multiDepotSolutionsNameTheDepotOfEachRoute() throws Exception {
    Instance md = InstanceFiles.read(fixture("pt01"));
    VrplibSolution s = VrplibSolution.of(md, List.of(new int[] {0, 1}, new int[] {}, new int[] {2, 3, 4}),
        new int[] {1, 0, 0}, 42.5);
    assertEquals("Route #1 (depot 2): 1 2\nRoute #2 (depot 1): 3 4 5\nCost 42.5\n", s.format());
    VrplibSolution back = VrplibSolution.parse(s.format(), "s.sol");
    assertArrayEquals(new int[] {2, 1}, back.depots());
    assertEquals(List.of(0, 1), List.of(back.stopIndexRoutes().get(0)[0], back.stopIndexRoutes().get(0)[1]));
    VrplibSolution single = VrplibSolution.of(InstanceFiles.read(fixture("lt101.txt")), List.of(new int[] {0, 1}),
        new int[] {0}, 20);
    assertEquals("Route #1: 1 2\nCost 20\n", single.format());
    InputException mixed = assertThrows(InputException.class,
        () -> VrplibSolution.parse("Route #1 (depot 1): 1\nRoute #2: 2\n", "m.sol"));
    assertEquals("m.sol:2: depot: routes name their depot on line 1 but not on line 2; either every route names it"
        + " or none", mixed.problems().get(0).toString());
    InputException zero = assertThrows(InputException.class,
        () -> VrplibSolution.parse("Route #1 (depot 0): 1\n", "z.sol"));
    assertEquals("z.sol:1: depot: depot number 0 must be positive (1..t)", zero.problems().get(0).toString());
  }

  @Test
  void depotsAreNumberedByLocationNotByVehicleTypeOrder() {
    Instance.Builder b = Instance.builder("d");
    for (int i = 0; i < 4; i++) {
      b.addLocation(new Location(Integer.toString(i), i, 0));
    }
    b.euclidean(Rounding.EXACT).addStop(Stop.simple("a", 0, 1));
    b.addVehicleType(VehicleType.simple(1, 5, 3)).addVehicleType(VehicleType.simple(1, 5, 1))
        .addVehicleType(VehicleType.simple(2, 5, 3));
    Instance in = b.build();
    assertArrayEquals(new int[] {2, 1, 2}, VrplibSolution.depotNumbers(in));
  }
}
