package org.routeforge.api.jobs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.routeforge.data.io.vroom.VroomInput;
import org.routeforge.data.model.Instance;
import org.routeforge.data.model.VehicleType;
import org.routeforge.solver.rich.Lock;
import org.routeforge.solver.rich.Objective;
import org.routeforge.solver.rich.RichRequest;
import org.routeforge.solver.rich.RichRoute;

/**
 * Prepares a parsed request for the solver. Nothing is refused here: every feature the readers
 * accept reaches the solver, whose {@code Features} decide what runs. Vehicles given one by one
 * that are identical but for their id (as VROOM input lists them) are merged into one vehicle type,
 * so that a plain fleet stays a plain instance; {@link Normalized#vehicleId} maps a route's vehicle
 * back to the id the request gave it. A VROOM request's vehicle {@code steps} become the routes the
 * search starts from and its bounded steps locks ({@link Normalized#request}); vehicles with steps
 * are never merged.
 *
 * @implNote stateless and thread-safe.
 */
public final class SolverSupport {
  private SolverSupport() {}

  /**
   * The instance to solve and what goes with it.
   *
   * @param instance the instance
   * @param mergedIds when its vehicles were merged into one type, the original vehicle ids in order
   *     (vehicle {@code k} of the merged type is {@code mergedIds().get(k)}); empty when nothing was merged
   * @param initialRoutes routes to start the search from (VROOM vehicle steps)
   * @param locks stops fixed to a vehicle and in sequence (VROOM steps with service bounds)
   * @param ignoredFields JSON pointers of request fields that were not used
   * @param stopDescriptions per stop its description, or null (empty when the format has none)
   * @param vehicleDescriptions per vehicle type its description, or null (empty when the format has none)
   */
  public record Normalized(Instance instance, List<String> mergedIds, List<RichRoute> initialRoutes, List<Lock> locks,
      List<String> ignoredFields, List<String> stopDescriptions, List<String> vehicleDescriptions) {
    public Normalized {
      mergedIds = List.copyOf(mergedIds);
      initialRoutes = List.copyOf(initialRoutes);
      locks = List.copyOf(locks);
      ignoredFields = List.copyOf(ignoredFields);
      stopDescriptions = Collections.unmodifiableList(new ArrayList<>(stopDescriptions));
      vehicleDescriptions = Collections.unmodifiableList(new ArrayList<>(vehicleDescriptions));
    }

    /** An instance with nothing else. */
    public Normalized(Instance instance, List<String> mergedIds) {
      this(instance, mergedIds, List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** The request's id of vehicle {@code indexInType} of type {@code type}. */
    public String vehicleId(int type, int indexInType) {
      if (!mergedIds.isEmpty() && indexInType >= 0 && indexInType < mergedIds.size()) {
        return mergedIds.get(indexInType);
      }
      return instance.vehicleTypes().get(type).id();
    }

    /** The solver's request: the instance under {@code objective} with the warm start and locks. */
    public RichRequest request(Objective objective) {
      return new RichRequest(instance, objective, initialRoutes, locks);
    }

    /** The description of stop {@code i}, or null. */
    public String stopDescription(int i) {
      return i < stopDescriptions.size() ? stopDescriptions.get(i) : null;
    }

    /** The description of vehicle type {@code t}, or null (none once vehicles were merged). */
    public String vehicleDescription(int t) {
      return mergedIds.isEmpty() && t < vehicleDescriptions.size() ? vehicleDescriptions.get(t) : null;
    }
  }

  /**
   * A VROOM request ready for the solver: its steps become initial routes (each VROOM vehicle is a
   * type of count 1, so type index and vehicle index agree) and locks; without steps its vehicles
   * are merged as by {@link #normalize(Instance)}.
   */
  public static Normalized normalize(Instance in, VroomInput.Request vroom) {
    List<RichRoute> routes = new ArrayList<>();
    List<Lock> locks = new ArrayList<>();
    for (VroomInput.VehicleSteps s : vroom.steps()) {
      if (s.stops().length > 0) {
        routes.add(new RichRoute(s.vehicle(), s.stops(), s.breakPositions()));
      }
      if (s.pinned().length > 0) {
        locks.add(new Lock(s.vehicle(), s.pinned(), true));
      }
    }
    List<String> merged = routes.isEmpty() && locks.isEmpty() ? normalize(in).mergedIds() : List.of();
    Instance out = merged.isEmpty() ? in : normalize(in).instance();
    return new Normalized(out, merged, routes, locks, vroom.ignoredFields(), vroom.stopDescriptions(),
        vroom.vehicleDescriptions());
  }

  /** Merges vehicle types that are identical but for their id; leaves every other instance as it is. */
  public static Normalized normalize(Instance in) {
    List<VehicleType> types = in.vehicleTypes();
    if (types.size() <= 1) {
      return new Normalized(in, List.of());
    }
    VehicleType first = types.get(0);
    List<String> ids = new ArrayList<>();
    long count = 0;
    for (VehicleType v : types) {
      if (!sameButIdAndCount(first, v)) {
        return new Normalized(in, List.of());
      }
      for (int k = 0; k < v.count() && ids.size() < 100_000; k++) {
        ids.add(v.id());
      }
      count += v.count();
    }
    VehicleType merged = first.withCount((int) Math.min(Integer.MAX_VALUE, count));
    return new Normalized(in.toBuilder().vehicleTypes(List.of(merged)).build(), ids);
  }

  private static boolean sameButIdAndCount(VehicleType a, VehicleType b) {
    return Arrays.equals(a.capacity(), b.capacity()) && a.startLocation() == b.startLocation()
        && a.endLocation() == b.endLocation() && a.shift().equals(b.shift())
        && Double.compare(a.maxDuration(), b.maxDuration()) == 0
        && Double.compare(a.maxDistance(), b.maxDistance()) == 0 && a.maxStops() == b.maxStops()
        && Double.compare(a.fixedCost(), b.fixedCost()) == 0
        && Double.compare(a.costPerDistance(), b.costPerDistance()) == 0
        && Double.compare(a.costPerTime(), b.costPerTime()) == 0 && a.skills().equals(b.skills())
        && a.breaks().equals(b.breaks());
  }
}
