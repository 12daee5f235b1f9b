package org.routeforge.benchmarks.neural;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import org.routeforge.data.catalog.DatasetCatalog;
import org.routeforge.data.model.CompactInstance;
import org.routeforge.neural.CvrpBatch;
import org.routeforge.neural.GreedyDecoder;
import org.routeforge.neural.PolicyInference;
import org.routeforge.neural.PolicyModel;
import org.routeforge.neural.PomoRollout;
import org.routeforge.solver.InitialSolutionProvider;
import org.routeforge.solver.init.Providers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Two policies side by side (the shipped one and a checkpoint), each with greedy rollouts from every
 * start customer on the 8 augmented copies, best tour by the instance's own distances: on X
 * instances against the best-known value, and on a generated held-out set that no training run
 * validates on (seed {@value #HELD_OUT_SEED} + n; X-like and uniform) against the Clarke–Wright
 * savings. Paired per instance: the mean gaps and on how many instances the candidate is better.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
    description = "Shipped vs candidate policy (all starts x 8): X gap to BKS, held-out gap to savings.")
public final class PolicyCompareBench implements Callable<Integer> {
  /** Base seed of the held-out set (the training's validation sets use other seeds). */
  static final long HELD_OUT_SEED = 424_242L;

  @Option(names = "--candidate", required = true, description = "Checkpoint directory of the candidate policy.")
  Path candidate;

  @Option(names = "--x-min", defaultValue = "100", description = "Smallest X instance, customers (default ${DEFAULT-VALUE}).")
  int xMin;

  @Option(names = "--x-max", defaultValue = "200", description = "Largest X instance, customers (default ${DEFAULT-VALUE}).")
  int xMax;

  @Option(names = "--x-stride", defaultValue = "1", description = "Use every k-th X instance (default ${DEFAULT-VALUE}).")
  int xStride;

  @Option(names = "--sizes", split = ",", defaultValue = "100,200", description = "Held-out sizes (default ${DEFAULT-VALUE}).")
  List<Integer> sizes;

  @Option(names = "--instances", defaultValue = "8", description = "Held-out instances per size and kind (default ${DEFAULT-VALUE}).")
  int instances;

  @Override
  public Integer call() throws Exception {
    if (System.getProperty("ai.djl.pytorch.num_threads") == null) {
      System.setProperty("ai.djl.pytorch.num_threads", "1");
      System.setProperty("ai.djl.pytorch.num_interop_threads", "1");
    }
    try (PolicyModel shipped = PolicyModel.loadDefault(); PolicyModel cand = PolicyModel.load(candidate)) {
      System.out.printf(Locale.ROOT, "# shipped (%d steps) vs %s (%d steps); %s%n", shipped.card().steps(), candidate,
          cand.card().steps(), NeuralBenchCommand.machine());
      System.out.println("| set | instance | n | shipped gap % | candidate gap % | difference |\n|---|---|---|---|---|---|");
      Paired x = new Paired();
      for (DatasetCatalog.Entry e : NeuralBenchCommand.rows(DatasetCatalog.load(), "X", xMax, xStride)) {
        if (e.customers() < xMin) {
          continue;
        }
        CompactInstance ci = CompactInstance.of(NeuralBenchCommand.read(e));
        row("X (BKS)", e.name(), ci, e.bks(), shipped, cand, x);
      }
      summary("X " + xMin + ".." + xMax + " vs BKS", x);
      InitialSolutionProvider savings = Providers.byNames(List.of("savings")).get(0);
      for (int n : sizes) {
        for (String kind : new String[] {"x-like", "uniform"}) {
          SplittableRandom rng = new SplittableRandom(HELD_OUT_SEED + n);
          CvrpBatch b = kind.equals("x-like") ? CvrpBatch.xLike(instances, n, rng) : CvrpBatch.uniform(instances, n, rng);
          Paired acc = new Paired();
          for (int p = 0; p < instances; p++) {
            CompactInstance ci = CompactInstance.of(b.toInstance(p, "held-out-" + kind + "-n" + n + "-" + p, 1.0));
            double ref = cost(ci, savings.propose(ci, 1, new SplittableRandom(p)).get(0));
            row("held-out " + kind + " (savings)", ci.source.name(), ci, ref, shipped, cand, acc);
          }
          summary("held-out n=" + n + " " + kind + " vs savings", acc);
        }
      }
    }
    return 0;
  }

  /** Paired sums over a group of instances. */
  private static final class Paired {
    double shipped;
    double candidate;
    int wins;
    int count;
  }

  private static void row(String set, String name, CompactInstance ci, double ref, PolicyModel shipped,
      PolicyModel cand, Paired acc) {
    double s = 100 * (best(shipped, ci) / ref - 1);
    double c = 100 * (best(cand, ci) / ref - 1);
    acc.shipped += s;
    acc.candidate += c;
    acc.wins += c < s - 1e-9 ? 1 : 0;
    acc.count++;
    System.out.printf(Locale.ROOT, "| %s | %s | %d | %.2f | %.2f | %+.2f |%n", set, name, ci.n - 1, s, c, c - s);
  }

  private static void summary(String what, Paired acc) {
    if (acc.count == 0) {
      return;
    }
    int k = acc.count;
    System.out.printf(Locale.ROOT, "%n**%s** (%d instances): mean gap shipped %.2f %%, candidate %.2f %% (%+.2f), "
        + "candidate better on %d%n%n", what, k, acc.shipped / k, acc.candidate / k, (acc.candidate - acc.shipped) / k,
        acc.wins);
  }

  /** Best greedy tour over every start customer on the 8 copies, by the instance's own distances. */
  static double best(PolicyModel model, CompactInstance ci) {
    CvrpBatch aug = CvrpBatch.of(ci, ci.source != null && ci.source.geographic()).augment8();
    int starts = ci.n - 1;
    PomoRollout.Result r = GreedyDecoder.decode(model, List.of(aug),
        List.of(PolicyInference.startNodes(8, ci.n, starts, new SplittableRandom(1))), starts).get(0);
    double b = Double.POSITIVE_INFINITY;
    for (int[] t : r.tours) {
      b = Math.min(b, cost(ci, t));
    }
    return b;
  }

  static double cost(CompactInstance ci, int[] seq) {
    double c = 0;
    int prev = 0;
    for (int v : seq) {
      c += ci.dist(prev, v);
      prev = v;
    }
    return c + ci.dist(prev, 0);
  }
}
