package org.routeforge.api.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Fills in the {@code matrices} of a VROOM request that gives only {@code [lon, lat]} locations
 * (VROOM would ask OSRM or another router): great-circle distances in metres (haversine, mean Earth
 * radius) and durations at {@value #SPEED_KMH} km/h, rounded to integers as VROOM's matrices are.
 * Every location gets its {@code location_index}. Requests that already carry matrices or indices
 * are left as they are, and the response says which routing was used.
 *
 * @implNote stateless and thread-safe; the tree is modified in place.
 */
public final class GreatCircleMatrices {
  /** Assumed travel speed for durations. */
  public static final double SPEED_KMH = 50;
  private static final double EARTH_RADIUS_M = 6_371_008.8;

  private GreatCircleMatrices() {}

  /**
   * Adds matrices and location indices when the request has locations but neither. Returns whether
   * it did.
   */
  public static boolean fillIn(JsonNode root, int maxLocations) {
    if (!root.isObject() || root.has("matrices")) {
      return false;
    }
    List<ObjectNode> owners = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    collect(root.get("vehicles"), new String[] {"start", "end"}, owners, keys);
    collect(root.get("jobs"), new String[] {"location"}, owners, keys);
    JsonNode shipments = root.get("shipments");
    if (shipments != null && shipments.isArray()) {
      for (JsonNode s : shipments) {
        if (s.isObject()) {
          for (String side : new String[] {"pickup", "delivery"}) {
            JsonNode step = s.get(side);
            if (step != null && step.isObject()) {
              addIfLocated((ObjectNode) step, "location", owners, keys);
            }
          }
        }
      }
    }
    if (owners.isEmpty()) {
      return false;
    }
    Map<String, Integer> index = new HashMap<>();
    List<double[]> points = new ArrayList<>();
    for (int i = 0; i < owners.size(); i++) {
      JsonNode c = owners.get(i).get(keys.get(i));
      String indexKey = keys.get(i).equals("location") ? "location_index" : keys.get(i) + "_index";
      if (owners.get(i).has(indexKey)) {
        return false;
      }
      double lon = c.get(0).doubleValue();
      double lat = c.get(1).doubleValue();
      if (!(Math.abs(lon) <= 180 && Math.abs(lat) <= 90)) {
        return false;
      }
      String k = lon + "," + lat;
      Integer at = index.get(k);
      if (at == null) {
        at = points.size();
        index.put(k, at);
        points.add(new double[] {lon, lat});
        if (points.size() > maxLocations) {
          return false;
        }
      }
      owners.get(i).put(indexKey, at);
    }
    int n = points.size();
    ObjectNode profile = ((ObjectNode) root).putObject("matrices").putObject(profileOf(root));
    ArrayNode durations = profile.putArray("durations");
    ArrayNode distances = profile.putArray("distances");
    double metresPerSecond = SPEED_KMH / 3.6;
    for (int i = 0; i < n; i++) {
      ArrayNode dr = durations.addArray();
      ArrayNode ds = distances.addArray();
      for (int j = 0; j < n; j++) {
        double d = haversine(points.get(i), points.get(j));
        ds.add(Math.round(d));
        dr.add(Math.round(d / metresPerSecond));
      }
    }
    return true;
  }

  private static String profileOf(JsonNode root) {
    JsonNode v = root.path("vehicles").path(0).path("profile");
    return v.isTextual() ? v.asText() : "car";
  }

  private static void collect(JsonNode arr, String[] keys, List<ObjectNode> owners, List<String> outKeys) {
    if (arr == null || !arr.isArray()) {
      return;
    }
    for (JsonNode o : arr) {
      if (o.isObject()) {
        for (String k : keys) {
          addIfLocated((ObjectNode) o, k, owners, outKeys);
        }
      }
    }
  }

  private static void addIfLocated(ObjectNode o, String key, List<ObjectNode> owners, List<String> keys) {
    JsonNode c = o.get(key);
    if (c != null && c.isArray() && c.size() == 2 && c.get(0).isNumber() && c.get(1).isNumber()) {
      owners.add(o);
      keys.add(key);
    }
  }

  /** Great-circle distance in metres between two {@code [lon, lat]} points. */
  static double haversine(double[] a, double[] b) {
    double lat1 = Math.toRadians(a[1]);
    double lat2 = Math.toRadians(b[1]);
    double dLat = lat2 - lat1;
    double dLon = Math.toRadians(b[0] - a[0]);
    double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
        + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
    return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
  }
}
