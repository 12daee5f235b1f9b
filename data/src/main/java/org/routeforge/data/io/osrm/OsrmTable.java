package org.routeforge.data.io.osrm;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.routeforge.data.io.InputException;
import org.routeforge.data.io.JsonFields;
import org.routeforge.data.io.ProblemCollector;
import org.routeforge.data.io.RouteForgeJson;
import org.routeforge.data.io.TextLines;
import org.routeforge.data.model.DenseMatrix;
import org.routeforge.data.model.Instance;
import org.routeforge.data.model.Location;
import org.routeforge.data.model.TravelMatrix;

/**
 * An OSRM {@code table} service response: {@code durations} (seconds) and/or {@code distances}
 * (metres), row = source, column = destination, {@code null} = unreachable (kept as +infinity), and the
 * snapped {@code sources}/{@code destinations} waypoints. Used as a matrix source for instances, and
 * written in the same shape so that other tools can read RouteForge's road matrices.
 *
 * @param rows number of sources
 * @param cols number of destinations
 * @param durations row-major durations, or null when the response has none
 * @param distances row-major distances, or null when the response has none
 * @param sources snapped source waypoints (may be empty)
 * @param destinations snapped destination waypoints (may be empty)
 */
public record OsrmTable(int rows, int cols, double[] durations, double[] distances, List<Waypoint> sources,
    List<Waypoint> destinations) {
  /**
   * OSRM reports slightly negative values (a fraction of a metre or second) between two points snapped
   * onto the same road segment; entries down to minus this tolerance are read as 0, lower ones are errors.
   */
  static final double SNAP_TOLERANCE = 1.0;

  private static final Set<String> TOP = Set.of("code", "message", "durations", "distances", "sources",
      "destinations", "fallback_speed_cells");
  private static final Set<String> WAYPOINT = Set.of("location", "name", "distance", "hint");

  /**
   * A snapped point.
   *
   * @param lon longitude
   * @param lat latitude
   * @param name street name ("" when unknown)
   * @param snapDistance metres between the requested and the snapped point
   */
  public record Waypoint(double lon, double lat, String name, double snapDistance) {}

  public OsrmTable {
    sources = List.copyOf(sources);
    destinations = List.copyOf(destinations);
  }

  /** Reads a response file (plain or gzip). */
  public static OsrmTable read(Path file) throws IOException, InputException {
    return parse(TextLines.text(file), file.toString());
  }

  /** Parses a response; {@code code} must be {@code "Ok"}. */
  public static OsrmTable parse(String text, String source) throws InputException {
    JsonNode root = JsonFields.parse(text, source);
    ProblemCollector pc = new ProblemCollector(source);
    JsonFields f = new JsonFields(pc);
    if (!f.isObject(root, "", "document")) {
      pc.throwIfAny();
    }
    f.allowOnly(root, "", TOP, "an OSRM table response");
    String code = f.string(root, "code", "", "Ok", true);
    if (!"Ok".equals(code)) {
      pc.atPointer("/code", "code", "OSRM answered \"" + code + "\": " + root.path("message").asText(""));
      pc.throwIfAny();
    }
    List<Waypoint> src = waypoints(f, f.member(root, "sources", "", false), "/sources");
    List<Waypoint> dst = waypoints(f, f.member(root, "destinations", "", false), "/destinations");
    JsonNode dur = f.member(root, "durations", "", false);
    JsonNode dist = f.member(root, "distances", "", false);
    if (dur == null && dist == null) {
      pc.atPointer("/durations", "durations", "the response has neither durations nor distances");
      pc.throwIfAny();
    }
    JsonNode shape = dur != null ? dur : dist;
    int rows = shape.isArray() ? shape.size() : 0;
    int cols = rows > 0 && shape.get(0).isArray() ? shape.get(0).size() : 0;
    double[] d = dur == null ? null : table(f, dur, "/durations", rows, cols);
    double[] m = dist == null ? null : table(f, dist, "/distances", rows, cols);
    if (!src.isEmpty() && src.size() != rows) {
      pc.atPointer("/sources", "sources", src.size() + " sources but " + rows + " rows");
    }
    if (!dst.isEmpty() && dst.size() != cols) {
      pc.atPointer("/destinations", "destinations", dst.size() + " destinations but " + cols + " columns");
    }
    pc.throwIfAny();
    return new OsrmTable(rows, cols, d, m, src, dst);
  }

  private static double[] table(JsonFields f, JsonNode n, String p, int rows, int cols) {
    if (!f.isArray(n, p, p.substring(1))) {
      return null;
    }
    if (n.size() != rows) {
      f.problems().atPointer(p, p.substring(1), n.size() + " rows, expected " + rows);
      return null;
    }
    double[] out = new double[rows * cols];
    for (int i = 0; i < rows; i++) {
      JsonNode row = n.get(i);
      String rp = p + "/" + i;
      if (!f.isArray(row, rp, p.substring(1))) {
        continue;
      }
      if (row.size() != cols) {
        f.problems().atPointer(rp, p.substring(1), "row has " + row.size() + " entries, expected " + cols);
        continue;
      }
      for (int j = 0; j < cols; j++) {
        JsonNode v = row.get(j);
        out[i * cols + j] = v.isNull() ? Double.POSITIVE_INFINITY
            : Math.max(0, f.number(v, rp + "/" + j, p.substring(1), Double.NaN, -SNAP_TOLERANCE));
      }
    }
    return out;
  }

  private static List<Waypoint> waypoints(JsonFields f, JsonNode n, String p) {
    List<Waypoint> out = new ArrayList<>();
    if (n == null || !f.isArray(n, p, p.substring(1))) {
      return out;
    }
    for (int i = 0; i < n.size(); i++) {
      String wp = p + "/" + i;
      JsonNode w = n.get(i);
      if (!f.isObject(w, wp, "waypoint")) {
        continue;
      }
      f.allowOnly(w, wp, WAYPOINT, "an OSRM waypoint");
      JsonNode loc = f.member(w, "location", wp, true);
      double lon = Double.NaN;
      double lat = Double.NaN;
      if (loc != null) {
        if (!loc.isArray() || loc.size() != 2) {
          f.problems().atPointer(wp + "/location", "location", "expected [lon, lat]");
          continue;
        }
        lon = f.number(loc.get(0), wp + "/location/0", "location", Double.NaN, -180);
        lat = f.number(loc.get(1), wp + "/location/1", "location", Double.NaN, -90);
      }
      out.add(new Waypoint(lon, lat, f.string(w, "name", wp, "", false), f.numberField(w, "distance", wp, 0, 0)));
    }
    return out;
  }

  /** Whether the table is square (same sources and destinations), as an instance matrix must be. */
  public boolean isSquare() {
    return rows == cols;
  }

  /** The duration matrix; throws when the table has none or is not square. */
  public DenseMatrix durationMatrix() {
    return square(durations, "durations");
  }

  /** The distance matrix; throws when the table has none or is not square. */
  public DenseMatrix distanceMatrix() {
    return square(distances, "distances");
  }

  private DenseMatrix square(double[] v, String what) {
    if (v == null) {
      throw new IllegalArgumentException("the OSRM table has no " + what);
    }
    if (!isSquare()) {
      throw new IllegalArgumentException("the OSRM table is " + rows + "x" + cols + ", not square");
    }
    return new DenseMatrix(rows, v);
  }

  /**
   * The instance with this table's matrices: distances (metres) when present, else durations, as the
   * distance matrix, and the durations as a separate duration matrix; the source waypoints become
   * the (geographic) coordinates. Row/column {@code k} must be location {@code k}.
   */
  public Instance applyTo(Instance in) {
    if (!isSquare() || rows != in.locations().size()) {
      throw new IllegalArgumentException("the OSRM table is " + rows + "x" + cols + " but the instance has "
          + in.locations().size() + " locations");
    }
    Instance.Builder b = in.toBuilder();
    if (distances != null) {
      b.distances(distanceMatrix());
      b.durations(durations == null ? null : durationMatrix());
    } else {
      b.distances(durationMatrix());
      b.durations(null);
    }
    if (sources.size() == rows) {
      List<Location> locs = new ArrayList<>();
      for (int i = 0; i < rows; i++) {
        Waypoint w = sources.get(i);
        locs.add(new Location(in.locations().get(i).id(), w.lon(), w.lat()));
      }
      b.locations(locs).geographic(true);
    }
    return b.build();
  }

  /** A square table from matrices (either may be null) and optional locations as waypoints. */
  public static OsrmTable of(TravelMatrix durations, TravelMatrix distances, List<Location> locations) {
    TravelMatrix shape = durations != null ? durations : distances;
    int n = shape.size();
    List<Waypoint> wps = new ArrayList<>();
    for (Location l : locations) {
      wps.add(new Waypoint(l.x(), l.y(), "", 0));
    }
    return new OsrmTable(n, n, durations == null ? null : durations.toFlatArray(),
        distances == null ? null : distances.toFlatArray(), wps, wps);
  }

  /** The response JSON ({@code code: "Ok"}; unreachable pairs as {@code null}); deterministic. */
  public String format() {
    StringWriter sw = new StringWriter();
    try (JsonGenerator g = RouteForgeJson.generator(sw)) {
      g.writeStartObject();
      g.writeStringField("code", "Ok");
      if (durations != null) {
        writeTable(g, "durations", durations);
      }
      if (distances != null) {
        writeTable(g, "distances", distances);
      }
      writeWaypoints(g, "sources", sources);
      writeWaypoints(g, "destinations", destinations);
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return sw + "\n";
  }

  /**
   * Streams the response JSON to {@code out}, compact and with OSRM's precision: durations to 0.1 s
   * (OSRM keeps deciseconds), distances to 0.1 m (OSRM rounds them so), waypoint coordinates to
   * 1e-6° (OSRM's fixed-point coordinates); unreachable pairs are {@code null}. Nothing is built in
   * memory beyond the generator's buffer; {@code out} is flushed, not closed.
   */
  public void writeOsrmPrecision(OutputStream out) throws IOException {
    JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)
        .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    char[] buf = new char[24];
    g.writeStartObject();
    g.writeStringField("code", "Ok");
    for (int t = 0; t < 2; t++) {
      double[] v = t == 0 ? durations : distances;
      if (v == null) {
        continue;
      }
      g.writeArrayFieldStart(t == 0 ? "durations" : "distances");
      for (int i = 0; i < rows; i++) {
        g.writeStartArray();
        for (int k = i * cols, end = k + cols; k < end; k++) {
          writeTenths(g, v[k], buf);
        }
        g.writeEndArray();
      }
      g.writeEndArray();
    }
    for (int t = 0; t < 2; t++) {
      List<Waypoint> wps = t == 0 ? sources : destinations;
      if (wps.isEmpty()) {
        continue;
      }
      g.writeArrayFieldStart(t == 0 ? "sources" : "destinations");
      for (Waypoint w : wps) {
        g.writeStartObject();
        g.writeArrayFieldStart("location");
        JsonFields.writeNumber(g, Math.round(w.lon() * 1e6) / 1e6);
        JsonFields.writeNumber(g, Math.round(w.lat() * 1e6) / 1e6);
        g.writeEndArray();
        g.writeStringField("name", w.name());
        g.writeFieldName("distance");
        writeTenths(g, w.snapDistance(), buf);
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
    g.flush();
    out.write('\n');
    out.flush();
  }

  /** A value rounded to one decimal, written without going through a double-to-text conversion. */
  private static void writeTenths(JsonGenerator g, double x, char[] buf) throws IOException {
    if (x == Double.POSITIVE_INFINITY || Double.isNaN(x)) {
      g.writeNull();
      return;
    }
    long tenths = Math.round(x * 10);
    if (tenths % 10 == 0) {
      g.writeNumber(tenths / 10);
      return;
    }
    boolean negative = tenths < 0;
    long a = Math.abs(tenths);
    int p = buf.length;
    buf[--p] = (char) ('0' + a % 10);
    buf[--p] = '.';
    a /= 10;
    do {
      buf[--p] = (char) ('0' + a % 10);
      a /= 10;
    } while (a > 0);
    if (negative) {
      buf[--p] = '-';
    }
    g.writeNumber(buf, p, buf.length - p);
  }

  private void writeTable(JsonGenerator g, String name, double[] v) throws IOException {
    g.writeArrayFieldStart(name);
    for (int i = 0; i < rows; i++) {
      g.writeStartArray();
      for (int j = 0; j < cols; j++) {
        double x = v[i * cols + j];
        if (x == Double.POSITIVE_INFINITY) {
          g.writeNull();
        } else {
          JsonFields.writeNumber(g, x);
        }
      }
      g.writeEndArray();
    }
    g.writeEndArray();
  }

  private static void writeWaypoints(JsonGenerator g, String name, List<Waypoint> wps) throws IOException {
    if (wps.isEmpty()) {
      return;
    }
    g.writeArrayFieldStart(name);
    for (Waypoint w : wps) {
      g.writeStartObject();
      g.writeArrayFieldStart("location");
      JsonFields.writeNumber(g, w.lon());
      JsonFields.writeNumber(g, w.lat());
      g.writeEndArray();
      g.writeStringField("name", w.name());
      g.writeFieldName("distance");
      JsonFields.writeNumber(g, w.snapDistance());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /** Writes {@link #format()} to a file. */
  public void write(Path file) throws IOException {
    java.nio.file.Files.writeString(file, format(), java.nio.charset.StandardCharsets.UTF_8);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof OsrmTable)) {
      return false;
    }
    OsrmTable t = (OsrmTable) o;
    return rows == t.rows && cols == t.cols && java.util.Arrays.equals(durations, t.durations)
        && java.util.Arrays.equals(distances, t.distances) && sources.equals(t.sources)
        && destinations.equals(t.destinations);
  }

  @Override
  public int hashCode() {
    return 31 * java.util.Arrays.hashCode(durations) + java.util.Arrays.hashCode(distances);
  }
}
