package org.routeforge.api.jobs;

import java.util.ArrayList;
import java.util.List;
import org.routeforge.data.io.vroom.VroomSolution;
import org.routeforge.data.model.Instance;
import org.routeforge.data.model.Location;
import org.routeforge.data.model.Stop;
import org.routeforge.data.model.TravelMatrix;
import org.routeforge.data.model.VehicleType;
import org.routeforge.solver.model.Route;
import org.routeforge.solver.model.Solution;
import org.routeforge.solver.model.Unassigned;

/**
 * Converts a solution of a VROOM request into VROOM's output shape ({@link VroomSolution}): per
 * route the vehicle id, cost, service, travel duration, waiting time, distance and delivered
 * amounts, and steps {@code start}, {@code job}..., {@code end} with arrival, cumulated travel
 * duration and distance, and the load after the step. Values are rounded to integers as VROOM's are.
 *
 * @implNote stateless and thread-safe.
 */
public final class VroomOutput {
  private VroomOutput() {}

  /** The VROOM answer for {@code s}, solved on {@code n.instance()}. */
  public static VroomSolution of(SolverSupport.Normalized n, Solution s) {
    Instance in = n.instance();
    TravelMatrix dm = in.distances();
    TravelMatrix tm = in.durations();
    boolean coords = in.hasCoordinates();
    List<VroomSolution.Route> routes = new ArrayList<>();
    long tService = 0;
    long tDuration = 0;
    long tWaiting = 0;
    long tDistance = 0;
    long tCost = 0;
    long tDelivery = 0;
    int k = 0;
    for (Route r : s.routes()) {
      VehicleType vt = in.vehicleTypes().get(r.vehicleType());
      long vehicle = idNumber(k < n.vehicleIds().size() ? n.vehicleIds().get(k) : vt.id(), k);
      k++;
      int[] stops = r.stops();
      double[] arr = r.arrivals();
      double[] waits = r.waits();
      List<VroomSolution.Step> steps = new ArrayList<>();
      int prev = vt.startLocation();
      double travel = 0;
      double dist = 0;
      long load = r.load();
      double depart = arr.length == 0 ? vt.shift().open()
          : arr[0] - tm.get(prev, in.stops().get(stops[0]).location());
      steps.add(new VroomSolution.Step("start", null, loc(in, prev, coords), prev, 0, 0, 0,
          new int[] {(int) load}, Math.round(depart), 0, 0L));
      long service = 0;
      double waiting = 0;
      for (int i = 0; i < stops.length; i++) {
        Stop st = in.stops().get(stops[i]);
        travel += tm.get(prev, st.location());
        dist += dm.get(prev, st.location());
        load -= st.demand(0);
        service += Math.round(st.serviceTime());
        waiting += waits[i];
        steps.add(new VroomSolution.Step("job", idNumber(st.id(), stops[i]), loc(in, st.location(), coords),
            st.location(), 0, Math.round(st.serviceTime()), Math.round(waits[i]), new int[] {(int) load},
            Math.round(arr[i]), Math.round(travel), Math.round(dist)));
        prev = st.location();
      }
      travel += tm.get(prev, vt.endLocation());
      dist += dm.get(prev, vt.endLocation());
      steps.add(new VroomSolution.Step("end", null, loc(in, vt.endLocation(), coords), vt.endLocation(), 0, 0, 0,
          new int[] {(int) load}, Math.round(depart + r.duration()), Math.round(travel), Math.round(dist)));
      long cost = Math.round(vt.fixedCost() + vt.costPerDistance() * r.distance() + vt.costPerTime() * r.duration());
      routes.add(new VroomSolution.Route(vehicle, cost, 0, service, Math.round(travel), Math.round(waiting), 0,
          Math.round(dist), new int[] {(int) r.load()}, new int[] {0}, steps));
      tService += service;
      tDuration += Math.round(travel);
      tWaiting += Math.round(waiting);
      tDistance += Math.round(dist);
      tCost += cost;
      tDelivery += r.load();
    }
    List<VroomSolution.Unassigned> un = new ArrayList<>();
    for (Unassigned u : s.unassigned()) {
      Stop st = in.stops().get(u.stopIndex());
      un.add(new VroomSolution.Unassigned(idNumber(st.id(), u.stopIndex()), "job", loc(in, st.location(), coords),
          st.location(), u.code(), SolutionJson.reasonName(u.code()) + ": " + u.detail()));
    }
    VroomSolution.Summary summary = new VroomSolution.Summary(tCost, routes.size(), un.size(), 0, tService,
        tDuration, tWaiting, 0, tDistance, new int[] {(int) tDelivery}, new int[] {0});
    return new VroomSolution(0, summary, un, routes);
  }

  private static double[] loc(Instance in, int index, boolean coords) {
    if (!coords || index < 0) {
      return null;
    }
    Location l = in.locations().get(index);
    return new double[] {l.x(), l.y()};
  }

  private static long idNumber(String id, long fallback) {
    try {
      return Long.parseLong(id);
    } catch (NumberFormatException e) {
      return fallback;
    }
  }
}
