package org.routeforge.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.routeforge.api.http.ApiException;
import org.routeforge.api.http.Http;
import org.routeforge.api.http.Problem;
import org.routeforge.graph.paths.PathMethod;
import org.routeforge.graph.paths.PathResult;

/**
 * {@code POST /v1/paths}: shortest paths on a graph loaded at start (setting {@code graphs}), one
 * pair or up to 1000, with JGraphT's contract: {@code path: null} when none exists. The methods go by
 * the names of {@link PathMethod}, the same as on the command line.
 *
 * @implNote thread-safe.
 */
final class PathEndpoints {
  private static final Set<String> PATH_FIELDS = Set.of("graph", "method", "source", "target", "pairs");
  /**
   * The name {@code bidirectional-bfs} had before the command line and HTTP shared one set of names;
   * still accepted for one release, answered with a {@code Deprecation} header (RFC 9745) and a
   * {@code deprecation} note in the body.
   */
  private static final String OLD_BIDIRECTIONAL_BFS = "bidirectional_bfs";
  /** When {@link #OLD_BIDIRECTIONAL_BFS} was deprecated (2026-12-01), as RFC 9745 writes it. */
  private static final String DEPRECATED_SINCE = "@1796083200";
  private static final int MAX_PAIRS = 1000;

  private final ServiceConfig config;
  private final ObjectMapper mapper;
  private final Capabilities caps;

  PathEndpoints(ServiceConfig config, ObjectMapper mapper, Capabilities caps) {
    this.config = config;
    this.mapper = mapper;
    this.caps = caps;
  }

  void register(RoutesConfig r) {
    r.post("/v1/paths", this::paths);
  }

  private void paths(Context ctx) throws Exception {
    Http.onlyParams(ctx, Set.of());
    JsonNode req = JsonRequests.object(ctx, mapper, config.maxBodyBytes());
    JsonRequests.onlyFields(req, PATH_FIELDS);
    JsonNode gn = req.path("graph");
    if (!gn.isTextual()) {
      throw ApiException.badRequest("missing_field", "graph (a name) is required; loaded: " + caps.graphNames(), "/graph", "graph");
    }
    Capabilities.LoadedGraph g = caps.graph(gn.asText());
    if (g == null) {
      throw new ApiException(new Problem(404, "graph_not_found", "Graph not found", "no graph named '"
          + gn.asText() + "' is loaded; loaded: " + caps.graphNames() + " (setting graphs)"));
    }
    String name = req.path("method").isMissingNode() ? PathMethod.WORMHOLE.wireName() : req.path("method").asText("");
    boolean oldName = OLD_BIDIRECTIONAL_BFS.equals(name);
    PathMethod method = oldName ? PathMethod.BIDIRECTIONAL_BFS : PathMethod.byName(name)
        .filter(Capabilities.LoadedGraph.SERVED::contains)
        .orElseThrow(() -> ApiException.badRequest("invalid_field", "method must be one of "
            + Capabilities.LoadedGraph.SERVED + " (wormhole-h and wormhole-m: command line only)", "/method", "method"));
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
    out.put("method", method.wireName());
    if (oldName) {
      ctx.header("Deprecation", DEPRECATED_SINCE);
      out.put("deprecation", "method '" + OLD_BIDIRECTIONAL_BFS + "' is the old name of '"
          + PathMethod.BIDIRECTIONAL_BFS.wireName() + "' and will be removed in the next release");
    }
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
}
