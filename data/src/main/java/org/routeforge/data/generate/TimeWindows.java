package org.routeforge.data.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.routeforge.data.model.Instance;
import org.routeforge.data.model.Stop;
import org.routeforge.data.model.TimeWindow;
import org.routeforge.data.model.TravelMatrix;

/**
 * Adds Solomon-like time windows to a single-depot instance: every customer gets a service time and
 * an integer window of width uniform in [5%, 25%] of the horizon, centred uniformly on the times at
 * which a vehicle leaving the depot at 0 can start service and still return by the horizon
 * {@code H = 2 * max_i (d(0,i) + s + d(i,0))}. Every customer is thus feasible on its own.
 */
public final class TimeWindows {
  private TimeWindows() {}

  /** The instance with windows, service time {@code service} per customer and shift [0, H]. */
  public static Instance add(Instance in, SplittableRandom rnd, int service) {
    int depot = in.vehicleTypes().get(0).startLocation();
    TravelMatrix t = in.durations();
    double longest = 0;
    for (Stop s : in.stops()) {
      longest = Math.max(longest, t.get(depot, s.location()) + service + t.get(s.location(), depot));
    }
    int horizon = (int) Math.ceil(2 * longest);
    List<Stop> stops = new ArrayList<>(in.stops().size());
    for (Stop s : in.stops()) {
      int earliest = (int) Math.ceil(t.get(depot, s.location()));
      int latest = horizon - service - (int) Math.ceil(t.get(s.location(), depot));
      int width = (int) Math.round(horizon * (0.05 + 0.20 * rnd.nextDouble()));
      int centre = earliest + rnd.nextInt(Math.max(1, latest - earliest + 1));
      int open = Math.max(0, centre - width / 2);
      int close = Math.max(earliest, Math.min(latest, centre + width / 2));
      open = Math.min(open, close);
      stops.add(new Stop(s.id(), s.location(), s.demand(), service, List.of(new TimeWindow(open, close)), Set.of(),
          s.priority()));
    }
    Instance.Builder b = in.toBuilder().stops(stops);
    b.vehicleTypes(List.of(in.vehicleTypes().get(0).withShift(new TimeWindow(0, horizon))));
    return b.build();
  }
}
