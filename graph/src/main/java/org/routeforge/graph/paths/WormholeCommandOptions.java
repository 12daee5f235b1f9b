package org.routeforge.graph.paths;

import picocli.CommandLine.Option;

/**
 * The WormHole index options on the command line, one definition for {@code routeforge graph path} and
 * {@code bench graph} (a picocli mixin; picocli is an optional dependency of this module, needed only by
 * the commands that use it).
 */
public final class WormholeCommandOptions {
  @Option(
      names = "--core-fraction",
      defaultValue = "0.01",
      description = "Inner ring L0 size as a fraction of the vertices (default ${DEFAULT-VALUE}).")
  double coreFraction;

  @Option(
      names = "--seed-strategy",
      defaultValue = "TOP_DEGREE",
      description = "Where L0 growth starts: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
  WormholeOptions.SeedStrategy seedStrategy;

  @Option(
      names = "--periphery-levels",
      defaultValue = "3",
      description = "BFS levels per side in the periphery search (default ${DEFAULT-VALUE}).")
  int peripheryLevels;

  @Option(
      names = "--index-seed",
      defaultValue = "1",
      description = "Random seed for the L0 seed vertex (default ${DEFAULT-VALUE}).")
  long indexSeed;

  @Option(
      names = "--symmetrize",
      negatable = true,
      defaultValue = "true",
      fallbackValue = "true",
      description =
          "Treat every edge line as undirected (default). With --no-symmetrize the file must list"
              + " both directions of every edge.")
  boolean symmetrize;

  /** Whether every edge line is read as undirected. */
  public boolean symmetrize() {
    return symmetrize;
  }

  /** The index options chosen. */
  public WormholeOptions options() {
    return new WormholeOptions(coreFraction, seedStrategy, peripheryLevels, indexSeed);
  }
}
