package org.routeforge.data.model;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * A group of identical vehicles.
 *
 * @param id identifier as given by the input
 * @param count number of vehicles of this type available
 * @param capacity capacity per dimension
 * @param startLocation location index where routes start, or -1 for "anywhere" (open start)
 * @param endLocation location index where routes end, or -1 for an open route
 * @param shift when the vehicle may work ({@link TimeWindow#ALWAYS} when unconstrained)
 * @param maxDuration longest route duration (infinity = none)
 * @param maxDistance longest route distance (infinity = none)
 * @param maxStops most stops per route ({@link Integer#MAX_VALUE} = none)
 * @param fixedCost cost charged once per used vehicle
 * @param costPerDistance cost per distance unit
 * @param costPerTime cost per time unit
 * @param skills skills the vehicles have
 * @param breaks driver breaks
 * @implNote immutable: arrays and collections are copied.
 */
public record VehicleType(
    String id,
    int count,
    int[] capacity,
    int startLocation,
    int endLocation,
    TimeWindow shift,
    double maxDuration,
    double maxDistance,
    int maxStops,
    double fixedCost,
    double costPerDistance,
    double costPerTime,
    Set<String> skills,
    List<DriverBreak> breaks) {

  public VehicleType {
    capacity = capacity.clone();
    skills = Set.copyOf(skills);
    breaks = List.copyOf(breaks);
  }

  /** The classic CVRP fleet: {@code count} vehicles of one capacity based at {@code depot}. */
  public static VehicleType simple(int count, int capacity, int depot) {
    return new VehicleType("vehicle", count, new int[] {capacity}, depot, depot, TimeWindow.ALWAYS,
        Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Integer.MAX_VALUE, 0, 1, 0, Set.of(), List.of());
  }

  /** The same type with a shift window (the VRPTW depot window). */
  public VehicleType withShift(TimeWindow newShift) {
    return new VehicleType(id, count, capacity, startLocation, endLocation, newShift, maxDuration,
        maxDistance, maxStops, fixedCost, costPerDistance, costPerTime, skills, breaks);
  }

  /** The same type with another vehicle count. */
  public VehicleType withCount(int newCount) {
    return new VehicleType(id, newCount, capacity, startLocation, endLocation, shift, maxDuration,
        maxDistance, maxStops, fixedCost, costPerDistance, costPerTime, skills, breaks);
  }

  @Override
  public int[] capacity() {
    return capacity.clone();
  }

  /** Capacity in dimension {@code d} (0 when the type has fewer dimensions). */
  public int capacity(int d) {
    return d < capacity.length ? capacity[d] : 0;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof VehicleType)) {
      return false;
    }
    VehicleType v = (VehicleType) o;
    return id.equals(v.id) && count == v.count && Arrays.equals(capacity, v.capacity)
        && startLocation == v.startLocation && endLocation == v.endLocation && shift.equals(v.shift)
        && Double.compare(maxDuration, v.maxDuration) == 0 && Double.compare(maxDistance, v.maxDistance) == 0
        && maxStops == v.maxStops && Double.compare(fixedCost, v.fixedCost) == 0
        && Double.compare(costPerDistance, v.costPerDistance) == 0
        && Double.compare(costPerTime, v.costPerTime) == 0 && skills.equals(v.skills) && breaks.equals(v.breaks);
  }

  @Override
  public int hashCode() {
    return id.hashCode() * 31 + count * 17 + Arrays.hashCode(capacity);
  }
}
