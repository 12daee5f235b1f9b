package org.routeforge.benchmarks.neural;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import org.routeforge.data.generate.UniformGenerator;
import org.routeforge.data.model.CompactInstance;
import org.routeforge.neural.CvrpBatch;
import org.routeforge.neural.GreedyDecoder;
import org.routeforge.neural.PolicyInference;
import org.routeforge.neural.PolicyModel;
import org.routeforge.neural.PomoRollout;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Inference speed of the shipped policy: greedy rollouts from {@code starts} start customers on the
 * 8 augmented copies of generated uniform instances, with the batched decoder ({@code --path batched},
 * {@link GreedyDecoder}: {@code --together} instances per call) or the step-by-step rollout used
 * before ({@code --path rollout}, {@link PomoRollout}, one instance per call). Prints, per size, wall,
 * process-CPU and solving-thread CPU milliseconds per instance, the encoder's CPU time, and the thread
 * CPU per decoding step without the encoder (PyTorch runs its ops on the calling thread with one
 * thread, so thread CPU time is the figure least disturbed by other jobs on a shared machine).
 * Set {@code -Dai.djl.pytorch.num_threads=1 -Dai.djl.pytorch.num_interop_threads=1} for one core
 * (the command sets them when absent, before the engine loads).
 */
@Command(name = "inference", mixinStandardHelpOptions = true,
    description = "Policy inference speed: ms per instance and per decoding step, batched vs step-by-step.")
public final class InferenceBench implements Callable<Integer> {
  private static final java.lang.management.ThreadMXBean THREAD = ManagementFactory.getThreadMXBean();

  @Option(names = "--sizes", split = ",", defaultValue = "100,500,1000", description = "Customers (default ${DEFAULT-VALUE}).")
  int[] sizes;

  @Option(names = "--starts", split = ",", defaultValue = "100,8,8",
      description = "Start customers per augmented copy, one per size (default ${DEFAULT-VALUE}).")
  int[] starts;

  @Option(names = "--instances", defaultValue = "4", description = "Instances per size (default ${DEFAULT-VALUE}).")
  int instances;

  @Option(names = "--together", defaultValue = "1", description = "Instances per batched call (default ${DEFAULT-VALUE}).")
  int together;

  @Option(names = "--path", defaultValue = "batched", description = "batched or rollout (default ${DEFAULT-VALUE}).")
  String path;

  @Override
  public Integer call() {
    if (System.getProperty("ai.djl.pytorch.num_threads") == null) {
      System.setProperty("ai.djl.pytorch.num_threads", "1");
      System.setProperty("ai.djl.pytorch.num_interop_threads", "1");
    }
    if (starts.length != sizes.length) {
      throw new IllegalArgumentException("--starts needs one value per size");
    }
    boolean batched = path.equals("batched");
    if (!batched && !path.equals("rollout")) {
      throw new IllegalArgumentException("--path is batched or rollout, got " + path);
    }
    var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    try (PolicyModel model = PolicyModel.loadDefault()) {
      System.out.printf(Locale.ROOT, "# %s, path=%s, together=%d, torch threads=%s/%s%n", NeuralBenchCommand.machine(),
          path, together, System.getProperty("ai.djl.pytorch.num_threads"),
          System.getProperty("ai.djl.pytorch.num_interop_threads"));
      System.out.println("| customers | starts x 8 | instances per call | wall ms / instance | process CPU ms / instance "
          + "| thread CPU ms / instance | steps / call | thread CPU ms / step | encoder CPU ms / instance "
          + "| best length (mean) |");
      System.out.println("|---|---|---|---|---|---|---|---|---|---|");
      for (int si = 0; si < sizes.length; si++) {
        int n = sizes[si];
        List<CvrpBatch> groups = new ArrayList<>();
        List<int[]> startNodes = new ArrayList<>();
        for (int i = 0; i < instances; i++) {
          CompactInstance ci = CompactInstance.of(UniformGenerator.generate(n, false, 90_000 + i));
          groups.add(CvrpBatch.of(ci, false).augment8());
          startNodes.add(PolicyInference.startNodes(8, ci.n, starts[si], new SplittableRandom(i)));
        }
        int p = Math.min(starts[si], n);
        // warm-up on the first instance (JIT, allocator), not timed
        decode(model, groups.subList(0, 1), startNodes.subList(0, 1), p, batched);
        double encodeMs = encoderMs(model, groups);
        long wall0 = System.nanoTime();
        long cpu0 = os.getProcessCpuTime();
        long thread0 = THREAD.getCurrentThreadCpuTime();
        long steps = 0;
        double best = 0;
        for (int from = 0; from < instances; from += batched ? together : 1) {
          int to = Math.min(instances, from + (batched ? together : 1));
          List<PomoRollout.Result> res = decode(model, groups.subList(from, to), startNodes.subList(from, to), p, batched);
          int maxLen = 0;
          for (PomoRollout.Result r : res) {
            double b = Double.POSITIVE_INFINITY;
            for (int k = 0; k < r.tours.length; k++) {
              maxLen = Math.max(maxLen, r.tours[k].length);
              b = Math.min(b, r.lengths[k]);
            }
            best += b / instances;
          }
          steps += maxLen - 1L; // the start move is not a network step
        }
        double wall = (System.nanoTime() - wall0) / 1e6;
        double cpu = (os.getProcessCpuTime() - cpu0) / 1e6;
        double threadCpu = (THREAD.getCurrentThreadCpuTime() - thread0) / 1e6;
        int calls = (instances + (batched ? together : 1) - 1) / (batched ? together : 1);
        System.out.printf(Locale.ROOT, "| %d | %d x 8 | %d | %.0f | %.0f | %.0f | %.0f | %.2f | %.0f | %.4f |%n", n, p,
            batched ? together : 1, wall / instances, cpu / instances, threadCpu / instances, (double) steps / calls,
            (threadCpu - encodeMs * instances) / steps, encodeMs, best);
      }
    }
    return 0;
  }

  private static List<PomoRollout.Result> decode(PolicyModel model, List<CvrpBatch> groups, List<int[]> starts,
      int p, boolean batched) {
    if (batched) {
      return GreedyDecoder.decode(model, groups, starts, p);
    }
    List<PomoRollout.Result> out = new ArrayList<>();
    for (int g = 0; g < groups.size(); g++) {
      try (NDManager m = model.newManager()) {
        out.add(PomoRollout.run(model.inference(m), m, groups.get(g), starts.get(g), p,
            PomoRollout.Decoding.GREEDY, null, false));
      }
    }
    return out;
  }

  /** Mean CPU ms of the calling thread (where PyTorch runs with one thread) for the encoder alone, per instance. */
  private static double encoderMs(PolicyModel model, List<CvrpBatch> groups) {
    long t0 = THREAD.getCurrentThreadCpuTime();
    for (CvrpBatch g : groups) {
      try (NDManager m = model.newManager()) {
        NDList out = model.inference(m).apply(new NDList(m.create(g.features(), new Shape(g.size, g.nodes, 3))));
        out.get(0).toFloatArray(); // wait for the result
      }
    }
    return (THREAD.getCurrentThreadCpuTime() - t0) / 1e6 / groups.size();
  }
}
