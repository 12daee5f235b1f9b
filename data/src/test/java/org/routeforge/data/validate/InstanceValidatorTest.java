package org.routeforge.data.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.routeforge.data.io.InputException.Problem;
import org.routeforge.data.io.ParsedInstance;
import org.routeforge.data.io.SourceMap;
import org.routeforge.data.model.DenseMatrix;
import org.routeforge.data.model.Instance;
import org.routeforge.data.model.Location;
import org.routeforge.data.model.Stop;
import org.routeforge.data.model.TimeWindow;
import org.routeforge.data.model.VehicleType;

/** Semantic checks that need the whole instance, located through the source map. */
class InstanceValidatorTest {
  static Instance.Builder base(double[] matrix) {
    Instance.Builder b = Instance.builder("t");
    for (int i = 0; i < 3; i++) {
      b.addLocation(new Location(Integer.toString(i), Double.NaN, Double.NaN));
    }
    return b.distances(new DenseMatrix(3, matrix));
  }

  static List<Problem> validate(Instance in) {
    SourceMap where = new SourceMap("t.json");
    for (int i = 0; i < in.stops().size(); i++) {
      where.pointer(SourceMap.stopWindow(i), "/stops/" + i + "/windows");
      where.pointer(SourceMap.stopDemand(i), "/stops/" + i + "/demand");
    }
    return InstanceValidator.validate(new ParsedInstance(in, where));
  }

  @Test
  void reportsAStopFromWhichTheDepotCannotBeReachedBeforeTheShiftEnds() {
    Instance.Builder b = base(new double[] {0, 10, 10, 10, 0, 5, 10, 5, 0});
    b.addStop(new Stop("a", 1, new int[] {1}, 20, List.of(new TimeWindow(90, 95)), Set.of(), 0));
    Instance in = b.addVehicleType(VehicleType.simple(1, 5, 0).withShift(new TimeWindow(0, 100))).build();
    List<Problem> ps = validate(in);
    assertEquals(1, ps.size(), ps.toString());
    assertEquals("t.json at /stops/0/windows: time window: after serving stop a no vehicle gets back to its depot"
        + " before the shift ends (back at 120, shift closes 100)", ps.get(0).toString());
  }

  @Test
  void reportsSkillsNoVehicleHasOverlappingWindowsAndEveryProblemAtOnce() {
    Instance.Builder b = base(new double[] {0, 1, 1, 1, 0, 1, 1, 1, 0});
    b.addStop(new Stop("a", 1, new int[] {1}, 0, List.of(), Set.of("crane"), 0));
    b.addStop(new Stop("b", 2, new int[] {9}, 0, List.of(new TimeWindow(0, 50), new TimeWindow(40, 60)), Set.of(), 0));
    Instance in = b.addVehicleType(VehicleType.simple(2, 5, 0)).build();
    List<Problem> ps = validate(in);
    assertEquals(3, ps.size(), ps.toString());
    assertTrue(ps.get(0).toString().contains("/stops/0/demand: skills: stop a needs skills [crane] that no vehicle has"));
    assertTrue(ps.get(1).toString().contains("/stops/1/demand: demand: demand [9] of stop b exceeds every vehicle's"
        + " capacity (largest [5])"));
    assertTrue(ps.get(2).toString().contains("/stops/1/windows: time window: windows of stop b overlap"));
  }

  @Test
  void reportsMatrixSizeAndNegativeEntries() {
    Instance.Builder b = Instance.builder("m");
    b.addLocation(new Location("0", 0, 0));
    b.addLocation(new Location("1", 0, 0));
    Instance in = b.distances(new DenseMatrix(2, new double[] {0, -1, Double.NaN, 0}))
        .addVehicleType(VehicleType.simple(1, 5, 0)).build();
    List<Problem> ps = validate(in);
    assertEquals(2, ps.size(), ps.toString());
    assertTrue(ps.get(0).message().contains("entry (0, 1) is negative"));
    assertTrue(ps.get(1).message().contains("entry (1, 0) is NaN"));
  }
}
