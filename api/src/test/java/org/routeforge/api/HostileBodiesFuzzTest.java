package org.routeforge.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.routeforge.api.http.Problem;

/**
 * Fuzzes the write endpoints with malformed or hostile requests (random JSON trees, wrong types, huge
 * and negative numbers, NaN/Infinity tokens, nesting thousands deep, truncated and mutated valid
 * instances, valid instances with trailing garbage or a second document, huge strings and huge field
 * names, random bytes, hostile query parameters): no response is a 5xx, every error is problem+json
 * and short (an excerpt of the input at most), and the server is still healthy afterwards.
 *
 * <p>1,000 requests in the build (jqwik's default tries); the measurement run of 10,000 is
 * {@code -Djqwik.tries.default=10000} (see benchmarks/results/api/hardening.md).
 */
class HostileBodiesFuzzTest {
  static TestServer srv;
  static String key;

  static final List<String> KEYS = List.of("format", "name", "stops", "vehicleTypes", "locations", "distances",
      "durations", "vehicles", "jobs", "shipments", "matrices", "car", "id", "location", "location_index",
      "capacity", "delivery", "time_windows", "time_window", "start", "end", "start_index", "end_index", "matrix",
      "count", "demand", "windows", "x", "y", "rounding", "tenant", "admin", "skills", "service", "priority");
  static final List<String> NUMBERS = List.of("0", "-1", "-999999999999", "1e308", "1e999", "-1e999", "NaN",
      "Infinity", "-Infinity", "99999999999999999999999999", "0.5", "-0.0", "4294967296", "2147483648", "1E-400",
      "00012", "0x1F", "1.7976931348623157E309");
  static final String VRPLIB = TestServer.smallVrplib(6, 11);
  static final List<String> TEMPLATES = List.of(VRPLIB, VroomEndpointTest.MATRIX_EXAMPLE,
      VroomEndpointTest.README_EXAMPLE, VroomEndpointTest.SKILLS_SHIPMENT_EXAMPLE,
      "{\"format\":\"routeforge/1\",\"name\":\"t\",\"locations\":[{\"id\":\"d\",\"x\":0,\"y\":0},{\"id\":\"a\",\"x\":3,\"y\":4}],"
          + "\"distances\":{\"rounding\":\"nint\"},\"stops\":[{\"id\":\"a\",\"location\":1,\"demand\":[1]}],"
          + "\"vehicleTypes\":[{\"id\":\"v\",\"count\":1,\"capacity\":[5],\"start\":0,\"end\":0}]}",
      "VEHICLE\nNUMBER     CAPACITY\n  2         50\n\nCUSTOMER\nCUST NO.  XCOORD.   YCOORD.    DEMAND   READY TIME  DUE DATE   SERVICE   TIME\n"
          + "    0      40         50          0          0       1236          0\n"
          + "    1      45         68         10        912        967         90\n");
  static final List<String> ENDPOINTS = List.of("/v1/vrp/jobs?time_limit=0.05", "/v1/vroom?time_limit=0.05",
      "/v1/vrp/solve?time_limit=0.05", "/v1/keys", "/v1/vrp/jobs?time_limit=NaN", "/v1/vrp/jobs?seed=1e999",
      "/v1/vrp/jobs?time_limit=-1&format=vrplib", "/v1/vrp/jobs?format=solomon&time_limit=0.05",
      "/v1/vrp/jobs?format=vroom&time_limit=0.05", "/v1/vrp/jobs?format=zzz", "/v1/vrp/solve?time_limit=1e308");
  static final List<String> TYPES = List.of("application/json", "text/plain", "text/x-vrplib", "text/x-solomon",
      "application/vnd.vroom+json", "application/json; charset=utf-8", "multipart/form-data", "", "*/*");

  @BeforeContainer
  static void start() throws Exception {
    srv = new TestServer(Map.of("workers", "1", "rate_limit_per_s", "1000000", "rate_limit_burst", "1000000",
        "max_body_bytes", "200000", "max_stops", "200", "sync_max_time_limit_s", "1"));
    key = TestServer.ADMIN_KEY;
  }

  @AfterContainer
  static void stop() throws Exception {
    assertEquals(200, srv.get("/v1/health", null).statusCode(), "server still up");
    srv.close();
  }

  /** One hostile request: endpoint, content type, body. */
  record Attack(String path, String type, String body) {
    @Override
    public String toString() {
      return path + " [" + type + "] " + (body.length() > 160 ? body.substring(0, 160) + "... (" + body.length() + " chars)" : body);
    }
  }

  /** The longest error response accepted: 50 field errors with their excerpts, and a detail. */
  static final int MAX_ERROR_CHARS = 64 * 1024;

  @Property
  void noHostileBodyGetsA5xx(@ForAll("attacks") Attack a) {
    HttpResponse<String> r = srv.send("POST", a.path(), key, a.type().isEmpty() ? null : a.type(), a.body());
    assertTrue(r.statusCode() < 500, () -> r.statusCode() + " for " + a + " -> " + Problem.excerpt(r.body(), 2000));
    if (r.statusCode() >= 400) {
      assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
          () -> "problem+json for " + r.statusCode() + ": " + Problem.excerpt(r.body(), 2000));
      assertTrue(r.body().length() <= MAX_ERROR_CHARS, () -> r.body().length() + " chars of error for " + a);
    }
  }

  @Provide
  Arbitrary<Attack> attacks() {
    Arbitrary<String> body = Arbitraries.oneOf(json(4), mutated(), deepNesting(), randomText(), hostileVrplib(),
        trailingGarbage(), hugeStrings());
    return Combinators.combine(Arbitraries.of(ENDPOINTS), Arbitraries.of(TYPES), body).as(Attack::new);
  }

  static Arbitrary<String> json(int depth) {
    Arbitrary<String> scalar = Arbitraries.oneOf(Arbitraries.of(NUMBERS), Arbitraries.of("true", "false", "null"),
        Arbitraries.strings().ofMaxLength(12).map(s -> "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\""));
    if (depth == 0) {
      return scalar;
    }
    Arbitrary<String> array = json(depth - 1).list().ofMaxSize(5).map(l -> "[" + String.join(",", l) + "]");
    Arbitrary<String> member = Combinators.combine(Arbitraries.of(KEYS), json(depth - 1)).as((k, v) -> "\"" + k + "\":" + v);
    Arbitrary<String> object = member.list().ofMaxSize(6).map(l -> "{" + String.join(",", l) + "}");
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(2, scalar), net.jqwik.api.Tuple.of(3, array), net.jqwik.api.Tuple.of(5, object));
  }

  /** A valid template with one number replaced, a span deleted, or a truncation. */
  static Arbitrary<String> mutated() {
    return Combinators.combine(Arbitraries.of(TEMPLATES), Arbitraries.integers().between(0, 10_000),
        Arbitraries.of(NUMBERS), Arbitraries.integers().between(0, 3)).as((t, pos, num, kind) -> {
          int p = pos % Math.max(1, t.length());
          switch (kind) {
            case 0:
              return t.substring(0, p);
            case 1:
              return t.substring(0, p) + t.substring(Math.min(t.length(), p + 7));
            case 2: {
              java.util.regex.Matcher m = java.util.regex.Pattern.compile("-?\\d+(\\.\\d+)?").matcher(t);
              int i = 0;
              StringBuilder sb = new StringBuilder();
              int target = pos % 40;
              while (m.find()) {
                m.appendReplacement(sb, i++ == target ? java.util.regex.Matcher.quoteReplacement(num) : m.group());
              }
              m.appendTail(sb);
              return sb.toString();
            }
            default:
              return t.substring(0, p) + num + t.substring(p);
          }
        });
  }

  /** A valid template followed by something: a second document, garbage, a lone bracket, NUL bytes. */
  static Arbitrary<String> trailingGarbage() {
    Arbitrary<String> tail = Arbitraries.oneOf(Arbitraries.of(" {}", "[]", "}", "]", "garbage", "\u0000\u0000",
        "\n{\"jobs\":[]}", ",", " 1", "\"x\"", "EOF\nEOF\n", "\n\n-1\n"), Arbitraries.strings().ofMinLength(1).ofMaxLength(40));
    return Combinators.combine(Arbitraries.of(TEMPLATES), tail).as((t, g) -> t + g);
  }

  /**
   * A template with a huge string: a value or a field name of 100 KB (under this server's 200 KB
   * body limit) or 1 MB (over it), or a huge first line.
   */
  static Arbitrary<String> hugeStrings() {
    return Combinators.combine(Arbitraries.of(TEMPLATES), Arbitraries.of(100_000, 1_000_000), Arbitraries.integers().between(0, 2))
        .as((t, n, kind) -> {
          String huge = "z".repeat(n);
          switch (kind) {
            case 0:
              return t.replaceFirst("\"(id|name|description)\"\\s*:\\s*\"[^\"]*\"", "\"$1\":\"" + huge + "\"");
            case 1:
              return t.startsWith("{") ? "{\"" + huge + "\":1," + t.substring(1) : huge + "\n" + t;
            default:
              return huge + t;
          }
        });
  }

  static Arbitrary<String> deepNesting() {
    return Combinators.combine(Arbitraries.integers().between(100, 5000), Arbitraries.of("[", "{\"jobs\":", "{\"a\":["))
        .as((n, open) -> open.repeat(n));
  }

  static Arbitrary<String> randomText() {
    return Arbitraries.strings().all().ofMaxLength(400);
  }

  static Arbitrary<String> hostileVrplib() {
    return Combinators.combine(Arbitraries.of("DIMENSION", "CAPACITY", "VEHICLES", "EDGE_WEIGHT_TYPE",
        "EDGE_WEIGHT_FORMAT", "NODE_COORD_SECTION", "DEPOT_SECTION"), Arbitraries.of(NUMBERS))
        .as((k, v) -> VRPLIB.replaceFirst("(?m)^" + k + ".*$", k + " : " + v));
  }
}
