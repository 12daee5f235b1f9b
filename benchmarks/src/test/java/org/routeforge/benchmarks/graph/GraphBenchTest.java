package org.routeforge.benchmarks.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.routeforge.benchmarks.BenchCli;
import org.routeforge.graph.paths.ChungLuGenerator;
import org.routeforge.graph.paths.CsrGraph;
import org.routeforge.graph.paths.EdgeListReader;
import org.routeforge.graph.paths.EdgeListWriter;
import picocli.CommandLine;

/**
 * {@code bench graph} in-process on a small Chung–Lu graph: the JSON has the report's fields, every
 * pair is counted, WormHole never breaks its bound, {@code --summarize} writes the table and the plot;
 * and every committed result file reads into the typed records and writes back with the same keys.
 */
class GraphBenchTest {
  @TempDir Path dir;

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = BenchCli.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void benchWritesTheReportFieldsAndSummarizes() throws Exception {
    Path f = dir.resolve("g.txt.gz");
    EdgeListWriter.write(f, ChungLuGenerator.generate(800, 6, 2.5, 9), "test graph");
    Path json = dir.resolve("out/g.json");
    Run r = run("graph", "--graph", f.toString(), "--queries", "50", "--warmup", "5", "--seed", "1",
        "--json", json.toString());
    assertEquals(0, r.code(), r.err());
    JsonNode n = new ObjectMapper().readTree(json.toFile());
    for (String k : new String[] {"graph", "load_seconds", "nodes", "edges", "build_seconds", "index_bytes",
        "bibfs_median_us", "wormhole_median_us", "median_speedup", "exact_share", "within2_share",
        "max_additive_error"}) {
      assertTrue(n.has(k), "missing " + k);
    }
    assertEquals(50, n.get("queries").asInt());
    assertEquals(0, n.get("wormhole").get("bound_violations").asLong());
    assertEquals(0, n.get("wormhole_m").get("missed_connections").asLong());
    long histogram = 0;
    for (JsonNode h : n.get("wormhole").get("error_histogram")) {
      histogram += h.asLong();
    }
    assertEquals(50, histogram, "every pair is in the error histogram");
    CsrGraph g = EdgeListReader.read(f, true).graph();
    assertEquals(g.nodeCount(), n.get("nodes").asInt());

    Path report = dir.resolve("report.md");
    Path plot = dir.resolve("plot.png");
    Run s = run("graph", "--summarize", dir.resolve("out").toString(), "--report", report.toString(),
        "--plot", plot.toString());
    assertEquals(0, s.code(), s.err());
    assertTrue(Files.readString(report).contains("| g.txt.gz |"), Files.readString(report));
    assertTrue(Files.size(plot) > 1000);
  }

  @Test
  void committedResultsReadIntoTheRecordsAndWriteBackWithTheSameKeys() throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    int files = 0;
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(Path.of("results/graph/json"), "*.json")) {
      for (Path p : ds) {
        JsonNode original = mapper.readTree(p.toFile());
        JsonNode back = GraphBenchRun.read(mapper, p).toJson(mapper);
        assertEquals(keys(original, ""), keys(back, ""), p.toString());
        assertEquals(original.get("wormhole").get("exact_share").asDouble(),
            back.get("wormhole").get("exact_share").asDouble(), p.toString());
        files++;
      }
    }
    assertTrue(files > 0, "no result files in results/graph/json");
  }

  private static Set<String> keys(JsonNode n, String prefix) {
    Set<String> out = new TreeSet<>();
    for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      out.add(prefix + k);
      if (n.get(k).isObject()) {
        out.addAll(keys(n.get(k), prefix + k + "."));
      }
    }
    return out;
  }
}
