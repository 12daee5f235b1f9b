package org.routeforge.graph.roads;

import java.util.ArrayList;
import java.util.List;
import org.routeforge.data.io.osrm.OsrmTable;

/**
 * Converts {@link RoadMatrix} results to OSRM's {@code table} response shape ({@link OsrmTable} of
 * module data: durations in seconds, distances in metres, {@code null} = unreachable, snapped
 * waypoints with their snap distance), so RouteForge road matrices can replace OSRM's in other tools.
 */
public final class OsrmTables {
  private OsrmTables() {}

  /** The OSRM table of a road matrix, with the snapped positions as source/destination waypoints. */
  public static OsrmTable of(RoadMatrix m) {
    return new OsrmTable(m.rows(), m.cols(), m.durationsSeconds(), m.distancesMeters(), waypoints(m.sources()),
        waypoints(m.targets()));
  }

  /** The snapped points as OSRM waypoints ({@code [lon, lat]}, snap distance in metres). */
  public static List<OsrmTable.Waypoint> waypoints(SnappedPoints p) {
    List<OsrmTable.Waypoint> out = new ArrayList<>(p.size());
    for (int i = 0; i < p.size(); i++) {
      out.add(new OsrmTable.Waypoint(p.snappedLon(i), p.snappedLat(i), "", p.snapDistance(i)));
    }
    return out;
  }
}
