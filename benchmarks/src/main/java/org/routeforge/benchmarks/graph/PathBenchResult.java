package org.routeforge.benchmarks.graph;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * The result of {@link PathBenchmark} on one graph, written to JSON with snake_case keys (the report's
 * contract: {@code bibfs_median_us}, {@code wormhole_h}, ...). Fields that older runs lack (the
 * CPU-time columns, the load average) are null there and left out of the JSON.
 *
 * @param nodes vertices
 * @param edges undirected edges (hop graph)
 * @param csrBytes bytes of the CSR arrays
 * @param queries timed pairs
 * @param seed seed of the pairs
 * @param coreFraction WormHole L0 size as a fraction of the vertices
 * @param seedStrategy where L0 growth starts
 * @param peripheryLevels BFS levels per side in the periphery search
 * @param loadAverageAtStart the machine's 1-minute load average when the run began
 * @param buildSeconds WormHole index build, wall
 * @param buildCpuSeconds WormHole index build, thread CPU
 * @param indexBytes index size
 * @param coreSize |L0|
 * @param ringSize |L1|
 * @param pllBuildCpuSeconds core labels (PLL) build, thread CPU
 * @param pllBuildSeconds core labels (PLL) build, wall
 * @param pllBytes core labels size
 * @param pllEntries core label entries
 * @param hubBuildSeconds hub tree build, wall
 * @param hubBytes hub tree size
 * @param bibfs the exact bidirectional BFS pass
 * @param wormhole WormHole variant E
 * @param wormholeH WormHole variant H
 * @param wormholeM WormHole variant M
 * @param bidijkstraWeighted bidirectional Dijkstra on the weights (weighted graphs only)
 * @param bibfsMedianUs summary: BiBFS median µs
 * @param wormholeMedianUs summary: WormHole E median µs
 * @param medianSpeedup summary: BiBFS median / WormHole E median
 * @param exactShare summary: WormHole E exact share
 * @param within2Share summary: WormHole E share within +2
 * @param maxAdditiveError summary: WormHole E largest additive error
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record PathBenchResult(long nodes, long edges, long csrBytes, int queries, long seed, double coreFraction,
    String seedStrategy, int peripheryLevels, Double loadAverageAtStart, double buildSeconds, Double buildCpuSeconds,
    long indexBytes, int coreSize, int ringSize, Double pllBuildCpuSeconds, double pllBuildSeconds, long pllBytes,
    long pllEntries, double hubBuildSeconds, long hubBytes, Timing bibfs, Approximation wormhole,
    Approximation wormholeH, Approximation wormholeM, Timing bidijkstraWeighted, double bibfsMedianUs,
    double wormholeMedianUs, double medianSpeedup, double exactShare, double within2Share, long maxAdditiveError) {

  /**
   * Query times of one exact method over the same pairs.
   *
   * @param meanUs wall mean µs
   * @param medianUs wall median µs
   * @param p99Us wall 99th percentile µs
   * @param meanCpuUs mean thread-CPU µs per query (null in runs before it was measured)
   * @param meanTouched vertices touched per query
   */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Timing(double meanUs, double medianUs, double p99Us, Double meanCpuUs, double meanTouched) {}

  /**
   * Query times and additive errors of one WormHole variant over the same pairs, against BiBFS.
   *
   * @param meanUs wall mean µs
   * @param medianUs wall median µs
   * @param p99Us wall 99th percentile µs
   * @param meanCpuUs mean thread-CPU µs per query (null in runs before it was measured)
   * @param meanTouched vertices touched per query
   * @param exactShare share of exact answers
   * @param within1Share share within +1
   * @param within2Share share within +2
   * @param meanError mean additive error (hops)
   * @param maxError largest additive error
   * @param errorHistogram answers with error +0, +1, +2, +3, +4, ≥ +5
   * @param meanCertifiedBound mean of the certified error bounds
   * @param boundViolations answers outside [exact, exact + bound]
   * @param missedConnections connected pairs answered as disconnected
   * @param medianSpeedup BiBFS median / this median
   * @param meanSpeedup BiBFS mean / this mean
   * @param meanCpuSpeedup BiBFS mean CPU / this mean CPU (null in runs before it was measured)
   */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Approximation(double meanUs, double medianUs, double p99Us, Double meanCpuUs, double meanTouched,
      double exactShare, double within1Share, double within2Share, double meanError, long maxError, long[] errorHistogram, double meanCertifiedBound,
      long boundViolations, long missedConnections, double medianSpeedup, double meanSpeedup, Double meanCpuSpeedup) {}
}
