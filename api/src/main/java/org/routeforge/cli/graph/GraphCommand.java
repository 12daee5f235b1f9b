package org.routeforge.cli.graph;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code routeforge graph}: shortest paths in large graphs (exact BiBFS/Dijkstra baselines and the
 * WormHole index) and power-law graph generators (the benchmark is {@code routeforge bench graph}).
 */
@Command(
    name = "graph",
    mixinStandardHelpOptions = true,
    description = "Shortest paths in large graphs: WormHole, bidirectional BFS/Dijkstra, generators.",
    subcommands = {GraphPathCommand.class, GraphGenerateCommand.class})
public final class GraphCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "missing subcommand: one of path, generate");
  }
}
