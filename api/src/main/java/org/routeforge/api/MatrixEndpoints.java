package org.routeforge.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.routeforge.api.http.ApiException;
import org.routeforge.api.http.Http;
import org.routeforge.api.http.Problem;
import org.routeforge.graph.roads.OsrmTables;
import org.routeforge.graph.roads.RoadMatrix;
import org.routeforge.graph.roads.RoadNetwork;
import org.routeforge.graph.roads.SnappedPoints;
import org.routeforge.graph.roads.UnsnappablePointsException;

/**
 * {@code POST /v1/matrix}: road travel-time and distance matrices on the road network loaded at start
 * (GraphHopper, setting {@code roads_osm}) in OSRM's {@code table} shape, streamed; 409 when the
 * server has no road network, 422 naming each location that does not snap.
 *
 * @implNote thread-safe: matrices on the one network are serialised.
 */
final class MatrixEndpoints {
  private static final Set<String> MATRIX_FIELDS = Set.of("locations", "sources", "destinations", "max_snap_m");

  private final ServiceConfig config;
  private final ObjectMapper mapper;
  private final Capabilities caps;

  MatrixEndpoints(ServiceConfig config, ObjectMapper mapper, Capabilities caps) {
    this.config = config;
    this.mapper = mapper;
    this.caps = caps;
  }

  void register(RoutesConfig r) {
    r.post("/v1/matrix", this::matrix);
  }

  private void matrix(Context ctx) throws Exception {
    Http.onlyParams(ctx, Set.of());
    RoadNetwork net = caps.roads();
    if (net == null) {
      // 409: the request may be fine, but this server is not set up for it (not a temporary outage)
      throw new ApiException(new Problem(409, "roads_not_configured", "No road network",
          "this server has no road network loaded; start it with `routeforge serve --roads FILE.osm.pbf`"
              + " (or the setting roads_osm in routeforge.properties, or ROUTEFORGE_ROADS_OSM)")
          .with("setting", "roads_osm"));
    }
    JsonNode req = JsonRequests.object(ctx, mapper, config.maxBodyBytes());
    JsonRequests.onlyFields(req, MATRIX_FIELDS);
    JsonNode locs = req.path("locations");
    if (!locs.isArray() || locs.isEmpty()) {
      throw ApiException.badRequest("missing_field", "locations must be a non-empty array of [lon, lat]", "/locations", "locations");
    }
    if (locs.size() > config.maxMatrixPoints()) {
      throw ApiException.limit("max_matrix_points", config.maxMatrixPoints(), locs.size(), "/locations",
          locs.size() + " locations; this server computes matrices of at most " + config.maxMatrixPoints());
    }
    double[] lat = new double[locs.size()];
    double[] lon = new double[locs.size()];
    for (int i = 0; i < locs.size(); i++) {
      JsonNode c = locs.get(i);
      if (!c.isArray() || c.size() != 2 || !c.get(0).isNumber() || !c.get(1).isNumber()
          || Math.abs(c.get(0).asDouble()) > 180 || Math.abs(c.get(1).asDouble()) > 90) {
        throw ApiException.badRequest("invalid_field", "each location is [lon, lat] in degrees", "/locations/" + i, "locations");
      }
      lon[i] = c.get(0).asDouble();
      lat[i] = c.get(1).asDouble();
    }
    double maxSnap = req.path("max_snap_m").isNumber() ? req.get("max_snap_m").asDouble() : 500;
    int[] src = indices(req.path("sources"), locs.size(), "/sources");
    int[] dst = indices(req.path("destinations"), locs.size(), "/destinations");
    RoadMatrix m;
    synchronized (net) {
      SnappedPoints all = net.snap(lat, lon, maxSnap);
      try {
        if (src == null && dst == null) {
          m = net.matrix(all);
        } else {
          m = net.matrix(net.snap(pick(lat, src), pick(lon, src), maxSnap), net.snap(pick(lat, dst), pick(lon, dst), maxSnap));
        }
      } catch (UnsnappablePointsException e) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int i : all.unsnappable()) {
          errors.add(new Problem.FieldError("/locations/" + i, null, "locations", all.reason(i)));
        }
        throw new ApiException(new Problem(422, "unsnappable", "Locations off the road network",
            e.getMessage()).errors(errors));
      }
    }
    // Streamed with OSRM's precision: a 1000 x 1000 table is never held as one string. Sent uncompressed as
    // OSRM does: gzip of its 14 MB costs about 1 s of CPU, several times the matrix itself.
    ctx.disableCompression();
    ctx.contentType("application/json").header("Server-Timing",
        String.format(Locale.ROOT, "matrix;dur=%.1f", m.computeSeconds() * 1000));
    OsrmTables.of(m).writeOsrmPrecision(ctx.outputStream());
  }

  private static int[] indices(JsonNode n, int size, String ptr) {
    if (n.isMissingNode() || n.isNull()) {
      return null;
    }
    if (!n.isArray() || n.isEmpty()) {
      throw ApiException.badRequest("invalid_field", ptr.substring(1) + " must be a non-empty array of location indices", ptr, ptr.substring(1));
    }
    int[] out = new int[n.size()];
    for (int i = 0; i < out.length; i++) {
      if (!n.get(i).canConvertToInt() || n.get(i).asInt() < 0 || n.get(i).asInt() >= size) {
        throw ApiException.badRequest("invalid_field", "index out of range 0.." + (size - 1), ptr + "/" + i, ptr.substring(1));
      }
      out[i] = n.get(i).asInt();
    }
    return out;
  }

  private static double[] pick(double[] v, int[] idx) {
    if (idx == null) {
      return v;
    }
    double[] out = new double[idx.length];
    for (int i = 0; i < idx.length; i++) {
      out[i] = v[idx[i]];
    }
    return out;
  }
}
