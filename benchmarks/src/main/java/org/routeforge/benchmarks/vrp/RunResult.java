package org.routeforge.benchmarks.vrp;

import java.util.List;
import java.util.Locale;

/**
 * The outcome of one benchmark run (one instance, engine and seed), one line of {@code results.csv}.
 *
 * @param set catalog set name
 * @param instance instance name
 * @param n customers
 * @param sizeClass the report's class (size band or Solomon type)
 * @param engine engine name (memetic, ortools)
 * @param seed random seed
 * @param budgetSeconds time limit
 * @param concurrent how many runs shared the machine (the suite's --parallel)
 * @param bks best known cost
 * @param bksRoutes routes of the reference solution (-1 unknown)
 * @param cost cost of the best solution
 * @param routes its routes
 * @param feasible whether it is feasible (our evaluator)
 * @param gapPercent {@code 100 (cost - bks) / bks}
 * @param secondsTo1Percent first time a feasible solution within 1 % of the BKS was found (NaN never)
 * @param checkpointSeconds the intermediate checkpoint (NaN none)
 * @param costAtCheckpoint best feasible cost found by the checkpoint (NaN none)
 * @param checker {@code vrpcheck.py}'s verdict word (FEASIBLE / INVALID / ERROR)
 * @param checkerLine {@code vrpcheck.py}'s last line
 * @param runtimeSeconds wall-clock seconds of the solve
 * @param iterations engine iterations
 * @param stopReason why the engine stopped
 * @param cpuSeconds CPU seconds the solving thread got (NaN when not measured): on a shared machine
 *     this shows how much of the wall-clock budget the run really had
 * @param objective what the run minimised ({@link BenchObjective#label()}); {@code cost} is the distance
 *     either way (rows written before this column: {@code distance})
 * @param secondsToBest when the run found the solution it returned (NaN when not recorded)
 */
public record RunResult(String set, String instance, int n, String sizeClass, String engine, long seed,
    double budgetSeconds, int concurrent, double bks, int bksRoutes, double cost, int routes,
    boolean feasible, double gapPercent, double secondsTo1Percent, double checkpointSeconds,
    double costAtCheckpoint, String checker, String checkerLine, double runtimeSeconds, long iterations,
    String stopReason, double cpuSeconds, String objective, double secondsToBest) {

  /** The CSV header matching {@link #toCsv()}. */
  public static final String HEADER = "set,instance,n,class,engine,seed,budget_s,concurrent,bks,bks_routes,"
      + "cost,routes,feasible,gap_pct,t_1pct_s,checkpoint_s,cost_at_checkpoint,checker,checker_line,"
      + "runtime_s,iterations,stop_reason,cpu_s,objective,t_best_s";

  /** Whether the run used the best-known number of vehicles (routes), where the catalog gives it. */
  public boolean matchesBksRoutes() {
    return bksRoutes >= 0 && routes == bksRoutes;
  }

  /** The gap at the checkpoint in percent (NaN when there is no checkpoint or no feasible solution by then). */
  public double gapAtCheckpoint() {
    return 100 * (costAtCheckpoint - bks) / bks;
  }

  /** A key identifying the run (instance, engine, seed, budget) for resuming a suite. */
  public String key() {
    return key(instance, engine, seed, budgetSeconds);
  }

  static String key(String instance, String engine, long seed, double budget) {
    return instance + "|" + engine + "|" + seed + "|" + fmt(budget);
  }

  /** One CSV line. */
  public String toCsv() {
    return String.join(",", set, instance, Integer.toString(n), sizeClass, engine, Long.toString(seed),
        fmt(budgetSeconds), Integer.toString(concurrent), fmt(bks), Integer.toString(bksRoutes), fmt(cost),
        Integer.toString(routes), Boolean.toString(feasible), fmt(gapPercent), fmt(secondsTo1Percent),
        fmt(checkpointSeconds), fmt(costAtCheckpoint), checker, '"' + checkerLine.replace("\"", "\"\"") + '"',
        fmt(runtimeSeconds), Long.toString(iterations), stopReason, fmt(cpuSeconds), objective, fmt(secondsToBest));
  }

  /**
   * Parses a line written by {@link #toCsv()}; lines from before the {@code cpu_s} column read it as NaN,
   * lines from before {@code objective,t_best_s} read {@code distance} and NaN.
   */
  public static RunResult fromCsv(String line) {
    List<String> f = CatalogEntry.fields(line);
    if (f.size() != 22 && f.size() != 23 && f.size() != 25) {
      throw new IllegalArgumentException("results.csv line has " + f.size() + " fields, expected 25: " + line);
    }
    return new RunResult(f.get(0), f.get(1), Integer.parseInt(f.get(2)), f.get(3), f.get(4),
        Long.parseLong(f.get(5)), d(f.get(6)), Integer.parseInt(f.get(7)), d(f.get(8)),
        Integer.parseInt(f.get(9)), d(f.get(10)), Integer.parseInt(f.get(11)), Boolean.parseBoolean(f.get(12)),
        d(f.get(13)), d(f.get(14)), d(f.get(15)), d(f.get(16)), f.get(17), f.get(18), d(f.get(19)),
        Long.parseLong(f.get(20)), f.get(21), f.size() >= 23 ? d(f.get(22)) : Double.NaN,
        f.size() == 25 ? f.get(23) : BenchObjective.DISTANCE.label(), f.size() == 25 ? d(f.get(24)) : Double.NaN);
  }

  private static double d(String s) {
    return s.isEmpty() ? Double.NaN : Double.parseDouble(s);
  }

  static String fmt(double v) {
    if (Double.isNaN(v)) {
      return "";
    }
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v)
        : String.format(Locale.ROOT, "%.4f", v);
  }
}
