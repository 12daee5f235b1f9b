package org.routeforge.data.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * A route given together with an instance, in no particular input format: which vehicle drives it,
 * the stops it starts from (a warm start: the search begins with them in this order and may change
 * everything) and which of them are locked to the vehicle (a lock: they stay on it, with
 * {@link Lock#SEQUENCE} also in the listed relative order). VROOM's vehicle {@code steps} and
 * RouteForge JSON's {@code plan} both become routes of this kind.
 *
 * @param vehicleType index into {@link Instance#vehicleTypes()}
 * @param vehicleIndex which vehicle of that type ({@code 0..count-1})
 * @param stops stop indices into {@link Instance#stops()}, in visiting order
 * @param lock how the {@code locked} stops are held
 * @param locked the locked stops, a subset of {@code stops} in their order; empty when {@code lock}
 *     is {@link Lock#NONE}
 * @implNote immutable: arrays are copied.
 */
public record PlannedRoute(int vehicleType, int vehicleIndex, int[] stops, Lock lock, int[] locked) {

  /** How a planned route's locked stops are held. */
  public enum Lock {
    /** Nothing is locked: the route is only a warm start. */
    NONE,
    /** The locked stops stay on the vehicle, in any order. */
    ROUTE,
    /** The locked stops stay on the vehicle in the listed relative order (others may come between). */
    SEQUENCE;

    /** The name in RouteForge JSON: {@code none}, {@code route}, {@code sequence}. */
    public String wire() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public PlannedRoute {
    Objects.requireNonNull(lock, "lock");
    stops = stops.clone();
    locked = locked.clone();
    if ((lock == Lock.NONE) != (locked.length == 0)) {
      throw new IllegalArgumentException("lock " + lock.wire() + " with " + locked.length + " locked stops");
    }
  }

  /** A warm start only. */
  public static PlannedRoute warmStart(int vehicleType, int vehicleIndex, int... stops) {
    return new PlannedRoute(vehicleType, vehicleIndex, stops, Lock.NONE, new int[0]);
  }

  /** The route with all of its stops locked as {@code lock} says (a warm start for {@link Lock#NONE}). */
  public static PlannedRoute locked(int vehicleType, int vehicleIndex, Lock lock, int... stops) {
    return new PlannedRoute(vehicleType, vehicleIndex, stops, lock, lock == Lock.NONE ? new int[0] : stops);
  }

  @Override
  public int[] stops() {
    return stops.clone();
  }

  @Override
  public int[] locked() {
    return locked.clone();
  }

  /** Whether every stop of the route is locked. */
  public boolean lockedWhole() {
    return lock != Lock.NONE && Arrays.equals(stops, locked);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PlannedRoute r && r.vehicleType == vehicleType && r.vehicleIndex == vehicleIndex
        && Arrays.equals(r.stops, stops) && r.lock == lock && Arrays.equals(r.locked, locked);
  }

  @Override
  public int hashCode() {
    return Objects.hash(vehicleType, vehicleIndex, Arrays.hashCode(stops), lock, Arrays.hashCode(locked));
  }

  @Override
  public String toString() {
    return "PlannedRoute[type " + vehicleType + " #" + vehicleIndex + " " + Arrays.toString(stops) + " lock "
        + lock.wire() + " " + Arrays.toString(locked) + "]";
  }
}
