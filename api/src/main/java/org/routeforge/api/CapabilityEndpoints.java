package org.routeforge.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jobrunr.scheduling.JobRequestScheduler;
import org.routeforge.api.http.ApiException;
import org.routeforge.api.http.Http;
import org.routeforge.api.http.Problem;
import org.routeforge.api.jobs.WsnInput;
import org.routeforge.api.jobs.WsnJobRequest;
import org.routeforge.api.store.JobRow;
import org.routeforge.api.store.JobStatus;
import org.routeforge.api.store.JobStore;
import org.routeforge.graph.paths.PathResult;
import org.routeforge.graph.roads.OsrmTables;
import org.routeforge.graph.roads.RoadMatrix;
import org.routeforge.graph.roads.RoadNetwork;
import org.routeforge.graph.roads.SnappedPoints;
import org.routeforge.graph.roads.UnsnappablePointsException;

/**
 * The endpoints of the other capabilities: WSN lifetime simulations as jobs
 * ({@code /v1/wsn/simulations}), shortest paths on a graph loaded at start ({@code POST /v1/paths},
 * JGraphT's contract: {@code path: null} when none exists), and road travel-time/distance matrices in
 * OSRM's {@code table} shape ({@code POST /v1/matrix}, GraphHopper).
 *
 * @implNote thread-safe.
 */
final class CapabilityEndpoints {
  private static final Set<String> PATH_FIELDS = Set.of("graph", "method", "source", "target", "pairs");
  private static final Set<String> METHODS = Set.of("wormhole", "bidirectional_bfs", "dijkstra");
  private static final Set<String> MATRIX_FIELDS = Set.of("locations", "sources", "destinations", "max_snap_m");
  private static final int MAX_PAIRS = 1000;

  private final ServiceConfig config;
  private final JobStore jobs;
  private final ObjectMapper mapper;
  private final JobRequestScheduler scheduler;
  private final Runnable onQueued;
  private final Capabilities caps;

  CapabilityEndpoints(ServiceConfig config, JobStore jobs, ObjectMapper mapper, JobRequestScheduler scheduler,
      Runnable onQueued, Capabilities caps) {
    this.config = config;
    this.jobs = jobs;
    this.mapper = mapper;
    this.scheduler = scheduler;
    this.onQueued = onQueued;
    this.caps = caps;
  }

  void register(RoutesConfig r) {
    r.post("/v1/wsn/simulations", this::submitWsn);
    r.get("/v1/wsn/simulations", this::listWsn);
    r.get("/v1/wsn/simulations/{id}", this::getWsn);
    r.delete("/v1/wsn/simulations/{id}", this::cancelWsn);
    r.post("/v1/paths", this::paths);
    r.post("/v1/matrix", this::matrix);
  }

  private JsonNode jsonBody(Context ctx, long max) {
    String ct = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(java.util.Locale.ROOT);
    if (!ct.startsWith("application/json")) {
      throw new ApiException(new Problem(415, "unsupported_media_type", "Unsupported media type", "send application/json"));
    }
    String body = Http.body(ctx, max);
    try {
      JsonNode n = mapper.readTree(body);
      if (n == null || !n.isObject()) {
        throw ApiException.badRequest("invalid_request", "the body must be a JSON object", "", null);
      }
      return n;
    } catch (com.fasterxml.jackson.core.JacksonException e) {
      throw JsonProblems.of(e);
    }
  }

  private static void onlyFields(JsonNode n, Set<String> allowed) {
    for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      if (!allowed.contains(k)) {
        throw ApiException.badRequest("unknown_field", "unknown field '" + k + "'; known: " + new java.util.TreeSet<>(allowed), "/" + k, k);
      }
    }
  }

  // --- WSN simulations -------------------------------------------------------------------------

  private void submitWsn(Context ctx) throws Exception {
    Http.onlyParams(ctx, Set.of());
    String body = Http.body(ctx, config.maxBodyBytes());
    String ct = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(java.util.Locale.ROOT);
    if (!ct.startsWith("application/json")) {
      throw new ApiException(new Problem(415, "unsupported_media_type", "Unsupported media type", "send application/json"));
    }
    WsnInput in = WsnInput.parse(mapper, body, config.maxWsnNodes());
    UUID id = UUID.randomUUID();
    jobs.insert(new JobStore.NewJob(id.toString(), ApiServer.principal(ctx).tenant(),
        in.protocol() + ", " + in.config().nodes() + " nodes", JobStore.WSN, body, in.config().nodes(), 0, 0, in.seed()));
    scheduler.enqueue(id, new WsnJobRequest(id.toString()));
    onQueued.run();
    ObjectNode n = mapper.createObjectNode();
    n.put("id", id.toString());
    n.put("status", JobStatus.QUEUED.wire());
    ctx.status(202).header("Location", "/v1/wsn/simulations/" + id).json(n);
  }

  private JobRow ownWsn(Context ctx) throws Exception {
    String id = ctx.pathParam("id");
    Optional<JobRow> r = VrpEndpoints.validId(id) ? jobs.find(id, ApiServer.principal(ctx).tenant()) : Optional.empty();
    return r.filter(row -> JobStore.WSN.equals(row.inputFormat()))
        .orElseThrow(() -> ApiException.notFound("simulation " + (id.length() > 64 ? id.substring(0, 64) : id)));
  }

  private ObjectNode wsnView(JobRow r) {
    ObjectNode v = JobViews.view(mapper, r);
    v.remove(List.of("format", "stops", "vehicles", "time_limit", "best", "links"));
    v.put("nodes", r.stops());
    v.putObject("links").put("self", "/v1/wsn/simulations/" + r.id());
    return v;
  }

  private void listWsn(Context ctx) throws Exception {
    Http.onlyParams(ctx, Set.of("limit", "offset"));
    int limit = (int) Http.longParam(ctx, "limit", 50, 1, 200);
    long offset = Http.longParam(ctx, "offset", 0, 0, Long.MAX_VALUE / 2);
    JobStore.Page page = jobs.list(ApiServer.principal(ctx).tenant(), true, limit, offset);
    ObjectNode n = mapper.createObjectNode();
    ArrayNode arr = n.putArray("simulations");
    for (JobRow r : page.jobs()) {
      arr.add(wsnView(r));
    }
    n.put("total", page.total());
    ctx.json(n);
  }

  private void getWsn(Context ctx) throws Exception {
    Http.onlyParams(ctx, Set.of());
    JobRow r = ownWsn(ctx);
    ObjectNode v = wsnView(r);
    String result = jobs.solution(r.id()).map(s -> s[0]).orElse(null);
    if (result != null) {
      v.set("result", mapper.readTree(result));
    } else {
      v.putNull("result");
    }
    ctx.json(v);
  }

  private void cancelWsn(Context ctx) throws Exception {
    Http.onlyParams(ctx, Set.of());
    JobRow r = ownWsn(ctx);
    jobs.cancel(r.id(), r.tenant());
    ctx.json(wsnView(jobs.find(r.id(), r.tenant()).orElse(r)));
  }

  // --- graph paths -----------------------------------------------------------------------------

  private void paths(Context ctx) throws Exception {
    Http.onlyParams(ctx, Set.of());
    JsonNode req = jsonBody(ctx, config.maxBodyBytes());
    onlyFields(req, PATH_FIELDS);
    JsonNode gn = req.path("graph");
    if (!gn.isTextual()) {
      throw ApiException.badRequest("missing_field", "graph (a name) is required; loaded: " + caps.graphNames(), "/graph", "graph");
    }
    Capabilities.LoadedGraph g = caps.graph(gn.asText());
    if (g == null) {
      throw new ApiException(new Problem(404, "graph_not_found", "Graph not found", "no graph named '"
          + gn.asText() + "' is loaded; loaded: " + caps.graphNames() + " (setting graphs)"));
    }
    String method = req.path("method").isMissingNode() ? "wormhole" : req.path("method").asText("");
    if (!METHODS.contains(method)) {
      throw ApiException.badRequest("invalid_field", "method must be one of " + METHODS, "/method", "method");
    }
    List<long[]> pairs = new ArrayList<>();
    List<String> pointers = new ArrayList<>();
    if (req.has("pairs")) {
      JsonNode ps = req.get("pairs");
      if (!ps.isArray() || ps.size() > MAX_PAIRS) {
        throw ApiException.badRequest("invalid_field", "pairs must be an array of at most " + MAX_PAIRS + " [source, target] pairs", "/pairs", "pairs");
      }
      for (int i = 0; i < ps.size(); i++) {
        JsonNode p = ps.get(i);
        if (!p.isArray() || p.size() != 2 || !p.get(0).canConvertToLong() || !p.get(1).canConvertToLong()) {
          throw ApiException.badRequest("invalid_field", "each pair is [source, target] with integer vertex ids", "/pairs/" + i, "pairs");
        }
        pairs.add(new long[] {p.get(0).asLong(), p.get(1).asLong()});
        pointers.add("/pairs/" + i);
      }
    } else {
      if (!req.path("source").canConvertToLong() || !req.path("target").canConvertToLong()) {
        throw ApiException.badRequest("missing_field", "give integer source and target vertex ids, or pairs",
            req.path("source").canConvertToLong() ? "/target" : "/source", "source");
      }
      pairs.add(new long[] {req.get("source").asLong(), req.get("target").asLong()});
      pointers.add("");
    }
    long t0 = System.nanoTime();
    ObjectNode out = mapper.createObjectNode();
    out.put("graph", g.name);
    out.put("method", method);
    ArrayNode results = out.putArray("results");
    for (int i = 0; i < pairs.size(); i++) {
      int s = g.graph.indexOf(pairs.get(i)[0]);
      int t = g.graph.indexOf(pairs.get(i)[1]);
      if (s < 0 || t < 0) {
        String ptr = pointers.get(i) + (pointers.get(i).startsWith("/pairs") ? (s < 0 ? "/0" : "/1") : (s < 0 ? "/source" : "/target"));
        throw ApiException.badRequest("unknown_vertex", "vertex " + pairs.get(i)[s < 0 ? 0 : 1] + " is not in graph " + g.name, ptr, "vertex");
      }
      PathResult pr = g.query(method, s, t);
      ObjectNode rn = results.addObject();
      rn.put("source", pairs.get(i)[0]);
      rn.put("target", pairs.get(i)[1]);
      if (pr.found()) {
        rn.put("distance", pr.length());
        ArrayNode path = rn.putArray("path");
        for (int v : pr.path()) {
          path.add(g.graph.idOf(v));
        }
        rn.put("error_bound", pr.errorBound());
      } else {
        rn.putNull("distance");
        rn.putNull("path");
      }
    }
    out.put("ms", (System.nanoTime() - t0) / 1e6);
    ctx.json(out);
  }

  // --- road matrices ---------------------------------------------------------------------------

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
    JsonNode req = jsonBody(ctx, config.maxBodyBytes());
    onlyFields(req, MATRIX_FIELDS);
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
        String.format(java.util.Locale.ROOT, "matrix;dur=%.1f", m.computeSeconds() * 1000));
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
