package org.routeforge.benchmarks.roads;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * What {@code bench roads} writes (JSON, snake_case keys, as in
 * {@code benchmarks/results/roads/bench-*.json}): the network, the matrix against the route loop
 * ({@link RoadBench.Result}, rounded to 4 decimals), memory, and the comparisons with OSRM tables.
 *
 * @param osm the OpenStreetMap extract's file name
 * @param n points (matrix n × n)
 * @param seed sampling seed
 * @param graphNodes road graph nodes
 * @param graphEdges road graph edges
 * @param chShortcuts CH shortcuts
 * @param graphImported whether the graph was imported in this run (else loaded from its folder)
 * @param graphSeconds import or load time
 * @param upwardArraysSeconds time to build the upward CH arrays
 * @param matrixSeconds median of the warm matrices
 * @param matrixCpuSeconds median thread CPU of the warm matrices
 * @param matrixColdSeconds the first matrix of the JVM
 * @param matrixRunsSeconds every warm matrix time
 * @param routePairs sampled point-to-point routes
 * @param routeMsPerPair route loop time per pair (ms)
 * @param routeLoopSeconds route loop time extrapolated to n × n pairs
 * @param routeLoopExtrapolated always true: the loop is timed on a sample
 * @param speedup route loop / matrix
 * @param mismatches sampled cells that differ from GraphHopper's route
 * @param settledPerSearch nodes settled per upward search
 * @param bucketEntries bucket entries stored
 * @param memory memory figures
 * @param threads threads used (1)
 * @param osrmComparison one row per OSRM table given, or null when none was
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RoadsBenchResult(String osm, int n, long seed, int graphNodes, int graphEdges, int chShortcuts,
    boolean graphImported, double graphSeconds, double upwardArraysSeconds, double matrixSeconds,
    double matrixCpuSeconds, double matrixColdSeconds, double[] matrixRunsSeconds, int routePairs,
    double routeMsPerPair, double routeLoopSeconds, boolean routeLoopExtrapolated, double speedup, int mismatches,
    double settledPerSearch, long bucketEntries, Memory memory, int threads, List<OsrmRow> osrmComparison) {

  /**
   * Memory of the matrix computation.
   *
   * @param upwardArraysBytes upward CH arrays kept with the network
   * @param resultMatricesBytes the result matrices (weight, time, distance)
   * @param heapUsedBytes heap in use right after a matrix
   * @param maxHeapBytes the JVM's maximum heap
   */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Memory(long upwardArraysBytes, long resultMatricesBytes, long heapUsedBytes, long maxHeapBytes) {}

  /**
   * GraphHopper against one OSRM table on the same points ({@link OsrmComparison}); a table that could
   * not be read has only {@code table} and {@code error}.
   *
   * @param table the OSRM file name
   * @param error why the table was skipped, or null
   * @param points points in the table
   * @param cells off-diagonal cells compared
   * @param durationRatioP10 GraphHopper / OSRM duration, 10th percentile
   * @param durationRatioMedian GraphHopper / OSRM duration, median
   * @param durationRatioP90 GraphHopper / OSRM duration, 90th percentile
   * @param distanceRatioP10 GraphHopper / OSRM distance, 10th percentile
   * @param distanceRatioMedian GraphHopper / OSRM distance, median
   * @param distanceRatioP90 GraphHopper / OSRM distance, 90th percentile
   * @param meanDurationGhS mean GraphHopper duration (s)
   * @param meanDurationOsrmS mean OSRM duration (s)
   * @param maxResnapM largest re-snap distance of the OSRM locations (m)
   * @param ghMatrixSeconds GraphHopper matrix time
   */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record OsrmRow(String table, String error, Integer points, Long cells, Double durationRatioP10,
      Double durationRatioMedian, Double durationRatioP90, Double distanceRatioP10, Double distanceRatioMedian,
      Double distanceRatioP90, Double meanDurationGhS, Double meanDurationOsrmS, Double maxResnapM,
      Double ghMatrixSeconds) {

    /** A table that could not be read. */
    static OsrmRow skipped(String table, String error) {
      return new OsrmRow(table, error, null, null, null, null, null, null, null, null, null, null, null, null);
    }
  }
}
