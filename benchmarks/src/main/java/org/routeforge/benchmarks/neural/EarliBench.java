package org.routeforge.benchmarks.neural;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.routeforge.data.catalog.DatasetCatalog;
import org.routeforge.data.generate.UniformGenerator;
import org.routeforge.data.model.CompactInstance;
import org.routeforge.data.model.Instance;
import org.routeforge.neural.NeuralInitialSolutionProvider;
import org.routeforge.solver.Progress;
import org.routeforge.solver.SolveOptions;
import org.routeforge.solver.SolveResult;
import org.routeforge.solver.Solver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The EARLI experiment: the memetic search seeded by the learned policy ("neural"), by Clarke–Wright
 * savings and by random giant tours, on the same instances, seeds and wall-clock budget (the
 * policy's inference time is inside the budget). Instance groups: held-out generated uniform
 * instances (n = 100/200/500, reference = best cost seen in any run), X instances (reference = BKS)
 * and the OSRM road instances (reference = the catalogue's HGS 60 s value; the policy routes by the
 * coordinates, the search and all costs use the OSRM duration matrix). Reports the gap-vs-time curve
 * per group, time to 2 %/1 %/0.5 %, final gaps and the neural : savings ratio of time to 1 %.
 */
@Command(name = "earli", mixinStandardHelpOptions = true,
    description = "Memetic search seeded with neural vs savings vs random initial populations.")
public final class EarliBench implements Callable<Integer> {
  @Option(names = "--seconds", defaultValue = "10", description = "Budget per run (default ${DEFAULT-VALUE}).")
  double seconds;

  @Option(names = "--seeds", split = ",", defaultValue = "1,2", description = "Seeds (default ${DEFAULT-VALUE}).")
  List<Long> seeds;

  @Option(names = "--generated", split = ",", defaultValue = "100,200,500",
      description = "Sizes of held-out generated instances, one each (default ${DEFAULT-VALUE}).")
  List<Integer> generated;

  @Option(names = "--x", split = ",", defaultValue = "X-n101-k25,X-n200-k36,X-n303-k21,X-n401-k29",
      description = "X instances (default ${DEFAULT-VALUE}).")
  List<String> x;

  @Option(names = "--osrm", split = ",",
      defaultValue = "OSRM-Andorra-U-n100,OSRM-Malta-C-n200,OSRM-Malta-U-n400",
      description = "OSRM road instances (default ${DEFAULT-VALUE}).")
  List<String> osrm;

  @Option(names = "--inits", split = ",", defaultValue = "neural,savings,random",
      description = "Initialisations compared (default ${DEFAULT-VALUE}).")
  List<String> inits;

  @Option(names = "--out", defaultValue = "benchmarks/results/neural", description = "Report directory.")
  Path out;

  private static final double[] TARGETS = {2.0, 1.0, 0.5};

  private record Case(String group, String name, Instance instance, double reference) {}

  private record Run(Case c, String init, long seed, List<Progress> history, double finalCost) {}

  @Override
  public Integer call() throws Exception {
    Files.createDirectories(out);
    new NeuralInitialSolutionProvider().propose(CompactInstance.of(UniformGenerator.generate(10, false, 1)), 1,
        new SplittableRandom(1)); // load the model outside the timed runs
    DatasetCatalog cat = DatasetCatalog.load();
    List<Case> cases = new ArrayList<>();
    for (int n : generated) {
      cases.add(new Case("generated", "U-n" + n, UniformGenerator.generate(n, false, 77_000 + n), Double.NaN));
    }
    for (String name : x) {
      DatasetCatalog.Entry e = cat.find("X", name).orElseThrow(() -> new IllegalArgumentException("no X instance " + name));
      cases.add(new Case("X", name, NeuralBenchCommand.read(e), e.bks()));
    }
    for (String name : osrm) {
      DatasetCatalog.Entry e = cat.entries().stream().filter(r -> r.name().equals(name)).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("no OSRM instance " + name));
      cases.add(new Case("OSRM", name, NeuralBenchCommand.read(e), e.bks()));
    }
    List<Run> runs = new ArrayList<>();
    StringBuilder csv = new StringBuilder("group,instance,init,seed,elapsed_s,cost,feasible\n");
    for (Case c : cases) {
      for (long seed : seeds) {
        for (String init : inits) {
          SolveResult r = Solver.solve(c.instance(), SolveOptions.builder()
              .timeLimit(Duration.ofMillis((long) (seconds * 1000))).seed(seed).init(List.of(init)).build());
          List<Progress> feas = new ArrayList<>();
          for (Progress p : r.history()) {
            if (p.feasible()) {
              feas.add(p);
              csv.append(String.format(Locale.ROOT, "%s,%s,%s,%d,%.3f,%.2f,true%n", c.group(), c.name(), init, seed,
                  p.elapsedSeconds(), p.cost()));
            }
          }
          runs.add(new Run(c, init, seed, feas, r.best().feasible() ? r.best().cost() : Double.NaN));
          System.err.printf(Locale.ROOT, "%s %s seed %d: %.1f (first feasible at %.2fs)%n", c.name(), init, seed,
              r.best().cost(), feas.isEmpty() ? Double.NaN : feas.get(0).elapsedSeconds());
        }
      }
    }
    Files.writeString(out.resolve("earli-progress.csv"), csv.toString());
    // reference of generated instances: best feasible cost over every run on it
    Map<String, Double> ref = new LinkedHashMap<>();
    for (Case c : cases) {
      double best = c.reference();
      if (Double.isNaN(best)) {
        best = Double.POSITIVE_INFINITY;
        for (Run r : runs) {
          if (r.c() == c && r.finalCost() < best) {
            best = r.finalCost();
          }
        }
      }
      ref.put(c.name(), best);
    }
    StringBuilder md = new StringBuilder();
    md.append("# EARLI experiment (raw tables)\n\nCommand: `./routeforge bench neural earli --seconds ").append(seconds)
        .append(" --seeds ").append(join(seeds)).append(" --generated ").append(join(generated)).append(" --x ")
        .append(String.join(",", x)).append(" --osrm ").append(String.join(",", osrm)).append("`\n\nMachine: ")
        .append(NeuralBenchCommand.machine()).append(". Single-threaded search; wall-clock budget ")
        .append(seconds).append(" s per run, the policy's inference inside it.\n\n")
        .append("| group | instance | init | seed | final gap % | t(2%) s | t(1%) s | t(0.5%) s |\n|---|---|---|---|---|---|---|---|\n");
    for (Run r : runs) {
      double rc = ref.get(r.c().name());
      md.append(String.format(Locale.ROOT, "| %s | %s | %s | %d | %.2f |", r.c().group(), r.c().name(), r.init(),
          r.seed(), 100 * (r.finalCost() / rc - 1)));
      for (double t : TARGETS) {
        double tt = timeTo(r.history(), rc * (1 + t / 100));
        md.append(Double.isNaN(tt) ? " — |" : String.format(Locale.ROOT, " %.2f |", tt));
      }
      md.append('\n');
    }
    md.append("\n## Summary per group and init (means over instances × seeds; t = time to target, "
        + "runs that never reach it count as the budget)\n\n| group | init | final gap % | t(2%) | t(1%) | t(0.5%) | reached 1% |\n|---|---|---|---|---|---|---|\n");
    List<String> groups = new ArrayList<>();
    for (Case c : cases) {
      if (!groups.contains(c.group())) {
        groups.add(c.group());
      }
    }
    Map<String, Double> t1 = new LinkedHashMap<>();
    for (String g : groups) {
      for (String init : inits) {
        double gap = 0;
        double[] tsum = new double[TARGETS.length];
        int reached1 = 0;
        int k = 0;
        for (Run r : runs) {
          if (!r.c().group().equals(g) || !r.init().equals(init)) {
            continue;
          }
          double rc = ref.get(r.c().name());
          gap += 100 * (r.finalCost() / rc - 1);
          for (int i = 0; i < TARGETS.length; i++) {
            double tt = timeTo(r.history(), rc * (1 + TARGETS[i] / 100));
            tsum[i] += Double.isNaN(tt) ? seconds : tt;
            if (i == 1 && !Double.isNaN(tt)) {
              reached1++;
            }
          }
          k++;
        }
        t1.put(g + "/" + init, tsum[1] / k);
        md.append(String.format(Locale.ROOT, "| %s | %s | %.2f | %.2f | %.2f | %.2f | %d/%d |%n", g, init, gap / k,
            tsum[0] / k, tsum[1] / k, tsum[2] / k, reached1, k));
      }
      Double tn = t1.get(g + "/neural");
      Double ts = t1.get(g + "/savings");
      if (tn != null && ts != null) {
        md.append(String.format(Locale.ROOT, "| %s | **neural : savings, mean t(1%%)** | | | %.2f | | |%n", g,
            tn / ts));
      }
      plot(g, runs, ref);
    }
    Files.writeString(out.resolve("earli-tables.md"), md.toString());
    System.out.println(md);
    return 0;
  }

  /** First time a history (feasible new bests) reaches {@code target}, or NaN. */
  static double timeTo(List<Progress> h, double target) {
    for (Progress p : h) {
      if (p.cost() <= target + 1e-9) {
        return p.elapsedSeconds();
      }
    }
    return Double.NaN;
  }

  /** Best cost of a history at time {@code t}, or NaN before the first feasible solution. */
  static double at(List<Progress> h, double t) {
    double c = Double.NaN;
    for (Progress p : h) {
      if (p.elapsedSeconds() <= t) {
        c = p.cost();
      }
    }
    return c;
  }

  private void plot(String group, List<Run> runs, Map<String, Double> ref) throws Exception {
    int points = 60;
    XYChart chart = new XYChartBuilder().width(800).height(450)
        .title("EARLI: mean gap vs time, " + group + " instances").xAxisTitle("seconds (log)")
        .yAxisTitle("mean gap to reference, %").build();
    chart.getStyler().setXAxisLogarithmic(true);
    for (String init : inits) {
      double[] ts = new double[points];
      double[] gs = new double[points];
      int m = 0;
      for (int i = 0; i < points; i++) {
        double t = 0.05 * Math.pow(seconds / 0.05, i / (points - 1.0));
        double sum = 0;
        int k = 0;
        boolean all = true;
        for (Run r : runs) {
          if (!r.c().group().equals(group) || !r.init().equals(init)) {
            continue;
          }
          double c = at(r.history(), t);
          if (Double.isNaN(c)) {
            all = false;
            break;
          }
          sum += 100 * (c / ref.get(r.c().name()) - 1);
          k++;
        }
        if (all && k > 0) {
          ts[m] = t;
          gs[m] = sum / k;
          m++;
        }
      }
      if (m > 0) {
        XYSeries s = chart.addSeries(init, java.util.Arrays.copyOf(ts, m), java.util.Arrays.copyOf(gs, m));
        s.setMarker(SeriesMarkers.NONE);
      }
    }
    NeuralBenchCommand.png(chart, out.resolve("earli-gap-vs-time-" + group.toLowerCase(Locale.ROOT) + ".png"));
  }

  private static String join(List<?> xs) {
    StringBuilder b = new StringBuilder();
    for (Object o : xs) {
      b.append(b.length() == 0 ? "" : ",").append(o);
    }
    return b.toString();
  }
}
