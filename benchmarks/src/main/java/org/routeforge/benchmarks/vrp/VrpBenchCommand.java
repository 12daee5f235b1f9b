package org.routeforge.benchmarks.vrp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.routeforge.data.catalog.DataDir;
import org.routeforge.data.io.InputException;
import org.routeforge.data.io.InstanceFiles;
import org.routeforge.data.io.VrplibSolution;
import org.routeforge.data.model.Instance;
import org.routeforge.solver.CancelToken;
import org.routeforge.solver.Progress;
import org.routeforge.solver.SolveOptions;
import org.routeforge.solver.SolveResult;
import org.routeforge.solver.Solver;
import org.routeforge.solver.memetic.Ablation;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/**
 * {@code bench vrp}: runs engines on catalog instances of one benchmark set, checks every solution
 * with the set's independent checker ({@code vrpcheck.py}, {@code pdpcheck.py} for Li &amp; Lim,
 * {@code mdcheck.py} for Cordeau), and writes {@code results.csv}, per-run histories and {@code .sol}
 * files, a Markdown report and XChart plots into the output directory.
 *
 * <p>Runs already in {@code results.csv} (same instance, engine, seed and budget) are skipped, so a
 * suite can be resumed or extended; the report always covers every row of {@code results.csv}.
 */
@Command(name = "vrp", mixinStandardHelpOptions = true,
    description = "Benchmarks the VRP engines on a catalog set against the best known solutions.")
public final class VrpBenchCommand implements Callable<Integer> {

  @Option(names = "--set", required = true,
      description = "Catalog set: X, Solomon-dimacs, Solomon-hier, GH200, LiLim100 (lilim100) or Cordeau-MDVRP (cordeau).")
  String set;

  @Option(names = "--instances", split = ",", description = "Instance names (default: all of the set).")
  List<String> instances = new ArrayList<>();

  @Option(names = "--min-n", description = "Smallest number of customers (default ${DEFAULT-VALUE}).")
  int minN = 0;

  @Option(names = "--max-n", description = "Largest number of customers (default: no limit).")
  int maxN = Integer.MAX_VALUE;

  @Option(names = "--sample", description = "Take this many instances spread evenly over the sizes (0 = all).")
  int sample = 0;

  @Option(names = "--time-limit", converter = DurationConverter.class,
      description = "Wall-clock limit per run, e.g. 60s, 2m, 500ms (default 60s; with --cpu-time: 10 x the CPU budget).")
  Duration timeLimit;

  @Option(names = "--cpu-time", converter = DurationConverter.class,
      description = "CPU-time budget per run (CPU seconds of the solving thread, not counting time spent waiting for"
          + " a core): fair budgets on a shared machine. Results then record this budget.")
  Duration cpuTime;

  @Option(names = "--checkpoint", converter = DurationConverter.class,
      description = "Also report the best cost reached by this time, read from the run's history (e.g. 10s).")
  Duration checkpoint;

  @Option(names = "--seeds", split = ",", defaultValue = "1", description = "Seeds (default ${DEFAULT-VALUE}).")
  List<Long> seeds;

  @Option(names = "--engines", split = ",", defaultValue = "memetic",
      description = "Engines: memetic, ortools (default ${DEFAULT-VALUE}).")
  List<String> engines;

  @Option(names = "--objective",
      description = "distance or vehicles-distance (fewest vehicles first); default: the set's published objective"
          + " (vehicles-distance for LiLim100, distance otherwise). A non-default objective is part of the engine label.")
  String objective;

  @Option(names = "--polish", description = "Run the OR-Tools polish after the memetic search.")
  boolean polish;

  @Option(names = "--ablation", split = ",",
      description = "Ablation study of the memetic search: besides the full search, run it once without each of these"
          + " components (swapstar, repair, granularity, restart, subpopulations, or all); labels memetic-no-<component>; writes"
          + " ablation.md.")
  List<String> ablation = new ArrayList<>();

  @Option(names = "--parallel", defaultValue = "1",
      description = "Runs at once, each single-threaded (default ${DEFAULT-VALUE}).")
  int parallel;

  @Option(names = "--out", required = true, description = "Output directory (results, report, plots).")
  Path out;

  @Option(names = "--title", description = "Report title (default: the set and budget).")
  String title;

  @Option(names = "--reference", description = "Another solver's per-instance CSV (instance, vehicles or routes,"
      + " distance, wall_s...), e.g. shared/data/vrp/reference/vroom-lilim100.csv: copied into the output directory as"
      + " reference-<name>.csv and shown side by side in the report.")
  Path reference;

  @Option(names = "--report-only", description = "Only rewrite the report from results.csv.")
  boolean reportOnly;

  @Option(names = "--checker",
      description = "Path of the checker (default: <data>/../tools/ and the set's vrpcheck.py, pdpcheck.py or mdcheck.py).")
  Path checker;

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  private final Object lock = new Object();
  private BenchObjective goal;
  private BenchSet benchSet;

  @Override
  public Integer call() throws Exception {
    BenchSet bench = BenchSet.byCatalogName(set);
    benchSet = bench;
    goal = objective == null ? bench.defaultObjective() : BenchObjective.parse(objective);
    if (parallel < 1 || parallel > 2) {
      throw new IllegalArgumentException("--parallel must be 1 or 2 on this machine, got " + parallel);
    }
    for (String e : engines) {
      engine(e);
    }
    List<Ablation> variants = variants();
    Path data = DataDir.resolve();
    Path catalogFile = data.resolve("vrp/catalog.csv");
    if (!Files.isRegularFile(catalogFile)) {
      throw new IllegalArgumentException("catalog not found: " + catalogFile
          + " (set ROUTEFORGE_DATA or -Drouteforge.data to the shared data directory)");
    }
    List<CatalogEntry> chosen = select(CatalogEntry.read(catalogFile), bench);
    Files.createDirectories(out);
    Path resultsFile = out.resolve("results.csv");
    if (reference != null) {
      VrpReport.readReference(reference); // refuse a malformed file before anything runs
      Files.copy(reference, out.resolve("reference-" + reference.getFileName()),
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    List<RunResult> done = readResults(resultsFile);
    if (!reportOnly) {
      recordCommand();
      runAll(bench, data, chosen, done, resultsFile, variants);
      done = readResults(resultsFile);
      Files.writeString(out.resolve("commands.txt"), "# finished " + Instant.now() + ", load average "
          + loadAverage() + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }
    String heading = title != null ? title : bench.catalogName() + " at " + budget().toSeconds() + " s"
        + (cpuTime != null ? " CPU" : "");
    new VrpReport(out, heading).write(done);
    System.err.println("report: " + out.resolve("report.md"));
    if (done.stream().anyMatch(r -> r.engine().contains(ABLATED))) {
      new AblationReport(out).write(done);
      System.err.println("ablation table: " + out.resolve("ablation.md"));
    }
    return 0;
  }

  private List<CatalogEntry> select(List<CatalogEntry> catalog, BenchSet bench) {
    List<CatalogEntry> ofSet = new ArrayList<>();
    for (CatalogEntry e : catalog) {
      if (e.set().equalsIgnoreCase(bench.catalogName())) {
        ofSet.add(e);
      }
    }
    List<CatalogEntry> chosen = new ArrayList<>();
    if (!instances.isEmpty()) {
      for (String name : instances) {
        CatalogEntry hit = null;
        for (CatalogEntry e : ofSet) {
          if (e.name().equalsIgnoreCase(name.trim())) {
            hit = e;
          }
        }
        if (hit == null) {
          throw new IllegalArgumentException("instance '" + name + "' is not in the catalog's set "
              + bench.catalogName());
        }
        chosen.add(hit);
      }
      return chosen;
    }
    for (CatalogEntry e : ofSet) {
      if (e.customers() >= minN && e.customers() <= maxN) {
        chosen.add(e);
      }
    }
    chosen.sort(Comparator.comparingInt(CatalogEntry::customers).thenComparing(CatalogEntry::name));
    if (sample > 0 && sample < chosen.size()) {
      List<CatalogEntry> spread = new ArrayList<>();
      for (int i = 0; i < sample; i++) {
        spread.add(chosen.get((int) Math.round(i * (chosen.size() - 1) / (double) Math.max(1, sample - 1))));
      }
      chosen = new ArrayList<>(new LinkedHashSet<>(spread));
    }
    if (chosen.isEmpty()) {
      throw new IllegalArgumentException("no instance of set " + bench.catalogName() + " has "
          + minN + " to " + maxN + " customers");
    }
    return chosen;
  }

  private void recordCommand() throws IOException {
    StringBuilder cmd = new StringBuilder("./routeforge bench");
    for (String arg : spec.commandLine().getParseResult().originalArgs()) {
      cmd.append(' ').append(arg.matches("[\\w.,:/=+-]+") ? arg : "'" + arg.replace("'", "'\\''") + "'");
    }
    String line = "# " + Instant.now() + ", load average " + loadAverage() + "\n" + cmd + "\n";
    Files.writeString(out.resolve("commands.txt"), line, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
        StandardOpenOption.APPEND);
  }

  private void runAll(BenchSet bench, Path data, List<CatalogEntry> chosen, List<RunResult> done,
      Path resultsFile, List<Ablation> variants) throws Exception {
    Set<String> doneKeys = new java.util.HashSet<>();
    for (RunResult r : done) {
      doneKeys.add(r.key());
    }
    if (!Files.exists(resultsFile)) {
      Files.writeString(resultsFile, RunResult.HEADER + "\n", StandardCharsets.UTF_8);
    }
    VrpCheck check = new VrpCheck(checker != null ? checker : data.resolve("../tools").resolve(bench.checker()).normalize());
    double budget = budget().toNanos() / 1e9;
    List<Callable<Void>> jobs = new ArrayList<>();
    for (CatalogEntry e : chosen) {
      for (String engineName : engines) {
        for (Ablation variant : variants) {
          String label = engineLabel(engineName, variant);
          for (long seed : seeds) {
            if (doneKeys.contains(RunResult.key(e.name(), label, seed, budget))) {
              System.err.println("skip (done): " + e.name() + " " + label + " seed " + seed);
              continue;
            }
            jobs.add(() -> {
              RunResult r;
              try {
                r = runOne(bench, data, e, engineName, variant, seed, check);
              } catch (RuntimeException ex) {
                // One broken run must not lose a long suite: it is recorded as an ERROR row instead.
                System.err.println(e.name() + " " + label + ": failed: " + ex);
                r = failed(bench, e, label, seed, "solver failed: " + ex);
              }
              synchronized (lock) {
                Files.writeString(resultsFile, r.toCsv() + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
              }
              return null;
            });
          }
        }
      }
    }
    System.err.printf(Locale.ROOT, "%d runs of %s s, %d at a time%n", jobs.size(), RunResult.fmt(budget), parallel);
    if (variants.size() > 1 && !jobs.isEmpty()) {
      warmUp(bench, data, chosen.get(0));
    }
    ExecutorService pool = Executors.newFixedThreadPool(parallel);
    try {
      List<Future<Void>> futures = pool.invokeAll(jobs);
      for (Future<Void> f : futures) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
  }

  private RunResult runOne(BenchSet bench, Path data, CatalogEntry e, String engineName, Ablation variant, long seed,
      VrpCheck check) throws IOException {
    String label = engineLabel(engineName, variant);
    String tag = e.name() + " " + label + " s" + seed;
    Path file = bench.instanceFile(data, e.name());
    Instance inst;
    try {
      inst = bench.prepare(InstanceFiles.read(file));
    } catch (InputException ex) {
      System.err.println(tag + ": cannot read " + file + ": " + ex.getMessage());
      return failed(bench, e, label, seed, "cannot read instance: " + ex.getMessage());
    }
    SolveOptions options = SolveOptions.builder().timeLimit(wallLimit()).cpuTime(cpuTime).seed(seed).threads(1)
        .engine(engine(engineName)).polish(polish && engine(engineName) == SolveOptions.EngineKind.MEMETIC)
        .objective(goal.solverObjective()).ablation(variant).build();
    System.err.printf(Locale.ROOT, "%s: start (n=%d, BKS %s, %s s)%n", tag, e.customers(),
        RunResult.fmt(e.bks()), RunResult.fmt(budget().toMillis() / 1000.0) + (cpuTime != null ? " CPU" : ""));
    double vehicleCost = goal.vehicleCost(inst);
    long[] lastPrint = {System.nanoTime()};
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    long cpuStart = threads.getCurrentThreadCpuTime();
    SolveResult res = Solver.solve(inst, options, p -> {
      long now = System.nanoTime();
      if (now - lastPrint[0] > 10_000_000_000L) {
        lastPrint[0] = now;
        double dist = p.cost() - vehicleCost * p.routes();
        System.err.printf(Locale.ROOT, "%s: %.1f s routes %d distance %.2f gap %.2f%% %s%n", tag, p.elapsedSeconds(),
            p.routes(), dist, 100 * (dist - e.bks()) / e.bks(), p.feasible() ? "" : "(infeasible)");
      }
    }, new CancelToken());
    double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;

    Path solDir = Files.createDirectories(out.resolve("sol").resolve(label));
    Path histDir = Files.createDirectories(out.resolve("history").resolve(label));
    Path sol = solDir.resolve(e.name() + "-s" + seed + ".sol");
    // the reported cost is the distance alone, whatever fixed cost the objective put on vehicles
    double cost = goal == BenchObjective.VEHICLES_DISTANCE ? res.best().distance() : res.best().cost();
    int[] types = new int[res.best().routes().size()];
    for (int r = 0; r < types.length; r++) {
      types[r] = res.best().routes().get(r).vehicleType();
    }
    VrplibSolution.of(inst, res.best().routeStops(), types, cost).write(sol);
    writeHistory(histDir.resolve(e.name() + "-s" + seed + ".csv"), res.history(), vehicleCost);
    VrpCheck.Verdict verdict = check.check(file, sol, bench.checkerFlags());

    boolean feasible = res.best().feasible();
    int bksRoutes = e.referenceRoutes();
    double t1 = Double.NaN;
    for (Progress p : res.history()) {
      boolean vehiclesOk = goal == BenchObjective.DISTANCE || bksRoutes < 0 || p.routes() <= bksRoutes;
      if (p.feasible() && vehiclesOk && p.cost() - vehicleCost * p.routes() <= 1.01 * e.bks() + 1e-9) {
        t1 = p.elapsedSeconds();
        break;
      }
    }
    double cpSeconds = checkpoint == null ? Double.NaN : checkpoint.toNanos() / 1e9;
    double atCp = Double.NaN;
    if (checkpoint != null) {
      // new bests only improve the objective, so the last feasible one by the checkpoint is the best then
      for (Progress p : res.history()) {
        if (p.elapsedSeconds() <= cpSeconds && p.feasible()) {
          atCp = p.cost() - vehicleCost * p.routes();
        }
      }
    }
    double tBest = res.history().isEmpty() ? Double.NaN : res.history().get(res.history().size() - 1).elapsedSeconds();
    double gap = 100 * (cost - e.bks()) / e.bks();
    System.err.printf(Locale.ROOT, "%s: done cost %.2f gap %.2f%% routes %d feasible %s, check %s (%.1f s, %.1f s CPU)%n",
        tag, cost, gap, res.best().routeCount(), feasible, verdict.line(), res.runtimeSeconds(), cpu);
    return new RunResult(bench.catalogName(), e.name(), e.customers(), bench.sizeClass(e.name(), e.customers()),
        label, seed, budget().toNanos() / 1e9, parallel, e.bks(), bksRoutes, cost,
        res.best().routeCount(), feasible, gap, t1, cpSeconds, atCp, verdict.verdict(), verdict.line(),
        res.runtimeSeconds(), res.iterations(), res.stopReason().name(), cpu, goal.label(), tBest);
  }

  /**
   * An unrecorded solve of 2 s (at most the budget) before an ablation suite, so that the JIT's warm-up
   * does not fall on the first configuration's first run and the iterations per second compare.
   */
  private void warmUp(BenchSet bench, Path data, CatalogEntry e) {
    try {
      Instance inst = bench.prepare(InstanceFiles.read(bench.instanceFile(data, e.name())));
      Duration d = budget().compareTo(Duration.ofSeconds(2)) < 0 ? budget() : Duration.ofSeconds(2);
      System.err.println("warm-up: " + e.name() + " for " + d.toMillis() / 1000.0 + " s (not recorded)");
      Solver.solve(inst, SolveOptions.builder().timeLimit(d).seed(0).objective(goal.solverObjective()).build());
    } catch (InputException | IOException ex) {
      System.err.println("warm-up skipped: " + ex.getMessage());
    }
  }

  /** The budget results record: the CPU-time budget when given, else the wall-clock limit. */
  private Duration budget() {
    return cpuTime != null ? cpuTime : wallLimit();
  }

  /** The wall-clock limit of each run. */
  private Duration wallLimit() {
    return timeLimit != null ? timeLimit : cpuTime != null ? cpuTime.multipliedBy(10) : Duration.ofSeconds(60);
  }

  private RunResult failed(BenchSet bench, CatalogEntry e, String label, long seed, String why) {
    return new RunResult(bench.catalogName(), e.name(), e.customers(), bench.sizeClass(e.name(), e.customers()),
        label, seed, budget().toNanos() / 1e9, parallel, e.bks(), e.referenceRoutes(), Double.NaN, 0, false,
        Double.NaN, Double.NaN, Double.NaN, Double.NaN, "ERROR", why, 0, 0, "ERROR", Double.NaN, goal.label(),
        Double.NaN);
  }

  /** Every new best; {@code cost} is the distance (the vehicles' fixed cost of the objective taken off). */
  private static void writeHistory(Path file, List<Progress> history, double vehicleCost) throws IOException {
    StringBuilder sb = new StringBuilder("elapsed_s,cost,feasible,routes,iteration\n");
    for (Progress p : history) {
      sb.append(String.format(Locale.ROOT, "%.4f,%.4f,%s,%d,%d%n", p.elapsedSeconds(),
          p.cost() - vehicleCost * p.routes(), p.feasible(), p.routes(), p.iteration()));
    }
    Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
  }

  /**
   * The engine's name, {@code +polish} when polished, {@code -no-<component>} for an ablation variant,
   * {@code @objective} when not the set's default objective.
   */
  private String engineLabel(String engineName, Ablation variant) {
    String base = engineName.trim().toLowerCase(Locale.ROOT);
    String label = polish && "memetic".equals(base) ? "memetic+polish" : base;
    if (!variant.off().isEmpty()) {
      label += "-" + variant.label();
    }
    return goal == benchSet.defaultObjective() ? label : label + "@" + goal.label();
  }

  /** Marks an ablation variant in an engine label ({@code memetic-no-swapstar}). */
  static final String ABLATED = "-no-";

  /** The configurations to run: the full search, then (with {@code --ablation}) the search without each component. */
  private List<Ablation> variants() {
    List<Ablation> out = new ArrayList<>();
    out.add(Ablation.NONE);
    if (ablation.isEmpty()) {
      return out;
    }
    if (engines.size() != 1 || engine(engines.get(0)) != SolveOptions.EngineKind.MEMETIC || polish) {
      throw new IllegalArgumentException("--ablation studies the memetic search alone: use --engines memetic"
          + " without --polish");
    }
    Set<Ablation.Component> off = new LinkedHashSet<>();
    for (String name : ablation) {
      if ("all".equalsIgnoreCase(name.trim())) {
        off.addAll(List.of(Ablation.Component.values()));
      } else {
        off.add(Ablation.Component.parse(name));
      }
    }
    for (Ablation.Component c : off) {
      out.add(Ablation.without(c));
    }
    return out;
  }

  /** The 1-, 5- and 15-minute load averages ({@code /proc/loadavg}), or "unknown" off Linux. */
  static String loadAverage() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg"), StandardCharsets.UTF_8).trim().split("\\s+");
      return f[0] + " " + f[1] + " " + f[2];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  private static SolveOptions.EngineKind engine(String name) {
    switch (name.trim().toLowerCase(Locale.ROOT)) {
      case "memetic":
        return SolveOptions.EngineKind.MEMETIC;
      case "ortools":
        return SolveOptions.EngineKind.ORTOOLS;
      default:
        throw new IllegalArgumentException("unknown engine '" + name + "'; use memetic or ortools");
    }
  }

  static List<RunResult> readResults(Path file) {
    if (!Files.exists(file)) {
      return new ArrayList<>();
    }
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      List<RunResult> out = new ArrayList<>();
      for (int i = 1; i < lines.size(); i++) {
        if (!lines.get(i).isBlank()) {
          out.add(RunResult.fromCsv(lines.get(i)));
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses durations such as {@code 60s}, {@code 2m}, {@code 500ms}, {@code 1h} or ISO-8601 {@code PT60S}. */
  public static final class DurationConverter implements ITypeConverter<Duration> {
    private static final Pattern SIMPLE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)");

    @Override
    public Duration convert(String value) {
      Matcher m = SIMPLE.matcher(value.trim().toLowerCase(Locale.ROOT));
      if (m.matches()) {
        double v = Double.parseDouble(m.group(1));
        double unitMs = switch (m.group(2)) {
          case "ms" -> 1;
          case "s" -> 1000;
          case "m" -> 60_000;
          default -> 3_600_000;
        };
        return Duration.ofMillis(Math.round(v * unitMs));
      }
      try {
        return Duration.parse(value.trim());
      } catch (java.time.format.DateTimeParseException e) {
        throw new IllegalArgumentException("'" + value + "' is not a duration (use e.g. 60s, 2m, 500ms)");
      }
    }
  }
}
