package org.routeforge.benchmarks.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.routeforge.graph.matrix.CoordinateMatrices;
import org.routeforge.graph.matrix.RoadSource;
import org.routeforge.graph.roads.RoadNetwork;
import org.routeforge.graph.roads.RoadPointSampler;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench vroom-request}: writes the benchmark VROOM request ({@link VroomBenchRequest}) on
 * the road points of an OSM extract, clustered as delivery addresses are; with {@code --matrices}
 * the durations and distances of those roads are filled in (as the server would), so that VROOM and
 * RouteForge can be given the same matrix.
 */
@Command(name = "vroom-request", mixinStandardHelpOptions = true,
    description = "Writes the 1 000-job + 100-shipment VROOM benchmark request on an OSM extract's roads.")
public final class VroomRequestCommand implements Callable<Integer> {
  @Option(names = "--osm", required = true, description = "OSM extract (.osm.pbf), e.g. ../shared/data/osm/malta-2018.osm.pbf")
  private Path osm;

  @Option(names = "--out", required = true, description = "Request file to write (.json)")
  private Path out;

  @Option(names = "--seed", defaultValue = "1", description = "Random seed (default ${DEFAULT-VALUE}).")
  private long seed;

  @Option(names = "--matrices", description = "Fill in \"matrices\" (car durations and distances on the roads).")
  private boolean matrices;

  @Override
  public Integer call() throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    try (RoadNetwork net = RoadNetwork.open(osm, null)) {
      double[][] latLon = RoadPointSampler.clustered(net, VroomBenchRequest.POINTS, 12, 1500, seed,
          RoadPointSampler.DEFAULT_MAX_SNAP_M);
      ObjectNode request = VroomBenchRequest.generate(mapper, latLon[1], latLon[0], seed);
      if (matrices) {
        RoadSource roads = new RoadSource(net);
        CoordinateMatrices.fillVroom(request, p -> roads, VroomBenchRequest.POINTS, out.toString());
      }
      Files.writeString(out, mapper.writeValueAsString(request) + "\n");
    }
    System.out.println("wrote " + out + ": " + VroomBenchRequest.JOBS + " jobs, " + VroomBenchRequest.SHIPMENTS
        + " shipments, " + VroomBenchRequest.VEHICLES + " vehicles" + (matrices ? ", with road matrices" : ""));
    return 0;
  }
}
