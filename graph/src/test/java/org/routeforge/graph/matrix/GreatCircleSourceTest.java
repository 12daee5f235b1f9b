package org.routeforge.graph.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.routeforge.data.io.InputException;
import org.routeforge.data.model.EuclideanMatrix;
import org.routeforge.data.model.Instance;
import org.routeforge.data.model.Location;
import org.routeforge.data.model.Rounding;

/** Great-circle matrices against a haversine written here, and the VROOM / instance fill-in around them. */
class GreatCircleSourceTest {
  private static final double R = 6_371_008.8;
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Independent oracle: the haversine formula in its atan2 form. */
  private static double haversine(double lon1, double lat1, double lon2, double lat2) {
    double f1 = lat1 * Math.PI / 180;
    double f2 = lat2 * Math.PI / 180;
    double df = (lat2 - lat1) * Math.PI / 180;
    double dl = (lon2 - lon1) * Math.PI / 180;
    double a = Math.pow(Math.sin(df / 2), 2) + Math.cos(f1) * Math.cos(f2) * Math.pow(Math.sin(dl / 2), 2);
    return R * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
  }

  @Test
  void matrixEqualsHaversineAndDurationsAreAtTheSpeed() {
    SplittableRandom rnd = new SplittableRandom(7);
    int n = 40;
    double[] lon = new double[n];
    double[] lat = new double[n];
    for (int i = 0; i < n; i++) {
      lon[i] = rnd.nextDouble(-180, 180);
      lat[i] = rnd.nextDouble(-89, 89);
    }
    TravelTable t = new GreatCircleSource(36).table(lon, lat, "car");
    assertEquals(n, t.size());
    int checked = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        double want = i == j ? 0 : haversine(lon[i], lat[i], lon[j], lat[j]);
        assertEquals(want, t.distance(i, j), 1e-6 * Math.max(1, want), "distance " + i + "->" + j);
        assertEquals(want / 10, t.duration(i, j), 1e-6 * Math.max(1, want), "36 km/h = 10 m/s, " + i + "->" + j);
        checked++;
      }
    }
    assertEquals(n * n, checked);
    // a degree of latitude on the mean sphere
    assertEquals(R * Math.PI / 180, new GreatCircleSource().table(new double[] {5, 5}, new double[] {10, 11}, "car")
        .distance(0, 1), 1e-6);
    assertEquals("great-circle at 50 km/h", new GreatCircleSource().description("bike"));
  }

  @Test
  void geometryIsTheStraightLineThroughThePoints() {
    double[] lon = {7.42, 7.43, -0.1};
    double[] lat = {43.73, 43.74, 51.5};
    List<double[]> pts = PolylineDecoder.decode(new GreatCircleSource().polyline(lon, lat, "car"));
    assertEquals(3, pts.size());
    for (int i = 0; i < 3; i++) {
      assertEquals(lat[i], pts.get(i)[0], 1e-5);
      assertEquals(lon[i], pts.get(i)[1], 1e-5);
    }
  }

  @Test
  void fillsVroomMatricesAndIndicesSharingRepeatedLocations() throws Exception {
    JsonNode root = JSON.readTree("{\"vehicles\":[{\"id\":1,\"start\":[7.42,43.73],\"end\":[7.42,43.73]}],"
        + "\"jobs\":[{\"id\":1,\"location\":[7.43,43.74]},{\"id\":2,\"location\":[7.41,43.72]},"
        + "{\"id\":3,\"location\":[7.43,43.74]}]}");
    Map<String, String> routing = CoordinateMatrices.fillVroom(root, p -> new GreatCircleSource(), 100, "request");
    assertEquals(Map.of("car", "great-circle at 50 km/h"), routing);
    assertEquals(0, root.at("/vehicles/0/start_index").asInt());
    assertEquals(0, root.at("/vehicles/0/end_index").asInt());
    assertEquals(1, root.at("/jobs/0/location_index").asInt());
    assertEquals(2, root.at("/jobs/1/location_index").asInt());
    assertEquals(1, root.at("/jobs/2/location_index").asInt(), "same coordinates, same index");
    JsonNode dist = root.at("/matrices/car/distances");
    JsonNode dur = root.at("/matrices/car/durations");
    assertEquals(3, dist.size());
    double d01 = haversine(7.42, 43.73, 7.43, 43.74);
    assertEquals(Math.round(d01), dist.get(0).get(1).asLong());
    assertTrue(dist.get(0).get(1).isIntegralNumber(), "VROOM matrices hold integers");
    assertEquals(Math.round(d01 / (50 / 3.6)), dur.get(0).get(1).asLong());
    assertEquals(0, dist.get(2).get(2).asLong());
  }

  @Test
  void leavesRequestsWithMatricesAloneAndNamesBadCoordinates() throws Exception {
    JsonNode given = JSON.readTree("{\"vehicles\":[{\"id\":1,\"start_index\":0}],\"jobs\":[{\"id\":1,\"location_index\":1}],"
        + "\"matrices\":{\"car\":{\"durations\":[[0,1],[1,0]]}}}");
    String before = given.toString();
    assertTrue(CoordinateMatrices.fillVroom(given, p -> new GreatCircleSource(), 100, "request").isEmpty());
    assertEquals(before, given.toString());
    JsonNode bad = JSON.readTree("{\"vehicles\":[{\"id\":1,\"start\":[7.42,43.73]}],\"jobs\":[{\"id\":1,\"location\":[7.43,143.74]}]}");
    InputException e = assertThrows(InputException.class,
        () -> CoordinateMatrices.fillVroom(bad, p -> new GreatCircleSource(), 100, "request"));
    assertEquals("/jobs/0/location", e.problems().get(0).pointer());
    assertFalse(bad.has("matrices"), "nothing filled in on error");
    JsonNode many = JSON.readTree("{\"vehicles\":[{\"id\":1,\"start\":[7.42,43.73]}],\"jobs\":[{\"id\":1,\"location\":[7.43,43.74]}]}");
    assertThrows(InputException.class, () -> CoordinateMatrices.fillVroom(many, p -> new GreatCircleSource(), 1, "request"));
  }

  @Test
  void geographicInstanceGetsGreatCircleMatricesPlanarOneDoesNot() throws Exception {
    Instance.Builder b = Instance.builder("geo").geographic(true);
    b.addLocation(new Location("0", 7.42, 43.73));
    b.addLocation(new Location("1", 7.43, 43.74));
    Instance geo = b.euclidean(Rounding.EXACT).build();
    Instance filled = CoordinateMatrices.fillInstance(geo, new GreatCircleSource(), "car", "request");
    assertFalse(filled.distances() instanceof EuclideanMatrix);
    double d = haversine(7.42, 43.73, 7.43, 43.74);
    assertEquals(d, filled.distances().get(0, 1), 1e-6);
    assertEquals(d / (50 / 3.6), filled.durations().get(1, 0), 1e-6);
    Instance.Builder p = Instance.builder("planar");
    p.addLocation(new Location("0", 0, 0));
    p.addLocation(new Location("1", 3, 4));
    Instance planar = p.euclidean(Rounding.EXACT).build();
    assertSame(planar, CoordinateMatrices.fillInstance(planar, new GreatCircleSource(), "car", "request"));
  }
}
