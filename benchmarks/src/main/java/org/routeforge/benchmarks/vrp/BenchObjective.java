package org.routeforge.benchmarks.vrp;

import java.util.Locale;
import org.routeforge.data.model.Instance;
import org.routeforge.solver.rich.Objective;

/**
 * What a suite run minimises, as the solver's {@link Objective}: {@link #DISTANCE} is the total
 * distance; {@link #VEHICLES_DISTANCE} is the literature's hierarchical objective of the Li &amp; Lim (and
 * Solomon "hier") tables, fewest vehicles first, then distance. The reported cost is the distance alone.
 */
public enum BenchObjective {
  /** Total distance. */
  DISTANCE("distance", Objective.DISTANCE),
  /** Fewest vehicles first, then total distance. */
  VEHICLES_DISTANCE("vehicles-distance", Objective.VEHICLES_THEN_DISTANCE);

  private final String label;
  private final Objective objective;

  BenchObjective(String label, Objective objective) {
    this.label = label;
    this.objective = objective;
  }

  /** The name used on the command line and in {@code results.csv}. */
  public String label() {
    return label;
  }

  /** The objective the solver is asked to minimise. */
  public Objective solverObjective() {
    return objective;
  }

  /** The fixed cost per vehicle inside the progress costs of a run on {@code in} (0 for distance). */
  public double vehicleCost(Instance in) {
    return objective.vehicleCost(in);
  }

  /** The objective named {@code s} ({@code distance}, {@code vehicles-distance}). */
  public static BenchObjective parse(String s) {
    for (BenchObjective o : values()) {
      if (o.label.equals(s.trim().toLowerCase(Locale.ROOT))) {
        return o;
      }
    }
    throw new IllegalArgumentException("unknown objective '" + s + "'; use distance or vehicles-distance");
  }
}
