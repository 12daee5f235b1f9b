package org.routeforge.solver;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.routeforge.data.model.Instance;
import org.routeforge.data.model.Location;
import org.routeforge.data.model.Rounding;
import org.routeforge.data.model.Stop;
import org.routeforge.data.model.TimeWindow;
import org.routeforge.data.model.VehicleType;

/** Random small CVRP/VRPTW instances built in code for the solver's tests. */
public final class TestInstances {
  private TestInstances() {}

  /**
   * A random instance with {@code customers} stops on a 100 x 100 square, depot in the middle.
   *
   * @param timeWindows whether stops get windows (width 30..130 in a horizon of 400) and service 10
   */
  public static Instance random(long seed, int customers, int capacity, boolean timeWindows) {
    Random rnd = new Random(seed);
    Instance.Builder b = Instance.builder("rand-" + seed + "-" + customers + (timeWindows ? "-tw" : ""));
    b.addLocation(new Location("0", 50, 50));
    double horizon = 400;
    List<Stop> stops = new ArrayList<>();
    for (int i = 1; i <= customers; i++) {
      double x = rnd.nextDouble() * 100;
      double y = rnd.nextDouble() * 100;
      int loc = b.addLocation(new Location(Integer.toString(i), x, y));
      int demand = 1 + rnd.nextInt(Math.max(1, capacity / 3));
      List<TimeWindow> tw = List.of();
      double service = 0;
      if (timeWindows) {
        double direct = Math.hypot(x - 50, y - 50);
        double open = direct + rnd.nextDouble() * (horizon - 2 * direct - 140);
        tw = List.of(new TimeWindow(Math.max(0, open), Math.max(0, open) + 30 + rnd.nextDouble() * 100));
        service = 10;
      }
      stops.add(new Stop(Integer.toString(i), loc, new int[] {demand}, service, tw, Set.of(), 0));
    }
    b.stops(stops);
    b.euclidean(Rounding.EXACT);
    VehicleType vt = VehicleType.simple(customers, capacity, 0);
    if (timeWindows) {
      vt = vt.withShift(new TimeWindow(0, horizon));
    }
    b.addVehicleType(vt);
    return b.build();
  }
}
