package org.routeforge.benchmarks.graph;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;

/**
 * One {@code bench graph} run as written to {@code benchmarks/results/graph/json/NAME.json}: where the
 * graph came from ({@link Source}) and the {@link PathBenchResult}, side by side in one flat JSON object.
 *
 * @param source the graph file or generator, with its load or generation cost
 * @param result the benchmark
 */
public record GraphBenchRun(Source source, PathBenchResult result) {

  /**
   * The graph of a run.
   *
   * @param graph the file name, or the generator and its parameters
   * @param weighted whether the file has edge weights
   * @param generateSeconds generation time (generated graphs)
   * @param loadSeconds load time (files)
   * @param loadSecondsPerMillionEdges load time per million edges (files)
   * @param csrBytesPerMillionEdges CSR bytes per million edges
   * @param selfLoopsDropped self-loops dropped while loading (files)
   * @param duplicatesDropped duplicate edges dropped while loading (files)
   */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Source(String graph, boolean weighted, Double generateSeconds, Double loadSeconds,
      Double loadSecondsPerMillionEdges, double csrBytesPerMillionEdges, Long selfLoopsDropped,
      Long duplicatesDropped) {}

  /** The flat JSON object: the source's fields, then the result's. */
  public ObjectNode toJson(ObjectMapper mapper) {
    ObjectNode n = mapper.valueToTree(source);
    n.setAll((ObjectNode) mapper.valueToTree(result));
    return n;
  }

  /** Reads a run written by {@link #toJson}. */
  public static GraphBenchRun read(ObjectMapper mapper, Path file) throws IOException {
    JsonNode n = mapper.readTree(file.toFile());
    return new GraphBenchRun(mapper.treeToValue(n, Source.class), mapper.treeToValue(n, PathBenchResult.class));
  }

  /** Whether a JSON file's object is a run of this benchmark (other JSON files may share the folder). */
  static boolean isRun(JsonNode n) {
    return n.has("bibfs_median_us");
  }
}
