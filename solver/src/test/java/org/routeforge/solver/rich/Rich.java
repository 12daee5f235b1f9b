package org.routeforge.solver.rich;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.routeforge.data.model.Instance;
import org.routeforge.data.model.Location;
import org.routeforge.data.model.Rounding;
import org.routeforge.data.model.Shipment;
import org.routeforge.data.model.Stop;
import org.routeforge.data.model.TimeWindow;
import org.routeforge.data.model.VehicleType;
import org.routeforge.solver.SolveOptions;
import org.routeforge.solver.VehicleTypeBuilder;
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

    VehicleTypeBuilder<B> vehicle(int start, int end) {
      return new VehicleTypeBuilder<>(this, types, start, end);
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
