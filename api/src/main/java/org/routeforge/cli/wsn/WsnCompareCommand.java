package org.routeforge.cli.wsn;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.routeforge.wsn.metrics.ComparisonReport;
import org.routeforge.wsn.metrics.ProtocolSummary;
import org.routeforge.wsn.metrics.Sweep;
import org.routeforge.wsn.model.WsnConfig;
import org.routeforge.wsn.plot.WsnPlots;
import org.routeforge.wsn.protocol.Protocols;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code routeforge wsn compare}: runs every protocol over the seeds on one set-up and prints a
 * Markdown table (means ± 95 % intervals); optionally writes the JSON summary and, to {@code --out},
 * the report and the plots ({@code lifetime.png}: alive and residual energy vs round for all
 * protocols; {@code milestones.png}: FND/HND/LND bars with error bars).
 */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    description = "Run all protocols over several seeds; Markdown table, JSON, plots.")
public final class WsnCompareCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin WsnSetupOptions setup;

  @Option(names = "--seeds", defaultValue = "20", description = "Number of seeds (default: ${DEFAULT-VALUE}).")
  int seeds;

  @Option(names = "--first-seed", defaultValue = "1", description = "First seed (default: ${DEFAULT-VALUE}).")
  long firstSeed;

  @Option(names = "--protocols", split = ",", paramLabel = "NAME",
      description = "Protocols to run (default: direct,leach,heed,gtrl).")
  List<String> protocols;

  @Option(names = "--json", paramLabel = "FILE", description = "Write protocol → metrics as JSON.")
  Path json;

  @Option(names = "--out", paramLabel = "DIR", description = "Write report.md, lifetime.png and milestones.png here.")
  Path outDir;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (seeds < 1) {
      throw new IllegalArgumentException("--seeds must be >= 1, got " + seeds);
    }
    WsnConfig config = setup.build();
    List<String> names = protocols == null ? Protocols.NAMES : protocols;
    for (String name : names) {
      Protocols.create(name, config);
    }
    String setupLine = ComparisonReport.describe(config);
    err.println("wsn compare: " + setupLine + "; seeds " + firstSeed + ".." + (firstSeed + seeds - 1));
    Map<String, ProtocolSummary> summaries =
        Sweep.run(config, names, firstSeed, seeds, line -> err.println("  " + line));
    String table = ComparisonReport.markdown(summaries);
    out.print(table);
    out.flush();
    if (json != null) {
      Map<String, Object> doc = ComparisonReport.json(summaries);
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(json.toFile(), doc);
      err.println("wrote " + json);
    }
    if (outDir != null) {
      Files.createDirectories(outDir);
      String title = config.nodes() + " nodes, " + seeds + " seeds";
      Map<String, double[]> alive = new LinkedHashMap<>();
      Map<String, double[]> energy = new LinkedHashMap<>();
      summaries.forEach((k, v) -> {
        alive.put(k, v.meanAlive());
        energy.put(k, v.meanResidual());
      });
      WsnPlots.save(WsnPlots.lifetimeChart("Mean over seeds: " + title, alive, energy), outDir.resolve("lifetime.png"));
      WsnPlots.save(WsnPlots.milestoneChart("FND / HND / LND (95 % CI): " + title, summaries), outDir.resolve("milestones.png"));
      String md = "# WSN comparison\n\n" + setupLine + "; seeds " + firstSeed + ".." + (firstSeed + seeds - 1)
          + "\n\n" + table + "\n![lifetime](lifetime.png)\n\n![milestones](milestones.png)\n";
      Files.writeString(outDir.resolve("report.md"), md);
      err.println("wrote " + outDir.resolve("report.md") + ", lifetime.png, milestones.png");
    }
    return 0;
  }
}
