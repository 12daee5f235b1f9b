package org.routeforge.data.io;

import java.util.List;
import org.routeforge.data.model.Instance;
import org.routeforge.data.model.PlannedRoute;

/**
 * An instance together with where its parts were read, for validation messages that name the line
 * (or JSON pointer) of the offending field, and the routes the input gave with it (warm start and
 * locks: RouteForge JSON's {@code plan}, VROOM's vehicle {@code steps}).
 *
 * @param instance the instance
 * @param where source positions of its stops, vehicles and matrix
 * @param plan the routes given with the instance (empty for formats without any)
 */
public record ParsedInstance(Instance instance, SourceMap where, List<PlannedRoute> plan) {
  public ParsedInstance {
    plan = List.copyOf(plan);
  }

  /** An instance without a plan. */
  public ParsedInstance(Instance instance, SourceMap where) {
    this(instance, where, List.of());
  }
}
