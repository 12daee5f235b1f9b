package org.routeforge.data.io.vroom;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.routeforge.data.io.InputException;
import org.routeforge.data.io.JsonFields;
import org.routeforge.data.io.ParsedInstance;
import org.routeforge.data.io.ProblemCollector;
import org.routeforge.data.io.RouteForgeJson;
import org.routeforge.data.io.SourceMap;
import org.routeforge.data.io.TextLines;
import org.routeforge.data.model.DenseMatrix;
import org.routeforge.data.model.DriverBreak;
import org.routeforge.data.model.Instance;
import org.routeforge.data.model.Location;
import org.routeforge.data.model.PlannedRoute;
import org.routeforge.data.model.Shipment;
import org.routeforge.data.model.Stop;
import org.routeforge.data.model.TimeWindow;
import org.routeforge.data.model.TravelMatrix;
import org.routeforge.data.model.VehicleType;

/**
 * Reads and writes VROOM's input JSON (docs/API.md of VROOM-Project/vroom): {@code jobs},
 * {@code shipments}, {@code vehicles} and {@code matrices} (durations in seconds, distances in
 * metres, per vehicle profile), {@code [lon, lat]} locations, {@code time_windows}, skills,
 * priorities, {@code delivery}/{@code amount} and capacities, driver breaks, descriptions, a common
 * {@code speed_factor} and vehicle {@code steps}.
 *
 * <p>Mapping: each VROOM vehicle becomes a vehicle type of count 1 with the vehicle's id; a job
 * becomes a stop with its id; a shipment becomes two stops with ids {@code pickup-<id>} and
 * {@code delivery-<id>} plus a {@link Shipment}. Locations are the matrix indices. Vehicle costs:
 * {@code per_hour / 3600} per second of travel, {@code per_km / 1000} per metre; with only a duration
 * matrix (then also the distance matrix) the hourly cost becomes the cost per unit of that matrix.
 * A {@code speed_factor} shared by every vehicle divides the durations (rounded, as VROOM does).
 *
 * <p>Vehicle {@code steps} (a {@link PlannedRoute} each, in {@link ParsedInstance#plan()}) are the
 * route to start the search from (VROOM's user-provided initial solution). A step with
 * {@code service_at}, {@code service_after} or {@code service_before} is a hard constraint: its task
 * is pinned to that vehicle, in the order of
 * the pinned steps, and its time windows (a break's window) are narrowed to the bounds.
 *
 * <p>Fields RouteForge cannot honour ({@code pickup} on single jobs, {@code setup}, {@code max_load},
 * {@code max_travel_time}, vehicles with different {@code speed_factor}s, several break windows, cost
 * matrices, several profiles, locations without a matrix) are reported as problems naming their JSON
 * pointer. Fields VROOM does not define are not refused but listed in
 * {@link Request#ignoredFields()} by pointer, so that the caller can report them back.
 */
public final class VroomInput {
  private static final Set<String> TOP = Set.of("jobs", "shipments", "vehicles", "matrices");
  private static final Set<String> JOB = Set.of("id", "description", "location", "location_index", "setup", "service",
      "delivery", "pickup", "amount", "skills", "priority", "time_windows");
  private static final Set<String> SHIPMENT = Set.of("amount", "skills", "priority", "pickup", "delivery");
  private static final Set<String> TASK = Set.of("id", "description", "location", "location_index", "setup", "service",
      "time_windows");
  private static final Set<String> VEHICLE = Set.of("id", "profile", "description", "start", "start_index", "end",
      "end_index", "capacity", "costs", "skills", "time_window", "breaks", "max_tasks", "max_travel_time",
      "max_distance", "speed_factor", "steps");
  private static final Set<String> VEHICLE_STEP = Set.of("type", "id", "service_at", "service_after", "service_before",
      "description");
  private static final Set<String> COSTS = Set.of("fixed", "per_hour", "per_km");
  private static final Set<String> BREAK = Set.of("id", "time_windows", "service", "description", "max_load");
  private static final Set<String> MATRIX = Set.of("durations", "distances", "costs");

  private VroomInput() {}

  /**
   * A parsed VROOM request: the instance plus what the instance model does not hold.
   *
   * @param parsed the instance (stops in job order, then each shipment's pickup and delivery; one
   *     vehicle type of count 1 per vehicle, in order) and its plan: per vehicle with {@code steps}
   *     that list tasks, a {@link PlannedRoute} of type {@code vehicle}, index 0, whose stops are the
   *     listed tasks and whose locked stops ({@link PlannedRoute.Lock#SEQUENCE}) the bounded ones
   * @param ignoredFields JSON pointers of fields VROOM does not define (not used)
   * @param stopDescriptions each stop's {@code description}, or null
   * @param vehicleDescriptions each vehicle's {@code description}, or null
   */
  public record Request(ParsedInstance parsed, List<String> ignoredFields, List<String> stopDescriptions,
      List<String> vehicleDescriptions) {
    public Request {
      ignoredFields = List.copyOf(ignoredFields);
      stopDescriptions = java.util.Collections.unmodifiableList(new ArrayList<>(stopDescriptions));
      vehicleDescriptions = java.util.Collections.unmodifiableList(new ArrayList<>(vehicleDescriptions));
    }

    /** The vehicles' steps as planned routes (warm start and locks). */
    public List<PlannedRoute> plan() {
      return parsed.plan();
    }
  }

  /** Reads a file (plain or gzip); the instance is named after the file. */
  public static ParsedInstance read(Path file) throws IOException, InputException {
    String name = file.getFileName().toString().replaceFirst("(\\.json)?(\\.gz)?$", "");
    return parse(TextLines.text(file), file.toString(), name);
  }

  /** Parses VROOM input JSON; {@code source} names it in problems. */
  public static ParsedInstance parse(String text, String source, String name) throws InputException {
    return parse(JsonFields.parse(text, source), source, name);
  }

  /** Converts a parsed VROOM JSON tree (the instance only; see {@link #request}). */
  public static ParsedInstance parse(JsonNode root, String source, String name) throws InputException {
    return request(root, source, name).parsed();
  }

  /** Converts a parsed VROOM JSON tree with steps, descriptions and the fields it ignored. */
  public static Request request(JsonNode root, String source, String name) throws InputException {
    return new Reader(root, source, name).read();
  }

  /** One conversion's state. */
  private static final class Reader {
    private final JsonNode root;
    private final String name;
    private final ProblemCollector pc;
    private final JsonFields f;
    private final SourceMap where;
    private final List<String> ignored = new ArrayList<>();
    private final List<Stop> stops = new ArrayList<>();
    private final List<String> stopDescriptions = new ArrayList<>();
    private final List<String> vehicleDescriptions = new ArrayList<>();
    private final List<PlannedRoute> plan = new ArrayList<>();
    private final Map<Long, Integer> jobStop = new HashMap<>();
    private final Map<Long, Integer> pickupStop = new HashMap<>();
    private final Map<Long, Integer> deliveryStop = new HashMap<>();
    private final List<Shipment> shipments = new ArrayList<>();
    private int[] stepVehicle = new int[0];
    private int[] stepPosition = new int[0];
    private String[] stepPointer = new String[0];

    Reader(JsonNode root, String source, String name) {
      this.root = root;
      this.name = name;
      this.pc = new ProblemCollector(source);
      this.f = new JsonFields(pc);
      this.where = new SourceMap(source);
    }

    Request read() throws InputException {
      if (!f.isObject(root, "", "document")) {
        pc.throwIfAny();
      }
      known(root, "", TOP);
      Instance.Builder b = Instance.builder(name);
      JsonNode vehicles = f.member(root, "vehicles", "", true);
      String profile = "car";
      double speedFactor = 1;
      if (vehicles != null && f.isArray(vehicles, "/vehicles", "vehicles")) {
        if (vehicles.isEmpty()) {
          pc.atPointer("/vehicles", "vehicles", "at least one vehicle is needed");
        }
        for (int i = 0; i < vehicles.size(); i++) {
          JsonNode v = vehicles.get(i);
          if (!v.isObject()) {
            continue;
          }
          String p = "/vehicles/" + i;
          String prof = v.has("profile") ? f.string(v, "profile", p, "car", false) : "car";
          if (i == 0) {
            profile = prof;
          } else if (!prof.equals(profile)) {
            pc.atPointer(p + "/profile", "profile", "several vehicle profiles (\"" + profile + "\", \""
                + prof + "\") are not supported; RouteForge instances have one travel matrix");
          }
          double sf = f.numberField(v, "speed_factor", p, 1, Double.MIN_VALUE);
          if (sf > 5) {
            pc.atPointer(p + "/speed_factor", "speed_factor", "VROOM accepts speed factors in (0, 5], got " + sf);
          }
          if (i == 0) {
            speedFactor = sf;
          } else if (sf != speedFactor) {
            pc.atPointer(p + "/speed_factor", "speed_factor", "vehicles with different speed factors (" + speedFactor
                + ", " + sf + ") are not supported; RouteForge instances have one duration matrix");
          }
        }
      }
      int nLoc = 0;
      boolean singleMatrix = true;
      JsonNode matrices = f.member(root, "matrices", "", false);
      if (matrices == null) {
        pc.atPointer("/matrices", "matrices", "missing: give \"matrices\" with the durations (and optionally"
            + " distances) of profile \"" + profile + "\", or locations for the server's routing to fill in");
      } else if (f.isObject(matrices, "/matrices", "matrices")) {
        java.util.Iterator<String> it = matrices.fieldNames();
        while (it.hasNext()) {
          String k = it.next();
          if (!k.equals(profile)) {
            pc.atPointer(JsonFields.ptr("/matrices", k), k, "matrix for profile \"" + k + "\" but the vehicles use \""
                + profile + "\"");
          }
        }
        String mp = JsonFields.ptr("/matrices", profile);
        JsonNode m = f.member(matrices, profile, "/matrices", true);
        if (m != null && f.isObject(m, mp, profile)) {
          known(m, mp, MATRIX);
          if (m.has("costs")) {
            pc.atPointer(mp + "/costs", "costs", "cost matrices are not supported; costs are per_hour and per_km"
                + " of the durations and distances");
          }
          nLoc = readMatrices(b, m, mp, speedFactor);
          singleMatrix = !m.has("distances");
        }
      }
      double[][] coords = new double[nLoc][];
      readJobs(nLoc, coords);
      readShipments(nLoc, coords);
      stepVehicle = new int[stops.size()];
      java.util.Arrays.fill(stepVehicle, -1);
      stepPosition = new int[stops.size()];
      stepPointer = new String[stops.size()];
      if (vehicles != null && vehicles.isArray()) {
        Set<Long> vIds = new HashSet<>();
        for (int i = 0; i < vehicles.size(); i++) {
          String p = "/vehicles/" + i;
          JsonNode v = vehicles.get(i);
          if (!f.isObject(v, p, "vehicles")) {
            continue;
          }
          long id = id(v, p);
          if (!vIds.add(id)) {
            pc.atPointer(p + "/id", "id", "duplicate vehicle id " + id);
          }
          b.addVehicleType(vehicle(v, p, i, id, nLoc, coords, singleMatrix));
          vehicleDescriptions.add(description(v, p));
        }
      }
      checkShipmentSteps();
      for (Stop s : stops) {
        b.addStop(s);
      }
      for (Shipment s : shipments) {
        b.addShipment(s);
      }
      boolean geographic = false;
      for (int i = 0; i < nLoc; i++) {
        double[] c = coords[i];
        geographic |= c != null;
        b.addLocation(new Location(Integer.toString(i), c == null ? Double.NaN : c[0], c == null ? Double.NaN : c[1]));
      }
      b.geographic(geographic);
      where.pointer("matrix", "/matrices");
      pc.throwIfAny();
      return new Request(new ParsedInstance(b.build(), where, plan), ignored, stopDescriptions,
          vehicleDescriptions);
    }

    /** Reads durations (divided by the speed factor) and distances; returns the number of locations. */
    private int readMatrices(Instance.Builder b, JsonNode m, String mp, double speedFactor) {
      JsonNode dur = f.member(m, "durations", mp, true);
      JsonNode dist = f.member(m, "distances", mp, false);
      int nLoc = 0;
      DenseMatrix durations = null;
      if (dur != null) {
        double[] v = f.matrix(dur, mp + "/durations", "durations", Double.NaN);
        nLoc = dur.isArray() ? dur.size() : 0;
        if (v != null) {
          if (speedFactor != 1) {
            for (int k = 0; k < v.length; k++) {
              v[k] = Math.round(v[k] / speedFactor);
            }
          }
          durations = new DenseMatrix(nLoc, v);
        }
      }
      if (dist != null) {
        double[] v = f.matrix(dist, mp + "/distances", "distances", Double.NaN);
        if (v != null && dist.size() != nLoc && durations != null) {
          pc.atPointer(mp + "/distances", "distances", "distances are " + dist.size() + "x" + dist.size()
              + " but durations " + nLoc + "x" + nLoc);
        } else if (v != null && durations != null) {
          b.distances(new DenseMatrix(nLoc, v)).durations(durations);
        }
      } else if (durations != null) {
        b.distances(durations);
      }
      return nLoc;
    }

    private void readJobs(int nLoc, double[][] coords) {
      JsonNode jobs = f.member(root, "jobs", "", false);
      if (jobs == null || !f.isArray(jobs, "/jobs", "jobs")) {
        return;
      }
      for (int i = 0; i < jobs.size(); i++) {
        String p = "/jobs/" + i;
        JsonNode j = jobs.get(i);
        if (!f.isObject(j, p, "jobs")) {
          continue;
        }
        known(j, p, JOB);
        long id = id(j, p);
        if (jobStop.containsKey(id)) {
          pc.atPointer(p + "/id", "id", "duplicate job id " + id);
        }
        int[] pickup = f.amounts(j, "pickup", p, new int[0]);
        for (int a : pickup) {
          if (a != 0) {
            pc.atPointer(p + "/pickup", "pickup", "pickup amounts on single jobs (backhauls) are not supported;"
                + " use \"delivery\", or a shipment");
            break;
          }
        }
        if (j.has("delivery") && j.has("amount")) {
          pc.atPointer(p + "/amount", "amount", "give either \"delivery\" or the older \"amount\", not both");
        }
        int[] demand = f.amounts(j, j.has("delivery") ? "delivery" : "amount", p, new int[0]);
        zero(j, "setup", p);
        int loc = location(j, p, "location", "location_index", nLoc, coords, true);
        int index = stops.size();
        jobStop.put(id, index);
        stops.add(new Stop(Long.toString(id), loc, demand, f.numberField(j, "service", p, 0, 0),
            windows(j, p), skills(j, p), (int) f.integerField(j, "priority", p, 0, 0, 100)));
        stopDescriptions.add(description(j, p));
        where.pointer(SourceMap.stopDemand(index), p + (j.has("amount") ? "/amount" : "/delivery"));
        where.pointer(SourceMap.stopWindow(index), p + "/time_windows");
      }
    }

    private void readShipments(int nLoc, double[][] coords) {
      JsonNode ships = f.member(root, "shipments", "", false);
      if (ships == null || !f.isArray(ships, "/shipments", "shipments")) {
        return;
      }
      for (int i = 0; i < ships.size(); i++) {
        String p = "/shipments/" + i;
        JsonNode s = ships.get(i);
        if (!f.isObject(s, p, "shipments")) {
          continue;
        }
        known(s, p, SHIPMENT);
        int[] amount = f.amounts(s, "amount", p, new int[0]);
        Set<String> skills = skills(s, p);
        int priority = (int) f.integerField(s, "priority", p, 0, 0, 100);
        int first = stops.size();
        for (String kind : new String[] {"pickup", "delivery"}) {
          String sp = p + "/" + kind;
          JsonNode st = f.member(s, kind, p, true);
          if (st == null || !f.isObject(st, sp, kind)) {
            continue;
          }
          known(st, sp, TASK);
          long id = id(st, sp);
          Map<Long, Integer> ids = kind.equals("pickup") ? pickupStop : deliveryStop;
          if (ids.containsKey(id)) {
            pc.atPointer(sp + "/id", "id", "duplicate " + kind + " id " + id);
          }
          zero(st, "setup", sp);
          int loc = location(st, sp, "location", "location_index", nLoc, coords, true);
          int index = stops.size();
          ids.put(id, index);
          stops.add(new Stop(kind + "-" + id, loc, amount, f.numberField(st, "service", sp, 0, 0),
              windows(st, sp), skills, priority));
          stopDescriptions.add(description(st, sp));
          where.pointer(SourceMap.stopDemand(index), p + "/amount");
          where.pointer(SourceMap.stopWindow(index), sp + "/time_windows");
        }
        if (stops.size() == first + 2) {
          shipments.add(new Shipment(first, first + 1));
        }
      }
    }

    private VehicleType vehicle(JsonNode v, String p, int index, long id, int nLoc, double[][] coords,
        boolean singleMatrix) {
      known(v, p, VEHICLE);
      if (v.has("max_travel_time")) {
        pc.atPointer(p + "/max_travel_time", "max_travel_time", "a limit on travel time alone is not supported"
            + " (RouteForge limits max_distance and max_tasks)");
      }
      int start = location(v, p, "start", "start_index", nLoc, coords, false);
      int end = location(v, p, "end", "end_index", nLoc, coords, false);
      if (start < 0 && end < 0) {
        pc.atPointer(p, "start", "a vehicle needs a start or an end");
      }
      JsonNode tw = f.member(v, "time_window", p, false);
      double[] shift = tw == null ? null : f.window(tw, p + "/time_window", "time_window");
      double fixed = 0;
      double perHour = 3600;
      double perKm = 0;
      JsonNode costs = f.member(v, "costs", p, false);
      if (costs != null && f.isObject(costs, p + "/costs", "costs")) {
        known(costs, p + "/costs", COSTS);
        fixed = f.numberField(costs, "fixed", p + "/costs", 0, 0);
        perHour = f.numberField(costs, "per_hour", p + "/costs", 3600, 0);
        perKm = f.numberField(costs, "per_km", p + "/costs", 0, 0);
      }
      if (singleMatrix && perKm != 0) {
        pc.atPointer(p + "/costs/per_km", "per_km", "a cost per km needs a \"distances\" matrix");
      }
      List<DriverBreak> breaks = breaks(v, p);
      JsonNode st = f.member(v, "steps", p, false);
      if (st != null && f.isArray(st, p + "/steps", "steps")) {
        PlannedRoute r = steps(st, p + "/steps", index, breaks);
        if (r != null) {
          plan.add(r);
        }
      }
      long maxTasks = f.integerField(v, "max_tasks", p, Integer.MAX_VALUE, 0, Integer.MAX_VALUE);
      where.pointer(SourceMap.vehicleCapacity(index), p + "/capacity");
      where.pointer(SourceMap.vehicleShift(index), p + "/time_window");
      return new VehicleType(Long.toString(id), 1, f.amounts(v, "capacity", p, new int[0]), start, end,
          shift == null ? TimeWindow.ALWAYS : new TimeWindow(shift[0], shift[1]), Double.POSITIVE_INFINITY,
          f.numberField(v, "max_distance", p, Double.POSITIVE_INFINITY, 0), (int) maxTasks, fixed,
          singleMatrix ? perHour / 3600 : perKm / 1000, singleMatrix ? 0 : perHour / 3600, skills(v, p), breaks);
    }

    /**
     * Reads a vehicle's steps into a planned route (null when they list no task); bounded steps
     * narrow their task's windows (or their break's) in place and lock the task in sequence. Break
     * steps are checked, but their places are not kept: the search places breaks itself.
     */
    private PlannedRoute steps(JsonNode arr, String p, int vehicle, List<DriverBreak> breaks) {
      List<Integer> listed = new ArrayList<>();
      List<Integer> pinned = new ArrayList<>();
      int[] breakPos = new int[breaks.size()];
      java.util.Arrays.fill(breakPos, -1);
      for (int i = 0; i < arr.size(); i++) {
        String sp = p + "/" + i;
        JsonNode s = arr.get(i);
        if (!f.isObject(s, sp, "steps")) {
          continue;
        }
        known(s, sp, VEHICLE_STEP);
        String type = f.string(s, "type", sp, "", true);
        double lo = f.numberField(s, "service_after", sp, Double.NEGATIVE_INFINITY, 0);
        double hi = f.numberField(s, "service_before", sp, Double.POSITIVE_INFINITY, 0);
        if (s.has("service_at")) {
          double at = f.numberField(s, "service_at", sp, 0, 0);
          lo = Math.max(lo, at);
          hi = Math.min(hi, at);
        }
        boolean bounded = s.has("service_at") || s.has("service_after") || s.has("service_before");
        switch (type) {
          case "start":
          case "end":
            if ((type.equals("start") && i != 0) || (type.equals("end") && i != arr.size() - 1)) {
              pc.atPointer(sp + "/type", "type", "a \"" + type + "\" step must come " + (type.equals("start")
                  ? "first" : "last"));
            }
            if (bounded) {
              pc.atPointer(sp, "service_at", "service bounds on \"" + type + "\" steps are not supported; bound the"
                  + " vehicle's time_window");
            }
            break;
          case "break": {
            long id = id(s, sp);
            int b = -1;
            for (int k = 0; k < breaks.size(); k++) {
              if (breaks.get(k).id().equals(Long.toString(id))) {
                b = k;
              }
            }
            if (b < 0) {
              pc.atPointer(sp + "/id", "id", "the vehicle has no break with id " + id);
            } else if (breakPos[b] >= 0) {
              pc.atPointer(sp + "/id", "id", "break " + id + " is listed twice");
            } else {
              breakPos[b] = listed.size();
              if (bounded) {
                DriverBreak br = breaks.get(b);
                TimeWindow w = new TimeWindow(Math.max(br.window().open(), lo), Math.min(br.window().close(), hi));
                if (w.open() > w.close()) {
                  pc.atPointer(sp, "service_at", "the bounds leave no time in break " + id + "'s window");
                } else {
                  breaks.set(b, new DriverBreak(br.id(), w, br.duration()));
                }
              }
            }
            break;
          }
          case "job":
          case "pickup":
          case "delivery": {
            long id = id(s, sp);
            Map<Long, Integer> ids = type.equals("job") ? jobStop : type.equals("pickup") ? pickupStop : deliveryStop;
            Integer stop = ids.get(id);
            if (stop == null) {
              pc.atPointer(sp + "/id", "id", "no " + (type.equals("job") ? "job" : "shipment " + type) + " with id "
                  + id);
              break;
            }
            if (stepVehicle[stop] >= 0) {
              pc.atPointer(sp + "/id", "id", type + " " + id + " is already listed at " + stepPointer[stop]);
              break;
            }
            stepVehicle[stop] = vehicle;
            stepPosition[stop] = listed.size();
            stepPointer[stop] = sp;
            listed.add(stop);
            if (bounded) {
              narrow(stop, lo, hi, sp);
              pinned.add(stop);
            }
            break;
          }
          default:
            pc.atPointer(sp + "/type", "type", "expected start, job, pickup, delivery, break or end, got \"" + type
                + "\"");
        }
      }
      if (listed.isEmpty()) {
        return null;
      }
      return new PlannedRoute(vehicle, 0, ints(listed),
          pinned.isEmpty() ? PlannedRoute.Lock.NONE : PlannedRoute.Lock.SEQUENCE, ints(pinned));
    }

    /** Narrows a stop's windows to {@code [lo, hi]}. */
    private void narrow(int stop, double lo, double hi, String sp) {
      Stop s = stops.get(stop);
      List<TimeWindow> out = new ArrayList<>();
      List<TimeWindow> in = s.timeWindows().isEmpty() ? List.of(TimeWindow.ALWAYS) : s.timeWindows();
      for (TimeWindow w : in) {
        double open = Math.max(w.open(), lo);
        double close = Math.min(w.close(), hi);
        if (open <= close) {
          out.add(new TimeWindow(open, close));
        }
      }
      if (out.isEmpty()) {
        pc.atPointer(sp, "service_at", "the bounds lie outside every time window of " + s.id());
        return;
      }
      stops.set(stop, new Stop(s.id(), s.location(), s.demand(), s.serviceTime(), out, s.skills(), s.priority()));
    }

    /** A shipment listed in steps is listed whole, on one vehicle, pickup first. */
    private void checkShipmentSteps() {
      for (Shipment s : shipments) {
        int vp = stepVehicle[s.pickup()];
        int vd = stepVehicle[s.delivery()];
        if (vp < 0 && vd < 0) {
          continue;
        }
        String at = stepPointer[vp >= 0 ? s.pickup() : s.delivery()];
        if (vp != vd) {
          pc.atPointer(at + "/id", "id", "a shipment's pickup and delivery must be listed in the steps of the same vehicle");
        } else if (stepPosition[s.pickup()] > stepPosition[s.delivery()]) {
          pc.atPointer(stepPointer[s.delivery()] + "/id", "id", "a shipment's delivery is listed before its pickup");
        }
      }
    }

    private long id(JsonNode obj, String p) {
      if (f.member(obj, "id", p, true) == null) {
        return -1;
      }
      return f.integerField(obj, "id", p, -1, 0, Long.MAX_VALUE);
    }

    private String description(JsonNode obj, String p) {
      return obj.has("description") ? f.string(obj, "description", p, null, false) : null;
    }

    /** Records the pointer of every field of {@code obj} that VROOM does not define. */
    private void known(JsonNode obj, String p, Set<String> keys) {
      java.util.Iterator<String> it = obj.fieldNames();
      while (it.hasNext()) {
        String k = it.next();
        if (!keys.contains(k)) {
          ignored.add(JsonFields.ptr(p, k));
        }
      }
    }

    private void zero(JsonNode obj, String key, String p) {
      if (obj.has(key) && f.numberField(obj, key, p, 0, 0) != 0) {
        pc.atPointer(p + "/" + key, key, "non-zero " + key + " times are not supported");
      }
    }

    private int location(JsonNode obj, String p, String coordKey, String indexKey, int nLoc, double[][] coords,
        boolean required) {
      JsonNode idx = f.member(obj, indexKey, p, false);
      JsonNode c = f.member(obj, coordKey, p, false);
      if (idx == null) {
        if (c != null) {
          pc.atPointer(p + "/" + coordKey, coordKey, "a location without \"" + indexKey
              + "\" needs a router; give \"" + indexKey + "\" into the matrices");
        } else if (required) {
          pc.atPointer(p + "/" + indexKey, indexKey, "missing required field");
        }
        return -1;
      }
      int i = (int) f.integer(idx, p + "/" + indexKey, indexKey, -1, 0, Math.max(0, nLoc - 1));
      if (c != null && i >= 0) {
        if (!c.isArray() || c.size() != 2 || !c.get(0).isNumber() || !c.get(1).isNumber()) {
          pc.atPointer(p + "/" + coordKey, coordKey, "expected [lon, lat]");
        } else {
          coords[i] = new double[] {c.get(0).doubleValue(), c.get(1).doubleValue()};
        }
      }
      return i;
    }

    private List<TimeWindow> windows(JsonNode obj, String p) {
      List<TimeWindow> out = new ArrayList<>();
      JsonNode tws = f.member(obj, "time_windows", p, false);
      if (tws == null || !f.isArray(tws, p + "/time_windows", "time_windows")) {
        return out;
      }
      for (int i = 0; i < tws.size(); i++) {
        double[] w = f.window(tws.get(i), p + "/time_windows/" + i, "time_windows");
        if (w != null) {
          out.add(new TimeWindow(w[0], w[1]));
        }
      }
      return out;
    }

    private Set<String> skills(JsonNode obj, String p) {
      Set<String> out = new LinkedHashSet<>();
      JsonNode s = f.member(obj, "skills", p, false);
      if (s == null || !f.isArray(s, p + "/skills", "skills")) {
        return out;
      }
      for (int i = 0; i < s.size(); i++) {
        out.add(Long.toString(f.integer(s.get(i), p + "/skills/" + i, "skills", 0, 0, Long.MAX_VALUE)));
      }
      return out;
    }

    private List<DriverBreak> breaks(JsonNode v, String p) {
      List<DriverBreak> out = new ArrayList<>();
      JsonNode bs = f.member(v, "breaks", p, false);
      if (bs == null || !f.isArray(bs, p + "/breaks", "breaks")) {
        return out;
      }
      for (int i = 0; i < bs.size(); i++) {
        String bp = p + "/breaks/" + i;
        JsonNode br = bs.get(i);
        if (!f.isObject(br, bp, "breaks")) {
          continue;
        }
        known(br, bp, BREAK);
        if (br.has("max_load")) {
          pc.atPointer(bp + "/max_load", "max_load", "a load limit during breaks is not supported");
        }
        long id = id(br, bp);
        List<TimeWindow> tws = windows(br, bp);
        if (tws.size() > 1) {
          pc.atPointer(bp + "/time_windows", "time_windows", "one break window is supported, got " + tws.size());
        }
        out.add(new DriverBreak(Long.toString(id), tws.isEmpty() ? TimeWindow.ALWAYS : tws.get(0),
            f.numberField(br, "service", bp, 0, 0)));
      }
      return out;
    }

    private static int[] ints(List<Integer> list) {
      int[] out = new int[list.size()];
      for (int i = 0; i < out.length; i++) {
        out[i] = list.get(i);
      }
      return out;
    }
  }

  /** What of {@code in} VROOM's input format cannot express (empty when lossless). */
  public static List<String> limitations(Instance in) {
    List<String> out = new ArrayList<>();
    if (in.hasCoordinates() && !in.geographic()) {
      out.add("VROOM locations are [lon, lat]; planar coordinates are not written (the travel matrix is)");
    }
    if (!integral(in.durations()) || (in.hasSeparateDurations() && !integral(in.distances()))) {
      out.add("VROOM matrices hold integers (seconds, metres); travel values are rounded");
    }
    boolean times = false;
    boolean prio = false;
    boolean textSkills = false;
    for (VehicleType v : in.vehicleTypes()) {
      for (String k : v.skills()) {
        textSkills |= !isId(k);
      }
    }
    for (Stop s : in.stops()) {
      times |= s.serviceTime() != Math.rint(s.serviceTime());
      for (TimeWindow w : s.timeWindows()) {
        times |= w.open() != Math.rint(w.open()) || (w.close() != Math.rint(w.close()) && w.close() != Double.POSITIVE_INFINITY);
      }
      prio |= s.priority() < 0 || s.priority() > 100;
      for (String k : s.skills()) {
        textSkills |= !isId(k);
      }
    }
    if (textSkills) {
      out.add("VROOM skills are integers; text skills are replaced by their hash numbers");
    }
    if (times) {
      out.add("VROOM times are integer seconds; service times and windows are rounded");
    }
    if (prio) {
      out.add("VROOM priorities are 0..100; priorities outside are clamped");
    }
    for (VehicleType v : in.vehicleTypes()) {
      if (v.maxDuration() != Double.POSITIVE_INFINITY) {
        out.add("VROOM has no maximum route duration (vehicle type \"" + v.id() + "\")");
      }
      if (!in.hasSeparateDurations() && v.costPerTime() != 0) {
        out.add("with one travel matrix VROOM has one cost rate; costs per time and per distance are added");
      }
    }
    for (Shipment s : in.shipments()) {
      if (!java.util.Arrays.equals(in.stops().get(s.pickup()).demand(), in.stops().get(s.delivery()).demand())) {
        out.add("a VROOM shipment has one amount; the pickup's demand is used");
        break;
      }
    }
    return out;
  }

  /** Changes that lose no content (ids renumbered, fleets listed vehicle by vehicle); not blocking. */
  public static List<String> notes(Instance in) {
    List<String> out = new ArrayList<>();
    Ids ids = new Ids(in);
    if (ids.renamed > 0) {
      out.add("VROOM ids are integers: " + ids.renamed + " stop ids become numbers");
    }
    for (VehicleType v : in.vehicleTypes()) {
      if (!isId(v.id()) || v.count() != 1) {
        out.add("VROOM lists single vehicles with integer ids: vehicle type \"" + v.id() + "\" (count " + v.count()
            + ") becomes vehicles numbered from " + ids.firstVehicle.get(v));
      }
    }
    return out;
  }

  private static boolean integral(TravelMatrix m) {
    int n = m.size();
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        double v = m.get(i, j);
        if (v != Math.rint(v)) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean isId(String s) {
    if (s.isEmpty() || s.length() > 18) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return s.length() == 1 || s.charAt(0) != '0';
  }

  /** Integer ids for stops and vehicles: numeric ids are kept, others get fresh numbers. */
  private static final class Ids {
    final long[] stop;
    final Map<VehicleType, Long> firstVehicle = new HashMap<>();
    int renamed;

    Ids(Instance in) {
      stop = new long[in.stops().size()];
      Set<Integer> inShipment = new HashSet<>();
      for (Shipment s : in.shipments()) {
        inShipment.add(s.pickup());
        inShipment.add(s.delivery());
      }
      Set<Long> used = new HashSet<>();
      for (int i = 0; i < stop.length; i++) {
        String id = in.stops().get(i).id();
        if (inShipment.contains(i)) {
          id = id.replaceFirst("^(pickup|delivery)-", "");
        }
        stop[i] = isId(id) ? Long.parseLong(id) : -1;
        if (stop[i] >= 0 && !inShipment.contains(i) && !used.add(stop[i])) {
          stop[i] = -1;
        }
      }
      long next = 1;
      for (long v : stop) {
        next = Math.max(next, v + 1);
      }
      for (int i = 0; i < stop.length; i++) {
        if (stop[i] < 0) {
          stop[i] = next++;
          renamed++;
        }
      }
      long nextV = 1;
      for (VehicleType v : in.vehicleTypes()) {
        if (isId(v.id())) {
          nextV = Math.max(nextV, Long.parseLong(v.id()) + 1);
        }
      }
      for (VehicleType v : in.vehicleTypes()) {
        if (isId(v.id()) && v.count() == 1) {
          firstVehicle.put(v, Long.parseLong(v.id()));
        } else {
          firstVehicle.put(v, nextV);
          nextV += v.count();
        }
      }
    }
  }

  /** The VROOM input JSON (deterministic layout; see {@link #limitations} for what is lost). */
  public static String format(Instance in) {
    Ids ids = new Ids(in);
    Set<Integer> inShipment = new HashSet<>();
    for (Shipment s : in.shipments()) {
      inShipment.add(s.pickup());
      inShipment.add(s.delivery());
    }
    boolean single = !in.hasSeparateDurations();
    StringWriter sw = new StringWriter();
    try (JsonGenerator g = RouteForgeJson.generator(sw)) {
      g.writeStartObject();
      g.writeArrayFieldStart("vehicles");
      for (VehicleType v : in.vehicleTypes()) {
        for (int k = 0; k < v.count(); k++) {
          writeVehicle(g, in, v, ids.firstVehicle.get(v) + k, single);
        }
      }
      g.writeEndArray();
      g.writeArrayFieldStart("jobs");
      for (int i = 0; i < in.stops().size(); i++) {
        if (inShipment.contains(i)) {
          continue;
        }
        Stop s = in.stops().get(i);
        g.writeStartObject();
        g.writeNumberField("id", ids.stop[i]);
        writeLocation(g, in, s.location(), "location", "location_index");
        writeStopFields(g, s);
        if (s.demand().length > 0) {
          g.writeFieldName("delivery");
          g.writeArray(s.demand(), 0, s.demand().length);
        }
        writeSkills(g, s.skills());
        if (s.priority() != 0) {
          g.writeNumberField("priority", Math.max(0, Math.min(100, s.priority())));
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      if (!in.shipments().isEmpty()) {
        g.writeArrayFieldStart("shipments");
        for (Shipment sh : in.shipments()) {
          Stop p = in.stops().get(sh.pickup());
          g.writeStartObject();
          g.writeFieldName("amount");
          g.writeArray(p.demand(), 0, p.demand().length);
          writeSkills(g, p.skills());
          if (p.priority() != 0) {
            g.writeNumberField("priority", Math.max(0, Math.min(100, p.priority())));
          }
          for (int idx : new int[] {sh.pickup(), sh.delivery()}) {
            Stop s = in.stops().get(idx);
            g.writeObjectFieldStart(idx == sh.pickup() ? "pickup" : "delivery");
            g.writeNumberField("id", ids.stop[idx]);
            writeLocation(g, in, s.location(), "location", "location_index");
            writeStopFields(g, s);
            g.writeEndObject();
          }
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      g.writeObjectFieldStart("matrices");
      g.writeObjectFieldStart("car");
      writeMatrix(g, "durations", in.durations());
      if (!single) {
        writeMatrix(g, "distances", in.distances());
      }
      g.writeEndObject();
      g.writeEndObject();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return sw + "\n";
  }

  private static void writeVehicle(JsonGenerator g, Instance in, VehicleType v, long id, boolean single)
      throws IOException {
    g.writeStartObject();
    g.writeNumberField("id", id);
    if (v.startLocation() >= 0) {
      writeLocation(g, in, v.startLocation(), "start", "start_index");
    }
    if (v.endLocation() >= 0) {
      writeLocation(g, in, v.endLocation(), "end", "end_index");
    }
    if (v.capacity().length > 0) {
      g.writeFieldName("capacity");
      g.writeArray(v.capacity(), 0, v.capacity().length);
    }
    if (v.shift().close() != Double.POSITIVE_INFINITY || v.shift().open() != 0) {
      g.writeArrayFieldStart("time_window");
      g.writeNumber(Math.round(v.shift().open()));
      g.writeNumber(v.shift().close() == Double.POSITIVE_INFINITY ? Integer.MAX_VALUE : Math.round(v.shift().close()));
      g.writeEndArray();
    }
    double perHour = single ? (v.costPerDistance() + v.costPerTime()) * 3600 : v.costPerTime() * 3600;
    double perKm = single ? 0 : v.costPerDistance() * 1000;
    if (v.fixedCost() != 0 || perHour != 3600 || perKm != 0) {
      g.writeObjectFieldStart("costs");
      if (v.fixedCost() != 0) {
        g.writeFieldName("fixed");
        JsonFields.writeNumber(g, v.fixedCost());
      }
      if (perHour != 3600) {
        g.writeFieldName("per_hour");
        JsonFields.writeNumber(g, perHour);
      }
      if (perKm != 0) {
        g.writeFieldName("per_km");
        JsonFields.writeNumber(g, perKm);
      }
      g.writeEndObject();
    }
    writeSkills(g, v.skills());
    if (!v.breaks().isEmpty()) {
      g.writeArrayFieldStart("breaks");
      long k = 1;
      for (DriverBreak br : v.breaks()) {
        g.writeStartObject();
        g.writeNumberField("id", isId(br.id()) ? Long.parseLong(br.id()) : k);
        g.writeArrayFieldStart("time_windows");
        g.writeStartArray();
        g.writeNumber(Math.round(br.window().open()));
        g.writeNumber(br.window().close() == Double.POSITIVE_INFINITY ? Integer.MAX_VALUE : Math.round(br.window().close()));
        g.writeEndArray();
        g.writeEndArray();
        g.writeNumberField("service", Math.round(br.duration()));
        g.writeEndObject();
        k++;
      }
      g.writeEndArray();
    }
    if (v.maxStops() != Integer.MAX_VALUE) {
      g.writeNumberField("max_tasks", v.maxStops());
    }
    if (v.maxDistance() != Double.POSITIVE_INFINITY) {
      g.writeFieldName("max_distance");
      JsonFields.writeNumber(g, Math.round(v.maxDistance()));
    }
    g.writeEndObject();
  }

  private static void writeStopFields(JsonGenerator g, Stop s) throws IOException {
    if (s.serviceTime() != 0) {
      g.writeNumberField("service", Math.round(s.serviceTime()));
    }
    if (!s.timeWindows().isEmpty()) {
      g.writeArrayFieldStart("time_windows");
      for (TimeWindow w : s.timeWindows()) {
        g.writeStartArray();
        g.writeNumber(Math.round(w.open()));
        g.writeNumber(w.close() == Double.POSITIVE_INFINITY ? Integer.MAX_VALUE : Math.round(w.close()));
        g.writeEndArray();
      }
      g.writeEndArray();
    }
  }

  private static void writeLocation(JsonGenerator g, Instance in, int loc, String coordKey, String indexKey)
      throws IOException {
    Location l = in.locations().isEmpty() ? null : in.locations().get(loc);
    if (in.geographic() && l != null && l.hasCoordinates()) {
      g.writeArrayFieldStart(coordKey);
      g.writeNumber(l.x());
      g.writeNumber(l.y());
      g.writeEndArray();
    }
    g.writeNumberField(indexKey, loc);
  }

  private static void writeSkills(JsonGenerator g, Set<String> skills) throws IOException {
    if (skills.isEmpty()) {
      return;
    }
    List<Long> numeric = new ArrayList<>();
    for (String s : skills) {
      numeric.add(isId(s) ? Long.parseLong(s) : (long) (s.hashCode() & 0x7fffffff));
    }
    java.util.Collections.sort(numeric);
    g.writeArrayFieldStart("skills");
    for (long s : numeric) {
      g.writeNumber(s);
    }
    g.writeEndArray();
  }

  private static void writeMatrix(JsonGenerator g, String name, TravelMatrix m) throws IOException {
    g.writeArrayFieldStart(name);
    int n = m.size();
    for (int i = 0; i < n; i++) {
      g.writeStartArray();
      for (int j = 0; j < n; j++) {
        g.writeNumber(Math.round(m.get(i, j)));
      }
      g.writeEndArray();
    }
    g.writeEndArray();
  }

  /** Writes {@link #format} to a file (gzip-compressed when the name ends in {@code .gz}). */
  public static void write(Instance in, Path file) throws IOException {
    byte[] bytes = format(in).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    if (file.getFileName().toString().endsWith(".gz")) {
      try (java.io.OutputStream out = new java.util.zip.GZIPOutputStream(java.nio.file.Files.newOutputStream(file))) {
        out.write(bytes);
      }
    } else {
      java.nio.file.Files.write(file, bytes);
    }
  }
}
