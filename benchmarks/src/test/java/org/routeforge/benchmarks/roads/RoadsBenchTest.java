package org.routeforge.benchmarks.roads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.routeforge.benchmarks.BenchCli;
import org.routeforge.graph.roads.GraphFolders;
import picocli.CommandLine;

/** {@code bench roads} in-process on the Monaco extract: the JSON has the report's fields and no mismatches. */
class RoadsBenchTest {
  @TempDir Path dir;

  @Test
  void benchPrintsAndWritesJson() throws Exception {
    System.setProperty("com.google.protobuf.use_unsafe_pre22_gencode", "true");
    Path osm = GraphFolders.dataDir().resolve("osm/monaco.osm.pbf");
    Assumptions.assumeTrue(Files.isRegularFile(osm), "Monaco extract not found at " + osm + "; skipped");
    CommandLine cl = BenchCli.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    Path json = dir.resolve("bench.json");
    int code = cl.execute("roads", "--osm", osm.toString(), "--graph-dir", dir.resolve("graph").toString(),
        "--n", "30", "--reps", "1", "--pairs", "50", "--json", json.toString());
    assertEquals(0, code, err.toString());
    JsonNode j = new ObjectMapper().readTree(out.toString());
    assertEquals(j, new ObjectMapper().readTree(json.toFile()));
    assertEquals(30, j.get("n").asInt());
    assertEquals(50, j.get("route_pairs").asInt());
    assertEquals(0, j.get("mismatches").asInt());
    assertEquals(1, j.get("matrix_runs_seconds").size());
    for (String f : new String[] {"osm", "graph_nodes", "matrix_seconds", "route_loop_seconds", "speedup",
        "settled_per_search"}) {
      assertTrue(j.has(f), f);
    }
    assertTrue(j.get("memory").get("result_matrices_bytes").asLong() > 0);
    assertTrue(!j.has("osrm_comparison"), "no OSRM tables given");
  }
}
