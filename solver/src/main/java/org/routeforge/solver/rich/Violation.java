package org.routeforge.solver.rich;

/**
 * One broken constraint found by {@link RichEvaluator}.
 *
 * @param kind which constraint
 * @param route index into the evaluated route list, or -1 when not tied to a route
 * @param stop stop index, or -1 when not tied to a stop
 * @param message what is wrong, with the numbers
 */
public record Violation(Kind kind, int route, int stop, String message) {
  /** The constraints the evaluator checks. */
  public enum Kind {
    /** A stop or vehicle index out of range, or a stop visited twice. */
    STRUCTURE,
    /** A vehicle drives two routes, or more vehicles of a type than it has. */
    VEHICLE_COUNT,
    /** Load above capacity in some dimension at some point of the route. */
    CAPACITY,
    /** Service starts outside every window of a stop. */
    TIME_WINDOW,
    /** The route ends after the shift closes. */
    SHIFT,
    /** Route duration above the type's maximum. */
    MAX_DURATION,
    /** Route distance above the type's maximum. */
    MAX_DISTANCE,
    /** More stops than the type allows. */
    MAX_STOPS,
    /** The vehicle lacks a skill the stop needs. */
    SKILL,
    /** A pickup and its delivery on different vehicles, in the wrong order, or only one served. */
    PICKUP_DELIVERY,
    /** A break missing, badly placed or starting outside its window. */
    BREAK,
    /** A locked stop not on its vehicle or out of its locked sequence. */
    LOCK,
    /** Infinite travel cost on the route. */
    UNREACHABLE
  }
}
