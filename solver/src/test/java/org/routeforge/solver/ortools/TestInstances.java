package org.routeforge.solver.ortools;

import java.util.List;
import java.util.Random;
import java.util.Set;
import org.routeforge.data.model.Instance;
import org.routeforge.data.model.Location;
import org.routeforge.data.model.Rounding;
import org.routeforge.data.model.Stop;
import org.routeforge.data.model.TimeWindow;
import org.routeforge.data.model.VehicleType;

/** Small random CVRP and VRPTW instances built in code for the OR-Tools tests. */
final class TestInstances {
  private TestInstances() {}

  /** A random CVRP: {@code stops} customers on a 100 x 100 square, depot in the middle, nint distances. */
  static Instance cvrp(int stops, int capacity, int vehicles, long seed) {
    Random rnd = new Random(seed);
    Instance.Builder b = Instance.builder("cvrp-" + stops + "-" + seed);
    b.addLocation(location("depot", 50, 50));
    for (int i = 0; i < stops; i++) {
      int loc = b.addLocation(location("c" + (i + 1), rnd.nextInt(101), rnd.nextInt(101)));
      b.addStop(Stop.simple("c" + (i + 1), loc, 1 + rnd.nextInt(9)));
    }
    b.euclidean(Rounding.NINT);
    b.addVehicleType(VehicleType.simple(vehicles, capacity, 0));
    return b.build();
  }

  /**
   * A random VRPTW with Solomon-like windows around a feasible arrival time, service 10, a depot
   * shift [0, 1000], trunc1 distances.
   */
  static Instance vrptw(int stops, int capacity, int vehicles, long seed) {
    Random rnd = new Random(seed);
    Instance.Builder b = Instance.builder("vrptw-" + stops + "-" + seed);
    b.addLocation(location("depot", 50, 50));
    for (int i = 0; i < stops; i++) {
      double x = rnd.nextInt(101);
      double y = rnd.nextInt(101);
      int loc = b.addLocation(location("c" + (i + 1), x, y));
      double direct = Math.hypot(x - 50, y - 50);
      double open = Math.ceil(direct) + rnd.nextInt(600);
      b.addStop(stop("c" + (i + 1), loc, 1 + rnd.nextInt(9), 10, open, open + 60 + rnd.nextInt(120)));
    }
    b.euclidean(Rounding.TRUNC1);
    b.addVehicleType(VehicleType.simple(vehicles, capacity, 0).withShift(new TimeWindow(0, 1000)));
    return b.build();
  }

  static Stop stop(String id, int location, int demand, double service, double open, double close) {
    return new Stop(id, location, new int[] {demand}, service, List.of(new TimeWindow(open, close)),
        Set.of(), 0);
  }

  static Location location(String id, double x, double y) {
    return new Location(id, x, y);
  }
}
