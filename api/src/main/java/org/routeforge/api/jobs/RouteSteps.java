package org.routeforge.api.jobs;

import java.util.ArrayList;
import java.util.List;
import org.routeforge.data.model.DriverBreak;
import org.routeforge.data.model.Instance;
import org.routeforge.data.model.Shipment;
import org.routeforge.data.model.Stop;
import org.routeforge.data.model.VehicleType;
import org.routeforge.solver.model.Route;

/**
 * The steps of one evaluated route as both JSON outputs write them: start, each stop (a job, or a
 * shipment's pickup or delivery), each driver break where it is taken, end; with arrival, waiting,
 * service, the load per dimension after the step, and the travel time and distance driven so far.
 * Times and loads come from the solver's one evaluator ({@link Route}); nothing is re-simulated here.
 *
 * @param type {@code start}, {@code job}, {@code pickup}, {@code delivery}, {@code break} or {@code end}
 * @param stopIndex the stop (index into {@code Instance.stops()}), or -1
 * @param breakIndex the break (index into the vehicle type's breaks), or -1
 * @param location the location index, or -1 (open start or end)
 * @param arrival arrival time (a break: its start)
 * @param waiting waiting before service
 * @param service service time (a break: its duration)
 * @param load load per dimension after the step
 * @param travel travel time driven so far
 * @param distance distance driven so far
 */
public record RouteSteps(String type, int stopIndex, int breakIndex, int location, double arrival, double waiting,
    double service, long[] load, double travel, double distance) {

  /** The steps of {@code r}. */
  public static List<RouteSteps> of(Instance in, Route r) {
    VehicleType vt = in.vehicleTypes().get(r.vehicleType());
    int n = in.stops().size();
    byte[] role = new byte[n]; // 0 job, 1 pickup, 2 delivery
    for (Shipment sh : in.shipments()) {
      role[sh.pickup()] = 1;
      role[sh.delivery()] = 2;
    }
    int[] stops = r.stops();
    double[] arrivals = r.arrivals();
    double[] waits = r.waits();
    double[] breakStarts = r.breakStarts();
    long[] load = r.startLoad();
    List<RouteSteps> out = new ArrayList<>();
    int prev = vt.startLocation();
    double travel = 0;
    double dist = 0;
    out.add(new RouteSteps("start", -1, -1, prev, r.departure(), 0, 0, load.clone(), 0, 0));
    boolean[] placed = new boolean[breakStarts.length];
    for (int i = 0; i <= stops.length; i++) {
      int next = i < stops.length ? in.stops().get(stops[i]).location() : vt.endLocation();
      double legTime = prev >= 0 && next >= 0 ? in.durations().get(prev, next) : 0;
      double legDist = prev >= 0 && next >= 0 ? in.distances().get(prev, next) : 0;
      for (int b = 0; b < breakStarts.length; b++) {
        // a break belongs before the first stop reached after it starts
        if (!placed[b] && !Double.isNaN(breakStarts[b]) && (i == stops.length || breakStarts[b] < arrivals[i] - 1e-9)) {
          DriverBreak br = vt.breaks().get(b);
          placed[b] = true;
          out.add(new RouteSteps("break", -1, b, -1, breakStarts[b], 0, br.duration(), load.clone(), travel, dist));
        }
      }
      travel += legTime;
      dist += legDist;
      if (i == stops.length) {
        break;
      }
      Stop s = in.stops().get(stops[i]);
      for (int d = 0; d < load.length; d++) {
        load[d] += role[stops[i]] == 1 ? s.demand(d) : -s.demand(d);
      }
      String type = role[stops[i]] == 1 ? "pickup" : role[stops[i]] == 2 ? "delivery" : "job";
      out.add(new RouteSteps(type, stops[i], -1, s.location(), arrivals[i], waits[i], s.serviceTime(), load.clone(),
          travel, dist));
      prev = s.location();
    }
    out.add(new RouteSteps("end", -1, -1, vt.endLocation(), r.end(), 0, 0, load.clone(), travel, dist));
    return out;
  }
}
