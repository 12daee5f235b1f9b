package org.routeforge.benchmarks.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.routeforge.data.io.vroom.VroomInput;
import org.routeforge.data.model.Instance;
import org.routeforge.data.model.VehicleType;
import org.routeforge.graph.matrix.CoordinateMatrices;
import org.routeforge.graph.matrix.GreatCircleSource;

/**
 * The benchmark request has the shape issue 14 asks for, read back by the VROOM reader after the
 * matrices are filled in as the server fills them: 1 000 jobs, 100 shipments, 50 vehicles of three
 * types with skills, shifts and breaks; and it is the same for the same seed.
 */
class VroomBenchRequestTest {
  private static double[][] points() {
    double[] lon = new double[VroomBenchRequest.POINTS];
    double[] lat = new double[VroomBenchRequest.POINTS];
    for (int i = 0; i < lon.length; i++) {
      lon[i] = 14.35 + 0.2 * ((i * 7919) % 1000) / 1000.0;
      lat[i] = 35.82 + 0.12 * ((i * 104729) % 997) / 997.0;
    }
    return new double[][] {lon, lat};
  }

  @Test
  void requestHasTheTargetShapeAndReadsBack() throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    double[][] p = points();
    ObjectNode request = VroomBenchRequest.generate(mapper, p[0], p[1], 1);
    assertEquals(mapper.writeValueAsString(request),
        mapper.writeValueAsString(VroomBenchRequest.generate(mapper, p[0], p[1], 1)), "deterministic");
    CoordinateMatrices.fillVroom(request, profile -> new GreatCircleSource(), VroomBenchRequest.POINTS, "bench");
    Instance in = VroomInput.parse(request, "bench", "bench").instance();
    assertEquals(VroomBenchRequest.JOBS + 2 * VroomBenchRequest.SHIPMENTS, in.stops().size());
    assertEquals(VroomBenchRequest.SHIPMENTS, in.shipments().size());
    assertEquals(VroomBenchRequest.VEHICLES, in.vehicleCount());
    assertTrue(in.durations().size() >= VroomBenchRequest.POINTS - 1, "about one location per point");
    Set<String> kinds = new HashSet<>();
    for (VehicleType v : in.vehicleTypes()) {
      kinds.add(java.util.Arrays.toString(v.capacity()) + v.skills());
      assertEquals(1, v.breaks().size());
      assertTrue(v.shift().close() < Double.POSITIVE_INFINITY);
    }
    assertEquals(3, kinds.size(), kinds.toString());
    long skilled = in.stops().stream().filter(s -> !s.skills().isEmpty()).count();
    long windowed = in.stops().stream().filter(s -> !s.timeWindows().isEmpty()).count();
    assertTrue(skilled > 100 && windowed > 800, skilled + " skilled, " + windowed + " with windows");
  }

  @Test
  void tooFewPointsAreRefused() {
    assertThrows(IllegalArgumentException.class,
        () -> VroomBenchRequest.generate(new ObjectMapper(), new double[10], new double[10], 1));
  }
}
