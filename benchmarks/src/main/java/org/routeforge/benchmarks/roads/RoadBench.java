package org.routeforge.benchmarks.roads;

import com.graphhopper.GHRequest;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.routeforge.graph.roads.PointToPointRoutes;
import org.routeforge.graph.roads.RoadMatrix;
import org.routeforge.graph.roads.RoadNetwork;
import org.routeforge.graph.roads.RoadPointSampler;
import org.routeforge.graph.roads.SnappedPoints;
import org.routeforge.graph.roads.UnsnappablePointsException;

/**
 * The matrix benchmark: an {@code n × n} time + distance matrix with {@link BucketManyToMany} against
 * the loop of GraphHopper point-to-point CH routes in the same run. The loop is timed on a random
 * sample of pairs (10^6 routes would take long) and extrapolated per pair; the same sample checks the
 * matrix cell by cell.
 */
public final class RoadBench {
  private RoadBench() {}

  /**
   * Benchmark result.
   *
   * @param n points (matrix n × n)
   * @param seed sampling seed
   * @param matrixColdSeconds first matrix of the JVM (JIT compilation included)
   * @param matrixSeconds median of the warm repetitions
   * @param matrixRuns all warm repetition times (s)
   * @param matrixCpuSeconds median thread CPU time of the warm repetitions (robust to a busy machine)
   * @param routePairs sampled route pairs
   * @param routeSecondsPerPair route loop time per pair (warm)
   * @param routeLoopSeconds route loop time extrapolated to n × n pairs
   * @param speedup routeLoopSeconds / matrixSeconds
   * @param mismatches sampled cells that differ from GraphHopper's route
   * @param settledPerSearch nodes settled per upward search (mean)
   * @param bucketEntries bucket entries stored
   * @param upwardArraysBytes bytes of the upward CH arrays (kept with the network)
   * @param resultBytes bytes of the result matrices (weight, time, distance)
   * @param heapUsedBytes heap in use right after the matrix, after a GC before it
   */
  public record Result(int n, long seed, double matrixColdSeconds, double matrixSeconds, double[] matrixRuns,
      double matrixCpuSeconds,
      int routePairs, double routeSecondsPerPair, double routeLoopSeconds, double speedup, int mismatches,
      double settledPerSearch, long bucketEntries, long upwardArraysBytes, long resultBytes, long heapUsedBytes) {}

  /**
   * Runs the benchmark.
   *
   * @param reps warm matrix repetitions (median reported)
   * @param pairs route pairs to sample
   * @param progress receives one line per step
   */
  public static Result run(RoadNetwork net, int n, long seed, int reps, int pairs, Consumer<String> progress)
      throws UnsnappablePointsException {
    double[][] p = RoadPointSampler.uniform(net, n, seed, RoadPointSampler.DEFAULT_MAX_SNAP_M);
    SnappedPoints pts = net.snap(p[0], p[1], RoadPointSampler.DEFAULT_MAX_SNAP_M);
    Runtime rt = Runtime.getRuntime();
    RoadMatrix m = net.matrix(pts);
    double cold = m.computeSeconds();
    progress.accept(String.format(java.util.Locale.ROOT, "cold matrix %dx%d: %.3f s", n, n, cold));
    double[] runs = new double[reps];
    double[] cpu = new double[reps];
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long heap = 0;
    for (int r = 0; r < reps; r++) {
      m = null;
      System.gc();
      long c0 = threads.getCurrentThreadCpuTime();
      m = net.matrix(pts);
      cpu[r] = (threads.getCurrentThreadCpuTime() - c0) / 1e9;
      runs[r] = m.computeSeconds();
      heap = Math.max(heap, rt.totalMemory() - rt.freeMemory());
      progress.accept(String.format(java.util.Locale.ROOT, "warm matrix %d/%d: %.3f s (thread CPU %.3f s)", r + 1, reps,
          runs[r], cpu[r]));
    }
    double[] sorted = runs.clone();
    Arrays.sort(sorted);
    double median = reps == 0 ? cold : sorted[reps / 2];
    Arrays.sort(cpu);
    double cpuMedian = reps == 0 ? Double.NaN : cpu[reps / 2];
    warmUpRoutes(net, pts, Math.min(200, pairs), seed + 1);
    PointToPointRoutes.CrossCheck cc = PointToPointRoutes.crossCheck(net, m, pairs, seed + 2);
    progress.accept(String.format(java.util.Locale.ROOT, "route loop: %d pairs in %.3f s (%.3f ms/pair), %d mismatches",
        pairs, cc.seconds(), cc.secondsPerPair() * 1e3, cc.mismatches()));
    double loop = cc.secondsPerPair() * n * (double) n;
    return new Result(n, seed, cold, median, runs, cpuMedian, pairs, cc.secondsPerPair(), loop, loop / median, cc.mismatches(),
        m.settledNodes() / (2.0 * n), m.bucketEntries(), net.matrixArraysBytes(), m.resultBytes(), heap);
  }

  private static void warmUpRoutes(RoadNetwork net, SnappedPoints pts, int count, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    for (int k = 0; k < count; k++) {
      int i = rnd.nextInt(pts.size());
      int j = rnd.nextInt(pts.size());
      GHRequest req = new GHRequest(pts.inputLat(i), pts.inputLon(i), pts.inputLat(j), pts.inputLon(j))
          .setProfile(RoadNetwork.PROFILE);
      req.putHint("instructions", false);
      req.putHint("calc_points", false);
      net.hopper().route(req);
    }
  }
}
