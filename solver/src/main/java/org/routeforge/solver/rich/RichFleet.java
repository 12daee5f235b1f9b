package org.routeforge.solver.rich;

import org.routeforge.data.model.Instance;
import org.routeforge.data.model.VehicleType;

/**
 * The individual vehicles of an instance's fleet: type {@code t}'s vehicles are numbered after those
 * of types {@code 0..t-1}. A type's count is capped at the number of stops (more vehicles than stops
 * can never all be used), so "unlimited" fleets stay small.
 */
public final class RichFleet {
  private final int[] typeOf;
  private final int[] firstOfType;

  private RichFleet(Instance inst) {
    int types = inst.vehicleTypes().size();
    firstOfType = new int[types + 1];
    int cap = Math.max(1, inst.stops().size());
    for (int t = 0; t < types; t++) {
      firstOfType[t + 1] = firstOfType[t] + Math.max(0, Math.min(inst.vehicleTypes().get(t).count(), cap));
    }
    typeOf = new int[firstOfType[types]];
    for (int t = 0; t < types; t++) {
      for (int v = firstOfType[t]; v < firstOfType[t + 1]; v++) {
        typeOf[v] = t;
      }
    }
  }

  /** The fleet of {@code inst}. */
  public static RichFleet of(Instance inst) {
    return new RichFleet(inst);
  }

  /** Number of vehicles (after capping). */
  public int vehicleCount() {
    return typeOf.length;
  }

  /** The vehicle type index of vehicle {@code v}. */
  public int typeOf(int v) {
    return typeOf[v];
  }

  /** The first vehicle of type {@code t}. */
  public int firstOfType(int t) {
    return firstOfType[t];
  }

  /** The first vehicle of type {@code t} without a route in {@code st}, or -1. */
  int firstUnused(RichSearch.State st, int t) {
    for (int v = firstOfType[t]; v < firstOfType[t + 1]; v++) {
      if (st.len[v] == 0) {
        return v;
      }
    }
    return -1;
  }

  /** The type of vehicle {@code v}. */
  public VehicleType type(Instance inst, int v) {
    return inst.vehicleTypes().get(typeOf[v]);
  }
}
