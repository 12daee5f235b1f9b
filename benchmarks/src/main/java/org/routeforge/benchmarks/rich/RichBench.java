package org.routeforge.benchmarks.rich;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.routeforge.data.model.Instance;
import org.routeforge.solver.SolveOptions;
import org.routeforge.solver.ortools.OrToolsEngine;
import org.routeforge.solver.rich.RichEvaluation;
import org.routeforge.solver.rich.RichMemeticEngine;
import org.routeforge.solver.rich.RichRequest;
import org.routeforge.solver.rich.RichResult;

/**
 * Runs the generated rich suite ({@link RichSuite}) with both rich engines at the same budget and seed,
 * checks every solution with the independent {@code RichEvaluator}, and appends one CSV row per run.
 *
 * <p>Usage: {@code RichBench <out.csv> <seconds> <seed> <n>:<instanceSeed>...}; progress on stderr.
 */
public final class RichBench {
  private RichBench() {}

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]);
    int seconds = Integer.parseInt(args[1]);
    long seed = Long.parseLong(args[2]);
    if (!Files.exists(out)) {
      Files.writeString(out, "instance,stops,engine,budget_s,seed,cost,routes,unserved,unserved_weight,feasible,"
          + "violations,runtime_s\n");
    }
    for (int a = 3; a < args.length; a++) {
      String[] spec = args[a].split(":");
      Instance inst = RichSuite.generate(Integer.parseInt(spec[0]), Long.parseLong(spec[1]));
      for (String engine : new String[] {"memetic", "ortools"}) {
        SolveOptions o = SolveOptions.builder().timeLimit(Duration.ofSeconds(seconds)).seed(seed)
            .engine(engine.equals("ortools") ? SolveOptions.EngineKind.ORTOOLS : SolveOptions.EngineKind.MEMETIC)
            .build();
        System.err.printf("%s %s %d s ...%n", inst.name(), engine, seconds);
        RichRequest req = RichRequest.of(inst);
        RichResult r = engine.equals("ortools") ? new OrToolsEngine().solveRich(req, o, null, null)
            : new RichMemeticEngine().solveRich(req, o, null, null);
        RichEvaluation e = r.evaluation();
        String row = String.format(Locale.ROOT, "%s,%d,%s,%d,%d,%.2f,%d,%d,%.0f,%s,%d,%.1f%n", inst.name(),
            inst.stops().size(), engine, seconds, seed, e.cost(), r.routes().size(), e.unserved().length,
            e.unservedWeight(), e.feasible(), e.violations().size(), r.result().runtimeSeconds());
        System.err.print(row);
        Files.writeString(out, row, java.nio.file.StandardOpenOption.APPEND);
      }
    }
  }
}
