package org.routeforge.graph.roads;

import com.graphhopper.storage.index.Snap;
import com.graphhopper.util.shapes.GHPoint3D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.routeforge.data.io.InputException;

/**
 * Points snapped to a {@link RoadNetwork}: for each input point its snapped position on the nearest
 * car road and the snap distance, or the reason it could not be snapped. Unsnappable points are
 * reported by index and never moved somewhere else.
 *
 * @implNote immutable; GraphHopper {@link Snap} objects are copied before each use because building a
 *     query graph rewrites them.
 */
public final class SnappedPoints {
  private final double[] lat;
  private final double[] lon;
  private final Snap[] snaps;
  private final double[] snapDistance;
  private final int[] unsnappable;
  private final String[] reasons;

  private SnappedPoints(double[] lat, double[] lon, Snap[] snaps, double[] snapDistance, int[] unsnappable,
      String[] reasons) {
    this.lat = lat;
    this.lon = lon;
    this.snaps = snaps;
    this.snapDistance = snapDistance;
    this.unsnappable = unsnappable;
    this.reasons = reasons;
  }

  static SnappedPoints of(double[] lat, double[] lon, Snap[] raw, double maxSnapMeters) {
    int n = lat.length;
    double[] dist = new double[n];
    String[] reasons = new String[n];
    int[] bad = new int[n];
    int nb = 0;
    Snap[] kept = new Snap[n];
    for (int i = 0; i < n; i++) {
      Snap s = raw[i];
      if (s == null) {
        reasons[i] = String.format(Locale.ROOT, "(%s, %s) is not a valid latitude/longitude", lat[i], lon[i]);
      } else if (!s.isValid()) {
        reasons[i] = String.format(Locale.ROOT, "(%.6f, %.6f) has no car road nearby (outside the map?)",
            lat[i], lon[i]);
      } else if (s.getQueryDistance() > maxSnapMeters) {
        reasons[i] = String.format(Locale.ROOT, "(%.6f, %.6f) is %.0f m from the nearest car road (limit %.0f m)",
            lat[i], lon[i], s.getQueryDistance(), maxSnapMeters);
      }
      if (reasons[i] != null) {
        bad[nb++] = i;
        dist[i] = Double.NaN;
      } else {
        kept[i] = s;
        dist[i] = s.getQueryDistance();
      }
    }
    return new SnappedPoints(lat.clone(), lon.clone(), kept, dist, java.util.Arrays.copyOf(bad, nb), reasons);
  }

  /** Number of input points. */
  public int size() {
    return lat.length;
  }

  /** Indices of the points that could not be snapped, ascending. */
  public int[] unsnappable() {
    return unsnappable.clone();
  }

  /** Whether every point was snapped. */
  public boolean allSnapped() {
    return unsnappable.length == 0;
  }

  /** Why point {@code i} could not be snapped, or {@code null} if it was. */
  public String reason(int i) {
    return reasons[i];
  }

  /** Distance in metres from point {@code i} to its snapped position ({@code NaN} if unsnappable). */
  public double snapDistance(int i) {
    return snapDistance[i];
  }

  /** Input latitude of point {@code i}. */
  public double inputLat(int i) {
    return lat[i];
  }

  /** Input longitude of point {@code i}. */
  public double inputLon(int i) {
    return lon[i];
  }

  /** Snapped latitude of point {@code i} ({@code NaN} if unsnappable). */
  public double snappedLat(int i) {
    return snaps[i] == null ? Double.NaN : snaps[i].getSnappedPoint().lat;
  }

  /** Snapped longitude of point {@code i} ({@code NaN} if unsnappable). */
  public double snappedLon(int i) {
    return snaps[i] == null ? Double.NaN : snaps[i].getSnappedPoint().lon;
  }

  /**
   * Throws when a point could not be snapped, naming every such point by index.
   *
   * @param source what the points came from (a file name, "request"), used in the messages
   */
  public void requireAllSnapped(String source) throws UnsnappablePointsException {
    if (unsnappable.length == 0) {
      return;
    }
    List<InputException.Problem> problems = new ArrayList<>();
    for (int i : unsnappable) {
      problems.add(InputException.Problem.atPointer(source, "/" + i, "point " + i, reasons[i]));
    }
    throw new UnsnappablePointsException(problems, unsnappable);
  }

  /** A fresh copy of point {@code i}'s snap (query graphs rewrite snaps, so each use needs its own). */
  Snap freshSnap(int i) {
    Snap s = snaps[i];
    if (s == null) {
      throw new IllegalStateException("point " + i + " is unsnappable: " + reasons[i]);
    }
    Snap c = new Snap(s.getQueryPoint().lat, s.getQueryPoint().lon);
    c.setClosestNode(s.getClosestNode());
    c.setClosestEdge(s.getClosestEdge());
    c.setWayIndex(s.getWayIndex());
    c.setSnappedPosition(s.getSnappedPosition());
    c.setQueryDistance(s.getQueryDistance());
    GHPoint3D p = s.getSnappedPoint();
    c.setSnappedPoint(new GHPoint3D(p.lat, p.lon, p.ele));
    return c;
  }
}
