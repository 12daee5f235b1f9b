package org.routeforge.graph.paths;

/**
 * Parameters of the WormHole index, with the defaults of the paper's code
 * (github Nadianw36/WormHole, {@code Escape/L0Graph.h}).
 *
 * @param coreFraction size of the inner ring L0 as a fraction of the vertices; the paper's code
 *     builds 0.5 %, 1 %, ..., 10 %, and we default to 1 %
 * @param seedStrategy where the greedy growth of L0 starts
 * @param peripheryLevels how many BFS levels per side the periphery bidirectional search runs before
 *     it gives up on a "same community" connection (the paper's code stops after level 3)
 * @param seed random seed for the choice of the L0 seed vertex
 */
public record WormholeOptions(
    double coreFraction, SeedStrategy seedStrategy, int peripheryLevels, long seed) {

  /** How the first L0 vertex is chosen. */
  public enum SeedStrategy {
    /** A uniformly random vertex (the code's default {@code optimal=false}). */
    RANDOM,
    /** A random vertex among the top 1 % by degree (the code's {@code optimal=true}). */
    TOP_DEGREE
  }

  /** Validates the parameters. */
  public WormholeOptions {
    if (!(coreFraction > 0 && coreFraction <= 1)) {
      throw new IllegalArgumentException(
          "core fraction must be in (0, 1], was " + coreFraction);
    }
    if (peripheryLevels < 1) {
      throw new IllegalArgumentException(
          "periphery levels must be at least 1, was " + peripheryLevels);
    }
    if (seedStrategy == null) {
      throw new IllegalArgumentException("seed strategy is required");
    }
  }

  /** Defaults: 1 % core, top-degree seed, 3 periphery levels, seed 1. */
  public static WormholeOptions defaults() {
    return new WormholeOptions(0.01, SeedStrategy.TOP_DEGREE, 3, 1L);
  }

  /** A copy with another core fraction. */
  public WormholeOptions withCoreFraction(double f) {
    return new WormholeOptions(f, seedStrategy, peripheryLevels, seed);
  }
}
