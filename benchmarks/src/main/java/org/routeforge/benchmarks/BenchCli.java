package org.routeforge.benchmarks;

import org.routeforge.benchmarks.graph.GraphBenchCommand;
import org.routeforge.benchmarks.neural.NeuralBenchCommand;
import org.routeforge.benchmarks.roads.RoadsBenchCommand;
import org.routeforge.benchmarks.roads.RoadsSolveBenchCommand;
import org.routeforge.benchmarks.vrp.VrpBenchCommand;
import org.routeforge.data.io.InputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The benchmark command line ({@code ./routeforge bench ...}): one subcommand per suite. Suites run
 * the product's public entry points on the shared public data sets and write Markdown reports with
 * plots under {@code benchmarks/results/}.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Runs RouteForge benchmark suites and writes reports.",
    subcommands = {VrpBenchCommand.class, NeuralBenchCommand.class, GraphBenchCommand.class, RoadsBenchCommand.class,
        RoadsSolveBenchCommand.class,
        org.routeforge.benchmarks.api.VroomRequestCommand.class})
public final class BenchCli implements Runnable {
  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.err);
  }

  /**
   * The command line with its error handling: a bad argument or input ({@link IllegalArgumentException},
   * {@link InputException}) is one {@code error:} line and exit status 1.
   */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new BenchCli());
    cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      if (ex instanceof IllegalArgumentException || ex instanceof InputException) {
        commandLine.getErr().println("error: " + ex.getMessage());
        return 1;
      }
      throw ex;
    });
    return cli;
  }

  /** Runs the command line and exits with its status. */
  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }
}
