package org.routeforge.benchmarks.roads;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.routeforge.data.io.InputException;
import org.routeforge.data.io.osrm.OsrmTable;
import org.routeforge.graph.roads.RoadNetwork;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code bench roads}: the n × n matrix against the loop of GraphHopper point-to-point CH routes in
 * the same run (timed on a sample of pairs, extrapolated per pair), with the cell-by-cell check on
 * that sample, memory, import/load times, and optionally the comparison with OSRM tables on the same
 * points ({@link RoadsBenchResult}). JSON on stdout, and in {@code --json}.
 */
@Command(
    name = "roads",
    mixinStandardHelpOptions = true,
    description = "Benchmark the bucket CH matrix against GraphHopper's point-to-point route loop (JSON).")
public final class RoadsBenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--osm", required = true, description = "OpenStreetMap extract (.osm.pbf).")
  Path osmFile;

  @Option(
      names = "--graph-dir",
      description = "GraphHopper graph folder (default: ~/.routeforge/graphs/<osm-name>-<hash>,"
          + " root configurable with ROUTEFORGE_GRAPHS or -Drouteforge.graphs).")
  Path graphDir;

  @Option(names = "--n", defaultValue = "1000", description = "Points; the matrix is n x n (default 1000).")
  int n;

  @Option(names = "--seed", defaultValue = "1", description = "Seed for the points and pairs (default 1).")
  long seed;

  @Option(names = "--reps", defaultValue = "5", description = "Warm matrix repetitions, median reported (default 5).")
  int reps;

  @Option(names = "--pairs", defaultValue = "1000",
      description = "Point-to-point routes timed and compared with the matrix (default 1000).")
  int pairs;

  @Option(names = "--osrm", arity = "1..*",
      description = "OSRM table responses (.json[.gz]) to compare with GraphHopper on the same points.")
  List<Path> osrm = new ArrayList<>();

  @Option(names = "--json", description = "Write the JSON here (also printed on stdout).")
  Path json;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    RoadsBenchResult result;
    err.println("roads: opening " + osmFile + " ...");
    err.flush();
    try (RoadNetwork net = RoadNetwork.open(osmFile, graphDir)) {
      RoadNetwork.LoadReport lr = net.report();
      err.println("roads: " + lr.summary());
      err.flush();
      RoadBench.Result r = RoadBench.run(net, n, seed, reps, pairs, s -> {
        err.println("bench roads: " + s);
        err.flush();
      });
      double[] runs = new double[r.matrixRuns().length];
      for (int i = 0; i < runs.length; i++) {
        runs[i] = round(r.matrixRuns()[i]);
      }
      List<RoadsBenchResult.OsrmRow> cmp = null;
      if (!osrm.isEmpty()) {
        cmp = new ArrayList<>();
        for (Path p : osrm) {
          OsrmTable table;
          try {
            table = OsrmTable.read(p);
          } catch (InputException ex) {
            cmp.add(RoadsBenchResult.OsrmRow.skipped(p.getFileName().toString(), ex.getMessage()));
            err.println("bench roads: skipped " + p.getFileName() + ": " + ex.getMessage());
            continue;
          }
          OsrmComparison.Result c = OsrmComparison.compare(net, table);
          cmp.add(new RoadsBenchResult.OsrmRow(p.getFileName().toString(), null, c.points(), c.cells(),
              round(c.durationRatio()[0]), round(c.durationRatio()[1]), round(c.durationRatio()[2]),
              round(c.distanceRatio()[0]), round(c.distanceRatio()[1]), round(c.distanceRatio()[2]),
              round(c.meanDurationGh()), round(c.meanDurationOsrm()), round(c.maxSnapM()), round(c.matrixSeconds())));
          err.printf(Locale.ROOT, "bench roads: %s: GH/OSRM duration ratio median %.3f p90 %.3f%n", p.getFileName(),
              c.durationRatio()[1], c.durationRatio()[2]);
          err.flush();
        }
      }
      result = new RoadsBenchResult(lr.osm().getFileName().toString(), r.n(), r.seed(), lr.nodes(), lr.edges(),
          lr.shortcuts(), lr.imported(), round(lr.ghSeconds()), round(lr.upwardSeconds()), round(r.matrixSeconds()),
          round(r.matrixCpuSeconds()), round(r.matrixColdSeconds()), runs, r.routePairs(),
          round(r.routeSecondsPerPair() * 1e3), round(r.routeLoopSeconds()), true, round(r.speedup()),
          r.mismatches(), round(r.settledPerSearch()), r.bucketEntries(),
          new RoadsBenchResult.Memory(r.upwardArraysBytes(), r.resultBytes(), r.heapUsedBytes(),
              Runtime.getRuntime().maxMemory()),
          1, cmp);
    }
    String text = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(result);
    if (json != null) {
      Path parent = json.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(json, text + System.lineSeparator());
    }
    spec.commandLine().getOut().println(text);
    spec.commandLine().getOut().flush();
    return 0;
  }

  private static double round(double v) {
    return Double.isFinite(v) ? Math.round(v * 10000.0) / 10000.0 : v;
  }
}
