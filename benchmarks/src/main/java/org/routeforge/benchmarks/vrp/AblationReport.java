package org.routeforge.benchmarks.vrp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code ablation.md}: per CPU budget, each configuration of the memetic search (the full search and
 * the search without one component, engine labels {@code memetic} and {@code memetic-no-<component>})
 * with its mean gap to the BKS, the difference to the full search over the same instances and seeds,
 * and its speed in iterations (educated offspring) per CPU second. States the data, budgets, seeds,
 * machine, load averages and the commands, read from {@code results.csv} and {@code commands.txt}.
 */
final class AblationReport {
  private final Path dir;

  AblationReport(Path dir) {
    this.dir = dir;
  }

  void write(List<RunResult> results) throws IOException {
    StringBuilder md = new StringBuilder("# Ablation of the memetic search\n\n");
    Set<String> sets = new TreeSet<>();
    Set<String> instances = new TreeSet<>();
    Set<Long> seeds = new TreeSet<>();
    Set<Double> budgets = new TreeSet<>();
    for (RunResult r : results) {
      sets.add(r.set());
      instances.add(r.instance());
      seeds.add(r.seed());
      budgets.add(r.budgetSeconds());
    }
    md.append("- Data: `catalog.csv` set(s) ").append(sets).append(", instances ").append(instances)
        .append("; BKS from the catalog; gap = 100 (cost - BKS) / BKS.\n");
    md.append("- Budgets: ").append(budgets.stream().map(b -> RunResult.fmt(b) + " s").toList())
        .append(" per run (CPU seconds of the solving thread when the suite ran with `--cpu-time`); seeds ")
        .append(seeds).append("; every run single-threaded; runs at once (`--parallel`): ")
        .append(results.stream().map(r -> Integer.toString(r.concurrent())).distinct().toList()).append(".\n");
    md.append("- Machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, Java ")
        .append(System.getProperty("java.version"))
        .append("; load averages (1, 5, 15 min, from `/proc/loadavg`) at the start and end of each invocation are in "
            + "the commands below.\n");
    md.append("- Configurations: `memetic` is the full search; `memetic-no-X` the same search without component X "
        + "(`swapstar`: no SWAP* moves; `repair`: infeasible offspring never repaired; `granularity`: every other "
        + "customer is a neighbour; `restart`: never restarted; `subpopulations`: one population of mu feasible and "
        + "infeasible members ranked together instead of HGS's two subpopulations of mu each).\n");
    md.append("- `Δ gap` is the mean over the instance/seed pairs both configurations solved feasibly of "
        + "(gap of the configuration − gap of `memetic`), in percentage points: positive = the component helps. "
        + "`it / CPU s`: iterations (educated offspring) per CPU second of the solving thread.\n\n");
    Path commands = dir.resolve("commands.txt");
    if (Files.exists(commands)) {
      md.append("Commands:\n\n```\n").append(Files.readString(commands, StandardCharsets.UTF_8).strip())
          .append("\n```\n\n");
    }
    for (double budget : budgets) {
      List<RunResult> at = results.stream().filter(r -> r.budgetSeconds() == budget).toList();
      List<String> labels = new ArrayList<>(new LinkedHashSet<>(at.stream().map(RunResult::engine).toList()));
      labels.sort((a, b) -> Boolean.compare(a.contains(VrpBenchCommand.ABLATED), b.contains(VrpBenchCommand.ABLATED)));
      md.append("## ").append(RunResult.fmt(budget)).append(" s\n\n");
      md.append("| configuration | runs | feasible | mean gap % | Δ gap vs full (pp) | pairs | it / CPU s |\n"
          + "|---|---|---|---|---|---|---|\n");
      for (String label : labels) {
        List<RunResult> rs = at.stream().filter(r -> r.engine().equals(label)).toList();
        String full = label.contains(VrpBenchCommand.ABLATED)
            ? label.substring(0, label.indexOf(VrpBenchCommand.ABLATED)) + suffix(label) : label;
        Map<String, Double> fullGap = new HashMap<>();
        for (RunResult r : at) {
          if (r.engine().equals(full) && r.feasible()) {
            fullGap.put(r.instance() + "|" + r.seed(), r.gapPercent());
          }
        }
        double gapSum = 0;
        int gaps = 0;
        double diffSum = 0;
        int pairs = 0;
        double itSum = 0;
        int its = 0;
        for (RunResult r : rs) {
          if (r.feasible() && !Double.isNaN(r.gapPercent())) {
            gapSum += r.gapPercent();
            gaps++;
            Double g = fullGap.get(r.instance() + "|" + r.seed());
            if (g != null && !label.equals(full)) {
              diffSum += r.gapPercent() - g;
              pairs++;
            }
          }
          if (r.cpuSeconds() > 0) {
            itSum += r.iterations() / r.cpuSeconds();
            its++;
          }
        }
        md.append("| ").append(label).append(" | ").append(rs.size()).append(" | ").append(gaps).append(" | ")
            .append(f(gaps == 0 ? Double.NaN : gapSum / gaps)).append(" | ")
            .append(label.equals(full) ? "—" : f(pairs == 0 ? Double.NaN : diffSum / pairs)).append(" | ")
            .append(label.equals(full) ? "—" : Integer.toString(pairs)).append(" | ")
            .append(its == 0 ? "—" : String.format(Locale.ROOT, "%.0f", itSum / its)).append(" |\n");
      }
      md.append('\n');
    }
    Files.writeString(dir.resolve("ablation.md"), md.toString(), StandardCharsets.UTF_8);
  }

  /** The {@code @objective} suffix of a label, if any. */
  private static String suffix(String label) {
    int at = label.indexOf('@');
    return at < 0 ? "" : label.substring(at);
  }

  private static String f(double v) {
    return Double.isNaN(v) ? "—" : String.format(Locale.ROOT, "%.2f", v);
  }
}
