package org.routeforge.cli.roads;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.routeforge.data.io.InputException;
import org.routeforge.data.io.osrm.OsrmTable;
import org.routeforge.graph.roads.OsrmComparison;
import org.routeforge.graph.roads.RoadBench;
import org.routeforge.graph.roads.RoadNetwork;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code routeforge roads bench}: the n × n matrix against the loop of GraphHopper point-to-point CH
 * routes in the same run (timed on a sample of pairs, extrapolated per pair), with the cell-by-cell
 * check on that sample, memory, import/load times, and optionally the comparison with OSRM tables on
 * the same points. JSON on stdout or {@code --json}.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Benchmark the bucket CH matrix against GraphHopper's point-to-point route loop (JSON).")
public final class RoadsBenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin NetworkOptions network;

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
    Map<String, Object> out = new LinkedHashMap<>();
    try (RoadNetwork net = network.open(err)) {
      RoadNetwork.LoadReport lr = net.report();
      RoadBench.Result r = RoadBench.run(net, n, seed, reps, pairs, s -> {
        err.println("roads bench: " + s);
        err.flush();
      });
      out.put("osm", lr.osm().getFileName().toString());
      out.put("n", r.n());
      out.put("seed", r.seed());
      out.put("graph_nodes", lr.nodes());
      out.put("graph_edges", lr.edges());
      out.put("ch_shortcuts", lr.shortcuts());
      out.put("graph_imported", lr.imported());
      out.put("graph_seconds", round(lr.ghSeconds()));
      out.put("upward_arrays_seconds", round(lr.upwardSeconds()));
      out.put("matrix_seconds", round(r.matrixSeconds()));
      out.put("matrix_cpu_seconds", round(r.matrixCpuSeconds()));
      out.put("matrix_cold_seconds", round(r.matrixColdSeconds()));
      List<Double> runs = new ArrayList<>();
      for (double d : r.matrixRuns()) {
        runs.add(round(d));
      }
      out.put("matrix_runs_seconds", runs);
      out.put("route_pairs", r.routePairs());
      out.put("route_ms_per_pair", round(r.routeSecondsPerPair() * 1e3));
      out.put("route_loop_seconds", round(r.routeLoopSeconds()));
      out.put("route_loop_extrapolated", true);
      out.put("speedup", round(r.speedup()));
      out.put("mismatches", r.mismatches());
      out.put("settled_per_search", round(r.settledPerSearch()));
      out.put("bucket_entries", r.bucketEntries());
      Map<String, Object> mem = new LinkedHashMap<>();
      mem.put("upward_arrays_bytes", r.upwardArraysBytes());
      mem.put("result_matrices_bytes", r.resultBytes());
      mem.put("heap_used_bytes", r.heapUsedBytes());
      mem.put("max_heap_bytes", Runtime.getRuntime().maxMemory());
      out.put("memory", mem);
      out.put("threads", 1);
      if (!osrm.isEmpty()) {
        List<Map<String, Object>> cmp = new ArrayList<>();
        for (Path p : osrm) {
          Map<String, Object> e = new LinkedHashMap<>();
          e.put("table", p.getFileName().toString());
          OsrmTable table;
          try {
            table = OsrmTable.read(p);
          } catch (InputException ex) {
            e.put("error", ex.getMessage());
            cmp.add(e);
            err.println("roads bench: skipped " + p.getFileName() + ": " + ex.getMessage());
            continue;
          }
          OsrmComparison.Result c = OsrmComparison.compare(net, table);
          e.put("points", c.points());
          e.put("cells", c.cells());
          e.put("duration_ratio_p10", round(c.durationRatio()[0]));
          e.put("duration_ratio_median", round(c.durationRatio()[1]));
          e.put("duration_ratio_p90", round(c.durationRatio()[2]));
          e.put("distance_ratio_p10", round(c.distanceRatio()[0]));
          e.put("distance_ratio_median", round(c.distanceRatio()[1]));
          e.put("distance_ratio_p90", round(c.distanceRatio()[2]));
          e.put("mean_duration_gh_s", round(c.meanDurationGh()));
          e.put("mean_duration_osrm_s", round(c.meanDurationOsrm()));
          e.put("max_resnap_m", round(c.maxSnapM()));
          e.put("gh_matrix_seconds", round(c.matrixSeconds()));
          cmp.add(e);
          err.printf(Locale.ROOT, "roads bench: %s: GH/OSRM duration ratio median %.3f p90 %.3f%n", p.getFileName(),
              c.durationRatio()[1], c.durationRatio()[2]);
          err.flush();
        }
        out.put("osrm_comparison", cmp);
      }
    }
    String text = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(out);
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
