package org.routeforge.graph.matrix;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.routeforge.graph.roads.GraphFolders;
import org.routeforge.graph.roads.PointToPointRoutes;
import org.routeforge.graph.roads.RoadNetwork;
import org.routeforge.graph.roads.SnappedPoints;
import org.routeforge.graph.roads.UnsnappablePointsException;

/** The road source on the Monaco extract: every cell equals GraphHopper's own route for that pair. */
class RoadSourceTest {
  static RoadNetwork net;
  static RoadSource roads;
  // Monaco: Casino, port Hercule, Fontvieille, Monte-Carlo beach, Larvotto, Moneghetti
  static final double[] LON = {7.4246, 7.4214, 7.4155, 7.4318, 7.4355, 7.4138};
  static final double[] LAT = {43.7384, 43.7347, 43.7305, 43.7497, 43.7445, 43.7365};

  @BeforeAll
  static void open() throws Exception {
    System.setProperty("com.google.protobuf.use_unsafe_pre22_gencode", "true");
    Path osm = GraphFolders.dataDir().resolve("osm/monaco.osm.pbf");
    Assumptions.assumeTrue(Files.isRegularFile(osm), "Monaco extract not found at " + osm + "; roads tests skipped");
    net = RoadNetwork.open(osm, Path.of("target/graphs/monaco-matrix-source").toAbsolutePath());
    roads = new RoadSource(net);
  }

  @AfterAll
  static void close() {
    if (net != null) {
      net.close();
    }
  }

  @Test
  void everyCellEqualsGraphHoppersPointToPointRoute() throws Exception {
    TravelTable t = roads.table(LON, LAT, "car");
    SnappedPoints pts = net.snap(LAT, LON, RoadSource.DEFAULT_MAX_SNAP_M);
    int checked = 0;
    for (int i = 0; i < LON.length; i++) {
      for (int j = 0; j < LON.length; j++) {
        if (i == j) {
          assertEquals(0, t.duration(i, j));
          continue;
        }
        PointToPointRoutes.Route r = PointToPointRoutes.route(net, pts, i, pts, j);
        assertTrue(r.found(), r.error());
        assertEquals(r.millis() / 1000.0, t.duration(i, j), 1e-9, "duration " + i + "->" + j);
        assertEquals(r.meters(), t.distance(i, j), PointToPointRoutes.DISTANCE_TOLERANCE_M, "distance " + i + "->" + j);
        assertTrue(t.distance(i, j) > 50, "points are apart");
        checked++;
      }
    }
    assertEquals(LON.length * (LON.length - 1), checked);
    assertTrue(roads.hasProfile("car"));
    assertFalse(roads.hasProfile("bike"));
    assertEquals("roads (GraphHopper, car, monaco.osm.pbf)", roads.description("car"));
  }

  @Test
  void geometryFollowsTheRoadsFromFirstToLastSnappedPoint() throws Exception {
    double[] lon = {LON[0], LON[2], LON[3]};
    double[] lat = {LAT[0], LAT[2], LAT[3]};
    List<double[]> path = PolylineDecoder.decode(roads.polyline(lon, lat, "car"));
    SnappedPoints s = net.snap(lat, lon, RoadSource.DEFAULT_MAX_SNAP_M);
    assertTrue(path.size() > 3, "road geometry has more points than the stops: " + path.size());
    assertEquals(0, GreatCircleSource.metres(path.get(0)[1], path.get(0)[0], s.snappedLon(0), s.snappedLat(0)), 2);
    double[] last = path.get(path.size() - 1);
    assertEquals(0, GreatCircleSource.metres(last[1], last[0], s.snappedLon(2), s.snappedLat(2)), 2);
    double length = 0;
    for (int k = 1; k < path.size(); k++) {
      length += GreatCircleSource.metres(path.get(k - 1)[1], path.get(k - 1)[0], path.get(k)[1], path.get(k)[0]);
    }
    TravelTable t = roads.table(lon, lat, "car");
    double legs = t.distance(0, 1) + t.distance(1, 2);
    assertEquals(legs, length, 0.02 * legs, "polyline length vs matrix legs");
  }

  @Test
  void aPointInTheSeaIsNamedByItsJsonPointer() throws Exception {
    JsonNode root = new ObjectMapper().readTree("{\"vehicles\":[{\"id\":1,\"start\":[7.4246,43.7384]}],"
        + "\"jobs\":[{\"id\":1,\"location\":[7.4214,43.7347]},{\"id\":2,\"location\":[7.50,43.60]}]}");
    UnsnappablePointsException e = assertThrows(UnsnappablePointsException.class,
        () -> CoordinateMatrices.fillVroom(root, p -> roads, 100, "request"));
    assertArrayEquals(new int[] {2}, e.indices());
    assertEquals("/jobs/1/location", e.problems().get(0).pointer());
    assertFalse(root.has("matrices"));
  }

  @Test
  void fillsVroomWithRoadMatricesRounded() throws Exception {
    JsonNode root = new ObjectMapper().readTree("{\"vehicles\":[{\"id\":1,\"start\":[7.4246,43.7384]}],"
        + "\"jobs\":[{\"id\":1,\"location\":[7.4214,43.7347]},{\"id\":2,\"location\":[7.4155,43.7305]}]}");
    Map<String, String> routing = CoordinateMatrices.fillVroom(root, p -> roads, 100, "request");
    assertEquals("roads (GraphHopper, car, monaco.osm.pbf)", routing.get("car"));
    TravelTable t = roads.table(new double[] {LON[0], LON[1], LON[2]}, new double[] {LAT[0], LAT[1], LAT[2]}, "car");
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        assertEquals(Math.round(t.duration(i, j)), root.at("/matrices/car/durations/" + i + "/" + j).asLong());
        assertEquals(Math.round(t.distance(i, j)), root.at("/matrices/car/distances/" + i + "/" + j).asLong());
      }
    }
  }
}
