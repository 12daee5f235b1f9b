package org.routeforge.solver.rich;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.routeforge.data.model.DriverBreak;
import org.routeforge.data.model.Instance;
import org.routeforge.data.model.Location;
import org.routeforge.data.model.Rounding;
import org.routeforge.data.model.Shipment;
import org.routeforge.data.model.Stop;
import org.routeforge.data.model.TimeWindow;
import org.routeforge.data.model.VehicleType;
import org.routeforge.solver.SolveOptions;
import org.routeforge.solver.ortools.OrToolsEngine;

/** Small rich instances built in code, and one way to solve them with either engine, for the tests. */
final class Rich {
  private Rich() {}

  /** Both engines, for parameterized tests. */
  enum Engine {
    MEMETIC, ORTOOLS;

    RichResult solve(RichRequest req) {
      if (this == MEMETIC) {
        SolveOptions o = SolveOptions.builder().timeLimit(Duration.ofSeconds(20)).iterationLimit(30).seed(3).build();
        return new RichMemeticEngine().solveRich(req, o, null, null);
      }
      SolveOptions o = SolveOptions.builder().timeLimit(Duration.ofMillis(1500)).iterationLimit(300).seed(3).engine(SolveOptions.EngineKind.ORTOOLS).build();
      return new OrToolsEngine().solveRich(req, o, null, null);
    }
  }

  /** A fluent instance under construction: Euclidean distances (exact), durations = distances. */
  static final class B {
    final List<Location> locs = new ArrayList<>();
    final List<Stop> stops = new ArrayList<>();
    final List<Shipment> shipments = new ArrayList<>();
    final List<VehicleType> types = new ArrayList<>();

    int loc(double x, double y) {
      locs.add(new Location("l" + locs.size(), x, y));
      return locs.size() - 1;
    }

    int stop(double x, double y, int... demand) {
      return stop(x, y, 0, List.of(), Set.of(), 0, demand);
    }

    int stop(double x, double y, double service, List<TimeWindow> windows, Set<String> skills, int priority,
        int... demand) {
      int l = loc(x, y);
      stops.add(new Stop("s" + stops.size(), l, demand.length == 0 ? new int[] {1} : demand, service, windows,
          skills, priority));
      return stops.size() - 1;
    }

    void shipment(int pickup, int delivery) {
      shipments.add(new Shipment(pickup, delivery));
    }

    V vehicle(int start, int end) {
      return new V(this, start, end);
    }

    Instance build() {
      Instance.Builder b = Instance.builder("rich-test");
      b.locations(locs);
      b.euclidean(Rounding.EXACT);
      b.stops(stops);
      for (Shipment s : shipments) {
        b.addShipment(s);
      }
      b.vehicleTypes(types);
      return b.build();
    }
  }

  /** A vehicle type under construction (defaults: 1 vehicle, capacity 100, no limits, cost 1 per distance). */
  static final class V {
    private final B owner;
    int count = 1;
    int[] capacity = {100};
    final int start;
    final int end;
    TimeWindow shift = TimeWindow.ALWAYS;
    double maxDuration = Double.POSITIVE_INFINITY;
    double maxDistance = Double.POSITIVE_INFINITY;
    int maxStops = Integer.MAX_VALUE;
    double fixed;
    double perTime;
    Set<String> skills = Set.of();
    List<DriverBreak> breaks = List.of();

    V(B owner, int start, int end) {
      this.owner = owner;
      this.start = start;
      this.end = end;
    }

    V count(int c) {
      count = c;
      return this;
    }

    V capacity(int... c) {
      capacity = c;
      return this;
    }

    V shift(double open, double close) {
      shift = new TimeWindow(open, close);
      return this;
    }

    V maxDuration(double d) {
      maxDuration = d;
      return this;
    }

    V maxDistance(double d) {
      maxDistance = d;
      return this;
    }

    V maxStops(int s) {
      maxStops = s;
      return this;
    }

    V fixed(double f) {
      fixed = f;
      return this;
    }

    V skills(String... s) {
      skills = Set.of(s);
      return this;
    }

    V breakAt(double open, double close, double duration) {
      breaks = List.of(new DriverBreak("break", new TimeWindow(open, close), duration));
      return this;
    }

    /** Adds the type to the instance and returns its type index. */
    int add() {
      owner.types.add(new VehicleType("t" + owner.types.size(), count, capacity, start, end, shift, maxDuration,
          maxDistance, maxStops, fixed, 1, perTime, skills, breaks));
      return owner.types.size() - 1;
    }
  }

  /** The route serving {@code stop}, or null. */
  static RichRoute routeOf(RichResult r, int stop) {
    for (RichRoute route : r.routes()) {
      for (int s : route.stops()) {
        if (s == stop) {
          return route;
        }
      }
    }
    return null;
  }
}
