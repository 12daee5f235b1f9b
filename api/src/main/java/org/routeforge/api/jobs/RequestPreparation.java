package org.routeforge.api.jobs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.routeforge.data.model.Instance;
import org.routeforge.data.model.PlannedRoute;
import org.routeforge.data.model.VehicleType;
import org.routeforge.solver.rich.Lock;
import org.routeforge.solver.rich.Objective;
import org.routeforge.solver.rich.RichFleet;
import org.routeforge.solver.rich.RichRequest;
import org.routeforge.solver.rich.RichRoute;

/**
 * Prepares a parsed request for the solver. Nothing is refused here: every feature the readers
 * accept reaches the solver, whose {@code Features} decide what runs. Vehicles given one by one
 * that are identical but for their id (as VROOM input lists them) are merged into one vehicle type,
 * so that a plain fleet stays a plain instance; {@link Normalized#vehicleId} maps a route's vehicle
 * back to the id the request gave it. The input's plan ({@link PlannedRoute}s: RouteForge JSON's
 * {@code plan}, VROOM's vehicle {@code steps}) becomes the routes the search starts from and the
 * locks ({@link #plan}, {@link Normalized#request}); an instance with a plan keeps its vehicle types
 * as given, so that the plan's vehicles stay the ones it names.
 *
 * @implNote stateless and thread-safe.
 */
public final class RequestPreparation {
  private RequestPreparation() {}

  /**
   * The instance to solve and what goes with it.
   *
   * @param instance the instance
   * @param mergedIds when its vehicles were merged into one type, the original vehicle ids in order
   *     (vehicle {@code k} of the merged type is {@code mergedIds().get(k)}); empty when nothing was merged
   * @param initialRoutes routes to start the search from (the plan's routes)
   * @param locks stops fixed to a vehicle, optionally in sequence (the plan's locks)
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
   * An instance and its plan ready for the solver: the plan becomes initial routes and locks; without
   * a plan the vehicles are merged as by {@link #normalize(Instance)}.
   *
   * @throws IllegalArgumentException when the plan names a vehicle the solver's fleet does not have
   *     (see {@link #plan})
   */
  public static Normalized prepare(Instance in, List<PlannedRoute> plan, List<String> ignoredFields,
      List<String> stopDescriptions, List<String> vehicleDescriptions) {
    Planned p = plan(in, plan);
    Normalized merged = plan.isEmpty() ? normalize(in) : new Normalized(in, List.of());
    return new Normalized(merged.instance(), merged.mergedIds(), p.initialRoutes(), p.locks(), ignoredFields,
        stopDescriptions, vehicleDescriptions);
  }

  /** A plan in the solver's terms: the routes to start from and the locks. */
  public record Planned(List<RichRoute> initialRoutes, List<Lock> locks) {}

  /**
   * The solver's routes and locks for {@code plan} on {@code in}: each planned route starts the search
   * on its vehicle ({@link RichFleet} numbering: vehicle {@code k} of type {@code t} is
   * {@code firstOfType(t) + k}), and its locked stops become a lock, in sequence for
   * {@link PlannedRoute.Lock#SEQUENCE}.
   *
   * @throws IllegalArgumentException when a planned vehicle lies beyond the solver's fleet, which
   *     holds at most one vehicle per stop of each type
   */
  public static Planned plan(Instance in, List<PlannedRoute> plan) {
    List<RichRoute> routes = new ArrayList<>();
    List<Lock> locks = new ArrayList<>();
    RichFleet fleet = RichFleet.of(in);
    for (PlannedRoute r : plan) {
      int t = r.vehicleType();
      int end = fleet.firstOfType(t + 1);
      int v = fleet.firstOfType(t) + r.vehicleIndex();
      if (r.vehicleIndex() < 0 || v >= end) {
        throw new IllegalArgumentException("the plan names vehicle " + r.vehicleIndex() + " of type \""
            + in.vehicleTypes().get(t).id() + "\", but with " + in.stops().size() + " stop(s) the solver uses at"
            + " most " + (end - fleet.firstOfType(t)) + " vehicle(s) of a type; number planned vehicles from 0");
      }
      routes.add(RichRoute.of(v, r.stops()));
      if (r.lock() != PlannedRoute.Lock.NONE) {
        locks.add(new Lock(v, r.locked(), r.lock() == PlannedRoute.Lock.SEQUENCE));
      }
    }
    return new Planned(routes, locks);
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
