package org.routeforge.solver;

import java.util.List;
import java.util.Set;
import org.routeforge.data.model.DriverBreak;
import org.routeforge.data.model.TimeWindow;
import org.routeforge.data.model.VehicleType;

/**
 * A vehicle type under construction for tests' small instances (defaults: 1 vehicle, capacity 100, cost 1 per
 * distance, no limits); {@link #add()} appends it to the instance's list of types.
 *
 * @param <O> the instance builder it belongs to, returned by {@link #then()}
 */
public final class VehicleTypeBuilder<O> {
  private final List<VehicleType> types;
  private final O owner;
  private final int start;
  private final int end;
  private int count = 1;
  private int[] capacity = {100};
  private TimeWindow shift = TimeWindow.ALWAYS;
  private double maxDuration = Double.POSITIVE_INFINITY;
  private double maxDistance = Double.POSITIVE_INFINITY;
  private int maxStops = Integer.MAX_VALUE;
  private double fixed;
  private double perDistance = 1;
  private double perTime;
  private Set<String> skills = Set.of();
  private List<DriverBreak> breaks = List.of();

  /**
   * A type starting at location {@code start} and ending at {@code end} (-1: open), added to {@code types},
   * the vehicle types of {@code owner}.
   */
  public VehicleTypeBuilder(O owner, List<VehicleType> types, int start, int end) {
    this.owner = owner;
    this.types = types;
    this.start = start;
    this.end = end;
  }

  public VehicleTypeBuilder<O> count(int c) {
    count = c;
    return this;
  }

  public VehicleTypeBuilder<O> capacity(int... c) {
    capacity = c;
    return this;
  }

  public VehicleTypeBuilder<O> shift(double open, double close) {
    shift = new TimeWindow(open, close);
    return this;
  }

  public VehicleTypeBuilder<O> maxDuration(double d) {
    maxDuration = d;
    return this;
  }

  public VehicleTypeBuilder<O> maxDistance(double d) {
    maxDistance = d;
    return this;
  }

  public VehicleTypeBuilder<O> maxStops(int s) {
    maxStops = s;
    return this;
  }

  public VehicleTypeBuilder<O> fixed(double f) {
    fixed = f;
    return this;
  }

  public VehicleTypeBuilder<O> perDistance(double c) {
    perDistance = c;
    return this;
  }

  public VehicleTypeBuilder<O> perTime(double c) {
    perTime = c;
    return this;
  }

  public VehicleTypeBuilder<O> skills(String... s) {
    skills = Set.of(s);
    return this;
  }

  public VehicleTypeBuilder<O> breakAt(double open, double close, double duration) {
    List<DriverBreak> more = new java.util.ArrayList<>(breaks);
    more.add(new DriverBreak(breaks.isEmpty() ? "break" : "break-" + breaks.size(), new TimeWindow(open, close),
        duration));
    breaks = List.copyOf(more);
    return this;
  }

  /** Adds the type and returns its type index. */
  public int add() {
    types.add(new VehicleType("t" + types.size(), count, capacity, start, end, shift, maxDuration, maxDistance,
        maxStops, fixed, perDistance, perTime, skills, breaks));
    return types.size() - 1;
  }

  /** Adds the type and returns the instance builder, for another type or the instance. */
  public O then() {
    add();
    return owner;
  }
}
