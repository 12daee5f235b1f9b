package org.routeforge.benchmarks.vrp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Writes a suite's Markdown report ({@code report.md}) and its plots from {@code results.csv} and the
 * per-run histories: a summary per engine, means per size class, a row per run, the gap per instance,
 * and gap-versus-time convergence curves (mean over instances, and one curve per instance).
 */
public final class VrpReport {
  private final Path dir;
  private final String title;

  /** @param dir the suite's output directory (holds results.csv, history/, commands.txt) */
  public VrpReport(Path dir, String title) {
    this.dir = dir;
    this.title = title;
  }

  /** Writes report.md and the PNG plots for {@code results}. */
  public void write(List<RunResult> results) throws IOException {
    List<String> engines = new ArrayList<>(new LinkedHashSet<>(results.stream().map(RunResult::engine).toList()));
    StringBuilder md = new StringBuilder();
    md.append("# ").append(title).append("\n\n");
    header(md, results);
    summary(md, results, engines);
    hierarchical(md, results, engines);
    references(md, results, engines);
    perClass(md, results, engines);
    if (!results.isEmpty()) {
      plotGaps(results, engines);
      double budget = results.stream().mapToDouble(RunResult::budgetSeconds).max().orElse(1);
      plotConvergence(results, engines, budget);
      md.append("## Plots\n\n");
      md.append("![gap per instance](gap-per-instance.png)\n\n");
      md.append("Mean gap over time (each instance's best feasible cost so far; the curve starts once every "
          + "instance of the engine has a feasible solution; instances without a BKS are left out):\n\n![mean gap vs time](convergence.png)\n\n");
      md.append("Per instance:\n\n![gap vs time per instance](convergence-instances.png)\n\n");
    }
    perRun(md, results);
    Files.writeString(dir.resolve("report.md"), md.toString(), StandardCharsets.UTF_8);
  }

  private void header(StringBuilder md, List<RunResult> results) throws IOException {
    Set<String> budgets = new TreeSet<>();
    Set<String> seeds = new TreeSet<>();
    Set<String> concurrent = new TreeSet<>();
    Set<String> sets = new TreeSet<>();
    Set<String> objectives = new TreeSet<>();
    for (RunResult r : results) {
      objectives.add(r.objective());
      budgets.add(RunResult.fmt(r.budgetSeconds()) + " s");
      seeds.add(Long.toString(r.seed()));
      concurrent.add(Integer.toString(r.concurrent()));
      sets.add(r.set());
    }
    md.append("- Data: `catalog.csv` set(s) ").append(sets).append(" from the shared data directory; BKS from the "
        + "catalog's `bks` column; gap = 100 (cost - BKS) / BKS.\n");
    md.append("- Objective(s): ").append(objectives).append(". `vehicles-distance` = fewest vehicles first, then "
        + "distance (each vehicle carries a fixed cost above any total distance); `cost` and `gap` are always the "
        + "distance alone. Under `vehicles-distance` distance gaps compare only at the BKS vehicle count (table "
        + "below).\n");
    md.append("- Time budget per run: ").append(budgets).append("; seeds: ").append(seeds)
        .append("; every run single-threaded.\n");
    md.append("- Machine: ").append(cpuModel()).append(", ").append(Runtime.getRuntime().availableProcessors())
        .append(" cores, Java ").append(System.getProperty("java.version"))
        .append("; runs at once within this suite (`--parallel`): ").append(concurrent)
        .append(". Other suites and other engineers' builds and tests may have shared the cores: the `CPU / wall` "
            + "column says how much of a core each run really got.\n");
    md.append("- Every solution is written as `.sol` (`sol/<engine>/`) and checked by the set's independent "
        + "checker in `shared/tools` (`vrpcheck.py`; `pdpcheck.py` for Li & Lim, `mdcheck.py` for Cordeau); the "
        + "`check` column is its verdict. Progress histories: `history/<engine>/`. `t best`: when the run found "
        + "the solution it returned.\n");
    md.append("- Time to 1 % gap: the first feasible new best within 1 % of the BKS, from the run's progress "
        + "history (— = never). `gap@cp`: the best feasible cost found by the checkpoint time, read from the "
        + "same run's history (not a separate shorter run).\n\n");
    if (Files.exists(dir.resolve("superseded.csv"))) {
      md.append("- `superseded.csv` holds earlier runs of the same configurations that were re-run; they are not "
          + "in the tables below (see `benchmarks/results/vrp/README.md`).\n\n");
    }
    Path commands = dir.resolve("commands.txt");
    if (Files.exists(commands)) {
      md.append("Commands that produced these results (`./routeforge bench ...`, appended per invocation):\n\n```\n")
          .append(Files.readString(commands, StandardCharsets.UTF_8).strip()).append("\n```\n\n");
    }
  }

  private void summary(StringBuilder md, List<RunResult> results, List<String> engines) {
    md.append("## Summary per engine\n\n");
    md.append("| engine | runs | feasible | checker OK | mean gap % | median gap % | max gap % "
        + "| mean gap@cp % | reached 1 % | mean time to 1 % (s) | mean t best (s) | CPU / wall |\n"
        + "|---|---|---|---|---|---|---|---|---|---|---|---|\n");
    for (String e : engines) {
      List<RunResult> rs = results.stream().filter(r -> r.engine().equals(e)).toList();
      md.append("| ").append(e).append(" | ").append(rs.size()).append(" | ")
          .append(rs.stream().filter(RunResult::feasible).count()).append(" | ")
          .append(rs.stream().filter(r -> r.checker().equals("FEASIBLE")).count()).append(" | ")
          .append(f(mean(gaps(rs, false)))).append(" | ").append(f(median(gaps(rs, false)))).append(" | ")
          .append(f(Arrays.stream(gaps(rs, false)).max().orElse(Double.NaN))).append(" | ")
          .append(f(mean(gaps(rs, true)))).append(" | ")
          .append(rs.stream().filter(r -> !Double.isNaN(r.secondsTo1Percent())).count()).append(" | ")
          .append(f(mean(rs.stream().mapToDouble(RunResult::secondsTo1Percent).filter(d -> !Double.isNaN(d))
              .toArray()))).append(" | ")
          .append(f(mean(rs.stream().mapToDouble(RunResult::secondsToBest).filter(d -> !Double.isNaN(d)).toArray())))
          .append(" | ")
          .append(f(mean(rs.stream().filter(r -> !Double.isNaN(r.cpuSeconds()) && r.runtimeSeconds() > 0)
              .mapToDouble(r -> r.cpuSeconds() / r.runtimeSeconds()).toArray()))).append(" |\n");
    }
    md.append("\nMeans are over feasible runs only; `feasible` counts them. `CPU / wall`: the mean share of a "
        + "core the solving thread actually got during its wall-clock budget (1.00 = a whole core; less means "
        + "the run was starved by other work on the machine).\n\n");
  }

  /**
   * The literature's view of a hierarchical (vehicles first) table: how often the BKS vehicle count was
   * reached or beaten, and the distance gap where it was matched. Only for runs under
   * {@code vehicles-distance} whose catalog row gives the BKS vehicle count.
   */
  private void hierarchical(StringBuilder md, List<RunResult> results, List<String> engines) {
    List<RunResult> hier = results.stream()
        .filter(r -> r.objective().equals(BenchObjective.VEHICLES_DISTANCE.label()) && r.bksRoutes() >= 0).toList();
    if (hier.isEmpty()) {
      return;
    }
    md.append("## Vehicles first, then distance\n\n| engine | runs | checker OK | BKS vehicles matched | fewer | more "
        + "| share matched % | mean distance gap % (matched) | max distance gap % (matched) | mean t best (s) |\n"
        + "|---|---|---|---|---|---|---|---|---|---|\n");
    for (String e : engines) {
      List<RunResult> rs = hier.stream().filter(r -> r.engine().equals(e) && r.checker().equals("FEASIBLE")).toList();
      long runs = hier.stream().filter(r -> r.engine().equals(e)).count();
      if (runs == 0) {
        continue;
      }
      double[] matched = rs.stream().filter(RunResult::matchesBksRoutes).mapToDouble(RunResult::gapPercent).toArray();
      md.append("| ").append(e).append(" | ").append(runs).append(" | ").append(rs.size()).append(" | ")
          .append(matched.length).append(" | ").append(rs.stream().filter(r -> r.routes() < r.bksRoutes()).count())
          .append(" | ").append(rs.stream().filter(r -> r.routes() > r.bksRoutes()).count()).append(" | ")
          .append(f(100.0 * matched.length / runs)).append(" | ").append(f(mean(matched))).append(" | ")
          .append(f(Arrays.stream(matched).max().orElse(Double.NaN))).append(" | ")
          .append(f(mean(rs.stream().mapToDouble(RunResult::secondsToBest).filter(d -> !Double.isNaN(d)).toArray())))
          .append(" |\n");
    }
    md.append("\nCounted over checker-confirmed runs; `share matched` is over all runs. `fewer` would be a new best "
        + "under the hierarchical objective whatever the distance.\n\n");
  }

  /**
   * Side by side with another solver's per-instance results ({@code reference-*.csv} copied into the
   * output directory by {@code --reference}; columns {@code instance}, {@code vehicles} or
   * {@code routes}, {@code distance}, and a {@code wall…} column in seconds), over the instances both have.
   */
  private void references(StringBuilder md, List<RunResult> results, List<String> engines) throws IOException {
    List<Path> files;
    try (java.util.stream.Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.getFileName().toString().matches("reference-.*\\.csv")).sorted().toList();
    }
    for (Path file : files) {
      Map<String, double[]> ref = readReference(file);
      List<RunResult> shared = results.stream().filter(r -> ref.containsKey(r.instance())).toList();
      if (shared.isEmpty()) {
        continue;
      }
      String name = file.getFileName().toString().replaceAll("^reference-|\\.csv$", "");
      md.append("## Against ").append(name).append("\n\nPer-instance results of `").append(file.getFileName())
          .append("` (as measured and documented by whoever produced them; their own time budget) beside ours, "
              + "over the ").append(new TreeSet<>(shared.stream().map(RunResult::instance).toList()).size())
          .append(" instances both have. Gap at the BKS vehicle count counts only runs that used it.\n\n"
              + "| solver | runs | BKS vehicles matched | mean gap % (all) | mean gap % (BKS vehicles) "
              + "| mean time (s) |\n|---|---|---|---|---|---|\n");
      Map<String, RunResult> byInstance = new TreeMap<>();
      for (RunResult r : shared) {
        byInstance.putIfAbsent(r.instance(), r);
      }
      List<double[]> refRows = new ArrayList<>();
      for (RunResult r : byInstance.values()) {
        double[] v = ref.get(r.instance());
        refRows.add(new double[] {v[0], 100 * (v[1] - r.bks()) / r.bks(), v[2], r.bksRoutes()});
      }
      boolean vehicles = shared.stream().anyMatch(r -> r.bksRoutes() >= 0);
      md.append("| ").append(name).append(" | ").append(refRows.size()).append(" | ")
          .append(vehicles ? Long.toString(refRows.stream().filter(v -> v[0] == v[3]).count()) : "—").append(" | ")
          .append(f(mean(refRows.stream().mapToDouble(v -> v[1]).toArray()))).append(" | ")
          .append(f(mean(refRows.stream().filter(v -> v[3] < 0 || v[0] == v[3]).mapToDouble(v -> v[1]).toArray())))
          .append(" | ").append(f(mean(refRows.stream().mapToDouble(v -> v[2]).filter(d -> !Double.isNaN(d))
              .toArray()))).append(" |\n");
      for (String e : engines) {
        List<RunResult> rs = shared.stream().filter(r -> r.engine().equals(e) && r.checker().equals("FEASIBLE"))
            .toList();
        if (rs.isEmpty()) {
          continue;
        }
        md.append("| ").append(e).append(" | ").append(rs.size()).append(" | ")
            .append(vehicles ? Long.toString(rs.stream().filter(RunResult::matchesBksRoutes).count()) : "—").append(" | ")
            .append(f(mean(rs.stream().mapToDouble(RunResult::gapPercent).toArray()))).append(" | ")
            .append(f(mean(rs.stream().filter(r -> r.bksRoutes() < 0 || r.matchesBksRoutes())
                .mapToDouble(RunResult::gapPercent).toArray()))).append(" | ")
            .append(f(mean(rs.stream().mapToDouble(RunResult::secondsToBest).filter(d -> !Double.isNaN(d)).toArray())))
            .append(" (to best; budget ").append(RunResult.fmt(rs.get(0).budgetSeconds())).append(") |\n");
      }
      md.append('\n');
    }
  }

  /** instance → {vehicles or routes, distance, seconds (NaN when absent)}. */
  static Map<String, double[]> readReference(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<String> head = CatalogEntry.fields(lines.get(0));
    int inst = head.indexOf("instance");
    int veh = head.contains("vehicles") ? head.indexOf("vehicles") : head.indexOf("routes");
    int dist = head.indexOf("distance");
    int wall = -1;
    for (int i = 0; i < head.size(); i++) {
      wall = wall < 0 && head.get(i).startsWith("wall") ? i : wall;
    }
    if (inst < 0 || veh < 0 || dist < 0) {
      throw new IllegalArgumentException(file + ": a reference needs the columns instance, vehicles (or routes) and"
          + " distance; it has " + head);
    }
    Map<String, double[]> out = new TreeMap<>();
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      List<String> f = CatalogEntry.fields(lines.get(i));
      try {
        out.put(f.get(inst), new double[] {Double.parseDouble(f.get(veh)), Double.parseDouble(f.get(dist)),
            wall < 0 ? Double.NaN : Double.parseDouble(f.get(wall))});
      } catch (NumberFormatException | IndexOutOfBoundsException e) {
        throw new IllegalArgumentException(file + ":" + (i + 1) + ": " + e.getMessage(), e);
      }
    }
    return out;
  }

  private void perClass(StringBuilder md, List<RunResult> results, List<String> engines) {
    md.append("## Means per class\n\n| class | engine | runs | feasible | mean gap % | mean gap@cp % "
        + "| reached 1 % |\n|---|---|---|---|---|---|---|\n");
    Map<String, List<RunResult>> byClass = new TreeMap<>();
    for (RunResult r : results) {
      byClass.computeIfAbsent(r.sizeClass(), k -> new ArrayList<>()).add(r);
    }
    for (Map.Entry<String, List<RunResult>> c : byClass.entrySet()) {
      for (String e : engines) {
        List<RunResult> rs = c.getValue().stream().filter(r -> r.engine().equals(e)).toList();
        if (rs.isEmpty()) {
          continue;
        }
        md.append("| ").append(c.getKey()).append(" | ").append(e).append(" | ").append(rs.size()).append(" | ")
            .append(rs.stream().filter(RunResult::feasible).count()).append(" | ")
            .append(f(mean(gaps(rs, false)))).append(" | ").append(f(mean(gaps(rs, true)))).append(" | ")
            .append(rs.stream().filter(r -> !Double.isNaN(r.secondsTo1Percent())).count()).append(" |\n");
      }
    }
    md.append('\n');
  }

  private void perRun(StringBuilder md, List<RunResult> results) {
    md.append("## Runs\n\n| instance | n | class | engine | seed | BKS | cost | gap % | gap@cp % | routes (ref) "
        + "| t 1 % (s) | t best (s) | feasible | check | runtime (s) | CPU (s) | iterations | stop |\n"
        + "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
    List<RunResult> sorted = new ArrayList<>(results);
    sorted.sort(java.util.Comparator.comparingInt(RunResult::n).thenComparing(RunResult::instance)
        .thenComparing(RunResult::engine).thenComparingLong(RunResult::seed));
    for (RunResult r : sorted) {
      md.append("| ").append(r.instance()).append(" | ").append(r.n()).append(" | ").append(r.sizeClass())
          .append(" | ").append(r.engine()).append(" | ").append(r.seed()).append(" | ").append(RunResult.fmt(r.bks()))
          .append(" | ").append(f(r.cost())).append(" | ").append(f(r.gapPercent())).append(" | ")
          .append(f(r.gapAtCheckpoint())).append(" | ").append(r.routes())
          .append(r.bksRoutes() >= 0 ? " (" + r.bksRoutes() + ")" : "").append(" | ")
          .append(Double.isNaN(r.secondsTo1Percent()) ? "—" : f(r.secondsTo1Percent())).append(" | ")
          .append(f(r.secondsToBest())).append(" | ")
          .append(r.feasible()).append(" | ").append(r.checker()).append(" | ").append(f(r.runtimeSeconds()))
          .append(" | ").append(f(r.cpuSeconds())).append(" | ").append(r.iterations()).append(" | ").append(r.stopReason()).append(" |\n");
    }
    md.append('\n');
    for (RunResult r : sorted) {
      if (!r.checker().equals("FEASIBLE")) {
        md.append("- ").append(r.instance()).append(" ").append(r.engine()).append(": checker said `")
            .append(r.checkerLine()).append("`\n");
      }
    }
  }

  private void plotGaps(List<RunResult> results, List<String> engines) throws IOException {
    List<String> names = new ArrayList<>(new LinkedHashSet<>(results.stream()
        .sorted(java.util.Comparator.comparingInt(RunResult::n).thenComparing(RunResult::instance))
        .map(RunResult::instance).toList()));
    CategoryChart chart = new CategoryChartBuilder().width(Math.max(900, 28 * names.size() * engines.size()))
        .height(600).title(title + ": gap to BKS per instance").xAxisTitle("instance").yAxisTitle("gap (%)").build();
    chart.getStyler().setXAxisLabelRotation(90);
    chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
    for (String e : engines) {
      List<Double> ys = new ArrayList<>();
      for (String name : names) {
        double g = Double.NaN;
        for (RunResult r : results) {
          if (r.engine().equals(e) && r.instance().equals(name) && r.feasible()) {
            g = Double.isNaN(g) ? r.gapPercent() : Math.min(g, r.gapPercent());
          }
        }
        ys.add(Double.isNaN(g) ? null : g);
      }
      chart.addSeries(e, names, ys);
    }
    BitmapEncoder.saveBitmap(chart, dir.resolve("gap-per-instance.png").toString(), BitmapEncoder.BitmapFormat.PNG);
  }

  private void plotConvergence(List<RunResult> results, List<String> engines, double budget) throws IOException {
    int points = 200;
    double t0 = 0.05;
    double[] grid = new double[points];
    for (int i = 0; i < points; i++) {
      grid[i] = t0 * Math.pow(budget / t0, i / (double) (points - 1));
    }
    XYChart mean = chart(title + ": mean gap to BKS vs time");
    XYChart each = chart(title + ": gap to BKS vs time per run");
    each.getStyler().setLegendVisible(results.size() <= 12);
    // a suite may hold runs of several budgets (e.g. an ablation at 10 s and 60 s): one curve each
    List<Double> budgets = results.stream().map(RunResult::budgetSeconds).distinct().sorted().toList();
    for (String e : engines) {
      for (double b : budgets) {
        String label = budgets.size() > 1 ? e + " " + fmtBudget(b) : e;
        List<double[]> curves = new ArrayList<>();
        for (RunResult r : results) {
          if (!r.engine().equals(e) || r.budgetSeconds() != b || Double.isNaN(r.bks())) {
            continue; // no BKS (e.g. C204 under DIMACS rules): no gap to plot
          }
          double[] curve = gapCurve(r, grid);
          curves.add(curve);
          addStep(each, label + " " + r.instance() + " s" + r.seed(), grid, curve);
        }
        if (curves.isEmpty()) {
          continue;
        }
        double[] avg = new double[points];
        for (int i = 0; i < points; i++) {
          double sum = 0;
          for (double[] c : curves) {
            sum += c[i];
          }
          avg[i] = sum / curves.size();
        }
        addStep(mean, label + " (" + curves.size() + " runs)", grid, avg);
      }
    }
    BitmapEncoder.saveBitmap(mean, dir.resolve("convergence.png").toString(), BitmapEncoder.BitmapFormat.PNG);
    BitmapEncoder.saveBitmap(each, dir.resolve("convergence-instances.png").toString(),
        BitmapEncoder.BitmapFormat.PNG);
  }

  /** A budget as {@code 10s} or {@code 0.5s}. */
  private static String fmtBudget(double seconds) {
    return (seconds == Math.rint(seconds) ? String.valueOf((long) seconds) : String.valueOf(seconds)) + "s";
  }

  private XYChart chart(String chartTitle) {
    XYChart c = new XYChartBuilder().width(1000).height(600).title(chartTitle).xAxisTitle("time (s, log scale)")
        .yAxisTitle("gap to BKS (%)").build();
    c.getStyler().setXAxisLogarithmic(true);
    c.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
    return c;
  }

  /** Adds the part of a curve where it is defined (not NaN) as a step line. */
  private static void addStep(XYChart chart, String name, double[] grid, double[] curve) {
    int first = 0;
    while (first < curve.length && Double.isNaN(curve[first])) {
      first++;
    }
    if (first == curve.length) {
      return;
    }
    XYSeries s = chart.addSeries(name, Arrays.copyOfRange(grid, first, grid.length),
        Arrays.copyOfRange(curve, first, curve.length));
    s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Step);
    s.setMarker(SeriesMarkers.NONE);
  }

  /**
   * The run's gap at each grid time: the best feasible cost found by then (NaN before the first one).
   * Under {@code vehicles-distance} the latest feasible new best is the best, though its distance may be
   * higher than an earlier one with more vehicles.
   */
  private double[] gapCurve(RunResult r, double[] grid) throws IOException {
    double[] out = new double[grid.length];
    Arrays.fill(out, Double.NaN);
    Path file = dir.resolve("history").resolve(r.engine()).resolve(r.instance() + "-s" + r.seed() + ".csv");
    if (!Files.exists(file)) {
      return out;
    }
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    double best = Double.NaN;
    boolean hierarchical = r.objective().equals(BenchObjective.VEHICLES_DISTANCE.label());
    int k = 1;
    for (int i = 0; i < grid.length; i++) {
      while (k < lines.size()) {
        String[] f = lines.get(k).split(",");
        if (Double.parseDouble(f[0]) > grid[i]) {
          break;
        }
        if (Boolean.parseBoolean(f[2])) {
          double c = Double.parseDouble(f[1]);
          best = Double.isNaN(best) || hierarchical ? c : Math.min(best, c);
        }
        k++;
      }
      out[i] = 100 * (best - r.bks()) / r.bks();
    }
    return out;
  }

  private static double[] gaps(List<RunResult> rs, boolean atCheckpoint) {
    return rs.stream().filter(RunResult::feasible)
        .mapToDouble(r -> atCheckpoint ? r.gapAtCheckpoint() : r.gapPercent())
        .filter(d -> !Double.isNaN(d)).toArray();
  }

  private static double mean(double[] xs) {
    return xs.length == 0 ? Double.NaN : Arrays.stream(xs).average().orElse(Double.NaN);
  }

  private static double median(double[] xs) {
    if (xs.length == 0) {
      return Double.NaN;
    }
    double[] s = xs.clone();
    Arrays.sort(s);
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  }

  private static String f(double v) {
    return Double.isNaN(v) ? "—" : String.format(Locale.ROOT, "%.2f", v);
  }

  private static String cpuModel() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"), StandardCharsets.UTF_8)) {
        if (line.startsWith("model name")) {
          return line.substring(line.indexOf(':') + 1).trim();
        }
      }
    } catch (IOException e) {
      // not Linux: fall through
    }
    return System.getProperty("os.arch");
  }
}
