package org.routeforge.data.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A vehicle routing instance: locations with travel costs, the stops to serve, pickup–delivery pairs
 * and the fleet. This is the model every module shares; readers produce it, solvers read it through
 * {@link CompactInstance}, writers serialise it.
 *
 * <p>Location indices are positions in {@link #locations()}; matrices are indexed the same way.
 * Depots are the vehicles' start/end locations. Nothing here caps the size of an instance.
 *
 * @implNote immutable and thread-safe.
 */
public final class Instance {
  private final String name;
  private final List<Location> locations;
  private final boolean geographic;
  private final TravelMatrix distances;
  private final TravelMatrix durations;
  private final List<Stop> stops;
  private final List<Shipment> shipments;
  private final List<VehicleType> vehicleTypes;

  private Instance(Builder b) {
    this.name = Objects.requireNonNull(b.name, "name");
    this.locations = List.copyOf(b.locations);
    this.geographic = b.geographic;
    this.distances = Objects.requireNonNull(b.distances, "distances");
    this.durations = b.durations == null ? b.distances : b.durations;
    this.stops = List.copyOf(b.stops);
    this.shipments = List.copyOf(b.shipments);
    this.vehicleTypes = List.copyOf(b.vehicleTypes);
  }

  public static Builder builder(String name) {
    return new Builder(name);
  }

  /** A builder pre-filled with this instance's content. */
  public Builder toBuilder() {
    Builder b = new Builder(name);
    b.locations.addAll(locations);
    b.geographic = geographic;
    b.distances = distances;
    b.durations = durations == distances ? null : durations;
    b.stops.addAll(stops);
    b.shipments.addAll(shipments);
    b.vehicleTypes.addAll(vehicleTypes);
    return b;
  }

  public String name() {
    return name;
  }

  public List<Location> locations() {
    return locations;
  }

  /** Whether coordinates are longitude/latitude (as in VROOM and OSRM) rather than planar. */
  public boolean geographic() {
    return geographic;
  }

  /** Distance matrix (location × location). */
  public TravelMatrix distances() {
    return distances;
  }

  /** Duration matrix (location × location); the distance matrix when no separate one was given. */
  public TravelMatrix durations() {
    return durations;
  }

  /** Whether a separate duration matrix was given. */
  public boolean hasSeparateDurations() {
    return durations != distances;
  }

  public List<Stop> stops() {
    return stops;
  }

  public List<Shipment> shipments() {
    return shipments;
  }

  public List<VehicleType> vehicleTypes() {
    return vehicleTypes;
  }

  /** Total number of vehicles over all types. */
  public int vehicleCount() {
    long sum = 0;
    for (VehicleType v : vehicleTypes) {
      sum += v.count();
    }
    return (int) Math.min(Integer.MAX_VALUE, sum);
  }

  /** Number of capacity dimensions (the widest demand or capacity vector). */
  public int capacityDimensions() {
    int d = 0;
    for (Stop s : stops) {
      d = Math.max(d, s.demand().length);
    }
    for (VehicleType v : vehicleTypes) {
      d = Math.max(d, v.capacity().length);
    }
    return d;
  }

  /** Whether any stop has a bounded time window or any vehicle a bounded shift. */
  public boolean hasTimeWindows() {
    for (Stop s : stops) {
      for (TimeWindow w : s.timeWindows()) {
        if (!w.isUnbounded()) {
          return true;
        }
      }
    }
    for (VehicleType v : vehicleTypes) {
      if (!v.shift().isUnbounded()) {
        return true;
      }
    }
    return false;
  }

  /** Whether every location has coordinates. */
  public boolean hasCoordinates() {
    for (Location l : locations) {
      if (!l.hasCoordinates()) {
        return false;
      }
    }
    return !locations.isEmpty();
  }

  /**
   * The same instance with coordinate-derived matrices recomputed under another rounding rule.
   * Explicit matrices are kept as they are.
   */
  public Instance withRounding(Rounding rounding) {
    if (!(distances instanceof EuclideanMatrix)) {
      return this;
    }
    double[] x = new double[locations.size()];
    double[] y = new double[locations.size()];
    for (int i = 0; i < x.length; i++) {
      x[i] = locations.get(i).x();
      y[i] = locations.get(i).y();
    }
    EuclideanMatrix m = new EuclideanMatrix(x, y, rounding);
    Builder b = toBuilder();
    b.distances = m;
    if (durations instanceof EuclideanMatrix) {
      b.durations = null;
    }
    return b.build();
  }

  /** The rounding of coordinate-derived distances, or {@code null} for explicit matrices. */
  public Rounding rounding() {
    return distances instanceof EuclideanMatrix ? ((EuclideanMatrix) distances).rounding() : null;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Instance)) {
      return false;
    }
    Instance i = (Instance) o;
    return name.equals(i.name) && locations.equals(i.locations) && geographic == i.geographic
        && distances.equals(i.distances) && durations.equals(i.durations) && stops.equals(i.stops)
        && shipments.equals(i.shipments) && vehicleTypes.equals(i.vehicleTypes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, locations, stops, vehicleTypes);
  }

  @Override
  public String toString() {
    return "Instance[" + name + ", " + stops.size() + " stops, " + vehicleCount() + " vehicles]";
  }

  /** Mutable builder; {@link #build()} makes the immutable instance. */
  public static final class Builder {
    private String name;
    private final List<Location> locations = new ArrayList<>();
    private boolean geographic;
    private TravelMatrix distances;
    private TravelMatrix durations;
    private final List<Stop> stops = new ArrayList<>();
    private final List<Shipment> shipments = new ArrayList<>();
    private final List<VehicleType> vehicleTypes = new ArrayList<>();

    private Builder(String name) {
      this.name = name;
    }

    public Builder name(String n) {
      this.name = n;
      return this;
    }

    /** Adds a location and returns its index. */
    public int addLocation(Location l) {
      locations.add(l);
      return locations.size() - 1;
    }

    public Builder locations(List<Location> ls) {
      locations.clear();
      locations.addAll(ls);
      return this;
    }

    public Builder geographic(boolean g) {
      this.geographic = g;
      return this;
    }

    public Builder distances(TravelMatrix m) {
      this.distances = m;
      return this;
    }

    public Builder durations(TravelMatrix m) {
      this.durations = m;
      return this;
    }

    /** Uses Euclidean distances of the locations' coordinates under {@code rounding}. */
    public Builder euclidean(Rounding rounding) {
      double[] x = new double[locations.size()];
      double[] y = new double[locations.size()];
      for (int i = 0; i < x.length; i++) {
        x[i] = locations.get(i).x();
        y[i] = locations.get(i).y();
      }
      this.distances = new EuclideanMatrix(x, y, rounding);
      return this;
    }

    /** Adds a stop and returns its index. */
    public int addStop(Stop s) {
      stops.add(s);
      return stops.size() - 1;
    }

    public Builder stops(List<Stop> ss) {
      stops.clear();
      stops.addAll(ss);
      return this;
    }

    public Builder addShipment(Shipment s) {
      shipments.add(s);
      return this;
    }

    public Builder addVehicleType(VehicleType v) {
      vehicleTypes.add(v);
      return this;
    }

    public Builder vehicleTypes(List<VehicleType> vs) {
      vehicleTypes.clear();
      vehicleTypes.addAll(vs);
      return this;
    }

    public Instance build() {
      return new Instance(this);
    }
  }
}
