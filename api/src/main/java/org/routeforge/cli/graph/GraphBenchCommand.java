package org.routeforge.cli.graph;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.routeforge.graph.paths.BarabasiAlbertGenerator;
import org.routeforge.graph.paths.ChungLuGenerator;
import org.routeforge.graph.paths.CsrGraph;
import org.routeforge.graph.paths.EdgeList;
import org.routeforge.graph.paths.EdgeListReader;
import org.routeforge.graph.paths.PathBenchmark;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code routeforge graph bench}: the WormHole benchmark on one graph, from a file or generated in
 * memory (BiBFS vs WormHole E/H/M over the same random connected pairs; JSON out), or {@code --summarize DIR} to turn a directory of such
 * JSON files into a Markdown table and a query-time-vs-size plot.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Benchmark BiBFS against WormHole E/H/M on random connected pairs (JSON on stdout or"
          + " --json), or summarize earlier JSON results into a report and plot."
    })
public final class GraphBenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Mode mode;

  static final class Mode {
    @Option(names = "--graph", description = "Graph file to benchmark.")
    Path graph;

    @Option(names = "--summarize", description = "Directory of bench JSON files to summarize.")
    Path summarize;

    @Option(
        names = "--generate",
        converter = GraphGenerateCommand.ModelConverter.class,
        description =
            "Benchmark a graph generated in memory instead of a file: chung-lu or ba (with"
                + " --nodes, --avg-degree, --exponent, --gen-seed).")
    GraphGenerateCommand.Model generate;
  }

  @Option(names = "--nodes", description = "With --generate: number of vertices.")
  Integer nodes;

  @Option(names = "--avg-degree", description = "With --generate: average degree.")
  Double avgDegree;

  @Option(names = "--exponent", description = "With --generate chung-lu: exponent (default 2.5).")
  Double exponent;

  @Option(names = "--gen-seed", defaultValue = "1", description = "With --generate: seed (default 1).")
  long genSeed;

  @Option(names = "--queries", defaultValue = "10000", description = "Timed pairs (default 10000).")
  int queries;

  @Option(names = "--seed", defaultValue = "1", description = "Seed for the pairs (default 1).")
  long seed;

  @Option(
      names = "--warmup",
      defaultValue = "1000",
      description = "Untimed warm-up queries per method (default 1000).")
  int warmup;

  @Option(names = "--json", description = "Write the results here instead of stdout.")
  Path json;

  @Option(names = "--report", description = "With --summarize: Markdown table file to write.")
  Path report;

  @Option(names = "--plot", description = "With --summarize: PNG plot of query time vs size.")
  Path plot;

  @Mixin WormholeMixin wormholeOptions;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    if (mode.summarize != null) {
      if (report == null && plot == null) {
        throw new IllegalArgumentException("--summarize needs --report and/or --plot");
      }
      BenchReport.write(mode.summarize, report, plot, err);
      return 0;
    }
    PathBenchmark.Settings settings =
        new PathBenchmark.Settings(queries, seed, warmup, wormholeOptions.options());
    PrintWriterStream log = new PrintWriterStream(err);
    Map<String, Object> result = new LinkedHashMap<>();
    CsrGraph graph;
    if (mode.generate != null) {
      if (nodes == null || avgDegree == null) {
        throw new IllegalArgumentException("--generate needs --nodes and --avg-degree");
      }
      long start = System.nanoTime();
      EdgeList edges =
          mode.generate == GraphGenerateCommand.Model.ba
              ? BarabasiAlbertGenerator.generate(nodes, avgDegree, genSeed)
              : ChungLuGenerator.generate(
                  nodes, avgDegree, exponent == null ? 2.5 : exponent, genSeed);
      graph = edges.toGraph();
      double sec = (System.nanoTime() - start) / 1e9;
      String name =
          String.format(
              java.util.Locale.ROOT,
              "%s n=%d d=%s%s seed=%d",
              mode.generate == GraphGenerateCommand.Model.ba ? "BA" : "Chung-Lu",
              nodes,
              avgDegree,
              mode.generate == GraphGenerateCommand.Model.ba
                  ? ""
                  : " gamma=" + (exponent == null ? 2.5 : exponent),
              genSeed);
      err.printf("generated %s: %,d edges in %.2f s%n", name, graph.edgeCount(), sec);
      result.put("graph", name);
      result.put("weighted", false);
      result.put("generate_seconds", sec);
      result.put("csr_bytes_per_million_edges", graph.bytes() / (graph.edgeCount() / 1e6));
    } else {
      EdgeListReader.Loaded loaded = GraphFiles.load(mode.graph, wormholeOptions.symmetrize, err);
      graph = loaded.graph();
      EdgeListReader.LoadStats s = loaded.stats();
      result.put("graph", s.source());
      result.put("weighted", graph.weighted());
      result.put("load_seconds", s.seconds());
      result.put("load_seconds_per_million_edges", s.secondsPerMillionEdges());
      result.put("csr_bytes_per_million_edges", s.bytesPerMillionEdges());
      result.put("self_loops_dropped", s.selfLoops());
      result.put("duplicates_dropped", s.duplicates());
    }
    result.putAll(PathBenchmark.run(graph, settings, log));
    String text = mapper.writeValueAsString(result);
    if (json != null) {
      Path parent = json.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(json, text + System.lineSeparator());
      err.printf("wrote %s%n", json);
    } else {
      spec.commandLine().getOut().println(text);
    }
    err.printf(
        "median BiBFS %.1f us, WormHole %.1f us (x%.1f); exact %.1f%%, within +2 %.2f%%, max"
            + " error %s%n",
        result.get("bibfs_median_us"),
        result.get("wormhole_median_us"),
        result.get("median_speedup"),
        100 * (double) result.get("exact_share"),
        100 * (double) result.get("within2_share"),
        result.get("max_additive_error"));
    err.flush();
    return 0;
  }

  /** Adapts picocli's stderr writer to the PrintStream the benchmark logs to. */
  private static final class PrintWriterStream extends java.io.PrintStream {
    PrintWriterStream(PrintWriter w) {
      super(
          new java.io.OutputStream() {
            @Override
            public void write(int b) {
              w.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
              w.write(new String(b, off, len, java.nio.charset.StandardCharsets.UTF_8));
            }

            @Override
            public void flush() {
              w.flush();
            }
          },
          true,
          java.nio.charset.StandardCharsets.UTF_8);
    }
  }
}
