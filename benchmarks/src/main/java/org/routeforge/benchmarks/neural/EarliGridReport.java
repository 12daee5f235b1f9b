package org.routeforge.benchmarks.neural;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The report of {@link EarliGridBench} from its CSV files ({@code earli-grid.md}): one table per cell
 * (group, size, budget) and the neural − savings and neural − random differences paired by seed.
 * Runs that never reach a time target count as the budget ("reached" says how many did).
 */
final class EarliGridReport {
  private EarliGridReport() {}

  /** One line of a runs file. */
  record RunRow(String group, String instance, int customers, double budget, String init, long seed,
      double finalCost, boolean feasible, double t1Own, double reference, double wall, double cpu, double load,
      List<double[]> improvements) {}

  /** Two-sided 95 % Student t quantiles for 1..30 degrees of freedom. */
  private static final double[] T95 = {12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228,
      2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060,
      2.056, 2.052, 2.048, 2.045, 2.042};

  static List<RunRow> readRuns(Path dir) throws IOException {
    List<RunRow> rows = new ArrayList<>();
    for (Path f : EarliGridBench.files(dir, "earli-grid-runs")) {
      List<String> lines = Files.readAllLines(f);
      for (int i = 1; i < lines.size(); i++) {
        String[] c = lines.get(i).split(",", -1);
        if (c.length < 17) {
          continue; // a line cut by a kill: that run is redone
        }
        List<double[]> imp = new ArrayList<>();
        for (String pair : c[16].split(";")) {
          int colon = pair.indexOf(':');
          if (colon > 0) {
            imp.add(new double[] {num(pair.substring(0, colon)), num(pair.substring(colon + 1))});
          }
        }
        rows.add(new RunRow(c[0], c[1], Integer.parseInt(c[2]), Double.parseDouble(c[3]), c[4], Long.parseLong(c[5]),
            num(c[6]), Boolean.parseBoolean(c[7]), num(c[9]), num(c[10]), num(c[11]), num(c[12]), num(c[13]), imp));
      }
    }
    return rows;
  }

  private static double num(String s) {
    return s == null || s.isEmpty() ? Double.NaN : Double.parseDouble(s);
  }

  /** Writes {@code earli-grid.md} and returns its text. */
  static String write(Path dir, List<String> inits) throws IOException {
    List<RunRow> runs = readRuns(dir);
    // reference per instance: the catalogue's value, or the best final cost of any run on it
    Map<String, Double> ref = new HashMap<>();
    for (RunRow r : runs) {
      double v = !Double.isNaN(r.reference()) ? r.reference() : r.finalCost();
      if (!Double.isNaN(v)) {
        ref.merge(r.instance(), v, Math::min);
      }
    }
    Map<String, List<RunRow>> cells = new LinkedHashMap<>();
    List<RunRow> sorted = new ArrayList<>(runs);
    sorted.sort((a, b) -> a.group().equals(b.group())
        ? a.customers() != b.customers() ? Integer.compare(a.customers(), b.customers()) : Double.compare(a.budget(), b.budget())
        : a.group().compareTo(b.group()));
    for (RunRow r : sorted) {
      cells.computeIfAbsent(r.group() + " | " + r.instance() + " | " + EarliGridBench.fmt(r.budget()),
          k -> new ArrayList<>()).add(r);
    }
    StringBuilder md = new StringBuilder("# EARLI grid (issue 16 point 5)\n\n");
    md.append(String.format(Locale.ROOT, "%d runs from the CSV files in this folder. Gap: to the BKS (X), the HGS 60 s "
        + "value (OSRM) or the best final cost of any run on the instance (generated). t1 own: first time within 1 %% of "
        + "the run's own final cost; t1 cell: first time within 1 %% of the best final cost in the cell (budget if "
        + "never). Paired: per seed, neural against the other initialisation on the same instance and budget; CI = "
        + "95 %% t-interval of the mean; t1 ratio = geometric mean of other / neural (> 1: neural faster).%n%n", runs.size()));
    md.append("## Summary (neural vs savings, paired by seed)\n\n| group | instance | budget s | pairs | final cost "
        + "neural − savings % (95 % CI) | neural wins | t1-own ratio savings : neural | t1-cell ratio | verdict |\n"
        + "|---|---|---|---|---|---|---|---|---|\n");
    StringBuilder detail = new StringBuilder("\n## Per cell\n");
    for (Map.Entry<String, List<RunRow>> cell : cells.entrySet()) {
      List<RunRow> rs = cell.getValue();
      double budget = rs.get(0).budget();
      double cellBest = Double.POSITIVE_INFINITY;
      for (RunRow r : rs) {
        if (r.feasible()) {
          cellBest = Math.min(cellBest, r.finalCost());
        }
      }
      Map<String, RunRow> byKey = new HashMap<>();
      Map<String, Double> t1Cell = new HashMap<>();
      for (RunRow r : rs) {
        String k = r.init() + "|" + r.seed();
        byKey.put(k, r);
        double t = timeTo(r.improvements(), cellBest * 1.01);
        t1Cell.put(k, t);
      }
      double reference = ref.getOrDefault(rs.get(0).instance(), Double.NaN);
      detail.append("\n### ").append(cell.getKey()).append(" s\n\n| init | runs | feasible | final gap % (mean ± sd) "
          + "| t1 own s | t1 cell s | reached cell 1 % | process CPU / wall | load (1 min) |\n"
          + "|---|---|---|---|---|---|---|---|---|\n");
      for (String init : inits) {
        List<Double> gaps = new ArrayList<>();
        double t1o = 0;
        double t1c = 0;
        int reached = 0;
        double cpu = 0;
        double wall = 0;
        double load = 0;
        int k = 0;
        for (RunRow r : rs) {
          if (!r.init().equals(init)) {
            continue;
          }
          k++;
          if (r.feasible()) {
            gaps.add(100 * (r.finalCost() / reference - 1));
          }
          load += r.load();
          t1o += Double.isNaN(r.t1Own()) ? budget : r.t1Own();
          double tc = t1Cell.get(r.init() + "|" + r.seed());
          t1c += Double.isNaN(tc) ? budget : tc;
          reached += Double.isNaN(tc) ? 0 : 1;
          cpu += r.cpu();
          wall += r.wall();
        }
        if (k == 0) {
          continue;
        }
        double[] ms = gaps.isEmpty() ? new double[] {Double.NaN, Double.NaN} : meanSd(gaps);
        detail.append(String.format(Locale.ROOT, "| %s | %d | %d | %.2f ± %.2f | %.2f | %.2f | %d/%d | %.2f | %.1f |%n",
            init, k, gaps.size(), ms[0], ms[1], t1o / k, t1c / k, reached, k, cpu / wall, load / k));
      }
      for (String other : inits) {
        if (other.equals("neural")) {
          continue;
        }
        List<Double> diff = new ArrayList<>();
        double logOwn = 0;
        double logCell = 0;
        int wins = 0;
        for (RunRow r : rs) {
          if (!r.init().equals("neural")) {
            continue;
          }
          RunRow o = byKey.get(other + "|" + r.seed());
          if (o == null || !r.feasible() || !o.feasible()) {
            continue;
          }
          diff.add(100 * (r.finalCost() / o.finalCost() - 1));
          wins += r.finalCost() < o.finalCost() - 1e-9 ? 1 : 0;
          logOwn += Math.log(orBudget(o.t1Own(), budget) / orBudget(r.t1Own(), budget));
          logCell += Math.log(orBudget(t1Cell.get(other + "|" + o.seed()), budget)
              / orBudget(t1Cell.get("neural|" + r.seed()), budget));
        }
        if (diff.isEmpty()) {
          continue;
        }
        double[] ms = meanSd(diff);
        double half = diff.size() > 1 ? T95[Math.min(T95.length, diff.size() - 1) - 1] * ms[1] / Math.sqrt(diff.size())
            : Double.NaN;
        double ratioOwn = Math.exp(logOwn / diff.size());
        double ratioCell = Math.exp(logCell / diff.size());
        String verdict = Double.isNaN(half) ? "too few pairs"
            : ms[0] - half > 0 ? "neural worse" : ms[0] + half < 0 ? "neural better" : "no significant difference";
        detail.append(String.format(Locale.ROOT, "%nneural − %s, paired by seed (%d pairs): final cost %+.2f %% "
            + "(95 %% CI %+.2f … %+.2f), neural better in %d; t1 ratio %s : neural own %.2f, cell %.2f — %s%n", other,
            diff.size(), ms[0], ms[0] - half, ms[0] + half, wins, other, ratioOwn, ratioCell, verdict));
        if (other.equals("savings")) {
          String[] parts = cell.getKey().split(" \\| ");
          md.append(String.format(Locale.ROOT, "| %s | %s | %s | %d | %+.2f (%+.2f … %+.2f) | %d | %.2f | %.2f | %s |%n",
              parts[0], parts[1], parts[2], diff.size(), ms[0], ms[0] - half, ms[0] + half, wins, ratioOwn, ratioCell,
              verdict + (rs.get(0).customers() >= 500 ? (ratioOwn >= 2 ? ", ≥ 2× faster" : ", < 2× faster") : "")));
        }
      }
    }
    md.append(detail);
    Files.writeString(dir.resolve("earli-grid.md"), md.toString());
    return md.toString();
  }

  private static double orBudget(Double t, double budget) {
    return t == null || Double.isNaN(t) ? budget : Math.max(t, 1e-3);
  }

  /** First time a run's feasible improvements reach {@code target}, or NaN. */
  static double timeTo(List<double[]> h, double target) {
    if (h == null) {
      return Double.NaN;
    }
    for (double[] p : h) {
      if (p[1] <= target + 1e-9) {
        return p[0];
      }
    }
    return Double.NaN;
  }

  /** {mean, sample standard deviation} (sd NaN for one value). */
  static double[] meanSd(List<Double> v) {
    double m = 0;
    for (double d : v) {
      m += d / v.size();
    }
    double s = 0;
    for (double d : v) {
      s += (d - m) * (d - m);
    }
    return new double[] {m, v.size() > 1 ? Math.sqrt(s / (v.size() - 1)) : Double.NaN};
  }
}
