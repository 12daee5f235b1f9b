package org.routeforge.api.routing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.routeforge.api.http.ApiException;
import org.routeforge.api.http.Problem;
import org.routeforge.data.io.InputException;
import org.routeforge.data.io.vroom.VroomSolution;
import org.routeforge.data.model.Instance;
import org.routeforge.graph.matrix.CoordinateMatrices;
import org.routeforge.graph.roads.UnsnappablePointsException;

/**
 * The routing of one request: fills in the matrices of a coordinates-only request from the server's
 * {@link Routing}, reads VROOM's {@code "options": {"g": true}} geometry flag, and adds to the answer
 * which routing was used ({@code routing}) and, when asked, each route's encoded polyline
 * ({@code geometry}). A location off the road network is a 422 naming it by its JSON pointer.
 *
 * @implNote one instance per request; not thread-safe.
 */
public final class RequestRouting {
  /** Said when the request brought its own matrices. */
  public static final String GIVEN = "matrices given in the request";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Routing server;
  private boolean geometry;
  private String profile = CoordinateMatrices.DEFAULT_PROFILE;
  private String routing;
  private long routingNanos;

  RequestRouting(Routing server) {
    this.server = server;
  }

  /**
   * Takes VROOM's {@code options} out of the request (reading {@code g}) and fills in matrices and
   * location indices when the request gives coordinates only.
   *
   * @throws InputException for malformed options or coordinates (a 400 with pointers)
   * @throws ApiException 422 when locations lie off the road network
   */
  public void fillVroom(JsonNode root) throws InputException {
    if (!root.isObject()) {
      return;
    }
    readOptions((ObjectNode) root);
    JsonNode p = root.path("vehicles").path(0).path("profile");
    profile = p.isTextual() ? p.asText() : CoordinateMatrices.DEFAULT_PROFILE;
    Map<String, String> used;
    long t0 = System.nanoTime();
    try {
      used = CoordinateMatrices.fillVroom(root, server::sourceFor, Routing.MAX_LOCATIONS, "request");
    } catch (UnsnappablePointsException e) {
      throw unsnappable(e);
    } finally {
      routingNanos += System.nanoTime() - t0;
    }
    if (used.isEmpty()) {
      routing = GIVEN;
      return;
    }
    Map<String, String> described = new LinkedHashMap<>();
    used.keySet().forEach(k -> described.put(k, server.describe(k)));
    routing = CoordinateMatrices.summary(described);
  }

  /**
   * A geographic instance whose distances are derived from coordinates (RouteForge JSON with
   * {@code "geographic": true}) gets matrices from the server's routing; other instances are kept.
   *
   * @throws InputException when two locations have no route between them
   * @throws ApiException 422 when locations lie off the road network
   */
  public Instance fillInstance(Instance in) throws InputException {
    Instance out;
    long t0 = System.nanoTime();
    try {
      out = CoordinateMatrices.fillInstance(in, server.sourceFor(profile), profile, "request");
    } catch (UnsnappablePointsException e) {
      throw unsnappable(e);
    } finally {
      routingNanos += System.nanoTime() - t0;
    }
    if (out != in) {
      routing = server.describe(profile);
    } else if (routing == null) {
      routing = in.rounding() != null ? "distances of the coordinates (" + in.rounding().name().toLowerCase(java.util.Locale.ROOT)
          + " rounding)" : GIVEN;
    }
    return out;
  }

  /** Which routing the request's matrices came from, in words (null before a fill-in step ran). */
  public String routing() {
    return routing;
  }

  /** Milliseconds spent so far computing matrices and geometry from coordinates. */
  public long routingMillis() {
    return routingNanos / 1_000_000;
  }

  /** Whether the request asked for route geometry ({@code "options": {"g": true}}). */
  public boolean geometry() {
    return geometry;
  }

  /**
   * The VROOM answer as JSON, {@linkplain #decorate decorated}.
   *
   * @throws ApiException 422 as {@link #decorate}
   */
  public String vroomJson(VroomSolution solution) {
    try {
      ObjectNode tree = decorate((ObjectNode) JSON.readTree(solution.format()));
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Adds to an answer ({@code routes[].steps[].location} as {@code [lon, lat]}, VROOM's output or the
   * service's solution JSON) which routing was used ({@code routing}) and, when the request asked for
   * it, each route's {@code geometry}: the polyline through its steps on the same routing.
   *
   * @return {@code answer}
   * @throws ApiException 422 when geometry was asked for but a task step has no location, or there is no
   *     road path through the steps ({@code routing} is added first)
   */
  public ObjectNode decorate(ObjectNode answer) {
    if (routing != null) {
      answer.put("routing", routing);
    }
    if (geometry) {
      long t0 = System.nanoTime();
      JsonNode routes = answer.path("routes");
      for (int r = 0; r < routes.size(); r++) {
        ((ObjectNode) routes.get(r)).put("geometry", polyline(routes.get(r).path("steps"), r));
      }
      routingNanos += System.nanoTime() - t0;
      JsonNode times = answer.path("summary").path("computing_times");
      if (times.isObject()) {
        ((ObjectNode) times).put("routing", routingMillis());
      }
    }
    return answer;
  }

  /** The polyline through the located steps; breaks, open starts and open ends have no place of their own. */
  private String polyline(JsonNode steps, int r) {
    double[] lonAll = new double[steps.size()];
    double[] latAll = new double[steps.size()];
    int m = 0;
    for (int k = 0; k < steps.size(); k++) {
      JsonNode loc = steps.get(k).path("location");
      if (!loc.path(0).isNumber() || !loc.path(1).isNumber()) {
        String type = steps.get(k).path("type").asText();
        boolean placeless = type.equals("break") || ((type.equals("start") || type.equals("end"))
            && !steps.get(k).has("location_index"));
        if (placeless) {
          continue;
        }
        throw new ApiException(new Problem(422, "no_geometry", "No geometry", "route geometry (options.g) needs "
            + "[lon, lat] for every location; step " + k + " of route " + r + " has none")
            .errors(List.of(new Problem.FieldError("/options/g", null, "g", "the request has locations without coordinates"))));
      }
      lonAll[m] = loc.get(0).asDouble();
      latAll[m] = loc.get(1).asDouble();
      m++;
    }
    double[] lon = java.util.Arrays.copyOf(lonAll, m);
    double[] lat = java.util.Arrays.copyOf(latAll, m);
    try {
      return server.sourceFor(profile).polyline(lon, lat, profile);
    } catch (UnsnappablePointsException | IllegalArgumentException e) {
      throw new ApiException(new Problem(422, "unroutable", "No route", "no path through the steps of route " + r
          + ": " + e.getMessage()));
    }
  }

  private void readOptions(ObjectNode root) throws InputException {
    JsonNode options = root.remove("options");
    if (options == null || options.isNull()) {
      return;
    }
    List<InputException.Problem> problems = new ArrayList<>();
    if (!options.isObject()) {
      problems.add(InputException.Problem.atPointer("request", "/options", "options", "expected an object like {\"g\": true}"));
    } else {
      options.fieldNames().forEachRemaining(k -> {
        if (!k.equals("g")) {
          problems.add(InputException.Problem.atPointer("request", "/options/" + k, k,
              "unknown option; VROOM's input options are {\"g\": true|false} (route geometry)"));
        }
      });
      JsonNode g = options.get("g");
      if (g != null && !g.isBoolean()) {
        problems.add(InputException.Problem.atPointer("request", "/options/g", "g", "expected true or false"));
      }
      geometry = g != null && g.asBoolean();
    }
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
  }

  private static ApiException unsnappable(UnsnappablePointsException e) {
    List<Problem.FieldError> errors = new ArrayList<>();
    for (InputException.Problem p : e.problems()) {
      errors.add(new Problem.FieldError(p.pointer(), null, p.field(), p.message()));
    }
    String detail = errors.size() == 1 ? errors.get(0).pointer() + ": " + errors.get(0).detail()
        : errors.size() + " locations are off the road network; see errors";
    return new ApiException(new Problem(422, "unsnappable", "Locations off the road network", detail).errors(errors));
  }
}
