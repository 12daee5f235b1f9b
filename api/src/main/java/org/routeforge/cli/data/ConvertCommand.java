package org.routeforge.cli.data;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.routeforge.cli.RouteForgeCli;
import org.routeforge.data.io.InputException;
import org.routeforge.data.io.InstanceFiles;
import org.routeforge.data.io.InstanceFiles.Format;
import org.routeforge.data.io.ParsedInstance;
import org.routeforge.data.model.Instance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code routeforge convert IN OUT [--to FORMAT]}: converts an instance between VRPLIB, Solomon,
 * Li &amp; Lim PDPTW, Cordeau MDVRP, RouteForge JSON and VROOM JSON. When the target format cannot express part of the instance (skills
 * in VRPLIB, say) it lists what and stops, unless {@code --allow-loss} is given. A plan (warm start
 * and locks, from RouteForge JSON's {@code plan} or VROOM's {@code steps}) is kept in RouteForge JSON.
 */
@Command(name = "convert", mixinStandardHelpOptions = true,
    description = {"Convert an instance between formats: vrplib (.vrp), solomon (.txt), lilim (Li & Lim PDPTW),"
        + " cordeau (MDVRP, .mdvrp), json (RouteForge), vroom (VROOM input JSON).",
        "Refuses (exit 1) and lists what the target cannot express, unless --allow-loss."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:converted", "1:invalid input, or the target format cannot express the instance",
        "2:usage error"})
public final class ConvertCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "IN", description = "input instance (any readable format)")
  Path in;

  @Parameters(index = "1", paramLabel = "OUT", description = "output file (.gz compresses)")
  Path out;

  @Option(names = "--to", paramLabel = "FORMAT",
      description = "vrplib, solomon, lilim, cordeau, json or vroom (default: from OUT's name: .vrp, .txt, .mdvrp,"
          + " .json, .vroom.json)")
  String to;

  @Option(names = "--allow-loss", description = "write anyway, dropping what the format cannot express")
  boolean allowLoss;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Format format = to == null ? InstanceFiles.formatForName(out) : parse(to);
    ParsedInstance parsed = InstanceFiles.parse(in);
    Instance instance = parsed.instance();
    List<String> lost = InstanceFiles.limitations(parsed, format);
    PrintWriter err = spec.commandLine().getErr();
    String target = format.name().toLowerCase(Locale.ROOT);
    if (!lost.isEmpty()) {
      err.println((allowLoss ? "warning: " : "error: ") + target + " cannot express everything in " + in + ":");
      for (String l : lost) {
        err.println("  - " + l);
      }
      if (!allowLoss) {
        err.println("nothing written; use --allow-loss to write anyway, or another format (json keeps everything)");
        err.flush();
        return RouteForgeCli.EXIT_INVALID_INPUT;
      }
    }
    for (String note : InstanceFiles.notes(instance, format)) {
      err.println("note: " + note);
    }
    InstanceFiles.write(parsed, out, format);
    err.println("wrote " + out + " (" + target + ", " + instance.stops().size() + " stops)");
    err.flush();
    return RouteForgeCli.EXIT_OK;
  }

  static Format parse(String name) throws InputException {
    switch (name.toLowerCase(Locale.ROOT)) {
      case "vrplib":
      case "vrp":
        return Format.VRPLIB;
      case "solomon":
        return Format.SOLOMON;
      case "lilim":
        return Format.LILIM;
      case "cordeau":
      case "mdvrp":
        return Format.CORDEAU;
      case "json":
      case "routeforge":
        return Format.JSON;
      case "vroom":
        return Format.VROOM;
      default:
        throw new IllegalArgumentException("unknown format '" + name + "' (vrplib, solomon, lilim, cordeau, json, vroom)");
    }
  }
}
