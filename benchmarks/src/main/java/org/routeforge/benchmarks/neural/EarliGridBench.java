package org.routeforge.benchmarks.neural;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.routeforge.data.catalog.DatasetCatalog;
import org.routeforge.data.generate.XGenerator;
import org.routeforge.data.generate.UniformGenerator;
import org.routeforge.data.io.InputException;
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
 * The EARLI experiment of issue 16 point 5 as a resumable grid: every instance (generated hold-out,
 * X, OSRM roads; n ≈ 100/200/500/1 000) × budget × seed × initialisation (neural, savings, random)
 * is one single-threaded memetic run. Each finished run is appended at once, as one line with its
 * feasible improvements (elapsed:cost pairs), to {@code earli-grid-runs[-shard].csv}; on start, runs
 * already there are skipped, so the grid can be stopped at any time and continued with the same
 * command (a run cut short writes nothing and is redone). {@code --shard i/k} runs every k-th
 * run (one JVM per core); {@code --report-only} only rewrites the report from all CSV files.
 *
 * <p>Per run: final cost, time to 1 % above the run's own final cost, and process CPU seconds next to
 * the wall-clock budget and the load average before and after (the solver's budget is wall-clock; the
 * CPU figures show how much of it the run really got). The report has one table per cell (group,
 * size, budget): per initialisation the mean final gap to the reference and the mean time to 1 %
 * above the own final cost and to 1 % above the cell's best final cost; then the neural − savings
 * differences paired by seed (mean, 95 % t-interval, wins) and the savings : neural ratio of the
 * time to 1 %.
 */
@Command(name = "earli-grid", mixinStandardHelpOptions = true,
    description = "The EARLI grid (issue 16 point 5): resumable, paired by seed, one CSV row per run.")
public final class EarliGridBench implements Callable<Integer> {
  @Option(names = "--budgets", split = ",", defaultValue = "1,3,10", description = "Seconds per run (default ${DEFAULT-VALUE}).")
  List<Double> budgets;

  @Option(names = "--seeds", split = ",", defaultValue = "1,2,3,4,5", description = "Seeds (default ${DEFAULT-VALUE}).")
  List<Long> seeds;

  @Option(names = "--generated", split = ",", defaultValue = "100,200,500,1000",
      description = "Sizes of the generated hold-out instances, one per size and kind (default ${DEFAULT-VALUE}).")
  List<Integer> generated;

  @Option(names = "--generated-kinds", split = ",", defaultValue = "x",
      description = "x (XGenerator, the distribution users send) and/or uniform (default ${DEFAULT-VALUE}).")
  List<String> generatedKinds;

  @Option(names = "--x", split = ",", defaultValue = "X-n101-k25,X-n200-k36,X-n502-k39,X-n1001-k43",
      description = "X instances (default ${DEFAULT-VALUE}).")
  List<String> x;

  @Option(names = "--osrm", split = ",",
      defaultValue = "OSRM-Andorra-U-n100,OSRM-Malta-C-n200,OSRM-Malta-U-n400,OSRM-Malta-U-n800",
      description = "OSRM road instances; the largest are 400 and 800 customers (default ${DEFAULT-VALUE}).")
  List<String> osrm;

  @Option(names = "--inits", split = ",", defaultValue = "neural,savings,random",
      description = "Initialisations compared (default ${DEFAULT-VALUE}).")
  List<String> inits;

  @Option(names = "--shard", defaultValue = "0/1", description = "i/k: run every k-th run from the i-th (default ${DEFAULT-VALUE}).")
  String shard;

  @Option(names = "--report-only", description = "Only rewrite the report from the CSV files.")
  boolean reportOnly;

  @Option(names = "--out", defaultValue = "benchmarks/results/neural/grid", description = "Results directory.")
  Path out;

  private static final String RUNS_HEADER = "group,instance,customers,budget_s,init,seed,final_cost,feasible,"
      + "first_feasible_s,t1_own_s,reference,wall_s,process_cpu_s,load1_before,load1_after,finished_utc,improvements";

  private record Case(String group, String name, int customers, Instance instance, double reference) {}

  @Override
  public Integer call() throws Exception {
    Files.createDirectories(out);
    if (!reportOnly) {
      String[] ik = shard.split("/");
      int index = Integer.parseInt(ik[0].trim());
      int count = Integer.parseInt(ik[1].trim());
      if (count < 1 || index < 0 || index >= count) {
        throw new IllegalArgumentException("--shard must be i/k with 0 <= i < k, got " + shard);
      }
      String suffix = count == 1 ? "" : "-" + index + "of" + count;
      runGrid(index, count, out.resolve("earli-grid-runs" + suffix + ".csv"));
    }
    String md = EarliGridReport.write(out, inits);
    System.out.println(md);
    return 0;
  }

  private void runGrid(int index, int count, Path runsFile) throws Exception {
    if (System.getProperty("ai.djl.pytorch.num_threads") == null) {
      System.setProperty("ai.djl.pytorch.num_threads", "1");
      System.setProperty("ai.djl.pytorch.num_interop_threads", "1");
    }
    List<Case> cases = cases();
    Set<String> done = new HashSet<>();
    for (EarliGridReport.RunRow r : EarliGridReport.readRuns(out)) {
      done.add(key(r.instance(), r.budget(), r.init(), r.seed()));
    }
    if (!Files.exists(runsFile)) {
      Files.writeString(runsFile, RUNS_HEADER + "\n");
    }
    warmUp();
    var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    int total = cases.size() * budgets.size() * seeds.size() * inits.size();
    int k = -1;
    int ran = 0;
    long t0 = System.nanoTime();
    // instance-major, then budget, seed, init: partial results are complete pairs
    for (Case c : cases) {
      for (double budget : budgets) {
        for (long seed : seeds) {
          for (String init : inits) {
            k++;
            if (k % count != index || done.contains(key(c.name(), budget, init, seed))) {
              continue;
            }
            double load0 = load1();
            long cpu0 = os.getProcessCpuTime();
            long w0 = System.nanoTime();
            SolveResult r = Solver.solve(c.instance(), SolveOptions.builder()
                .timeLimit(Duration.ofMillis((long) (budget * 1000))).seed(seed).init(List.of(init)).threads(1)
                .build());
            double wall = (System.nanoTime() - w0) / 1e9;
            double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
            List<Progress> feas = new ArrayList<>();
            StringBuilder prog = new StringBuilder();
            for (Progress p : r.history()) {
              if (p.feasible()) {
                feas.add(p);
                prog.append(prog.length() == 0 ? "" : ";")
                    .append(String.format(Locale.ROOT, "%.4f:%.4f", p.elapsedSeconds(), p.cost()));
              }
            }
            boolean feasible = r.best().feasible();
            double fin = feasible ? r.best().cost() : Double.NaN;
            double t1 = feasible ? EarliBench.timeTo(feas, fin * 1.01) : Double.NaN;
            String row = String.format(Locale.ROOT, "%s,%s,%d,%s,%s,%d,%.4f,%b,%s,%s,%s,%.3f,%.3f,%.2f,%.2f,%s,%s%n",
                c.group(), c.name(), c.customers(), fmt(budget), init, seed, fin, feasible,
                feas.isEmpty() ? "" : String.format(Locale.ROOT, "%.4f", feas.get(0).elapsedSeconds()),
                Double.isNaN(t1) ? "" : String.format(Locale.ROOT, "%.4f", t1),
                Double.isNaN(c.reference()) ? "" : String.format(Locale.ROOT, "%.4f", c.reference()),
                wall, cpu, load0, load1(), Instant.now(), prog);
            Files.writeString(runsFile, row, StandardOpenOption.APPEND);
            ran++;
            double perRun = (System.nanoTime() - t0) / 1e9 / ran;
            System.err.printf(Locale.ROOT, "[%d/%d] %s %ss %s seed %d: %.1f (t1 own %.2f s, cpu %.2f s, load %.1f)  "
                + "~%.0f s per run%n", k + 1, total, c.name(), fmt(budget), init, seed, fin, t1, cpu, load0, perRun);
          }
        }
      }
    }
  }

  private List<Case> cases() throws IOException, InputException {
    List<Case> cases = new ArrayList<>();
    for (String kind : generatedKinds) {
      if (kind.equals("none")) {
        continue;
      }
      for (int n : generated) {
        Instance in = switch (kind) {
          case "x" -> XGenerator.generate(XGenerator.Config.random(n, false), 77_000 + n);
          case "uniform" -> UniformGenerator.generate(n, false, 77_000 + n);
          default -> throw new IllegalArgumentException("--generated-kinds: x or uniform, got " + kind);
        };
        cases.add(new Case("generated-" + kind, (kind.equals("x") ? "GX-n" : "GU-n") + n, n, in, Double.NaN));
      }
    }
    DatasetCatalog cat = DatasetCatalog.load();
    for (String name : x) {
      if (name.isBlank() || name.equals("none")) {
        continue;
      }
      DatasetCatalog.Entry e = cat.find("X", name).orElseThrow(() -> new IllegalArgumentException("no X instance " + name));
      cases.add(new Case("X", name, e.customers(), read(e), e.bks()));
    }
    for (String name : osrm) {
      if (name.isBlank() || name.equals("none")) {
        continue;
      }
      DatasetCatalog.Entry e = cat.entries().stream().filter(r -> r.name().equals(name)).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("no OSRM instance " + name + " in the catalogue"));
      cases.add(new Case("OSRM", name, e.customers(), read(e), e.bks()));
    }
    return cases;
  }

  private static Instance read(DatasetCatalog.Entry e) throws IOException, InputException {
    return NeuralBenchCommand.read(e);
  }

  /** Loads the model and runs each initialisation once on a small instance (JIT), outside the grid. */
  private void warmUp() {
    new NeuralInitialSolutionProvider().propose(CompactInstance.of(UniformGenerator.generate(10, false, 1)), 1,
        new SplittableRandom(1));
    Instance small = XGenerator.generate(XGenerator.Config.random(100, false), 1);
    for (String init : inits) {
      Solver.solve(small, SolveOptions.builder().timeLimit(Duration.ofMillis(500)).seed(1).init(List.of(init))
          .threads(1).build());
    }
  }

  static String key(String instance, double budget, String init, long seed) {
    return instance + "|" + fmt(budget) + "|" + init + "|" + seed;
  }

  static String fmt(double budget) {
    return budget == Math.rint(budget) ? Long.toString((long) budget) : Double.toString(budget);
  }

  private static double load1() {
    try {
      return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+")[0]);
    } catch (IOException | RuntimeException e) {
      return Double.NaN;
    }
  }

  /** Every file of {@code dir} whose name starts with {@code prefix} and ends in .csv. */
  static List<Path> files(Path dir, String prefix) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().startsWith(prefix) && p.getFileName().toString().endsWith(".csv"))
          .sorted().toList();
    }
  }
}
