package org.routeforge.cli.data;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.routeforge.cli.RouteForgeCli;
import org.routeforge.data.io.InputException.Problem;
import org.routeforge.data.io.InstanceFiles;
import org.routeforge.data.model.Instance;
import org.routeforge.data.validate.InstanceValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code routeforge validate FILE...}: reads each instance (VRPLIB, Solomon, RouteForge JSON, VROOM
 * JSON) and prints every problem found, each naming file, line (or JSON pointer) and field, then a
 * summary line. Exit 1 when any file is invalid.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = {"Check instance files and report every problem with its file, line (or JSON pointer) and field.",
        "Formats: VRPLIB .vrp(.gz), Solomon .txt, VRPLIB-style .txt.gz, RouteForge .json, VROOM .json."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:all files are valid", "1:at least one file is invalid", "2:usage error"})
public final class ValidateCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "FILE", description = "instance files")
  List<Path> files;

  @Option(names = {"-q", "--quiet"}, description = "print only problems and the summary, not one line per valid file")
  boolean quiet;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    int invalid = 0;
    int problems = 0;
    for (Path f : files) {
      List<Problem> ps = InstanceValidator.validateFile(f);
      if (ps.isEmpty()) {
        if (!quiet) {
          out.println(f + ": ok" + describe(f));
        }
      } else {
        invalid++;
        problems += ps.size();
        for (Problem p : ps) {
          out.println(p);
        }
      }
    }
    out.println(InstanceValidator.summary(files.size(), invalid, problems));
    out.flush();
    return invalid == 0 ? RouteForgeCli.EXIT_OK : RouteForgeCli.EXIT_INVALID_INPUT;
  }

  private static String plural(int n, String what) {
    return n + " " + what + (n == 1 ? "" : "s");
  }

  private static String describe(Path f) {
    try {
      Instance in = InstanceFiles.read(f);
      return " (" + in.name() + ": " + plural(in.stops().size(), "stop") + ", " + plural(in.vehicleCount(), "vehicle")
          + (in.hasTimeWindows() ? ", time windows" : "") + ")";
    } catch (Exception e) {
      return "";
    }
  }
}
