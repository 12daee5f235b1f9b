package org.routeforge.graph.matrix;

import com.graphhopper.GHRequest;
import com.graphhopper.GHResponse;
import com.graphhopper.util.shapes.GHPoint;
import java.util.ArrayList;
import java.util.List;
import org.routeforge.graph.roads.RoadMatrix;
import org.routeforge.graph.roads.RoadNetwork;
import org.routeforge.graph.roads.SnappedPoints;
import org.routeforge.graph.roads.UnsnappablePointsException;

/**
 * Travel on a {@link RoadNetwork} (GraphHopper, car profile): matrices with the bucket many-to-many
 * search on its contraction hierarchy, geometry from GraphHopper's own route through the points.
 * A point farther than {@code maxSnapMeters} from a car road is unsnappable and reported by index.
 *
 * @implNote thread-safe: the network is read-only and each call uses its own search state.
 */
public final class RoadSource implements MatrixSource {
  /** Snap distance used when none is given (the {@code /v1/matrix} default). */
  public static final double DEFAULT_MAX_SNAP_M = 500;

  private final RoadNetwork net;
  private final double maxSnapMeters;

  public RoadSource(RoadNetwork net, double maxSnapMeters) {
    this.net = net;
    this.maxSnapMeters = maxSnapMeters;
  }

  public RoadSource(RoadNetwork net) {
    this(net, DEFAULT_MAX_SNAP_M);
  }

  @Override
  public boolean hasProfile(String profile) {
    return RoadNetwork.PROFILE.equals(profile);
  }

  @Override
  public String description(String profile) {
    return "roads (GraphHopper, " + RoadNetwork.PROFILE + ", " + net.report().osm().getFileName() + ")";
  }

  @Override
  public TravelTable table(double[] lon, double[] lat, String profile) throws UnsnappablePointsException {
    requireProfile(profile);
    GreatCircleSource.checkedSize(lon, lat);
    SnappedPoints points = net.snap(lat, lon, maxSnapMeters);
    RoadMatrix m = net.matrix(points);
    return new TravelTable(points.size(), m.durationsSeconds(), m.distancesMeters());
  }

  @Override
  public String polyline(double[] lon, double[] lat, String profile) throws UnsnappablePointsException {
    requireProfile(profile);
    GreatCircleSource.checkedSize(lon, lat);
    net.snap(lat, lon, maxSnapMeters).requireAllSnapped("route");
    if (lon.length < 2) {
      return new GreatCircleSource().polyline(lon, lat, profile); // nothing to drive: the point itself
    }
    List<GHPoint> pts = new ArrayList<>(lon.length);
    for (int i = 0; i < lon.length; i++) {
      pts.add(new GHPoint(lat[i], lon[i]));
    }
    GHRequest req = new GHRequest(pts).setProfile(RoadNetwork.PROFILE);
    req.putHint("instructions", false);
    req.putHint("calc_points", true);
    GHResponse rsp = net.hopper().route(req);
    if (rsp.hasErrors()) {
      throw new IllegalArgumentException("GraphHopper found no route through the " + lon.length + " points: "
          + rsp.getErrors().get(0).getMessage());
    }
    return Polyline.encode(rsp.getBest().getPoints());
  }

  private static void requireProfile(String profile) {
    if (!RoadNetwork.PROFILE.equals(profile)) {
      throw new IllegalArgumentException("the road network has profile " + RoadNetwork.PROFILE + ", not " + profile);
    }
  }
}
