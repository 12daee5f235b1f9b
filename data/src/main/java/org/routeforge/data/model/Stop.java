package org.routeforge.data.model;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * A customer visit (a delivery, a pickup, or one half of a pickup–delivery pair).
 *
 * @param id stable identifier as given by the input
 * @param location index into {@link Instance#locations()}
 * @param demand amount per capacity dimension (positive: delivered from the depot, or picked up)
 * @param serviceTime time spent at the stop
 * @param timeWindows one or more windows for the start of service (empty = always)
 * @param skills skills a vehicle must have to serve the stop
 * @param priority higher is more important when not every stop fits (0 = default)
 * @implNote immutable: arrays and collections are copied.
 */
public record Stop(
    String id,
    int location,
    int[] demand,
    double serviceTime,
    List<TimeWindow> timeWindows,
    Set<String> skills,
    int priority) {

  public Stop {
    demand = demand.clone();
    timeWindows = List.copyOf(timeWindows);
    skills = Set.copyOf(skills);
  }

  /** A plain CVRP stop with one demand dimension. */
  public static Stop simple(String id, int location, int demand) {
    return new Stop(id, location, new int[] {demand}, 0, List.of(), Set.of(), 0);
  }

  @Override
  public int[] demand() {
    return demand.clone();
  }

  /** Demand in dimension {@code d} (0 when the stop has fewer dimensions). */
  public int demand(int d) {
    return d < demand.length ? demand[d] : 0;
  }

  /** Earliest opening over all windows (0 when unconstrained). */
  public double earliest() {
    return timeWindows.isEmpty() ? 0 : timeWindows.get(0).open();
  }

  /** Latest closing over all windows (infinity when unconstrained). */
  public double latest() {
    return timeWindows.isEmpty() ? Double.POSITIVE_INFINITY : timeWindows.get(timeWindows.size() - 1).close();
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Stop)) {
      return false;
    }
    Stop s = (Stop) o;
    return id.equals(s.id) && location == s.location && Arrays.equals(demand, s.demand)
        && Double.compare(serviceTime, s.serviceTime) == 0 && timeWindows.equals(s.timeWindows)
        && skills.equals(s.skills) && priority == s.priority;
  }

  @Override
  public int hashCode() {
    return id.hashCode() * 31 + location * 17 + Arrays.hashCode(demand);
  }

  @Override
  public String toString() {
    return "Stop[" + id + "@" + location + " demand=" + Arrays.toString(demand) + "]";
  }
}
