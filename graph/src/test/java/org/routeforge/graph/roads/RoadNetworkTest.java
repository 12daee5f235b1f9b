package org.routeforge.graph.roads;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.routeforge.data.io.osrm.OsrmTable;

/** GraphHopper import, snapping and bucket matrices on the tiny Monaco extract of the data set. */
class RoadNetworkTest {
  @TempDir static Path cache;
  static Path osm;
  static RoadNetwork net;
  static RoadNetwork.LoadReport firstOpen;

  @BeforeAll
  static void open() throws Exception {
    System.setProperty("com.google.protobuf.use_unsafe_pre22_gencode", "true");
    osm = GraphFolders.dataDir().resolve("osm/monaco.osm.pbf");
    Assumptions.assumeTrue(Files.isRegularFile(osm), "Monaco extract not found at " + osm + "; roads tests skipped");
    try (RoadNetwork first = RoadNetwork.open(osm, cache.resolve("monaco"))) {
      firstOpen = first.report();
    }
    net = RoadNetwork.open(osm, cache.resolve("monaco"));
  }

  @AfterAll
  static void close() {
    if (net != null) {
      net.close();
    }
  }

  /** The first open imports and contracts; the second loads the cached graph folder. */
  @Test
  void importsOnceThenLoadsFromTheCache() {
    assertTrue(firstOpen.imported());
    assertFalse(net.report().imported());
    assertTrue(net.report().shortcuts() > 0, "CH shortcuts present");
    assertEquals(firstOpen.nodes(), net.report().nodes());
    assertTrue(Files.isRegularFile(cache.resolve("monaco/properties")));
  }

  /** A point near a street snaps onto it and reports the distance; coordinates are not moved otherwise. */
  @Test
  void snapsNearbyPointsAndReportsTheDistance() {
    SnappedPoints sp = net.snap(new double[] {43.7384, 43.7311}, new double[] {7.4246, 7.4197}, 200);
    assertTrue(sp.allSnapped());
    for (int i = 0; i < 2; i++) {
      assertTrue(sp.snapDistance(i) >= 0 && sp.snapDistance(i) < 200, "snap distance " + sp.snapDistance(i));
      double dLat = (sp.snappedLat(i) - sp.inputLat(i)) * 111_320;
      assertTrue(Math.abs(dLat) <= sp.snapDistance(i) + 1, "snapped position within the snap distance");
    }
  }

  /** Points outside the map, too far from roads or invalid are reported by index, never moved. */
  @Test
  void reportsUnsnappablePointsByIndex() {
    double[] lat = {43.7384, 48.0, 43.7311, 91.0};
    double[] lon = {7.4246, 2.0, 7.4197, 7.42};
    SnappedPoints sp = net.snap(lat, lon, 500);
    assertArrayEquals(new int[] {1, 3}, sp.unsnappable());
    assertTrue(Double.isNaN(sp.snappedLat(1)));
    assertTrue(sp.reason(1).contains("m from the nearest car road") || sp.reason(1).contains("no car road"),
        sp.reason(1));
    assertNull(sp.reason(0));
    UnsnappablePointsException e = assertThrows(UnsnappablePointsException.class, () -> net.matrix(sp));
    assertArrayEquals(new int[] {1, 3}, e.indices());
    assertTrue(e.getMessage().contains("point 1") && e.getMessage().contains("point 3"), e.getMessage());
  }

  /** Every cell of a square matrix equals GraphHopper's own CH route: time exactly, distance to 1 cm. */
  @Test
  void squareMatrixEqualsPointToPointRoutes() throws Exception {
    double[][] p = RoadPointSampler.uniform(net, 60, 11, 100);
    RoadMatrix m = net.matrix(net.snap(p[0], p[1], 100));
    assertEquals(60, m.rows());
    PointToPointRoutes.CrossCheck cc = PointToPointRoutes.crossCheck(net, m, 1000, 5);
    assertEquals(0, cc.mismatches(), cc.firstMismatch());
    for (int i = 0; i < 60; i++) {
      assertEquals(0, m.millis(i, i));
      assertEquals(0, m.distanceMeters(i, i));
    }
  }

  /** Clustered points share road edges often; those pairs also equal GraphHopper's routes. */
  @Test
  void clusteredAndRectangularMatricesEqualPointToPointRoutes() throws Exception {
    double[][] a = RoadPointSampler.clustered(net, 40, 2, 150, 3, 100);
    double[][] b = RoadPointSampler.uniform(net, 25, 4, 100);
    RoadMatrix m = net.matrix(net.snap(a[0], a[1], 100), net.snap(b[0], b[1], 100));
    assertEquals(40, m.rows());
    assertEquals(25, m.cols());
    PointToPointRoutes.CrossCheck cc = PointToPointRoutes.crossCheck(net, m, 300, 6);
    assertEquals(0, cc.mismatches(), cc.firstMismatch());
    RoadMatrix sq = net.matrix(net.snap(a[0], a[1], 100));
    PointToPointRoutes.CrossCheck c2 = PointToPointRoutes.crossCheck(net, sq, 300, 7);
    assertEquals(0, c2.mismatches(), c2.firstMismatch());
  }

  /** Writing a matrix as an OSRM table and reading it back gives the same durations, distances, waypoints. */
  @Test
  void osrmTableRoundTrip() throws Exception {
    double[][] p = RoadPointSampler.uniform(net, 12, 21, 100);
    RoadMatrix m = net.matrix(net.snap(p[0], p[1], 100));
    OsrmTable t = OsrmTables.of(m);
    OsrmTable back = OsrmTable.parse(t.format(), "round-trip");
    assertEquals(12, back.rows());
    for (int i = 0; i < 12; i++) {
      for (int j = 0; j < 12; j++) {
        assertEquals(m.durationSeconds(i, j), back.durations()[i * 12 + j], 0.051, "duration " + i + "," + j);
        assertEquals(m.distanceMeters(i, j), back.distances()[i * 12 + j], 0.051, "distance " + i + "," + j);
      }
      assertEquals(m.sources().snappedLon(i), back.sources().get(i).lon(), 1e-6);
      assertEquals(m.sources().snappedLat(i), back.sources().get(i).lat(), 1e-6);
    }
  }

  /** The same seed gives the same sampled points and the same matrix. */
  @Test
  void deterministicForASeed() throws Exception {
    double[][] a = RoadPointSampler.uniform(net, 15, 9, 100);
    double[][] b = RoadPointSampler.uniform(net, 15, 9, 100);
    assertArrayEquals(a[0], b[0]);
    assertArrayEquals(a[1], b[1]);
    RoadMatrix m1 = net.matrix(net.snap(a[0], a[1], 100));
    RoadMatrix m2 = net.matrix(net.snap(b[0], b[1], 100));
    assertArrayEquals(m1.durationsSeconds(), m2.durationsSeconds());
    assertArrayEquals(m1.distancesMeters(), m2.distancesMeters());
  }

  /** A cache folder inside the read-only data directory is refused with a clear message. */
  @Test
  void refusesACacheInsideTheDataDirectory() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> RoadNetwork.open(osm, GraphFolders.dataDir().resolve("graphs/monaco-cache")));
    assertTrue(e.getMessage().contains("read-only"), e.getMessage());
  }
}
