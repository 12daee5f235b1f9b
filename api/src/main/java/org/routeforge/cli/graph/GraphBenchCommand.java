package org.routeforge.cli.graph;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.routeforge.graph.paths.EdgeListReader;
import org.routeforge.graph.paths.PathBenchmark;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code routeforge graph bench}: the WormHole benchmark on one graph (BiBFS vs WormHole E/H/M over
 * the same random connected pairs; JSON out), or {@code --summarize DIR} to turn a directory of such
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
  }

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
    EdgeListReader.Loaded loaded = GraphFiles.load(mode.graph, wormholeOptions.symmetrize, err);
    PathBenchmark.Settings settings =
        new PathBenchmark.Settings(queries, seed, warmup, wormholeOptions.options());
    PrintWriterStream log = new PrintWriterStream(err);
    Map<String, Object> result = new LinkedHashMap<>();
    EdgeListReader.LoadStats s = loaded.stats();
    result.put("graph", s.source());
    result.put("weighted", loaded.graph().weighted());
    result.put("load_seconds", s.seconds());
    result.put("load_seconds_per_million_edges", s.secondsPerMillionEdges());
    result.put("csr_bytes_per_million_edges", s.bytesPerMillionEdges());
    result.put("self_loops_dropped", s.selfLoops());
    result.put("duplicates_dropped", s.duplicates());
    result.putAll(PathBenchmark.run(loaded.graph(), settings, log));
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
