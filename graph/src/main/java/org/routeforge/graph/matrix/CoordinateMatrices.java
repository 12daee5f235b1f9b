package org.routeforge.graph.matrix;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.routeforge.data.io.InputException;
import org.routeforge.data.model.DenseMatrix;
import org.routeforge.data.model.Instance;
import org.routeforge.data.model.Location;
import org.routeforge.graph.roads.UnsnappablePointsException;

/**
 * Fills in the travel matrices of requests that give only {@code [lon, lat]} locations, from a
 * {@link MatrixSource} (as VROOM asks OSRM): VROOM input gets {@code matrices} per vehicle profile
 * (durations and distances rounded to integers, as VROOM's matrices are) and a location index for
 * every location; a geographic RouteForge instance whose distances are derived from coordinates gets
 * explicit duration and distance matrices. Requests that bring their own matrices are left as they
 * are. A point off the network is reported with the JSON pointer of every field that uses it.
 *
 * @implNote stateless and thread-safe; a VROOM tree is modified in place.
 */
public final class CoordinateMatrices {
  /** The profile of VROOM vehicles that do not name one (VROOM's default). */
  public static final String DEFAULT_PROFILE = "car";

  private CoordinateMatrices() {}

  /**
   * Adds {@code matrices} and location indices to a VROOM request that has locations but neither.
   *
   * @param sourceFor the source for each vehicle profile
   * @param maxLocations most distinct locations filled in
   * @param source names the input in problems ("request", a file name)
   * @return the routing used per profile (in vehicle order), empty when the request was left as it is
   * @throws UnsnappablePointsException when locations lie off the network, each named by its pointers
   * @throws InputException when a location is not {@code [lon, lat]}, there are too many, or two
   *     locations have no route between them
   */
  public static Map<String, String> fillVroom(JsonNode root, Function<String, MatrixSource> sourceFor,
      int maxLocations, String source) throws InputException {
    if (!root.isObject() || root.has("matrices")) {
      return Map.of();
    }
    List<ObjectNode> owners = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    List<String> pointers = new ArrayList<>();
    collect(root.get("vehicles"), "/vehicles", new String[] {"start", "end"}, owners, keys, pointers);
    collect(root.get("jobs"), "/jobs", new String[] {"location"}, owners, keys, pointers);
    JsonNode shipments = root.get("shipments");
    if (shipments != null && shipments.isArray()) {
      for (int s = 0; s < shipments.size(); s++) {
        for (String side : new String[] {"pickup", "delivery"}) {
          JsonNode step = shipments.get(s).get(side);
          if (step != null && step.isObject()) {
            addIfLocated((ObjectNode) step, "/shipments/" + s + "/" + side, "location", owners, keys, pointers);
          }
        }
      }
    }
    if (owners.isEmpty()) {
      return Map.of();
    }
    for (int i = 0; i < owners.size(); i++) {
      if (owners.get(i).has(indexKey(keys.get(i)))) {
        return Map.of();
      }
    }
    List<InputException.Problem> problems = new ArrayList<>();
    Map<String, Integer> index = new HashMap<>();
    List<double[]> points = new ArrayList<>();
    List<List<String>> users = new ArrayList<>();
    int[] pointOf = new int[owners.size()];
    for (int i = 0; i < owners.size(); i++) {
      JsonNode c = owners.get(i).get(keys.get(i));
      double lon = c.get(0).doubleValue();
      double lat = c.get(1).doubleValue();
      if (!(Math.abs(lon) <= 180 && Math.abs(lat) <= 90)) {
        problems.add(InputException.Problem.atPointer(source, pointers.get(i), keys.get(i),
            "expected [lon, lat] in degrees, got [" + lon + ", " + lat + "]"));
        continue;
      }
      Integer at = index.putIfAbsent(lon + "," + lat, points.size());
      if (at == null) {
        at = points.size();
        points.add(new double[] {lon, lat});
        users.add(new ArrayList<>(1));
      }
      users.get(at).add(pointers.get(i));
      pointOf[i] = at;
    }
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
    if (points.size() > maxLocations) {
      throw new InputException(InputException.Problem.atPointer(source, "", "locations", points.size()
          + " distinct locations without matrices; this accepts at most " + maxLocations
          + " (give \"matrices\" and location indices for larger requests)"));
    }
    int n = points.size();
    double[] lon = new double[n];
    double[] lat = new double[n];
    for (int k = 0; k < n; k++) {
      lon[k] = points.get(k)[0];
      lat[k] = points.get(k)[1];
    }
    Map<String, String> routing = new LinkedHashMap<>();
    ObjectNode matrices = ((ObjectNode) root).objectNode();
    for (String profile : profiles(root)) {
      MatrixSource src = sourceFor.apply(profile);
      TravelTable t = tableNamingUsers(src, lon, lat, profile, users, source);
      requireRoutes(t, users, source);
      ObjectNode m = matrices.putObject(profile);
      writeRounded(m.putArray("durations"), t.durations(), n);
      writeRounded(m.putArray("distances"), t.distances(), n);
      routing.put(profile, src.description(profile));
    }
    ((ObjectNode) root).set("matrices", matrices);
    for (int i = 0; i < owners.size(); i++) {
      owners.get(i).put(indexKey(keys.get(i)), pointOf[i]);
    }
    return routing;
  }

  /**
   * The instance with duration and distance matrices from {@code src} when it is geographic and its
   * distances are derived from coordinates; otherwise the instance itself.
   *
   * @throws UnsnappablePointsException naming each location off the network by {@code /locations/i}
   * @throws InputException when two locations have no route between them
   */
  public static Instance fillInstance(Instance in, MatrixSource src, String profile, String source)
      throws InputException {
    if (!in.geographic() || in.rounding() == null || !in.hasCoordinates()) {
      return in;
    }
    int n = in.locations().size();
    double[] lon = new double[n];
    double[] lat = new double[n];
    List<List<String>> users = new ArrayList<>(n);
    for (int k = 0; k < n; k++) {
      Location l = in.locations().get(k);
      lon[k] = l.x();
      lat[k] = l.y();
      users.add(List.of("/locations/" + k));
    }
    TravelTable t = tableNamingUsers(src, lon, lat, profile, users, source);
    requireRoutes(t, users, source);
    return in.toBuilder().distances(new DenseMatrix(n, t.distances())).durations(new DenseMatrix(n, t.durations()))
        .build();
  }

  /** One line for several profiles' routing: the description, or "profile: description; ..." */
  public static String summary(Map<String, String> routingByProfile) {
    Set<String> distinct = new LinkedHashSet<>(routingByProfile.values());
    if (distinct.size() == 1) {
      return distinct.iterator().next();
    }
    StringBuilder sb = new StringBuilder();
    routingByProfile.forEach((p, d) -> sb.append(sb.length() == 0 ? "" : "; ").append(p).append(": ").append(d));
    return sb.toString();
  }

  private static TravelTable tableNamingUsers(MatrixSource src, double[] lon, double[] lat, String profile,
      List<List<String>> users, String source) throws UnsnappablePointsException {
    try {
      return src.table(lon, lat, profile);
    } catch (UnsnappablePointsException e) {
      List<InputException.Problem> problems = new ArrayList<>();
      int[] bad = e.indices();
      for (int k = 0; k < bad.length; k++) {
        String why = e.problems().get(k).message();
        for (String ptr : users.get(bad[k])) {
          problems.add(InputException.Problem.atPointer(source, ptr, "location", why));
        }
      }
      throw new UnsnappablePointsException(problems, bad);
    }
  }

  private static void requireRoutes(TravelTable t, List<List<String>> users, String source) throws InputException {
    int n = t.size();
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (!Double.isFinite(t.duration(i, j)) || !Double.isFinite(t.distance(i, j))) {
          throw new InputException(InputException.Problem.atPointer(source, users.get(i).get(0), "location",
              "no route from here to " + users.get(j).get(0) + " on the road network"));
        }
      }
    }
  }

  private static void writeRounded(ArrayNode rows, double[] v, int n) {
    for (int i = 0; i < n; i++) {
      ArrayNode row = rows.addArray();
      for (int j = 0; j < n; j++) {
        row.add(Math.round(v[i * n + j]));
      }
    }
  }

  /** The distinct vehicle profiles in vehicle order ({@value #DEFAULT_PROFILE} when none is named). */
  private static List<String> profiles(JsonNode root) {
    Set<String> out = new LinkedHashSet<>();
    JsonNode vehicles = root.path("vehicles");
    for (JsonNode v : vehicles) {
      JsonNode p = v.path("profile");
      out.add(p.isTextual() ? p.asText() : DEFAULT_PROFILE);
    }
    if (out.isEmpty()) {
      out.add(DEFAULT_PROFILE);
    }
    return new ArrayList<>(out);
  }

  private static String indexKey(String coordKey) {
    return coordKey.equals("location") ? "location_index" : coordKey + "_index";
  }

  private static void collect(JsonNode arr, String ptr, String[] keys, List<ObjectNode> owners, List<String> outKeys,
      List<String> pointers) {
    if (arr == null || !arr.isArray()) {
      return;
    }
    for (int i = 0; i < arr.size(); i++) {
      if (arr.get(i).isObject()) {
        for (String k : keys) {
          addIfLocated((ObjectNode) arr.get(i), ptr + "/" + i, k, owners, outKeys, pointers);
        }
      }
    }
  }

  private static void addIfLocated(ObjectNode o, String ptr, String key, List<ObjectNode> owners, List<String> keys,
      List<String> pointers) {
    JsonNode c = o.get(key);
    if (c != null && c.isArray() && c.size() == 2 && c.get(0).isNumber() && c.get(1).isNumber()) {
      owners.add(o);
      keys.add(key);
      pointers.add(ptr + "/" + key);
    }
  }
}
