package org.routeforge.graph.paths;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The WormHole benchmark protocol (after the paper's §5): random connected s≠t pairs; for each,
 * the exact hop distance by bidirectional BFS and the answers of WormHole E, H and M, each method
 * timed in its own pass over the same pairs after a warm-up; query time statistics, speed-ups from
 * the same run, exact share, share within +1/+2, the additive-error histogram, vertices touched,
 * and a check that no answer exceeds its certified bound. Weighted graphs also get bidirectional
 * Dijkstra on the weights.
 *
 * <p>The result is a flat-ish map ready for JSON, with the keys of the CLI contract at top level.
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
  public static Map<String, Object> run(CsrGraph g, Settings settings, PrintStream log) {
    CsrGraph hop = g.unweighted();
    int n = hop.nodeCount();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("nodes", n);
    out.put("edges", hop.edgeCount());
    out.put("csr_bytes", hop.bytes());
    out.put("queries", settings.queries());
    out.put("seed", settings.seed());
    out.put("core_fraction", settings.wormhole().coreFraction());
    out.put("seed_strategy", settings.wormhole().seedStrategy().name());
    out.put("periphery_levels", settings.wormhole().peripheryLevels());
    out.put("load_average_at_start", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

    log.printf("components ...%n");
    int[] comp = Bfs.components(hop);
    int[][] pairs = drawPairs(comp, settings.queries(), settings.seed());
    int[][] warm = drawPairs(comp, settings.warmup(), settings.seed() ^ 0x5DEECE66DL);

    log.printf("building WormHole index (core fraction %.3f) ...%n", settings.wormhole().coreFraction());
    long cpu0 = cpuNanos();
    WormholeIndex index = WormholeIndex.build(hop, settings.wormhole());
    out.put("build_seconds", index.buildSeconds());
    out.put("build_cpu_seconds", (cpuNanos() - cpu0) / 1e9);
    out.put("index_bytes", index.bytes());
    out.put("core_size", index.coreSize());
    out.put("ring_size", index.ringSize());
    log.printf(
        "  L0 %d, L1 %d, %.3f s, %d bytes%n",
        index.coreSize(), index.ringSize(), index.buildSeconds(), index.bytes());
    log.printf("building core labels (PLL) and hub tree ...%n");
    cpu0 = cpuNanos();
    CoreLabels labels = CoreLabels.build(index);
    out.put("pll_build_cpu_seconds", (cpuNanos() - cpu0) / 1e9);
    long hubStart = System.nanoTime();
    CoreHubTree hubTree = CoreHubTree.build(index);
    double hubSeconds = (System.nanoTime() - hubStart) / 1e9;
    out.put("pll_build_seconds", labels.buildSeconds());
    out.put("pll_bytes", labels.bytes());
    out.put("pll_entries", labels.entries());
    out.put("hub_build_seconds", hubSeconds);
    out.put("hub_bytes", hubTree.bytes());
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
    Map<String, Object> bStats = timeStats(nanos, touched, cpuNanos() - cpu0);
    out.put("bibfs", bStats);

    Map<String, Object> byVariant = new LinkedHashMap<>();
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
      Map<String, Object> st = timeStats(nanos, touched, cpuNanos() - cpu0);
      st.putAll(errorStats(exact, len, bound));
      st.put(
          "median_speedup", (double) bStats.get("median_us") / (double) st.get("median_us"));
      st.put("mean_speedup", (double) bStats.get("mean_us") / (double) st.get("mean_us"));
      st.put(
          "mean_cpu_speedup",
          (double) bStats.get("mean_cpu_us") / (double) st.get("mean_cpu_us"));
      byVariant.put(v.name(), st);
    }
    out.put("wormhole", byVariant.get("E"));
    out.put("wormhole_h", byVariant.get("H"));
    out.put("wormhole_m", byVariant.get("M"));

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
      out.put("bidijkstra_weighted", timeStats(nanos, touched, cpuNanos() - cpu0));
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> e = (Map<String, Object>) byVariant.get("E");
    out.put("bibfs_median_us", bStats.get("median_us"));
    out.put("wormhole_median_us", e.get("median_us"));
    out.put("median_speedup", e.get("median_speedup"));
    out.put("exact_share", e.get("exact_share"));
    out.put("within2_share", e.get("within2_share"));
    out.put("max_additive_error", e.get("max_error"));
    return out;
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

  private static Map<String, Object> timeStats(long[] nanos, long[] touched, long cpuNanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    double sum = 0;
    double tsum = 0;
    for (int i = 0; i < nanos.length; i++) {
      sum += nanos[i];
      tsum += touched[i];
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("mean_us", sum / nanos.length / 1e3);
    m.put("median_us", percentile(sorted, 0.5) / 1e3);
    m.put("p99_us", percentile(sorted, 0.99) / 1e3);
    m.put("mean_cpu_us", cpuNanos / 1e3 / nanos.length);
    m.put("mean_touched", tsum / nanos.length);
    return m;
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

  private static Map<String, Object> errorStats(long[] exact, long[] len, long[] bound) {
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
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("exact_share", exactCount / q);
    m.put("within1_share", within1 / q);
    m.put("within2_share", within2 / q);
    m.put("mean_error", errSum / Math.max(1, q - missed));
    m.put("max_error", maxErr);
    m.put("error_histogram", hist);
    m.put("mean_certified_bound", boundSum / Math.max(1, q - missed));
    m.put("bound_violations", violations);
    m.put("missed_connections", missed);
    return m;
  }
}
