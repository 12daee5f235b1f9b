package org.routeforge.benchmarks.graph;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.routeforge.benchmarks.graph.PathBenchResult.Approximation;
import org.routeforge.benchmarks.graph.PathBenchResult.Timing;
import org.routeforge.graph.paths.Bfs;
import org.routeforge.graph.paths.BidirectionalBfs;
import org.routeforge.graph.paths.BidirectionalDijkstra;
import org.routeforge.graph.paths.CoreHubTree;
import org.routeforge.graph.paths.CoreLabels;
import org.routeforge.graph.paths.CsrGraph;
import org.routeforge.graph.paths.PathResult;
import org.routeforge.graph.paths.Wormhole;
import org.routeforge.graph.paths.WormholeIndex;
import org.routeforge.graph.paths.WormholeOptions;

/**
 * The WormHole benchmark protocol (after the paper's §5): random connected s≠t pairs; for each,
 * the exact hop distance by bidirectional BFS and the answers of WormHole E, H and M, each method
 * timed in its own pass over the same pairs after a warm-up; query time statistics, speed-ups from
 * the same run, exact share, share within +1/+2, the additive-error histogram, vertices touched,
 * and a check that no answer exceeds its certified bound. Weighted graphs also get bidirectional
 * Dijkstra on the weights.
 *
 * <p>The result is a {@link PathBenchResult}, written as the JSON of {@code bench graph}.
 */
public final class PathBenchmark {

  /**
   * Benchmark settings.
   *
   * @param queries number of timed pairs
   * @param seed seed for drawing the pairs
   * @param warmup untimed queries per method before timing (JIT warm-up)
   * @param wormhole index options
   */
  public record Settings(int queries, long seed, int warmup, WormholeOptions wormhole) {
    /** Validates the settings. */
    public Settings {
      if (queries < 1) {
        throw new IllegalArgumentException("queries must be at least 1, was " + queries);
      }
      if (warmup < 0) {
        throw new IllegalArgumentException("warmup must be >= 0, was " + warmup);
      }
    }
  }

  private static final int HISTOGRAM = 6;

  private PathBenchmark() {}

  /**
   * Runs the benchmark.
   *
   * @param g the graph (hop distances; weights only for the Dijkstra baseline)
   * @param settings settings
   * @param log progress lines (stderr in the CLI)
   * @return the results, keyed for JSON
   */
  public static PathBenchResult run(CsrGraph g, Settings settings, PrintStream log) {
    CsrGraph hop = g.unweighted();
    double loadAverage = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();

    log.printf("components ...%n");
    int[] comp = Bfs.components(hop);
    int[][] pairs = drawPairs(comp, settings.queries(), settings.seed());
    int[][] warm = drawPairs(comp, settings.warmup(), settings.seed() ^ 0x5DEECE66DL);

    log.printf("building WormHole index (core fraction %.3f) ...%n", settings.wormhole().coreFraction());
    long cpu0 = cpuNanos();
    WormholeIndex index = WormholeIndex.build(hop, settings.wormhole());
    double buildCpu = (cpuNanos() - cpu0) / 1e9;
    log.printf(
        "  L0 %d, L1 %d, %.3f s, %d bytes%n",
        index.coreSize(), index.ringSize(), index.buildSeconds(), index.bytes());
    log.printf("building core labels (PLL) and hub tree ...%n");
    cpu0 = cpuNanos();
    CoreLabels labels = CoreLabels.build(index);
    double pllCpu = (cpuNanos() - cpu0) / 1e9;
    long hubStart = System.nanoTime();
    CoreHubTree hubTree = CoreHubTree.build(index);
    double hubSeconds = (System.nanoTime() - hubStart) / 1e9;
    log.printf("  PLL %d entries, %.3f s, %d bytes%n", labels.entries(), labels.buildSeconds(), labels.bytes());

    Wormhole wh = new Wormhole(index, labels, hubTree);
    BidirectionalBfs bibfs = new BidirectionalBfs(hop);
    int q = pairs.length;
    long[] exact = new long[q];
    long[] nanos = new long[q];
    long[] touched = new long[q];

    log.printf("BiBFS pass ...%n");
    for (int[] p : warm) {
      bibfs.query(p[0], p[1]);
    }
    cpu0 = cpuNanos();
    for (int i = 0; i < q; i++) {
      long t0 = System.nanoTime();
      PathResult r = bibfs.query(pairs[i][0], pairs[i][1]);
      nanos[i] = System.nanoTime() - t0;
      exact[i] = r.length();
      touched[i] = r.touched();
      progress(log, i, q);
    }
    Timing bStats = timeStats(nanos, touched, cpuNanos() - cpu0);

    Approximation[] byVariant = new Approximation[Wormhole.Variant.values().length];
    for (Wormhole.Variant v : Wormhole.Variant.values()) {
      log.printf("WormHole_%s pass ...%n", v);
      for (int[] p : warm) {
        wh.query(p[0], p[1], v);
      }
      long[] len = new long[q];
      long[] bound = new long[q];
      cpu0 = cpuNanos();
      for (int i = 0; i < q; i++) {
        long t0 = System.nanoTime();
        PathResult r = wh.query(pairs[i][0], pairs[i][1], v);
        nanos[i] = System.nanoTime() - t0;
        len[i] = r.length();
        bound[i] = r.errorBound();
        touched[i] = r.touched();
        progress(log, i, q);
      }
      byVariant[v.ordinal()] = approximation(timeStats(nanos, touched, cpuNanos() - cpu0), bStats, exact, len, bound);
    }

    Timing weighted = null;
    if (g.weighted()) {
      log.printf("bidirectional Dijkstra pass (weights) ...%n");
      BidirectionalDijkstra dij = new BidirectionalDijkstra(g);
      for (int[] p : warm) {
        dij.query(p[0], p[1]);
      }
      cpu0 = cpuNanos();
      for (int i = 0; i < q; i++) {
        long t0 = System.nanoTime();
        PathResult r = dij.query(pairs[i][0], pairs[i][1]);
        nanos[i] = System.nanoTime() - t0;
        touched[i] = r.touched();
        progress(log, i, q);
      }
      weighted = timeStats(nanos, touched, cpuNanos() - cpu0);
    }

    Approximation e = byVariant[Wormhole.Variant.E.ordinal()];
    return new PathBenchResult(hop.nodeCount(), hop.edgeCount(), hop.bytes(), settings.queries(), settings.seed(),
        settings.wormhole().coreFraction(), settings.wormhole().seedStrategy().name(),
        settings.wormhole().peripheryLevels(), loadAverage, index.buildSeconds(), buildCpu, index.bytes(),
        index.coreSize(), index.ringSize(), pllCpu, labels.buildSeconds(), labels.bytes(), labels.entries(),
        hubSeconds, hubTree.bytes(), bStats, e, byVariant[Wormhole.Variant.H.ordinal()],
        byVariant[Wormhole.Variant.M.ordinal()], weighted, bStats.medianUs(), e.medianUs(), e.medianSpeedup(),
        e.exactShare(), e.within2Share(), e.maxError());
  }

  private static void progress(PrintStream log, int i, int q) {
    if (q >= 1000 && (i + 1) % (q / 4) == 0) {
      log.printf("  %d/%d%n", i + 1, q);
    }
  }

  /** Uniform random s≠t pairs from the same connected component. */
  static int[][] drawPairs(int[] comp, int count, long seed) {
    int n = comp.length;
    int[][] pairs = new int[count][];
    if (count == 0) {
      return pairs;
    }
    SplittableRandom rnd = new SplittableRandom(seed);
    long attempts = 0;
    long maxAttempts = 1000L * count + 100_000;
    for (int i = 0; i < count; i++) {
      while (true) {
        if (++attempts > maxAttempts || n < 2) {
          throw new IllegalArgumentException(
              "could not draw connected vertex pairs: the graph is almost totally disconnected");
        }
        int s = rnd.nextInt(n);
        int t = rnd.nextInt(n);
        if (s != t && comp[s] == comp[t]) {
          pairs[i] = new int[] {s, t};
          break;
        }
      }
    }
    return pairs;
  }

  /** CPU time of this thread (immune to the descheduling that inflates wall-clock means). */
  private static long cpuNanos() {
    ThreadMXBean b = ManagementFactory.getThreadMXBean();
    return b.isCurrentThreadCpuTimeSupported() ? b.getCurrentThreadCpuTime() : System.nanoTime();
  }

  private static Timing timeStats(long[] nanos, long[] touched, long cpuNanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    double sum = 0;
    double tsum = 0;
    for (int i = 0; i < nanos.length; i++) {
      sum += nanos[i];
      tsum += touched[i];
    }
    return new Timing(sum / nanos.length / 1e3, percentile(sorted, 0.5) / 1e3, percentile(sorted, 0.99) / 1e3,
        cpuNanos / 1e3 / nanos.length, tsum / nanos.length);
  }

  private static double percentile(long[] sorted, double p) {
    if (sorted.length == 1) {
      return sorted[0];
    }
    double pos = p * (sorted.length - 1);
    int lo = (int) Math.floor(pos);
    int hi = Math.min(sorted.length - 1, lo + 1);
    return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
  }

  /** A WormHole variant's times and its additive errors against the exact BiBFS lengths. */
  private static Approximation approximation(Timing t, Timing bibfs, long[] exact, long[] len, long[] bound) {
    long[] hist = new long[HISTOGRAM];
    long exactCount = 0;
    long within1 = 0;
    long within2 = 0;
    long maxErr = 0;
    double errSum = 0;
    double boundSum = 0;
    long violations = 0;
    long missed = 0;
    for (int i = 0; i < exact.length; i++) {
      if (len[i] < 0) {
        missed++; // every pair is connected, so a "disconnected" answer is a failure
        continue;
      }
      long err = len[i] - exact[i];
      if (err < 0 || err > bound[i]) {
        violations++;
      }
      hist[(int) Math.min(HISTOGRAM - 1, Math.max(0, err))]++;
      exactCount += err == 0 ? 1 : 0;
      within1 += err <= 1 ? 1 : 0;
      within2 += err <= 2 ? 1 : 0;
      maxErr = Math.max(maxErr, err);
      errSum += err;
      boundSum += bound[i];
    }
    double q = exact.length;
    return new Approximation(t.meanUs(), t.medianUs(), t.p99Us(), t.meanCpuUs(), t.meanTouched(), exactCount / q,
        within1 / q, within2 / q, errSum / Math.max(1, q - missed), maxErr, hist, boundSum / Math.max(1, q - missed),
        violations, missed, bibfs.medianUs() / t.medianUs(), bibfs.meanUs() / t.meanUs(),
        bibfs.meanCpuUs() / t.meanCpuUs());
  }
}
