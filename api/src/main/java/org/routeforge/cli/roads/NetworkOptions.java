package org.routeforge.cli.roads;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.routeforge.graph.roads.RoadNetwork;
import picocli.CommandLine.Option;

/** Options shared by the {@code roads} commands: the OSM extract and where its graph is cached. */
public final class NetworkOptions {
  @Option(names = "--osm", required = true, description = "OpenStreetMap extract (.osm.pbf).")
  Path osm;

  @Option(
      names = "--graph-dir",
      description = "GraphHopper graph folder (default: ~/.routeforge/graphs/<osm-name>-<hash>,"
          + " root configurable with ROUTEFORGE_GRAPHS or -Drouteforge.graphs).")
  Path graphDir;

  /** Opens the network, printing how it was opened (import or cache) on {@code err}. */
  RoadNetwork open(PrintWriter err) throws IOException {
    err.println("roads: opening " + osm + " ...");
    err.flush();
    RoadNetwork net = RoadNetwork.open(osm, graphDir);
    err.println("roads: " + net.report().summary());
    err.flush();
    return net;
  }
}
