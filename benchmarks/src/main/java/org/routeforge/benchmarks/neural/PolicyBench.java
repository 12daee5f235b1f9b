package org.routeforge.benchmarks.neural;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.routeforge.data.catalog.DatasetCatalog;
import org.routeforge.data.generate.UniformGenerator;
import org.routeforge.data.model.CompactInstance;
import org.routeforge.data.model.Instance;
import org.routeforge.neural.NeuralInitialSolutionProvider;
import org.routeforge.solver.SolveOptions;
import org.routeforge.solver.SolveResult;
import org.routeforge.solver.Solver;
import org.routeforge.solver.model.Solution;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The policy alone: greedy POMO rollouts from the start customers (all of them up to ~100
 * customers, fewer above, see {@link NeuralInitialSolutionProvider#FULL_WORK}) on the 8 augmented copies,
 * best kept. On held-out uniform n = 100 instances it is compared with the memetic search's result
 * after {@code --reference-seconds}; on X instances with the best-known values. Writes a Markdown
 * report, a CSV and a gap-vs-n plot.
 */
@Command(name = "policy", mixinStandardHelpOptions = true,
    description = "Policy alone (greedy, multi-start, x8 augmentation) vs memetic search and X best-known values.")
public final class PolicyBench implements Callable<Integer> {
  @Option(names = "--uniform", defaultValue = "8", description = "Held-out uniform n=100 instances (default ${DEFAULT-VALUE}).")
  int uniform;

  @Option(names = "--reference-seconds", defaultValue = "60", description = "Memetic budget of the reference (default ${DEFAULT-VALUE}).")
  int referenceSeconds;

  @Option(names = "--x-max", defaultValue = "500", description = "Largest X instance, customers (default ${DEFAULT-VALUE}).")
  int xMax;

  @Option(names = "--x-stride", defaultValue = "1", description = "Use every k-th X instance (default ${DEFAULT-VALUE}).")
  int xStride;

  @Option(names = "--out", defaultValue = "benchmarks/results/neural", description = "Report directory.")
  Path out;

  @Override
  public Integer call() throws Exception {
    Files.createDirectories(out);
    NeuralInitialSolutionProvider policy = new NeuralInitialSolutionProvider(NeuralInitialSolutionProvider.FULL_WORK);
    // load the model once, outside the timings (a service keeps it loaded)
    policy.propose(CompactInstance.of(UniformGenerator.generate(10, false, 1)), 1, new SplittableRandom(1));
    StringBuilder csv = new StringBuilder("set,instance,customers,policy_cost,policy_ms,reference,reference_cost,gap_percent\n");
    List<double[]> uniformRows = new ArrayList<>();
    for (int i = 0; i < uniform; i++) {
      Instance inst = UniformGenerator.generate(100, false, 90_000 + i);
      double[] pc = policyCost(policy, inst);
      SolveResult ref = Solver.solve(inst, SolveOptions.builder().timeLimit(Duration.ofSeconds(referenceSeconds))
          .seed(1).build());
      double rc = ref.best().cost();
      double gap = 100 * (pc[0] / rc - 1);
      uniformRows.add(new double[] {pc[0], pc[1], rc, gap});
      csv.append(String.format(Locale.ROOT, "uniform,%s,100,%.1f,%.1f,memetic %ds,%.1f,%.3f%n", inst.name(), pc[0],
          pc[1], referenceSeconds, rc, gap));
      System.err.printf(Locale.ROOT, "uniform %s: policy %.1f in %.0f ms, memetic %ds %.1f, gap %.2f%%%n",
          inst.name(), pc[0], pc[1], referenceSeconds, rc, gap);
    }
    DatasetCatalog cat = DatasetCatalog.load();
    List<double[]> xRows = new ArrayList<>();
    List<String> xNames = new ArrayList<>();
    for (DatasetCatalog.Entry e : NeuralBenchCommand.rows(cat, "X", xMax, xStride)) {
      Instance inst = NeuralBenchCommand.read(e);
      double[] pc = policyCost(policy, inst);
      double gap = 100 * (pc[0] / e.bks() - 1);
      xRows.add(new double[] {e.customers(), pc[0], pc[1], e.bks(), gap});
      xNames.add(e.name());
      csv.append(String.format(Locale.ROOT, "X,%s,%d,%.0f,%.1f,BKS,%.0f,%.3f%n", e.name(), e.customers(), pc[0],
          pc[1], e.bks(), gap));
      System.err.printf(Locale.ROOT, "%s: policy %.0f in %.0f ms, BKS %.0f, gap %.2f%%%n", e.name(), pc[0], pc[1],
          e.bks(), gap);
    }
    Files.writeString(out.resolve("policy-alone.csv"), csv.toString());
    XYChart chart = new XYChartBuilder().width(800).height(450).title("Policy alone on X (greedy, multi-start, x8)")
        .xAxisTitle("customers").yAxisTitle("gap to BKS, %").build();
    chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
    if (!xRows.isEmpty()) {
      double[] xs = new double[xRows.size()];
      double[] ys = new double[xRows.size()];
      for (int i = 0; i < xs.length; i++) {
        xs[i] = xRows.get(i)[0];
        ys[i] = xRows.get(i)[4];
      }
      chart.addSeries("X instances", xs, ys);
      NeuralBenchCommand.png(chart, out.resolve("policy-gap-vs-n.png"));
    }
    StringBuilder md = new StringBuilder();
    md.append("# Policy alone (raw rows)\n\nGenerated by `./routeforge bench neural policy").append(" --uniform ")
        .append(uniform).append(" --reference-seconds ").append(referenceSeconds).append(" --x-max ").append(xMax)
        .append(" --x-stride ").append(xStride).append("`; machine: ").append(NeuralBenchCommand.machine())
        .append(".\n\n| set | instance | n | policy cost | ms | reference | gap % |\n|---|---|---|---|---|---|---|\n");
    double ug = 0;
    double ums = 0;
    for (int i = 0; i < uniformRows.size(); i++) {
      double[] r = uniformRows.get(i);
      ug += r[3] / uniformRows.size();
      ums += r[1] / uniformRows.size();
      md.append(String.format(Locale.ROOT, "| uniform | U-100 #%d | 100 | %.1f | %.0f | memetic %d s: %.1f | %.2f |%n",
          i, r[0], r[1], referenceSeconds, r[2], r[3]));
    }
    for (int i = 0; i < xRows.size(); i++) {
      double[] r = xRows.get(i);
      md.append(String.format(Locale.ROOT, "| X | %s | %.0f | %.0f | %.0f | BKS %.0f | %.2f |%n", xNames.get(i), r[0],
          r[1], r[2], r[3], r[4]));
    }
    md.append(String.format(Locale.ROOT, "%nUniform n=100: mean gap %.2f %% vs memetic %d s, mean %.0f ms per instance.%n",
        ug, referenceSeconds, ums));
    Files.writeString(out.resolve("policy-alone-rows.md"), md.toString());
    System.out.printf(Locale.ROOT, "uniform n=100 mean gap %.2f%% (%.0f ms); %d X instances -> %s%n", ug, ums,
        xRows.size(), out.resolve("policy-alone.csv"));
    return 0;
  }

  /** Best policy cost (the instance's own distances) and wall-clock ms of one provider call. */
  static double[] policyCost(NeuralInitialSolutionProvider policy, Instance inst) {
    CompactInstance ci = CompactInstance.of(inst);
    long t0 = System.nanoTime();
    int[] best = policy.propose(ci, 1, new SplittableRandom(1)).get(0);
    double ms = (System.nanoTime() - t0) / 1e6;
    List<int[]> routes = new ArrayList<>();
    List<Integer> cur = new ArrayList<>();
    for (int v : best) {
      if (v == 0) {
        if (!cur.isEmpty()) {
          routes.add(cur.stream().mapToInt(Integer::intValue).toArray());
        }
        cur.clear();
      } else {
        cur.add(v - 1);
      }
    }
    if (!cur.isEmpty()) {
      routes.add(cur.stream().mapToInt(Integer::intValue).toArray());
    }
    Solution s = Solution.evaluate(inst, routes);
    return new double[] {s.distance(), ms};
  }
}
