package org.routeforge.cli.data;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.routeforge.cli.RouteForgeCli;
import org.routeforge.data.generate.UniformGenerator;
import org.routeforge.data.generate.XGenerator;
import org.routeforge.data.io.InstanceFiles;
import org.routeforge.data.io.InstanceFiles.Format;
import org.routeforge.data.model.Instance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code routeforge generate --kind x|uniform [--tw] --n N --seed S [--out FILE]}: generates an
 * instance, byte-for-byte reproducible for the same options and seed.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
    description = {"Generate a random instance: Uchoa et al. X-set rules (--kind x) or the uniform training"
        + " distribution (--kind uniform); --tw adds Solomon-like time windows.",
        "The same options and seed give byte-identical output."})
public final class GenerateCommand implements Callable<Integer> {
  @Option(names = "--kind", required = true, paramLabel = "KIND", description = "x or uniform")
  String kind;

  @Option(names = "--n", required = true, paramLabel = "N", description = "number of customers")
  int n;

  @Option(names = "--seed", defaultValue = "1", paramLabel = "SEED", description = "random seed (default ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--tw", description = "add time windows and service times (VRPTW)")
  boolean tw;

  @Option(names = "--depot", paramLabel = "POS", description = "x only: ${COMPLETION-CANDIDATES} (default: drawn)")
  XGenerator.Depot depot;

  @Option(names = "--customers", paramLabel = "POS",
      description = "x only: ${COMPLETION-CANDIDATES} (default: drawn)")
  XGenerator.Customers customers;

  @Option(names = "--demand", paramLabel = "DIST", description = "x only: ${COMPLETION-CANDIDATES} (default: drawn)")
  XGenerator.Demand demand;

  @Option(names = "--route-size", paramLabel = "R",
      description = "x only: average customers per route (default: drawn from triangular(3, 6, 25))")
  Double routeSize;

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "vrplib, solomon, json or vroom (default: from --out's name, else vrplib)")
  String format;

  @Option(names = "--out", paramLabel = "FILE", description = "output file (default: standard output)")
  Path out;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (n < 1) {
      throw new IllegalArgumentException("--n must be at least 1, got " + n);
    }
    Instance in;
    switch (kind.toLowerCase(Locale.ROOT)) {
      case "x":
        in = XGenerator.generate(new XGenerator.Config(n, depot, customers, demand,
            routeSize == null ? Double.NaN : routeSize, tw), seed);
        break;
      case "uniform":
        if (depot != null || customers != null || demand != null || routeSize != null) {
          throw new IllegalArgumentException("--depot, --customers, --demand and --route-size apply to --kind x only");
        }
        in = UniformGenerator.generate(n, tw, seed);
        break;
      default:
        throw new IllegalArgumentException("unknown --kind '" + kind + "' (x or uniform)");
    }
    Format f = format != null ? ConvertCommand.parse(format) : out != null ? InstanceFiles.formatForName(out)
        : Format.VRPLIB;
    if (out == null) {
      PrintWriter pw = spec.commandLine().getOut();
      pw.print(InstanceFiles.format(in, f));
      pw.flush();
    } else {
      InstanceFiles.write(in, out, f);
      spec.commandLine().getErr().println("wrote " + out + " (" + in.name() + ")");
      spec.commandLine().getErr().flush();
    }
    return RouteForgeCli.EXIT_OK;
  }
}
