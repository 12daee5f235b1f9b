package org.routeforge.graph.matrix;

import com.graphhopper.util.PointList;

/**
 * Travel along the great circle (haversine on the mean Earth radius) at a fixed speed: the fallback
 * when no road network is loaded, for every profile. Its geometry is the straight line through the
 * points, which is what it routes on.
 *
 * @implNote immutable and thread-safe.
 */
public final class GreatCircleSource implements MatrixSource {
  /** The speed used when none is given. */
  public static final double DEFAULT_SPEED_KMH = 50;
  /** Mean Earth radius (IUGG), metres. */
  public static final double EARTH_RADIUS_M = 6_371_008.8;

  private final double speedKmh;

  /** A source at {@code speedKmh}. */
  public GreatCircleSource(double speedKmh) {
    if (!(speedKmh > 0) || Double.isInfinite(speedKmh)) {
      throw new IllegalArgumentException("speed must be positive, got " + speedKmh);
    }
    this.speedKmh = speedKmh;
  }

  /** A source at {@value #DEFAULT_SPEED_KMH} km/h. */
  public GreatCircleSource() {
    this(DEFAULT_SPEED_KMH);
  }

  @Override
  public boolean hasProfile(String profile) {
    return true;
  }

  @Override
  public String description(String profile) {
    return "great-circle at " + (speedKmh == Math.rint(speedKmh) ? Long.toString((long) speedKmh) : Double.toString(speedKmh))
        + " km/h";
  }

  @Override
  public TravelTable table(double[] lon, double[] lat, String profile) {
    int n = checkedSize(lon, lat);
    double[] dist = new double[n * n];
    double[] dur = new double[n * n];
    double metresPerSecond = speedKmh / 3.6;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        double d = i == j ? 0 : metres(lon[i], lat[i], lon[j], lat[j]);
        dist[i * n + j] = d;
        dur[i * n + j] = d / metresPerSecond;
      }
    }
    return new TravelTable(n, dur, dist);
  }

  @Override
  public String polyline(double[] lon, double[] lat, String profile) {
    checkedSize(lon, lat);
    PointList pl = new PointList(lon.length, false);
    for (int i = 0; i < lon.length; i++) {
      pl.add(lat[i], lon[i]);
    }
    return Polyline.encode(pl);
  }

  /** Great-circle distance in metres between two points given in degrees. */
  public static double metres(double lon1, double lat1, double lon2, double lat2) {
    double p1 = Math.toRadians(lat1);
    double p2 = Math.toRadians(lat2);
    double dLat = p2 - p1;
    double dLon = Math.toRadians(lon2 - lon1);
    double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
        + Math.cos(p1) * Math.cos(p2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
    return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
  }

  static int checkedSize(double[] lon, double[] lat) {
    if (lon.length != lat.length) {
      throw new IllegalArgumentException(lon.length + " longitudes but " + lat.length + " latitudes");
    }
    for (int i = 0; i < lon.length; i++) {
      if (!(Math.abs(lon[i]) <= 180 && Math.abs(lat[i]) <= 90)) {
        throw new IllegalArgumentException("point " + i + " is not a [lon, lat] in degrees: [" + lon[i] + ", " + lat[i] + "]");
      }
    }
    return lon.length;
  }
}
