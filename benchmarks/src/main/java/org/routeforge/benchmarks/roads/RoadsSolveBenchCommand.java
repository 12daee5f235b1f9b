package org.routeforge.benchmarks.roads;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.routeforge.data.io.InstanceFiles;
import org.routeforge.data.io.VrplibSolution;
import org.routeforge.data.model.Instance;
import org.routeforge.graph.roads.GraphFolders;
import org.routeforge.solver.SolveOptions;
import org.routeforge.solver.SolveResult;
import org.routeforge.solver.Solver;
import org.routeforge.solver.model.Solution;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench roads-solve}: solves the OSRM-derived instances of the data set
 * ({@code vrp/real/osrm}: real driving-time matrices on Malta and Andorra) with the RouteForge solver
 * (or any folder of VRPLIB files, e.g. from {@code routeforge roads instance}) at a fixed budget with either engine
 * and compares with their reference solutions (HGS-CVRP / PyVRP, 60 s) where present, each of our
 * solutions written as {@code .sol} and verified with {@code tools/vrpcheck.py}; a Markdown table out.
 */
@Command(
    name = "roads-solve",
    mixinStandardHelpOptions = true,
    description = "Solve the OSRM-derived instances at a fixed budget and compare with their reference solutions.")
public final class RoadsSolveBenchCommand implements Callable<Integer> {
  /**
   * One instance's result, a row of {@code results.md}.
   *
   * @param instance instance name
   * @param stops customers
   * @param reference the reference solution's file name, or null when there is none
   * @param referenceCost its cost (NaN without one)
   * @param cost our cost
   * @param routes our routes
   * @param feasible whether our solution serves every stop within the constraints
   * @param unassigned stops left unserved
   * @param check the first line of {@code vrpcheck.py}'s verdict on our {@code .sol}
   */
  record Row(String instance, int stops, String reference, double referenceCost, double cost, int routes,
      boolean feasible, int unassigned, String check) {
    /** 100 (cost − reference) / reference; NaN without a reference. */
    double gapPct() {
      return 100 * (cost - referenceCost) / referenceCost;
    }

    String markdown() {
      return String.format(Locale.ROOT, "| %s | %d | %s | %.0f | %.0f | %.2f | %d | %s | %s |", instance, stops,
          reference == null ? "none" : reference, referenceCost, cost, gapPct(), routes,
          feasible ? "yes" : "NO (" + unassigned + " unassigned)", check);
    }
  }

  @Spec CommandSpec spec;

  @Option(names = "--dir", description = "Instance folder (default: <data>/vrp/real/osrm).")
  Path dir;

  @Option(names = "--match", defaultValue = "", description = "Only instances whose name contains this text.")
  String match;

  @Option(names = "--time-limit", defaultValue = "10", description = "Seconds per instance (default 10).")
  double timeLimit;

  @Option(names = "--seed", defaultValue = "1", description = "Solver seed (default 1).")
  long seed;

  @Option(names = "--engine", defaultValue = "MEMETIC", description = "Solver engine: MEMETIC or ORTOOLS (default MEMETIC).")
  SolveOptions.EngineKind engine;

  @Option(names = "--out", required = true, description = "Output folder (our .sol files and results.md).")
  Path out;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    Path d = dir != null ? dir : GraphFolders.dataDir().resolve("vrp/real/osrm");
    List<Path> files = new ArrayList<>();
    try (Stream<Path> s = Files.list(d)) {
      s.filter(p -> p.getFileName().toString().matches(".*\\.vrp(\\.gz)?"))
          .filter(p -> p.getFileName().toString().contains(match)).sorted().forEach(files::add);
    }
    if (files.isEmpty()) {
      throw new IllegalArgumentException("no .vrp.gz instances in " + d + (match.isEmpty() ? "" : " matching " + match));
    }
    Files.createDirectories(out);
    Path checker = GraphFolders.dataDir().resolve("../tools/vrpcheck.py").normalize();
    StringBuilder md = new StringBuilder();
    md.append(String.format(Locale.ROOT, "| instance | n | reference | ref cost | RouteForge %s cost (%.0f s, seed %d) | gap %% | routes"
        + " | feasible | vrpcheck |%n|---|---|---|---|---|---|---|---|---|%n", engine, timeLimit, seed));
    double gapSum = 0;
    int solved = 0;
    for (Path f : files) {
      String name = f.getFileName().toString().replaceFirst("\\.vrp(\\.gz)?$", "");
      Instance in = InstanceFiles.read(f);
      Path refFile = d.resolve(name + (in.hasTimeWindows() ? ".pyvrp60.sol" : ".hgs60.sol"));
      double ref = Files.isRegularFile(refFile) ? VrplibSolution.read(refFile).cost() : Double.NaN;
      SolveOptions o = SolveOptions.builder().timeLimit(Duration.ofMillis((long) (timeLimit * 1000)))
          .seed(seed).engine(engine).build();
      SolveResult r = Solver.solve(in, o);
      Solution best = r.best();
      Path sol = out.resolve(name + ".sol");
      VrplibSolution.fromStopIndices(best.routeStops(), best.cost()).write(sol);
      Row row = new Row(name, in.stops().size(), Double.isNaN(ref) ? null : refFile.getFileName().toString(), ref,
          best.cost(), best.routeCount(), best.feasible(), best.unassigned().size(), check(checker, f, sol));
      if (row.feasible() && Double.isFinite(row.gapPct())) {
        gapSum += row.gapPct();
        solved++;
      }
      md.append(row.markdown()).append(System.lineSeparator());
      err.println("bench roads-solve: " + row.markdown());
      err.flush();
    }
    md.append(String.format(Locale.ROOT, "%nMean gap over %d feasible runs: %.2f %%%n", solved,
        solved == 0 ? Double.NaN : gapSum / solved));
    Files.writeString(out.resolve("results.md"), md.toString());
    spec.commandLine().getOut().print(md);
    spec.commandLine().getOut().flush();
    return 0;
  }

  /** The first line of {@code vrpcheck.py}'s verdict, or why it could not run. */
  private static String check(Path checker, Path instance, Path sol) {
    if (!Files.isRegularFile(checker)) {
      return "checker not found";
    }
    try {
      Process p = new ProcessBuilder("python3", checker.toString(), instance.toString(), sol.toString())
          .redirectErrorStream(true).start();
      String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      if (!p.waitFor(120, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return "checker timed out";
      }
      String first = text.isEmpty() ? "(no output)" : text.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
      return first.replace('|', '/');
    } catch (IOException e) {
      return "checker failed: " + e.getMessage();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "interrupted";
    }
  }
}
