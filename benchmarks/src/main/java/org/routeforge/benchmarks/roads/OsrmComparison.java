package org.routeforge.benchmarks.roads;

import java.util.Arrays;
import org.routeforge.data.io.osrm.OsrmTable;
import org.routeforge.graph.roads.RoadMatrix;
import org.routeforge.graph.roads.RoadNetwork;
import org.routeforge.graph.roads.SnappedPoints;
import org.routeforge.graph.roads.UnsnappablePointsException;

/**
 * Compares GraphHopper matrices with an OSRM {@code table} response on the same points: the OSRM
 * snapped locations are snapped again onto GraphHopper's network and the ratio GraphHopper / OSRM of
 * every off-diagonal reachable cell is summarised.
 */
public final class OsrmComparison {
  private OsrmComparison() {}

  /**
   * Summary of one comparison.
   *
   * @param points points in the table
   * @param cells off-diagonal cells compared (both reachable, OSRM value > 0)
   * @param durationRatio p10, median, p90 of GraphHopper duration / OSRM duration
   * @param distanceRatio p10, median, p90 of GraphHopper distance / OSRM distance
   * @param meanDurationGh mean GraphHopper duration (s) over the compared cells
   * @param meanDurationOsrm mean OSRM duration (s) over the compared cells
   * @param maxSnapM largest GraphHopper snap distance of the OSRM locations (m)
   * @param matrixSeconds GraphHopper matrix time (s)
   */
  public record Result(int points, long cells, double[] durationRatio, double[] distanceRatio,
      double meanDurationGh, double meanDurationOsrm, double maxSnapM, double matrixSeconds) {}

  /** Computes GraphHopper's matrix on the table's source locations and compares. */
  public static Result compare(RoadNetwork net, OsrmTable t) throws UnsnappablePointsException {
    if (!t.isSquare() || t.sources().size() != t.rows()) {
      throw new IllegalArgumentException("need a square OSRM table with source locations");
    }
    int n = t.rows();
    double[] lat = new double[n];
    double[] lon = new double[n];
    for (int i = 0; i < n; i++) {
      lat[i] = t.sources().get(i).lat();
      lon[i] = t.sources().get(i).lon();
    }
    SnappedPoints pts = net.snap(lat, lon, 1000);
    RoadMatrix m = net.matrix(pts);
    double maxSnap = 0;
    for (int i = 0; i < n; i++) {
      maxSnap = Math.max(maxSnap, pts.snapDistance(i));
    }
    double[] dr = new double[n * n];
    double[] xr = new double[n * n];
    int c = 0;
    int cx = 0;
    double sumGh = 0;
    double sumOsrm = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        double od = t.durations()[i * n + j];
        if (i == j || !m.reachable(i, j) || !(od > 0) || Double.isInfinite(od)) {
          continue;
        }
        dr[c++] = m.durationSeconds(i, j) / od;
        sumGh += m.durationSeconds(i, j);
        sumOsrm += od;
        if (t.distances() != null && t.distances()[i * n + j] > 0) {
          xr[cx++] = m.distanceMeters(i, j) / t.distances()[i * n + j];
        }
      }
    }
    return new Result(n, c, quantiles(Arrays.copyOf(dr, c)), quantiles(Arrays.copyOf(xr, cx)),
        c == 0 ? 0 : sumGh / c, c == 0 ? 0 : sumOsrm / c, maxSnap, m.computeSeconds());
  }

  private static double[] quantiles(double[] v) {
    if (v.length == 0) {
      return new double[] {Double.NaN, Double.NaN, Double.NaN};
    }
    Arrays.sort(v);
    return new double[] {v[(int) (0.1 * (v.length - 1))], v[(v.length - 1) / 2], v[(int) (0.9 * (v.length - 1))]};
  }
}
