package org.routeforge.api;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.routeforge.api.routing.Routing;
import org.routeforge.data.io.InputException;
import org.routeforge.graph.paths.BidirectionalBfs;
import org.routeforge.graph.paths.BidirectionalDijkstra;
import org.routeforge.graph.paths.CsrGraph;
import org.routeforge.graph.paths.EdgeListReader;
import org.routeforge.graph.paths.PathMethod;
import org.routeforge.graph.paths.PathResult;
import org.routeforge.graph.paths.Wormhole;
import org.routeforge.graph.paths.WormholeIndex;
import org.routeforge.graph.paths.WormholeOptions;
import org.routeforge.graph.roads.RoadNetwork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The graphs and the road network this server loaded at start ({@code graphs}, {@code roads_osm}):
 * named edge-list graphs with their WormHole index (variant E) and exact bidirectional searches for
 * {@code POST /v1/paths}, and one GraphHopper road network for {@code POST /v1/matrix} and for
 * requests that give coordinates only ({@link #routing()}).
 *
 * @implNote thread-safe: queries on one graph (or the road network) are serialised, because the
 *     search objects reuse their scratch arrays.
 */
final class Capabilities implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Capabilities.class);

  private final Map<String, LoadedGraph> graphs = new LinkedHashMap<>();
  private final RoadNetwork roads;
  private final Routing routing;

  /** One loaded graph with its query engines. */
  static final class LoadedGraph {
    /** The methods a loaded graph answers (WormHole H and M need labels built per graph: command line only). */
    static final Set<PathMethod> SERVED = java.util.Collections.unmodifiableSet(java.util.EnumSet.of(
        PathMethod.WORMHOLE, PathMethod.BIDIRECTIONAL_BFS, PathMethod.DIJKSTRA, PathMethod.BIDIRECTIONAL_DIJKSTRA));

    final String name;
    final CsrGraph graph;
    private final Wormhole wormhole;
    private final BidirectionalBfs bfs;
    private final BidirectionalDijkstra dijkstra;

    LoadedGraph(String name, CsrGraph g) {
      this.name = name;
      this.graph = g;
      WormholeIndex index = WormholeIndex.build(g.unweighted(), WormholeOptions.defaults());
      this.wormhole = new Wormhole(index, null, null);
      this.bfs = new BidirectionalBfs(g.unweighted());
      this.dijkstra = new BidirectionalDijkstra(g);
    }

    /** Runs one query with one of the {@link #SERVED} methods. */
    synchronized PathResult query(PathMethod method, int s, int t) {
      switch (method) {
        case WORMHOLE:
          return wormhole.query(s, t, Wormhole.Variant.E);
        case BIDIRECTIONAL_BFS:
          return bfs.query(s, t);
        case DIJKSTRA:
          return dijkstra.dijkstra(s, t);
        case BIDIRECTIONAL_DIJKSTRA:
          return dijkstra.query(s, t);
        default:
          throw new IllegalArgumentException(method + " is not served; served: " + SERVED);
      }
    }
  }

  Capabilities(ServiceConfig config) throws IOException {
    for (String spec : config.graphs().split(",")) {
      if (spec.isBlank()) {
        continue;
      }
      int eq = spec.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException("graphs: expected name=edge-list-file, not '" + spec.trim() + "'");
      }
      String name = spec.substring(0, eq).trim();
      Path file = Path.of(spec.substring(eq + 1).trim());
      try {
        CsrGraph g = EdgeListReader.read(file, true).graph();
        graphs.put(name, new LoadedGraph(name, g));
        LOG.info("graph '{}' loaded from {}: {} vertices, {} edges", name, file, g.nodeCount(), g.edgeCount());
      } catch (InputException e) {
        throw new IllegalArgumentException("graphs: " + e.getMessage(), e);
      }
    }
    RoadNetwork net = null;
    if (!config.roadsOsm().isBlank()) {
      net = RoadNetwork.open(Path.of(config.roadsOsm()), null);
      LOG.info("road network: {}", net.report().summary());
    }
    this.roads = net;
    this.routing = Routing.of(net);
  }

  /** The named graph, or null. */
  LoadedGraph graph(String name) {
    return graphs.get(name);
  }

  /** Names of the loaded graphs. */
  java.util.Set<String> graphNames() {
    return graphs.keySet();
  }

  /** The road network, or null when none is configured. */
  RoadNetwork roads() {
    return roads;
  }

  /** How coordinates-only requests are routed: on the road network when there is one. */
  Routing routing() {
    return routing;
  }

  @Override
  public void close() {
    if (roads != null) {
      roads.close();
    }
  }
}
