package org.routeforge.api.jobs;

import java.util.ArrayList;
import java.util.List;
import org.routeforge.api.http.ApiException;
import org.routeforge.api.http.Problem;
import org.routeforge.data.model.Instance;
import org.routeforge.data.model.Stop;
import org.routeforge.data.model.VehicleType;

/**
 * What RouteForge's engines can solve (single depot, one kind of vehicle, one capacity dimension, at
 * most one time window per stop: CVRP and VRPTW), checked before a request is accepted so that no
 * feature of the input is silently dropped: each unsupported feature is reported with a JSON
 * pointer in VROOM or RouteForge JSON terms. Identical vehicles given one by one (as VROOM input
 * does) are merged into one vehicle type; {@link Normalized#vehicleIds()} maps routes back to them.
 *
 * @implNote stateless and thread-safe.
 */
public final class SolverSupport {
  private SolverSupport() {}

  /**
   * The instance made solvable and the original vehicle ids in order (route {@code k} is driven by
   * vehicle {@code vehicleIds().get(k)}).
   */
  public record Normalized(Instance instance, List<String> vehicleIds) {}

  /**
   * Merges identical vehicle types and rejects what the engines cannot honour.
   *
   * @param status 400 or 422: the status of the problem response
   * @throws ApiException listing every unsupported feature
   */
  public static Normalized normalize(Instance in, String format, int status) {
    List<Problem.FieldError> errors = new ArrayList<>();
    boolean vroom = "vroom".equals(format);
    String vehiclesPtr = vroom ? "/vehicles" : "/vehicleTypes";
    List<VehicleType> types = in.vehicleTypes();
    VehicleType first = types.get(0);
    List<String> ids = new ArrayList<>();
    long count = 0;
    for (int t = 0; t < types.size(); t++) {
      VehicleType v = types.get(t);
      if (!sameButIdAndCount(first, v)) {
        errors.add(new Problem.FieldError(vehiclesPtr + "/" + t, null, "vehicles",
            "vehicles that differ (capacity, start/end, shift, costs, limits, skills or breaks) are not "
                + "supported: every vehicle must be like vehicle " + first.id()));
      }
      for (int k = 0; k < v.count() && ids.size() < 100_000; k++) {
        ids.add(v.id());
      }
      count += v.count();
    }
    if (first.startLocation() < 0 || first.startLocation() != first.endLocation()) {
      errors.add(new Problem.FieldError(vehiclesPtr + "/0", null, "start/end",
          "routes must start and end at the same depot (open routes are not supported)"));
    }
    if (first.capacity().length > 1 || in.capacityDimensions() > 1) {
      errors.add(new Problem.FieldError(vehiclesPtr + "/0/capacity", null, "capacity",
          "only one capacity dimension is supported, got " + in.capacityDimensions()));
    }
    if (!first.breaks().isEmpty()) {
      errors.add(new Problem.FieldError(vehiclesPtr + "/0/breaks", null, "breaks", "driver breaks are not supported"));
    }
    if (first.fixedCost() != 0) {
      errors.add(new Problem.FieldError(vroom ? vehiclesPtr + "/0/costs/fixed" : vehiclesPtr + "/0/fixedCost",
          null, "fixed cost", "a fixed cost per vehicle is not supported (the engines minimise travel)"));
    }
    if (first.maxDuration() != Double.POSITIVE_INFINITY || first.maxDistance() != Double.POSITIVE_INFINITY
        || first.maxStops() != Integer.MAX_VALUE) {
      errors.add(new Problem.FieldError(vroom ? vehiclesPtr + "/0/max_tasks" : vehiclesPtr + "/0", null,
          "route limits", "limits on route duration, distance or number of stops are not supported"));
    }
    if (!in.shipments().isEmpty()) {
      errors.add(new Problem.FieldError("/shipments", null, "shipments",
          "pickup-and-delivery shipments are not supported by the engines"));
    }
    String stopsPtr = vroom ? "/jobs" : "/stops";
    for (int s = 0; s < in.stops().size() && errors.size() < 50; s++) {
      Stop st = in.stops().get(s);
      if (st.timeWindows().size() > 1) {
        errors.add(new Problem.FieldError(stopsPtr + "/" + s + (vroom ? "/time_windows" : "/windows"), null,
            "time windows", "stop " + st.id() + " has " + st.timeWindows().size()
                + " time windows; only one per stop is supported"));
      }
      if (st.priority() != 0) {
        errors.add(new Problem.FieldError(stopsPtr + "/" + s + "/priority", null, "priority",
            "priorities are not supported (every stop is served when possible)"));
      }
    }
    if (!errors.isEmpty()) {
      String detail = errors.size() == 1 ? errors.get(0).detail()
          : errors.size() + " features of this instance are not supported; see errors";
      throw new ApiException(new Problem(status, "unsupported_feature", "Unsupported feature", detail).errors(errors));
    }
    if (types.size() == 1) {
      return new Normalized(in, ids);
    }
    VehicleType merged = first.withCount((int) Math.min(Integer.MAX_VALUE, count));
    return new Normalized(in.toBuilder().vehicleTypes(List.of(merged)).build(), ids);
  }

  private static boolean sameButIdAndCount(VehicleType a, VehicleType b) {
    return java.util.Arrays.equals(a.capacity(), b.capacity()) && a.startLocation() == b.startLocation()
        && a.endLocation() == b.endLocation() && a.shift().equals(b.shift())
        && Double.compare(a.maxDuration(), b.maxDuration()) == 0
        && Double.compare(a.maxDistance(), b.maxDistance()) == 0 && a.maxStops() == b.maxStops()
        && Double.compare(a.fixedCost(), b.fixedCost()) == 0
        && Double.compare(a.costPerDistance(), b.costPerDistance()) == 0
        && Double.compare(a.costPerTime(), b.costPerTime()) == 0 && a.skills().equals(b.skills())
        && a.breaks().equals(b.breaks());
  }
}
