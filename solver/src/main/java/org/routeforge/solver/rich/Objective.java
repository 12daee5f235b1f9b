package org.routeforge.solver.rich;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.routeforge.data.model.Instance;
import org.routeforge.data.model.VehicleType;

/**
 * What a solve minimizes. Every objective puts serving stops first: the priority-weighted number of
 * unserved stops, {@code sum(1 + priority * (stops + 1))}, so one stop of a higher priority outweighs
 * all stops of priority 0. Then:
 * <ul>
 *   <li>{@link #COST}: the total cost, per used vehicle {@code fixedCost + costPerDistance * distance
 *       + costPerTime * duration} (the default);</li>
 *   <li>{@link #DISTANCE}: the total distance;</li>
 *   <li>{@link #DURATION}: the total route duration;</li>
 *   <li>{@link #VEHICLES_THEN_DISTANCE}: the number of routes, then the total distance;</li>
 *   <li>{@link #MIN_MAX}: the latest route end (makespan), then the total cost.</li>
 * </ul>
 * {@link #DISTANCE}, {@link #DURATION} and {@link #VEHICLES_THEN_DISTANCE} are costs: the search runs
 * on {@link #costsFor} (the same instance with the vehicle costs that price them; a fixed cost above
 * any distance for vehicles first), and the result is priced again under the instance's own costs.
 * The memetic engine compares exactly in this order; the OR-Tools engine folds the levels into one
 * integer objective with weights chosen so each level dominates the next in practice.
 */
public enum Objective {
  /** Minimize the total cost (the default). */
  COST,
  /** Minimize the total distance. */
  DISTANCE,
  /** Minimize the total route duration. */
  DURATION,
  /** Minimize the number of routes, then the total distance (the literature's order for VRPTW and PDPTW). */
  VEHICLES_THEN_DISTANCE,
  /** Minimize the latest route end first, then the total cost (min–max balancing). */
  MIN_MAX;

  /** The name in options and the CLI: {@code distance}, {@code vehicles-then-distance}, ... */
  public String wire() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * The objective named {@code wire}.
   *
   * @throws IllegalArgumentException naming the known objectives
   */
  public static Objective parse(String wire) {
    for (Objective o : values()) {
      if (o.wire().equalsIgnoreCase(wire.trim())) {
        return o;
      }
    }
    List<String> known = new ArrayList<>();
    for (Objective o : values()) {
      known.add(o.wire());
    }
    throw new IllegalArgumentException("objective '" + wire + "' is not one of " + known);
  }

  /** The instance whose vehicle costs price this objective ({@code inst} itself for COST and MIN_MAX). */
  public Instance costsFor(Instance inst) {
    if (this == COST || this == MIN_MAX) {
      return inst;
    }
    double fixed = vehicleCost(inst);
    List<VehicleType> types = new ArrayList<>();
    for (VehicleType t : inst.vehicleTypes()) {
      types.add(new VehicleType(t.id(), t.count(), t.capacity(), t.startLocation(), t.endLocation(), t.shift(),
          t.maxDuration(), t.maxDistance(), t.maxStops(), fixed, this == DURATION ? 0 : 1, this == DURATION ? 1 : 0,
          t.skills(), t.breaks()));
    }
    return inst.toBuilder().vehicleTypes(types).build();
  }

  /**
   * The fixed cost per vehicle this objective adds in {@link #costsFor} (0 but for
   * {@link #VEHICLES_THEN_DISTANCE}); progress events carry it in their costs.
   */
  public double vehicleCost(Instance inst) {
    return this == VEHICLES_THEN_DISTANCE ? distanceBound(inst) : 0;
  }

  /** More than the distance of any solution: every stop and every vehicle's two depot legs at the longest arc. */
  private static double distanceBound(Instance inst) {
    List<Integer> locs = new ArrayList<>();
    inst.stops().forEach(s -> locs.add(s.location()));
    for (VehicleType t : inst.vehicleTypes()) {
      if (t.startLocation() >= 0) {
        locs.add(t.startLocation());
      }
      if (t.endLocation() >= 0) {
        locs.add(t.endLocation());
      }
    }
    double longest = 0;
    for (int a : locs) {
      for (int b : locs) {
        double d = inst.distances().get(a, b);
        if (Double.isFinite(d)) {
          longest = Math.max(longest, d);
        }
      }
    }
    long legs = 2L * (inst.stops().size() + Math.min(inst.vehicleCount(), inst.stops().size()) + 1);
    return 1 + longest * legs;
  }
}
