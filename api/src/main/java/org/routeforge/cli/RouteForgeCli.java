package org.routeforge.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code routeforge} command line: one entry point whose subcommands each own one capability
 * (instances, solving, graphs, roads, sensor networks, the service).
 *
 * <p>Exit codes: {@value #EXIT_OK} success, {@value #EXIT_INVALID_INPUT} the input is invalid,
 * {@value #EXIT_USAGE} the command line itself is wrong. Machine output goes to stdout; progress and
 * diagnostics go to stderr.
 */
@Command(
    name = "routeforge",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Routing optimization: vehicle routing, shortest paths, road matrices, WSN lifetime.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success", "1:the input is invalid (or the run failed)", "2:usage error"},
    subcommands = {
        CommandLine.HelpCommand.class,
        org.routeforge.cli.data.ValidateCommand.class,
        org.routeforge.cli.solve.SolveCommand.class,
        org.routeforge.cli.data.ConvertCommand.class,
        org.routeforge.cli.data.GenerateCommand.class,
        org.routeforge.cli.data.DatasetsCommand.class,
        org.routeforge.cli.graph.GraphCommand.class,
        org.routeforge.cli.roads.RoadsCommand.class,
        org.routeforge.cli.train.TrainCommand.class,
        org.routeforge.cli.serve.ServeCommand.class,
        org.routeforge.cli.wsn.WsnCommand.class,
        org.routeforge.cli.keys.KeysCommand.class,
    })
public final class RouteForgeCli {

  /** Success. */
  public static final int EXIT_OK = 0;
  /** The input (file, option value) is invalid; the message says where. */
  public static final int EXIT_INVALID_INPUT = 1;
  /** The command line is malformed. */
  public static final int EXIT_USAGE = 2;

  private RouteForgeCli() {}

  /** Builds the command line with all subcommands; tests call this to run commands in-process. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new RouteForgeCli());
    cl.setExecutionExceptionHandler(new InputErrorHandler());
    return cl;
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }
}
