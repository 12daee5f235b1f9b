package org.routeforge.solver.problem;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.routeforge.data.model.Instance;
import org.routeforge.data.model.Stop;
import org.routeforge.data.model.TimeWindow;
import org.routeforge.data.model.VehicleType;

/**
 * The features an instance uses, computed once by {@link #of(Instance)}. This is the one place that
 * decides what an instance needs: which engine implementation and operators run
 * ({@code Solver}), what options apply, and what the results and the API report.
 *
 * @implNote immutable and thread-safe.
 */
public final class Features {
  private final Set<Feature> present;

  private Features(Set<Feature> present) {
    this.present = Collections.unmodifiableSet(present.isEmpty() ? EnumSet.noneOf(Feature.class) : EnumSet.copyOf(present));
  }

  /** The features of {@code inst}. */
  public static Features of(Instance inst) {
    EnumSet<Feature> f = EnumSet.noneOf(Feature.class);
    for (Stop s : inst.stops()) {
      for (int d = 0; d < s.demand().length; d++) {
        if (s.demand(d) != 0) {
          f.add(Feature.CAPACITY);
        }
      }
      if (s.serviceTime() > 0) {
        f.add(Feature.SERVICE_TIMES);
      }
      for (TimeWindow w : s.timeWindows()) {
        if (!w.isUnbounded()) {
          f.add(Feature.TIME_WINDOWS);
        }
      }
      if (s.timeWindows().size() > 1) {
        f.add(Feature.MULTIPLE_TIME_WINDOWS);
      }
      if (!s.skills().isEmpty()) {
        f.add(Feature.SKILLS);
      }
      if (s.priority() != 0) {
        f.add(Feature.PRIORITIES);
      }
    }
    if (inst.capacityDimensions() > 1) {
      f.add(Feature.CAPACITY_DIMENSIONS);
    }
    if (!inst.shipments().isEmpty()) {
      f.add(Feature.SHIPMENTS);
    }
    if (inst.hasSeparateDurations()) {
      f.add(Feature.DURATION_MATRIX);
    }
    if (inst.vehicleTypes().size() > 1) {
      f.add(Feature.HETEROGENEOUS_FLEET);
    }
    Set<Integer> bases = new HashSet<>();
    for (VehicleType vt : inst.vehicleTypes()) {
      bases.add(vt.startLocation() >= 0 ? vt.startLocation() : vt.endLocation());
      if (vt.startLocation() < 0 || vt.endLocation() < 0 || vt.startLocation() != vt.endLocation()) {
        f.add(Feature.OPEN_ROUTES);
      }
      if (!vt.shift().isUnbounded()) {
        f.add(Feature.TIME_WINDOWS);
      }
      if (!vt.breaks().isEmpty()) {
        f.add(Feature.BREAKS);
      }
      if (Double.isFinite(vt.maxDuration()) || Double.isFinite(vt.maxDistance()) || vt.maxStops() != Integer.MAX_VALUE) {
        f.add(Feature.ROUTE_LIMITS);
      }
      if (vt.fixedCost() != 0 || vt.costPerTime() != 0) {
        f.add(Feature.VEHICLE_COSTS);
      }
    }
    if (bases.size() > 1) {
      f.add(Feature.MULTIPLE_DEPOTS);
    }
    return new Features(f);
  }

  /** Features given explicitly (tests, docs). */
  public static Features of(Set<Feature> present) {
    return new Features(present);
  }

  /** Whether the instance uses {@code f}. */
  public boolean has(Feature f) {
    return present.contains(f);
  }

  /** Whether every feature used is in {@code supported}. */
  public boolean within(Set<Feature> supported) {
    return supported.containsAll(present);
  }

  /** The features used that are not in {@code supported}, in declaration order. */
  public List<Feature> outside(Set<Feature> supported) {
    List<Feature> out = new ArrayList<>();
    for (Feature f : present) {
      if (!supported.contains(f)) {
        out.add(f);
      }
    }
    return out;
  }

  /** The features used. */
  public Set<Feature> asSet() {
    return present;
  }

  /** The wire names of the features used, in declaration order. */
  public List<String> names() {
    return names(present);
  }

  /** The wire names of {@code features}, in declaration order. */
  public static List<String> names(Iterable<Feature> features) {
    List<String> out = new ArrayList<>();
    for (Feature f : features) {
      out.add(f.wire());
    }
    return out;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Features other && other.present.equals(present);
  }

  @Override
  public int hashCode() {
    return present.hashCode();
  }

  @Override
  public String toString() {
    return names().toString();
  }
}
