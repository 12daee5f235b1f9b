package org.routeforge.cli.graph;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.routeforge.graph.paths.BarabasiAlbertGenerator;
import org.routeforge.graph.paths.ChungLuGenerator;
import org.routeforge.graph.paths.EdgeList;
import org.routeforge.graph.paths.EdgeListWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code routeforge graph generate}: a heavy-tailed random graph (Chung–Lu power law or
 * Barabási–Albert) written as a SNAP edge list, deterministic for a seed.
 */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = "Generate a power-law graph (Chung-Lu or Barabasi-Albert) as a SNAP edge list.")
public final class GraphGenerateCommand implements Callable<Integer> {

  /** Generator models. */
  enum Model {
    chung_lu,
    ba
  }

  @Spec CommandSpec spec;

  @Option(
      names = "--model",
      required = true,
      converter = ModelConverter.class,
      description = "chung-lu or ba.")
  Model model;

  @Option(names = "--nodes", required = true, description = "Number of vertices.")
  int nodes;

  @Option(names = "--avg-degree", required = true, description = "Average degree.")
  double avgDegree;

  @Option(
      names = "--exponent",
      description = "Power-law exponent for chung-lu, > 2 (default 2.5); BA's is fixed at 3.")
  Double exponent;

  @Option(names = "--seed", defaultValue = "1", description = "Random seed (default 1).")
  long seed;

  @Option(names = "--out", required = true, description = "Output file (.gz compresses).")
  Path out;

  /** Accepts the model names with a dash. */
  static final class ModelConverter implements picocli.CommandLine.ITypeConverter<Model> {
    @Override
    public Model convert(String value) {
      switch (value) {
        case "chung-lu":
        case "chung_lu":
          return Model.chung_lu;
        case "ba":
          return Model.ba;
        default:
          throw new picocli.CommandLine.TypeConversionException(
              "unknown model '" + value + "': expected chung-lu or ba");
      }
    }
  }

  @Override
  public Integer call() throws Exception {
    if (nodes < 2) {
      throw new IllegalArgumentException("--nodes must be at least 2, was " + nodes);
    }
    if (model == Model.ba && exponent != null) {
      throw new IllegalArgumentException(
          "--exponent applies to chung-lu only; Barabasi-Albert degrees have exponent 3");
    }
    double gamma = exponent == null ? 2.5 : exponent;
    long start = System.nanoTime();
    EdgeList edges =
        model == Model.ba
            ? BarabasiAlbertGenerator.generate(nodes, avgDegree, seed)
            : ChungLuGenerator.generate(nodes, avgDegree, gamma, seed);
    double genSec = (System.nanoTime() - start) / 1e9;
    String desc =
        model == Model.ba
            ? String.format("Barabasi-Albert n=%d avg-degree=%s seed=%d", nodes, avgDegree, seed)
            : String.format(
                "Chung-Lu n=%d avg-degree=%s exponent=%s seed=%d", nodes, avgDegree, gamma, seed);
    EdgeListWriter.write(out, edges, "RouteForge graph generate: " + desc);
    double totalSec = (System.nanoTime() - start) / 1e9;
    spec.commandLine()
        .getErr()
        .printf(
            "%s: %,d edges generated in %.2f s, written in %.2f s to %s%n",
            desc, edges.m(), genSec, totalSec - genSec, out);
    spec.commandLine()
        .getOut()
        .printf(
            "{\"nodes\":%d,\"edges\":%d,\"generate_seconds\":%.3f,\"total_seconds\":%.3f,"
                + "\"file\":\"%s\"}%n",
            edges.n(), edges.m(), genSec, totalSec, out.toString().replace("\\", "/"));
    spec.commandLine().getOut().flush();
    return 0;
  }
}
