package org.routeforge.solver.rich;

import java.util.List;
import java.util.Objects;
import org.routeforge.data.model.Instance;
import org.routeforge.data.model.Rounding;

/**
 * A rich solve request: the instance plus what a re-optimization during the day adds, the objective,
 * the routes to start from (warm start) and the stops locked to vehicles.
 *
 * @param instance the instance
 * @param objective what to minimize
 * @param initialRoutes routes to start the search from (may be empty); break positions are ignored
 * @param locks stops fixed to a vehicle (and optionally in sequence)
 */
public record RichRequest(Instance instance, Objective objective, List<RichRoute> initialRoutes, List<Lock> locks) {
  public RichRequest {
    Objects.requireNonNull(instance, "instance");
    Objects.requireNonNull(objective, "objective");
    initialRoutes = List.copyOf(initialRoutes);
    locks = List.copyOf(locks);
  }

  /** Minimum total cost, no warm start, no locks. */
  public static RichRequest of(Instance instance) {
    return new RichRequest(instance, Objective.COST, List.of(), List.of());
  }

  /** The same request with another objective. */
  public RichRequest withObjective(Objective o) {
    return new RichRequest(instance, o, initialRoutes, locks);
  }

  /** The same request with a warm start. */
  public RichRequest withInitialRoutes(List<RichRoute> routes) {
    return new RichRequest(instance, objective, routes, locks);
  }

  /** The same request with locks. */
  public RichRequest withLocks(List<Lock> l) {
    return new RichRequest(instance, objective, initialRoutes, l);
  }

  /** The same request with coordinate-derived costs under {@code rounding}; itself when null. */
  public RichRequest withRounding(Rounding rounding) {
    return rounding == null ? this
        : new RichRequest(instance.withRounding(rounding), objective, initialRoutes, locks);
  }

  /** The weight of leaving a stop of {@code priority} unserved (see {@link Objective}). */
  public static double unservedWeight(int priority, int stops) {
    return 1.0 + (double) Math.max(0, priority) * (stops + 1);
  }
}
