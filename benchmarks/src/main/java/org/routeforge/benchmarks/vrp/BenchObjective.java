package org.routeforge.benchmarks.vrp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.routeforge.data.model.Instance;
import org.routeforge.data.model.TravelMatrix;
import org.routeforge.data.model.VehicleType;

/**
 * What a suite run minimises. {@link #DISTANCE} is the total distance; {@link #VEHICLES_DISTANCE} is the
 * literature's hierarchical objective of the Li &amp; Lim (and Solomon "hier") tables: fewest vehicles
 * first, then distance.
 *
 * <p>The solver has no objective switch for the hierarchy, so it is expressed in the instance: every
 * vehicle gets a fixed cost {@link #vehicleCost} larger than any total distance a solution can have,
 * so one vehicle less always beats any distance saving. The reported cost is the distance alone.
 */
public enum BenchObjective {
  /** Total distance. */
  DISTANCE("distance"),
  /** Fewest vehicles first, then total distance. */
  VEHICLES_DISTANCE("vehicles-distance");

  private final String label;

  BenchObjective(String label) {
    this.label = label;
  }

  /** The name used on the command line and in {@code results.csv}. */
  public String label() {
    return label;
  }

  /** The instance whose total cost orders solutions by this objective. */
  public Instance apply(Instance in) {
    if (this == DISTANCE) {
      return in;
    }
    double m = vehicleCost(in);
    List<VehicleType> types = new ArrayList<>();
    for (VehicleType t : in.vehicleTypes()) {
      types.add(new VehicleType(t.id(), t.count(), t.capacity(), t.startLocation(), t.endLocation(), t.shift(),
          t.maxDuration(), t.maxDistance(), t.maxStops(), m, t.costPerDistance(), t.costPerTime(), t.skills(),
          t.breaks()));
    }
    return in.toBuilder().vehicleTypes(types).build();
  }

  /**
   * A bound on any solution's total distance: every route visits at least one stop, so a solution has
   * at most 2n edges (n stops), each no longer than the longest matrix entry; rounded up to a power of ten
   * so that costs stay readable.
   */
  static double vehicleCost(Instance in) {
    TravelMatrix d = in.distances();
    double longest = 0;
    int n = in.locations().size();
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        double v = d.get(i, j);
        if (v > longest && Double.isFinite(v)) {
          longest = v;
        }
      }
    }
    double bound = 2.0 * Math.max(1, in.stops().size()) * Math.max(1, longest);
    return Math.pow(10, Math.ceil(Math.log10(bound)));
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
