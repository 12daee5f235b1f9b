package org.routeforge.data.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.routeforge.data.model.DenseMatrix;
import org.routeforge.data.model.DriverBreak;
import org.routeforge.data.model.EuclideanMatrix;
import org.routeforge.data.model.Instance;
import org.routeforge.data.model.Location;
import org.routeforge.data.model.PlannedRoute;
import org.routeforge.data.model.Rounding;
import org.routeforge.data.model.Shipment;
import org.routeforge.data.model.Stop;
import org.routeforge.data.model.TimeWindow;
import org.routeforge.data.model.TravelMatrix;
import org.routeforge.data.model.VehicleType;

/**
 * RouteForge's own JSON instance format: it carries the whole model (multi-dimensional demands,
 * several windows per stop, skills, priorities, shipments, every vehicle-type field, explicit
 * distance/duration matrices or coordinates with a rounding rule). data/README.md documents the
 * schema with an example. Reading is strict: unknown fields and bad values are reported with their
 * JSON pointer. An unbounded value (window end, maximum duration) is written as {@code null} or left
 * out. An optional {@code plan} gives routes to start from and locks ({@link PlanJson}).
 */
public final class RouteForgeJson {
  /** Value of the {@code format} field. */
  public static final String FORMAT = "routeforge/1";

  private static final Set<String> TOP = Set.of("format", "name", "geographic", "locations", "distances",
      "durations", "stops", "shipments", "vehicleTypes", "plan");
  private static final Set<String> LOCATION = Set.of("id", "x", "y");
  private static final Set<String> DIST = Set.of("rounding", "matrix");
  private static final Set<String> DUR = Set.of("matrix");
  private static final Set<String> STOP = Set.of("id", "location", "demand", "service", "windows", "skills", "priority");
  private static final Set<String> SHIPMENT = Set.of("pickup", "delivery");
  private static final Set<String> VEHICLE = Set.of("id", "count", "capacity", "start", "end", "shift", "maxDuration",
      "maxDistance", "maxStops", "fixedCost", "costPerDistance", "costPerTime", "skills", "breaks");
  private static final Set<String> BREAK = Set.of("id", "window", "duration");

  private RouteForgeJson() {}

  /** Reads a file (plain or gzip). */
  public static ParsedInstance read(Path file) throws IOException, InputException {
    return parse(TextLines.text(file), file.toString());
  }

  /** Parses RouteForge JSON; {@code source} names it in problems. */
  public static ParsedInstance parse(String text, String source) throws InputException {
    JsonNode root = JsonFields.parse(text, source);
    ProblemCollector pc = new ProblemCollector(source);
    JsonFields f = new JsonFields(pc);
    SourceMap where = new SourceMap(source);
    if (!f.isObject(root, "", "document")) {
      pc.throwIfAny();
    }
    f.allowOnly(root, "", TOP, "a RouteForge instance");
    String format = f.string(root, "format", "", FORMAT, false);
    if (!FORMAT.equals(format)) {
      pc.atPointer("/format", "format", "expected \"" + FORMAT + "\", got \"" + format + "\"");
    }
    Instance.Builder b = Instance.builder(f.string(root, "name", "", "unnamed", true));
    JsonNode geo = f.member(root, "geographic", "", false);
    if (geo != null && !geo.isBoolean()) {
      pc.atPointer("/geographic", "geographic", "expected true or false");
    }
    b.geographic(geo != null && geo.asBoolean());

    JsonNode locs = f.member(root, "locations", "", true);
    int nLoc = 0;
    if (locs != null && f.isArray(locs, "/locations", "locations")) {
      nLoc = locs.size();
      for (int i = 0; i < nLoc; i++) {
        String p = JsonFields.ptr("/locations", i);
        JsonNode l = locs.get(i);
        if (!f.isObject(l, p, "locations")) {
          continue;
        }
        f.allowOnly(l, p, LOCATION, "a location");
        b.addLocation(new Location(f.string(l, "id", p, Integer.toString(i), true),
            f.numberField(l, "x", p, Double.NaN, Double.NEGATIVE_INFINITY),
            f.numberField(l, "y", p, Double.NaN, Double.NEGATIVE_INFINITY)));
      }
    }
    JsonNode dist = f.member(root, "distances", "", true);
    if (dist != null && f.isObject(dist, "/distances", "distances")) {
      f.allowOnly(dist, "/distances", DIST, "distances");
      String rounding = f.string(dist, "rounding", "/distances", null, false);
      JsonNode m = f.member(dist, "matrix", "/distances", false);
      if ((rounding == null) == (m == null)) {
        pc.atPointer("/distances", "distances", "give exactly one of \"rounding\" (Euclidean from coordinates) or \"matrix\"");
      } else if (rounding != null) {
        try {
          Rounding r = Rounding.valueOf(rounding.toUpperCase(Locale.ROOT));
          boolean coords = true;
          for (int i = 0; i < nLoc; i++) {
            JsonNode l = locs.get(i);
            coords &= l != null && l.hasNonNull("x") && l.hasNonNull("y");
          }
          if (!coords) {
            pc.atPointer("/distances/rounding", "rounding", "Euclidean distances need x and y for every location");
          } else {
            b.euclidean(r);
          }
        } catch (IllegalArgumentException e) {
          pc.atPointer("/distances/rounding", "rounding", "unknown rounding \"" + rounding + "\" (EXACT, NINT, TRUNC1)");
        }
      } else {
        b.distances(matrix(f, m, "/distances/matrix", nLoc));
      }
    }
    JsonNode dur = f.member(root, "durations", "", false);
    if (dur != null && f.isObject(dur, "/durations", "durations")) {
      f.allowOnly(dur, "/durations", DUR, "durations");
      JsonNode m = f.member(dur, "matrix", "/durations", true);
      if (m != null) {
        b.durations(matrix(f, m, "/durations/matrix", nLoc));
      }
    }

    JsonNode stops = f.member(root, "stops", "", true);
    int nStops = 0;
    Map<String, Integer> stopIndex = new HashMap<>();
    if (stops != null && f.isArray(stops, "/stops", "stops")) {
      nStops = stops.size();
      for (int i = 0; i < nStops; i++) {
        String p = JsonFields.ptr("/stops", i);
        JsonNode s = stops.get(i);
        if (!f.isObject(s, p, "stops")) {
          continue;
        }
        f.allowOnly(s, p, STOP, "a stop");
        String id = f.string(s, "id", p, Integer.toString(i), true);
        if (stopIndex.putIfAbsent(id, i) != null) {
          pc.atPointer(p + "/id", "id", "duplicate stop id \"" + id + "\"");
        }
        int loc = locationIndex(f, s, "location", p, nLoc, true);
        int[] demand = f.amounts(s, "demand", p, new int[0]);
        double service = f.numberField(s, "service", p, 0, 0);
        List<TimeWindow> windows = windows(f, f.member(s, "windows", p, false), p + "/windows");
        Set<String> skills = strings(f, f.member(s, "skills", p, false), p + "/skills");
        int priority = (int) f.integerField(s, "priority", p, 0, Integer.MIN_VALUE, Integer.MAX_VALUE);
        b.addStop(new Stop(id, loc, demand, service, windows, skills, priority));
        where.pointer(SourceMap.stopDemand(i), p + "/demand");
        where.pointer(SourceMap.stopWindow(i), p + "/windows");
      }
    }
    List<Shipment> shipments = new ArrayList<>();
    JsonNode ships = f.member(root, "shipments", "", false);
    if (ships != null && f.isArray(ships, "/shipments", "shipments")) {
      for (int i = 0; i < ships.size(); i++) {
        String p = JsonFields.ptr("/shipments", i);
        JsonNode s = ships.get(i);
        if (!f.isObject(s, p, "shipments")) {
          continue;
        }
        f.allowOnly(s, p, SHIPMENT, "a shipment");
        int pu = (int) f.integerField(s, "pickup", p, 0, 0, Math.max(0, nStops - 1));
        int de = (int) f.integerField(s, "delivery", p, 0, 0, Math.max(0, nStops - 1));
        f.member(s, "pickup", p, true);
        f.member(s, "delivery", p, true);
        if (pu == de && s.has("pickup") && s.has("delivery")) {
          pc.atPointer(p, "shipments", "pickup and delivery are the same stop " + pu);
        }
        shipments.add(new Shipment(pu, de));
        b.addShipment(shipments.get(shipments.size() - 1));
      }
    }
    List<String> typeIds = new ArrayList<>();
    List<Integer> typeCounts = new ArrayList<>();
    JsonNode vts = f.member(root, "vehicleTypes", "", true);
    if (vts != null && f.isArray(vts, "/vehicleTypes", "vehicleTypes")) {
      if (vts.isEmpty()) {
        pc.atPointer("/vehicleTypes", "vehicleTypes", "at least one vehicle type is needed");
      }
      for (int i = 0; i < vts.size(); i++) {
        String p = JsonFields.ptr("/vehicleTypes", i);
        JsonNode v = vts.get(i);
        if (!f.isObject(v, p, "vehicleTypes")) {
          continue;
        }
        f.allowOnly(v, p, VEHICLE, "a vehicle type");
        JsonNode shiftNode = f.member(v, "shift", p, false);
        TimeWindow shift = shiftNode == null ? TimeWindow.ALWAYS : window(f, shiftNode, p + "/shift");
        List<DriverBreak> breaks = new ArrayList<>();
        JsonNode bs = f.member(v, "breaks", p, false);
        if (bs != null && f.isArray(bs, p + "/breaks", "breaks")) {
          for (int k = 0; k < bs.size(); k++) {
            String bp = JsonFields.ptr(p + "/breaks", k);
            JsonNode br = bs.get(k);
            if (!f.isObject(br, bp, "breaks")) {
              continue;
            }
            f.allowOnly(br, bp, BREAK, "a break");
            JsonNode w = f.member(br, "window", bp, true);
            breaks.add(new DriverBreak(f.string(br, "id", bp, Integer.toString(k), true),
                w == null ? TimeWindow.ALWAYS : window(f, w, bp + "/window"), f.numberField(br, "duration", bp, 0, 0)));
          }
        }
        VehicleType type = new VehicleType(f.string(v, "id", p, Integer.toString(i), true),
            (int) f.integerField(v, "count", p, 1, 1, Integer.MAX_VALUE),
            f.amounts(v, "capacity", p, new int[0]),
            locationIndex(f, v, "start", p, nLoc, false),
            locationIndex(f, v, "end", p, nLoc, false),
            shift == null ? TimeWindow.ALWAYS : shift,
            f.numberField(v, "maxDuration", p, Double.POSITIVE_INFINITY, 0),
            f.numberField(v, "maxDistance", p, Double.POSITIVE_INFINITY, 0),
            (int) f.integerField(v, "maxStops", p, Integer.MAX_VALUE, 1, Integer.MAX_VALUE),
            f.numberField(v, "fixedCost", p, 0, 0),
            f.numberField(v, "costPerDistance", p, 1, 0),
            f.numberField(v, "costPerTime", p, 0, 0),
            strings(f, f.member(v, "skills", p, false), p + "/skills"), breaks);
        b.addVehicleType(type);
        typeIds.add(type.id());
        typeCounts.add(type.count());
        where.pointer(SourceMap.vehicleCapacity(i), p + "/capacity");
        where.pointer(SourceMap.vehicleShift(i), p + "/shift");
      }
    }
    JsonNode planNode = f.member(root, "plan", "", false);
    List<PlannedRoute> plan = planNode == null ? List.of()
        : PlanJson.read(f, planNode, new PlanJson.Refs(stopIndex, typeIds, typeCounts, shipments, nStops));
    where.pointer("matrix", "/distances");
    pc.throwIfAny();
    return new ParsedInstance(b.build(), where, plan);
  }

  private static DenseMatrix matrix(JsonFields f, JsonNode m, String p, int nLoc) {
    double[] v = f.matrix(m, p, "matrix", Double.NaN);
    if (v == null) {
      return null;
    }
    if (m.size() != nLoc) {
      f.problems().atPointer(p, "matrix", "matrix is " + m.size() + "x" + m.size() + " but there are " + nLoc
          + " locations");
      return null;
    }
    return new DenseMatrix(nLoc, v);
  }

  private static int locationIndex(JsonFields f, JsonNode obj, String key, String p, int nLoc, boolean required) {
    JsonNode n = f.member(obj, key, p, required);
    if (n == null) {
      return -1;
    }
    return (int) f.integer(n, JsonFields.ptr(p, key), key, -1, 0, Math.max(0, nLoc - 1));
  }

  private static TimeWindow window(JsonFields f, JsonNode n, String p) {
    if (n.isArray() && n.size() == 2 && n.get(1).isNull()) {
      double a = f.number(n.get(0), p + "/0", "window", 0, Double.NEGATIVE_INFINITY);
      return new TimeWindow(a, Double.POSITIVE_INFINITY);
    }
    double[] w = f.window(n, p, "window");
    return w == null ? null : new TimeWindow(w[0], w[1]);
  }

  private static List<TimeWindow> windows(JsonFields f, JsonNode n, String p) {
    List<TimeWindow> out = new ArrayList<>();
    if (n == null || !f.isArray(n, p, "windows")) {
      return out;
    }
    for (int i = 0; i < n.size(); i++) {
      TimeWindow w = window(f, n.get(i), JsonFields.ptr(p, i));
      if (w != null) {
        out.add(w);
      }
    }
    return out;
  }

  private static Set<String> strings(JsonFields f, JsonNode n, String p) {
    Set<String> out = new LinkedHashSet<>();
    if (n == null || !f.isArray(n, p, "skills")) {
      return out;
    }
    for (int i = 0; i < n.size(); i++) {
      JsonNode s = n.get(i);
      if (!s.isTextual()) {
        f.problems().atPointer(JsonFields.ptr(p, i), "skills", "expected a string");
      } else {
        out.add(s.textValue());
      }
    }
    return out;
  }

  /** The JSON text (pretty-printed, arrays on one line, {@code \n} line ends; deterministic). */
  public static String format(Instance in) {
    return format(in, List.of());
  }

  /** The JSON text with a {@code plan} (warm start and locks; none when empty). */
  public static String format(Instance in, List<PlannedRoute> plan) {
    StringWriter sw = new StringWriter();
    try (JsonGenerator g = generator(sw)) {
      g.writeStartObject();
      g.writeStringField("format", FORMAT);
      g.writeStringField("name", in.name());
      g.writeBooleanField("geographic", in.geographic());
      g.writeArrayFieldStart("locations");
      for (Location l : in.locations()) {
        g.writeStartObject();
        g.writeStringField("id", l.id());
        if (!Double.isNaN(l.x())) {
          g.writeFieldName("x");
          JsonFields.writeNumber(g, l.x());
        }
        if (!Double.isNaN(l.y())) {
          g.writeFieldName("y");
          JsonFields.writeNumber(g, l.y());
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeObjectFieldStart("distances");
      if (in.distances() instanceof EuclideanMatrix) {
        g.writeStringField("rounding", ((EuclideanMatrix) in.distances()).rounding().name());
      } else {
        writeMatrix(g, in.distances());
      }
      g.writeEndObject();
      if (in.hasSeparateDurations()) {
        g.writeObjectFieldStart("durations");
        writeMatrix(g, in.durations());
        g.writeEndObject();
      }
      g.writeArrayFieldStart("stops");
      for (Stop s : in.stops()) {
        g.writeStartObject();
        g.writeStringField("id", s.id());
        g.writeNumberField("location", s.location());
        g.writeFieldName("demand");
        g.writeArray(s.demand(), 0, s.demand().length);
        if (s.serviceTime() != 0) {
          g.writeFieldName("service");
          JsonFields.writeNumber(g, s.serviceTime());
        }
        if (!s.timeWindows().isEmpty()) {
          g.writeArrayFieldStart("windows");
          for (TimeWindow w : s.timeWindows()) {
            writeWindow(g, w);
          }
          g.writeEndArray();
        }
        writeSkills(g, s.skills());
        if (s.priority() != 0) {
          g.writeNumberField("priority", s.priority());
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      if (!in.shipments().isEmpty()) {
        g.writeArrayFieldStart("shipments");
        for (Shipment s : in.shipments()) {
          g.writeStartObject();
          g.writeNumberField("pickup", s.pickup());
          g.writeNumberField("delivery", s.delivery());
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      g.writeArrayFieldStart("vehicleTypes");
      for (VehicleType v : in.vehicleTypes()) {
        writeVehicle(g, v);
      }
      g.writeEndArray();
      PlanJson.write(g, in, plan);
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return sw.toString() + "\n";
  }

  private static void writeVehicle(JsonGenerator g, VehicleType v) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", v.id());
    g.writeNumberField("count", v.count());
    g.writeFieldName("capacity");
    g.writeArray(v.capacity(), 0, v.capacity().length);
    if (v.startLocation() >= 0) {
      g.writeNumberField("start", v.startLocation());
    }
    if (v.endLocation() >= 0) {
      g.writeNumberField("end", v.endLocation());
    }
    if (!v.shift().equals(TimeWindow.ALWAYS)) {
      g.writeFieldName("shift");
      writeWindow(g, v.shift());
    }
    optional(g, "maxDuration", v.maxDuration(), Double.POSITIVE_INFINITY);
    optional(g, "maxDistance", v.maxDistance(), Double.POSITIVE_INFINITY);
    if (v.maxStops() != Integer.MAX_VALUE) {
      g.writeNumberField("maxStops", v.maxStops());
    }
    optional(g, "fixedCost", v.fixedCost(), 0);
    optional(g, "costPerDistance", v.costPerDistance(), 1);
    optional(g, "costPerTime", v.costPerTime(), 0);
    writeSkills(g, v.skills());
    if (!v.breaks().isEmpty()) {
      g.writeArrayFieldStart("breaks");
      for (DriverBreak br : v.breaks()) {
        g.writeStartObject();
        g.writeStringField("id", br.id());
        g.writeFieldName("window");
        writeWindow(g, br.window());
        g.writeFieldName("duration");
        JsonFields.writeNumber(g, br.duration());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private static void optional(JsonGenerator g, String name, double v, double dflt) throws IOException {
    if (Double.compare(v, dflt) != 0) {
      g.writeFieldName(name);
      JsonFields.writeNumber(g, v);
    }
  }

  private static void writeSkills(JsonGenerator g, Set<String> skills) throws IOException {
    if (!skills.isEmpty()) {
      g.writeArrayFieldStart("skills");
      for (String s : new java.util.TreeSet<>(skills)) {
        g.writeString(s);
      }
      g.writeEndArray();
    }
  }

  private static void writeWindow(JsonGenerator g, TimeWindow w) throws IOException {
    g.writeStartArray();
    JsonFields.writeNumber(g, w.open());
    if (w.close() == Double.POSITIVE_INFINITY) {
      g.writeNull();
    } else {
      JsonFields.writeNumber(g, w.close());
    }
    g.writeEndArray();
  }

  private static void writeMatrix(JsonGenerator g, TravelMatrix m) throws IOException {
    g.writeArrayFieldStart("matrix");
    int n = m.size();
    for (int i = 0; i < n; i++) {
      g.writeStartArray();
      for (int j = 0; j < n; j++) {
        JsonFields.writeNumber(g, m.get(i, j));
      }
      g.writeEndArray();
    }
    g.writeEndArray();
  }

  /** A generator with the house layout: two-space indent, arrays inline, {@code \n} line ends. */
  public static JsonGenerator generator(java.io.Writer w) throws IOException {
    JsonGenerator g = new JsonFactory().createGenerator(w);
    DefaultPrettyPrinter pp = new DefaultPrettyPrinter()
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(DefaultPrettyPrinter.NopIndenter.instance);
    g.setPrettyPrinter(pp);
    return g;
  }

  /** Writes {@link #format} to a file (gzip-compressed when the name ends in {@code .gz}). */
  public static void write(Instance in, Path file) throws IOException {
    VrplibWriter.writeText(format(in), file);
  }

  /** Writes {@link #format(Instance, List)} to a file (gzip-compressed when the name ends in {@code .gz}). */
  public static void write(Instance in, List<PlannedRoute> plan, Path file) throws IOException {
    VrplibWriter.writeText(format(in, plan), file);
  }
}
