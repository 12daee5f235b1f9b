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
        org.routeforge.cli.serve.DemoCommand.class,
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

  /**
   * The {@code bench} line of the command list: the benchmark suites live in the benchmarks module
   * (which the service does not depend on), and the {@code routeforge} launcher runs them.
   */
  static final String BENCH = "bench";
  static final String BENCH_DESCRIPTION = "Runs the benchmark suites and writes their reports "
      + "(module benchmarks; `routeforge bench --help`).";

  /** Builds the command line with all subcommands; tests call this to run commands in-process. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new RouteForgeCli());
    cl.setExecutionExceptionHandler(new InputErrorHandler());
    cl.getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_COMMAND_LIST,
        help -> withBench(help.commandList()));
    return cl;
  }

  /** Adds the {@code bench} line to picocli's command list, aligned with the other descriptions. */
  static String withBench(String commandList) {
    String[] lines = commandList.split("\n");
    int column = -1;
    for (String line : lines) {
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(\\s+\\S+\\s+)\\S").matcher(line);
      if (m.find()) {
        column = m.group(1).length();
        break;
      }
    }
    String name = "  " + BENCH;
    int start = Math.max(name.length() + 2, column);
    StringBuilder out = new StringBuilder(commandList).append(name).append(" ".repeat(start - name.length()));
    int used = start;
    for (String word : BENCH_DESCRIPTION.split(" ")) {
      if (used > start && used + 1 + word.length() > HELP_WIDTH) {
        out.append(System.lineSeparator()).append(" ".repeat(start + 2));
        used = start + 2;
      } else if (used > start) {
        out.append(' ');
        used++;
      }
      out.append(word);
      used += word.length();
    }
    return out.append(System.lineSeparator()).toString();
  }

  /** picocli's default usage width. */
  private static final int HELP_WIDTH = 80;

  /** Whether a command runs as this process's entry point ({@link #main}): then the JVM's start is its start. */
  private static volatile boolean processEntry;

  /** Whether {@link #main} started the running command (not a caller that executes commands in its own JVM). */
  public static boolean processEntry() {
    return processEntry;
  }

  public static void main(String[] args) {
    processEntry = true;
    System.exit(commandLine().execute(args));
  }
}
