package org.routeforge.api.jobs;

import java.util.ArrayList;
import java.util.List;
import org.routeforge.data.io.vroom.VroomSolution;
import org.routeforge.data.model.Instance;
import org.routeforge.data.model.Location;
import org.routeforge.data.model.Shipment;
import org.routeforge.data.model.Stop;
import org.routeforge.data.model.TimeWindow;
import org.routeforge.data.model.VehicleType;
import org.routeforge.solver.model.Route;
import org.routeforge.solver.model.Solution;
import org.routeforge.solver.model.Unassigned;

/**
 * Converts a solution of a VROOM request into VROOM's output shape ({@link VroomSolution}): per
 * route the vehicle id and description, cost, setup, service, travel duration, waiting time,
 * priority, distance, the delivered and picked-up amounts per dimension and violations, and steps
 * {@code start}, {@code job} / {@code pickup} / {@code delivery} / {@code break}..., {@code end}
 * ({@link RouteSteps}) with arrival, waiting, cumulated travel duration and distance, and the load
 * after the step. Values are rounded to integers as VROOM's are. A shipment's stops carry the ids of
 * its pickup and delivery.
 *
 * <p>Costs follow VROOM: {@code fixed + per_hour * travel time / 3600 + per_km * distance / 1000}
 * per used vehicle (the reader maps {@code per_hour} onto the instance's time or, with one matrix,
 * distance rate; the travel time is what it multiplies here). Violations are reported as VROOM's
 * plan mode does: {@code delay} for service after a window's close (the solver's time warp),
 * {@code load} for a route over capacity; a feasible plan has none.
 *
 * @implNote stateless and thread-safe.
 */
public final class VroomOutput {
  private VroomOutput() {}

  /** The VROOM answer for {@code s}, solved on {@code n.instance()}, without run times. */
  public static VroomSolution of(RequestPreparation.Normalized n, Solution s) {
    return of(n, s, null);
  }

  /** The VROOM answer for {@code s}, solved on {@code n.instance()}, with the run times. */
  public static VroomSolution of(RequestPreparation.Normalized n, Solution s, VroomSolution.ComputingTimes times) {
    Instance in = n.instance();
    boolean coords = in.hasCoordinates();
    int dims = Math.max(1, in.capacityDimensions());
    boolean[] pickup = new boolean[in.stops().size()];
    boolean[] inShipment = new boolean[in.stops().size()];
    for (Shipment sh : in.shipments()) {
      pickup[sh.pickup()] = true;
      inShipment[sh.pickup()] = true;
      inShipment[sh.delivery()] = true;
    }
    List<VroomSolution.Route> routes = new ArrayList<>();
    List<VroomSolution.Violation> allViolations = new ArrayList<>();
    long tService = 0;
    long tDuration = 0;
    long tWaiting = 0;
    long tDistance = 0;
    long tCost = 0;
    long tPriority = 0;
    int[] tDelivery = new int[dims];
    int[] tPickup = new int[dims];
    int[] firstOfType = firstVehicleOfType(in);
    for (Route r : s.routes()) {
      VehicleType vt = in.vehicleTypes().get(r.vehicleType());
      long vehicle = idNumber(n.vehicleId(r.vehicleType(), r.vehicle() - firstOfType[r.vehicleType()]), r.vehicle());
      List<VroomSolution.Step> steps = new ArrayList<>();
      List<VroomSolution.Violation> violations = new ArrayList<>();
      long service = 0;
      long waiting = 0;
      long priority = 0;
      int[] delivery = new int[dims];
      int[] pickedUp = new int[dims];
      RouteSteps last = null;
      for (RouteSteps st : RouteSteps.of(in, r)) {
        Long id = null;
        String description = null;
        List<VroomSolution.Violation> stepViolations = new ArrayList<>();
        if (st.stopIndex() >= 0) {
          Stop stop = in.stops().get(st.stopIndex());
          id = idNumber(taskId(stop.id()), st.stopIndex());
          description = n.stopDescription(st.stopIndex());
          if (!inShipment[st.stopIndex()] || pickup[st.stopIndex()]) {
            priority += stop.priority();
          }
          for (int d = 0; d < dims; d++) {
            if (!inShipment[st.stopIndex()]) {
              delivery[d] += stop.demand(d);
            } else if (pickup[st.stopIndex()]) {
              pickedUp[d] += stop.demand(d);
            }
          }
          long late = Math.round(lateness(stop, st.arrival()));
          if (late > 0) {
            stepViolations.add(new VroomSolution.Violation("delay", late));
          }
        } else if (st.breakIndex() >= 0) {
          id = idNumber(vt.breaks().get(st.breakIndex()).id(), st.breakIndex());
        } else if ("end".equals(st.type()) && st.arrival() > vt.shift().close() + 1e-6) {
          stepViolations.add(new VroomSolution.Violation("delay", Math.round(st.arrival() - vt.shift().close())));
        }
        violations.addAll(stepViolations);
        service += Math.round(st.service());
        waiting += Math.round(st.waiting());
        steps.add(new VroomSolution.Step(st.type(), id, "job".equals(st.type()) ? id : null, description,
            loc(in, st.location(), coords), st.location() < 0 ? null : st.location(), 0, Math.round(st.service()),
            Math.round(st.waiting()), ints(st.load()), Math.round(st.arrival()), Math.round(st.travel()),
            Math.round(st.distance()), stepViolations));
        last = st;
      }
      if (r.excessLoad() > 0) {
        violations.add(new VroomSolution.Violation("load", null));
      }
      double travelExact = last == null ? 0 : last.travel();
      long travel = Math.round(travelExact);
      long cost = Math.round(vt.fixedCost() + vt.costPerDistance() * r.distance() + vt.costPerTime() * travelExact);
      routes.add(new VroomSolution.Route(vehicle, cost, n.vehicleDescription(r.vehicleType()), 0, service, travel,
          waiting, priority, Math.round(r.distance()), delivery, pickedUp, steps, violations));
      allViolations.addAll(violations);
      tService += service;
      tDuration += travel;
      tWaiting += waiting;
      tDistance += Math.round(r.distance());
      tCost += cost;
      tPriority += priority;
      for (int d = 0; d < dims; d++) {
        tDelivery[d] += delivery[d];
        tPickup[d] += pickedUp[d];
      }
    }
    List<VroomSolution.Unassigned> un = new ArrayList<>();
    for (Unassigned u : s.unassigned()) {
      Stop st = in.stops().get(u.stopIndex());
      String type = !inShipment[u.stopIndex()] ? "job" : pickup[u.stopIndex()] ? "pickup" : "delivery";
      un.add(new VroomSolution.Unassigned(idNumber(taskId(st.id()), u.stopIndex()), type,
          loc(in, st.location(), coords), st.location(), n.stopDescription(u.stopIndex()), u.code(),
          SolutionJson.reasonName(u.code()) + ": " + u.detail()));
    }
    VroomSolution.Summary summary = new VroomSolution.Summary(tCost, routes.size(), un.size(), 0, tService,
        tDuration, tWaiting, tPriority, tDistance, tDelivery, tPickup, allViolations, times);
    return new VroomSolution(0, summary, un, routes, n.ignoredFields());
  }

  /** How long after the close of the stop's last window service would start when arriving at {@code t}. */
  private static double lateness(Stop s, double t) {
    if (s.timeWindows().isEmpty()) {
      return 0;
    }
    for (TimeWindow w : s.timeWindows()) {
      if (t <= w.close() + 1e-6) {
        return 0;
      }
    }
    return t - s.timeWindows().get(s.timeWindows().size() - 1).close();
  }

  /** The first global vehicle index of each type, as the solver numbers vehicles. */
  private static int[] firstVehicleOfType(Instance in) {
    int[] first = new int[in.vehicleTypes().size()];
    long next = 0;
    int cap = Math.max(1, in.stops().size());
    for (int t = 0; t < first.length; t++) {
      first[t] = (int) Math.min(Integer.MAX_VALUE, next);
      next += Math.min(in.vehicleTypes().get(t).count(), cap);
    }
    return first;
  }

  /** The VROOM id of a stop: shipment stops are named {@code pickup-<id>} / {@code delivery-<id>} by the reader. */
  private static String taskId(String stopId) {
    int dash = stopId.lastIndexOf('-');
    return dash >= 0 && (stopId.startsWith("pickup-") || stopId.startsWith("delivery-")) ? stopId.substring(dash + 1) : stopId;
  }

  private static int[] ints(long[] a) {
    int[] out = new int[a.length];
    for (int i = 0; i < a.length; i++) {
      out[i] = (int) a[i];
    }
    return out;
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
