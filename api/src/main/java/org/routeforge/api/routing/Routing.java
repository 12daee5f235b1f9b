package org.routeforge.api.routing;

import org.routeforge.graph.matrix.GreatCircleSource;
import org.routeforge.graph.matrix.MatrixSource;
import org.routeforge.graph.matrix.RoadSource;
import org.routeforge.graph.roads.RoadNetwork;

/**
 * How this server turns coordinates into travel: on the road network loaded at start
 * ({@code roads_osm}, {@code serve --roads}) for the profiles it has, on the great circle at
 * {@value GreatCircleSource#DEFAULT_SPEED_KMH} km/h otherwise, and each answer says which.
 *
 * @implNote immutable and thread-safe.
 */
public final class Routing {
  /**
   * Most distinct locations of one request whose matrices are filled in from coordinates: a VROOM
   * request of 1 000 jobs, 100 shipments and 50 depots needs 1 250; the two matrices of 2 000
   * locations take 64 MB as doubles.
   */
  public static final int MAX_LOCATIONS = 2000;

  private final RoadSource roads;
  private final GreatCircleSource greatCircle = new GreatCircleSource();

  private Routing(RoadSource roads) {
    this.roads = roads;
  }

  /** Routing on {@code net}, or great-circle only when it is {@code null}. */
  public static Routing of(RoadNetwork net) {
    return new Routing(net == null ? null : new RoadSource(net));
  }

  /** The source used for a vehicle profile: the roads when they have it, else the great circle. */
  public MatrixSource sourceFor(String profile) {
    return roads != null && roads.hasProfile(profile) ? roads : greatCircle;
  }

  /** What {@link #sourceFor} means for a profile, in words, with the reason for a great-circle fallback. */
  public String describe(String profile) {
    if (roads == null) {
      return greatCircle.description(profile) + " (no road network loaded)";
    }
    if (!roads.hasProfile(profile)) {
      return greatCircle.description(profile) + " (the road network has no profile \"" + profile + "\")";
    }
    return roads.description(profile);
  }

  /** Fresh state for one request. */
  public RequestRouting forRequest() {
    return new RequestRouting(this);
  }
}
