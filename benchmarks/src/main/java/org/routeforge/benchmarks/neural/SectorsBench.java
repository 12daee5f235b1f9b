package org.routeforge.benchmarks.neural;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.routeforge.data.generate.XGenerator;
import org.routeforge.data.model.CompactInstance;
import org.routeforge.neural.NeuralInitialSolutionProvider;
import org.routeforge.solver.InitialSolutionProvider;
import org.routeforge.solver.init.Providers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * First solution of a large instance: the policy on polar sectors ({@code SectorDecomposition}, the
 * provider's path from 500 customers) against the policy on the whole instance (1 start × 8 copies)
 * and the Clarke–Wright savings, on generated X-like instances. Prints, per instance and method,
 * wall, process-CPU and calling-thread CPU milliseconds (PyTorch runs on the calling thread with one
 * thread) and the best proposal's cost. One run per method after a warm-up; the machine's load
 * average is printed before and after, because on a shared machine wall times are not meaningful.
 */
@Command(name = "sectors", mixinStandardHelpOptions = true,
    description = "First-solution time and cost on large X-like instances: policy on sectors vs whole vs savings.")
public final class SectorsBench implements Callable<Integer> {
  private static final ThreadMXBean THREAD = ManagementFactory.getThreadMXBean();

  @Option(names = "--sizes", split = ",", defaultValue = "1000", description = "Customers (default ${DEFAULT-VALUE}).")
  int[] sizes;

  @Option(names = "--seeds", split = ",", defaultValue = "1", description = "XGenerator seeds (default ${DEFAULT-VALUE}).")
  long[] seeds;

  @Option(names = "--proposals", defaultValue = "8", description = "K proposals asked (default ${DEFAULT-VALUE}).")
  int proposals;

  @Override
  public Integer call() throws Exception {
    if (System.getProperty("ai.djl.pytorch.num_threads") == null) {
      System.setProperty("ai.djl.pytorch.num_threads", "1");
      System.setProperty("ai.djl.pytorch.num_interop_threads", "1");
    }
    var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    NeuralInitialSolutionProvider sectors = new NeuralInitialSolutionProvider(NeuralInitialSolutionProvider.SEED_WORK, 2);
    NeuralInitialSolutionProvider whole = new NeuralInitialSolutionProvider(NeuralInitialSolutionProvider.SEED_WORK,
        Integer.MAX_VALUE);
    InitialSolutionProvider savings = Providers.byNames(List.of("savings")).get(0);
    // warm-up (model load, JIT) on a small instance, not timed
    CompactInstance warm = CompactInstance.of(XGenerator.generate(XGenerator.Config.random(300, false), 99));
    sectors.propose(warm, 2, new SplittableRandom(1));
    whole.propose(warm, 2, new SplittableRandom(1));
    System.out.printf(Locale.ROOT, "# %s, torch threads %s, load average before: %s%n", NeuralBenchCommand.machine(),
        System.getProperty("ai.djl.pytorch.num_threads"), load());
    System.out.println("| customers | seed | method | proposals | wall ms | process CPU ms | thread CPU ms | best cost "
        + "| vs savings % |");
    System.out.println("|---|---|---|---|---|---|---|---|---|");
    for (int n : sizes) {
      for (long seed : seeds) {
        CompactInstance ci = CompactInstance.of(XGenerator.generate(XGenerator.Config.random(n, false), seed));
        double[] sav = time(os, () -> savings.propose(ci, 1, new SplittableRandom(seed)), ci);
        row(n, seed, "savings", sav, sav[4]);
        row(n, seed, "policy on sectors", time(os, () -> sectors.propose(ci, proposals, new SplittableRandom(seed)), ci),
            sav[4]);
        row(n, seed, "policy on the whole (1 x 8)",
            time(os, () -> whole.propose(ci, proposals, new SplittableRandom(seed)), ci), sav[4]);
      }
    }
    System.out.printf(Locale.ROOT, "# load average after: %s%n", load());
    return 0;
  }

  /** {proposals, wall ms, process CPU ms, thread CPU ms, best cost}. */
  private static double[] time(com.sun.management.OperatingSystemMXBean os, Supplier<List<int[]>> run,
      CompactInstance ci) {
    long w0 = System.nanoTime();
    long p0 = os.getProcessCpuTime();
    long t0 = THREAD.getCurrentThreadCpuTime();
    List<int[]> out = run.get();
    double[] r = {out.size(), (System.nanoTime() - w0) / 1e6, (os.getProcessCpuTime() - p0) / 1e6,
        (THREAD.getCurrentThreadCpuTime() - t0) / 1e6, Double.POSITIVE_INFINITY};
    for (int[] seq : out) {
      r[4] = Math.min(r[4], cost(ci, seq));
    }
    return r;
  }

  private static void row(int n, long seed, String method, double[] r, double savings) {
    System.out.printf(Locale.ROOT, "| %d | %d | %s | %.0f | %.0f | %.0f | %.0f | %.0f | %+.1f |%n", n, seed, method, r[0],
        r[1], r[2], r[3], r[4], 100 * (r[4] / savings - 1));
  }

  private static double cost(CompactInstance ci, int[] seq) {
    double c = 0;
    int prev = 0;
    for (int v : seq) {
      c += ci.dist(prev, v);
      prev = v;
    }
    return c + ci.dist(prev, 0);
  }

  private static String load() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).trim();
    } catch (Exception e) {
      return "unknown";
    }
  }
}
