package org.routeforge.solver.problem;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * One optional part of a routing problem beyond "serve every stop once from one depot". The
 * {@link Features} of an instance are computed once; engines, the HTTP API and the docs all read
 * them from there.
 */
public enum Feature {
  /** Demands and vehicle capacities (one dimension). */
  CAPACITY("capacity", "demands and vehicle capacities"),
  /** A bounded time window on some stop or a bounded shift. */
  TIME_WINDOWS("time_windows", "a time window per stop, vehicle shifts"),
  /** Time spent at stops. */
  SERVICE_TIMES("service_times", "service time at stops"),
  /** A travel-time matrix apart from the distance matrix. */
  DURATION_MATRIX("duration_matrix", "travel times apart from distances"),
  /** Vehicles based at several locations. */
  MULTIPLE_DEPOTS("multiple_depots", "vehicles based at several depots"),
  /** Routes that do not end where they start (or have no start or end). */
  OPEN_ROUTES("open_routes", "routes with another end than start, or none"),
  /** More than one kind of vehicle. */
  HETEROGENEOUS_FLEET("heterogeneous_fleet", "several vehicle types, each with its count"),
  /** More than one capacity dimension. */
  CAPACITY_DIMENSIONS("capacity_dimensions", "several capacity dimensions"),
  /** A stop with more than one time window. */
  MULTIPLE_TIME_WINDOWS("multiple_time_windows", "several time windows on a stop"),
  /** Pickup-and-delivery pairs on one route, pickup first. */
  SHIPMENTS("shipments", "pickup-and-delivery pairs"),
  /** Stops that need vehicle skills. */
  SKILLS("skills", "skills a stop needs from its vehicle"),
  /** Driver breaks. */
  BREAKS("breaks", "driver breaks with a window and a duration"),
  /** Priorities: which stops to leave out first when not all fit. */
  PRIORITIES("priorities", "stop priorities (optional stops)"),
  /** Maximum route duration, distance or number of stops. */
  ROUTE_LIMITS("route_limits", "maximum route duration, distance or stops"),
  /** A fixed cost per used vehicle or a cost per unit of time. */
  VEHICLE_COSTS("vehicle_costs", "fixed cost per vehicle, cost per time");

  /** What the classic giant-tour engines (HGS memetic search, the plain OR-Tools model) handle. */
  public static final Set<Feature> CLASSIC =
      Collections.unmodifiableSet(EnumSet.of(CAPACITY, TIME_WINDOWS, SERVICE_TIMES, DURATION_MATRIX));
  /** Every feature. */
  public static final Set<Feature> ALL = Collections.unmodifiableSet(EnumSet.allOf(Feature.class));

  private final String wire;
  private final String description;

  Feature(String wire, String description) {
    this.wire = wire;
    this.description = description;
  }

  /** The snake_case name used in results, the API and the docs. */
  public String wire() {
    return wire;
  }

  /** What the feature is, in a few words. */
  public String description() {
    return description;
  }
}
