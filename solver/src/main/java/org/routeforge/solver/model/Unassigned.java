package org.routeforge.solver.model;

/**
 * A stop the solution does not serve, with the reason, numbered as GraphHopper's route optimization
 * API does: {@value #SKILL} skill, {@value #TIME_WINDOW} time window, {@value #CAPACITY} capacity,
 * {@value #MAX_DISTANCE} max distance, {@value #MAX_DURATION} max duration, {@value #NOT_ROUTED} not
 * routed by the search, {@value #UNREACHABLE} location unreachable.
 *
 * @param stopIndex index into {@code Instance.stops()}
 * @param code the reason code
 * @param reason the constraint, in words
 * @param detail the numbers behind it (which values clash)
 */
public record Unassigned(int stopIndex, int code, String reason, String detail) {
  /** No vehicle has a skill the stop needs. */
  public static final int SKILL = 1;
  /** The stop's time window cannot be reached (or returned from) within the shift. */
  public static final int TIME_WINDOW = 2;
  /** The stop's demand exceeds every vehicle's capacity. */
  public static final int CAPACITY = 3;
  /** Visiting the stop alone exceeds the longest allowed route distance. */
  public static final int MAX_DISTANCE = 4;
  /** Visiting the stop alone exceeds the longest allowed route duration. */
  public static final int MAX_DURATION = 21;
  /** The search left the stop out (e.g. no vehicle left for it). */
  public static final int NOT_ROUTED = 22;
  /** The stop's location cannot be reached from the depot (infinite travel cost). */
  public static final int UNREACHABLE = 50;
}
