package org.routeforge.benchmarks.graph;

import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.routeforge.graph.paths.BarabasiAlbertGenerator;
import org.routeforge.graph.paths.ChungLuGenerator;
import org.routeforge.graph.paths.CsrGraph;
import org.routeforge.graph.paths.EdgeList;
import org.routeforge.graph.paths.EdgeListReader;
import org.routeforge.graph.paths.WormholeCommandOptions;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code bench graph}: the WormHole benchmark ({@link PathBenchmark}) on one graph, from a file or
 * generated in memory (BiBFS vs WormHole E/H/M over the same random connected pairs; JSON out), or
 * {@code --summarize DIR} to turn a directory of such JSON files into a Markdown table and a
 * query-time-vs-size plot ({@link GraphBenchReport}).
 */
@Command(
    name = "graph",
    mixinStandardHelpOptions = true,
    description = {
      "Benchmark BiBFS against WormHole E/H/M on random connected pairs (JSON on stdout or"
          + " --json), or summarize earlier JSON results into a report and plot."
    })
public final class GraphBenchCommand implements Callable<Integer> {
  /** The graph generators. */
  enum Generator {
    CHUNG_LU,
    BA
  }

  @Spec CommandSpec spec;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Mode mode;

  static final class Mode {
    @Option(names = "--graph", description = "Graph file to benchmark (SNAP, .gr DIMACS; .gz ok).")
    Path graph;

    @Option(names = "--summarize", description = "Directory of bench JSON files to summarize.")
    Path summarize;

    @Option(
        names = "--generate",
        converter = GeneratorConverter.class,
        description =
            "Benchmark a graph generated in memory instead of a file: chung-lu or ba (with"
                + " --nodes, --avg-degree, --exponent, --gen-seed).")
    Generator generate;
  }

  /** Reads {@code chung-lu} or {@code ba}. */
  static final class GeneratorConverter implements ITypeConverter<Generator> {
    @Override
    public Generator convert(String value) {
      switch (value) {
        case "chung-lu":
          return Generator.CHUNG_LU;
        case "ba":
          return Generator.BA;
        default:
          throw new TypeConversionException("unknown generator '" + value + "': expected chung-lu or ba");
      }
    }
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

  @Mixin WormholeCommandOptions wormholeOptions;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    if (mode.summarize != null) {
      if (report == null && plot == null) {
        throw new IllegalArgumentException("--summarize needs --report and/or --plot");
      }
      GraphBenchReport.write(mode.summarize, report, plot, err);
      return 0;
    }
    PathBenchmark.Settings settings =
        new PathBenchmark.Settings(queries, seed, warmup, wormholeOptions.options());
    CsrGraph graph;
    GraphBenchRun.Source source;
    if (mode.generate != null) {
      if (nodes == null || avgDegree == null) {
        throw new IllegalArgumentException("--generate needs --nodes and --avg-degree");
      }
      double gamma = exponent == null ? 2.5 : exponent;
      long start = System.nanoTime();
      EdgeList edges =
          mode.generate == Generator.BA
              ? BarabasiAlbertGenerator.generate(nodes, avgDegree, genSeed)
              : ChungLuGenerator.generate(nodes, avgDegree, gamma, genSeed);
      graph = edges.toGraph();
      double sec = (System.nanoTime() - start) / 1e9;
      String name =
          String.format(
              Locale.ROOT,
              "%s n=%d d=%s%s seed=%d",
              mode.generate == Generator.BA ? "BA" : "Chung-Lu",
              nodes,
              avgDegree,
              mode.generate == Generator.BA ? "" : " gamma=" + gamma,
              genSeed);
      err.printf("generated %s: %,d edges in %.2f s%n", name, graph.edgeCount(), sec);
      source = new GraphBenchRun.Source(name, false, sec, null, null,
          graph.bytes() / (graph.edgeCount() / 1e6), null, null);
    } else {
      EdgeListReader.Loaded loaded = load(mode.graph, wormholeOptions.symmetrize(), err);
      graph = loaded.graph();
      EdgeListReader.LoadStats s = loaded.stats();
      source = new GraphBenchRun.Source(s.source(), graph.weighted(), null, s.seconds(), s.secondsPerMillionEdges(),
          s.bytesPerMillionEdges(), s.selfLoops(), s.duplicates());
    }
    PathBenchResult result = PathBenchmark.run(graph, settings, new PrintStream(new WriterStream(err), true,
        StandardCharsets.UTF_8));
    String text = mapper.writeValueAsString(new GraphBenchRun(source, result).toJson(mapper));
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
            + " error %d%n",
        result.bibfsMedianUs(),
        result.wormholeMedianUs(),
        result.medianSpeedup(),
        100 * result.exactShare(),
        100 * result.within2Share(),
        result.maxAdditiveError());
    err.flush();
    return 0;
  }

  /** Loads the graph file and reports load time and memory. */
  private static EdgeListReader.Loaded load(Path file, boolean symmetrize, PrintWriter err) throws Exception {
    err.printf("loading %s ...%n", file);
    err.flush();
    EdgeListReader.Loaded loaded = EdgeListReader.read(file, symmetrize);
    EdgeListReader.LoadStats s = loaded.stats();
    err.printf(
        "loaded %,d nodes, %,d edges (%s) in %.2f s = %.2f s per million edges; CSR %.1f MB per million edges%n",
        s.nodes(), s.edges(), s.format(), s.seconds(), s.secondsPerMillionEdges(), s.bytesPerMillionEdges() / 1e6);
    err.flush();
    return loaded;
  }

  /** Picocli's stderr writer as the stream the benchmark logs to. */
  private static final class WriterStream extends OutputStream {
    private final PrintWriter w;

    WriterStream(PrintWriter w) {
      this.w = w;
    }

    @Override
    public void write(int b) {
      w.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) {
      w.write(new String(b, off, len, StandardCharsets.UTF_8));
    }

    @Override
    public void flush() {
      w.flush();
    }
  }
}
