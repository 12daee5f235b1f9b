package org.routeforge.api.jobs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.routeforge.data.model.Instance;
import org.routeforge.data.model.VehicleType;

/**
 * Prepares a parsed request for the solver. Nothing is refused here: every feature the readers
 * accept reaches the solver, whose {@code Features} decide what runs. Vehicles given one by one
 * that are identical but for their id (as VROOM input lists them) are merged into one vehicle type,
 * so that a plain fleet stays a plain instance; {@link Normalized#vehicleId} maps a route's vehicle
 * back to the id the request gave it.
 *
 * @implNote stateless and thread-safe.
 */
public final class SolverSupport {
  private SolverSupport() {}

  /**
   * The instance to solve and, when its vehicles were merged into one type, the original vehicle
   * ids in order (vehicle {@code k} of the merged type is {@code mergedIds().get(k)}); empty when
   * nothing was merged.
   */
  public record Normalized(Instance instance, List<String> mergedIds) {
    public Normalized {
      mergedIds = List.copyOf(mergedIds);
    }

    /** The request's id of vehicle {@code indexInType} of type {@code type}. */
    public String vehicleId(int type, int indexInType) {
      if (!mergedIds.isEmpty() && indexInType >= 0 && indexInType < mergedIds.size()) {
        return mergedIds.get(indexInType);
      }
      return instance.vehicleTypes().get(type).id();
    }
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
