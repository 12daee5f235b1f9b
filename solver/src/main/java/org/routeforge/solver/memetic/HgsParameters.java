package org.routeforge.solver.memetic;

/**
 * HGS-CVRP's defaults (Vidal 2022, {@code AlgorithmParameters.cpp}).
 *
 * @param mu members kept after survivor selection (per subpopulation when the search keeps two)
 * @param lambda offspring per generation, at least 2 (the population holds mu, or 2 mu with two
 *     subpopulations, plus lambda before trimming)
 * @param nbElite individuals protected by the cost term of the biased fitness
 * @param nbClose neighbours averaged for the diversity contribution
 * @param granularity neighbours per customer in the local search
 * @param targetFeasible share of feasible offspring the penalty adaptation aims at
 * @param restartAfter iterations without improving the best solution before a restart
 * @param repairProbability chance that an infeasible offspring gets a repair pass with 10x penalties
 * @param adaptEvery offspring between penalty adaptations
 * @param ablation the components switched off ({@link Ablation#NONE}: none, the search as published)
 */
public record HgsParameters(int mu, int lambda, int nbElite, int nbClose, int granularity,
    double targetFeasible, long restartAfter, double repairProbability, int adaptEvery, Ablation ablation) {

  public HgsParameters {
    if (mu < 1 || lambda < 2) {
      // with one offspring per generation the crossover has no pair: the child would stay an
      // uneducated copy of its parent and the search would stand still
      throw new IllegalArgumentException("mu must be at least 1 and lambda at least 2, got mu " + mu
          + ", lambda " + lambda);
    }
  }

  /**
   * The published defaults (mu 25, 4 elite, 5 close, 20 neighbours, 20 % feasible), except that the
   * penalties adapt every 50 offspring instead of 100, so short runs adapt too, and that a generation
   * has lambda 4 offspring, not 40: HGS inserts each offspring at once and trims a subpopulation when
   * it reaches mu + 40, whereas a Jenetics generation's offspring only become parents in the next
   * generation; 4 keeps that lag short (X n &le; 400 at 10 s CPU, 3 seeds: mean gap 0.88 % with 40,
   * 0.69 % with 4, 0.73 % with 2; issue 15).
   */
  public static HgsParameters defaults() {
    return new HgsParameters(25, 4, 4, 5, 20, 0.2, 20_000, 0.5, 50, Ablation.NONE);
  }

  /**
   * For the insertion representation, whose educations cost one to two orders of magnitude more than
   * a giant tour's: a smaller population (mu 12, lambda 20, 3 elite, 3 close) so that it turns over
   * within seconds, and a restart after 2 000 members without improvement. Penalties, granularity and
   * repair do not apply (every member satisfies every constraint).
   */
  public static HgsParameters insertion() {
    return new HgsParameters(12, 20, 3, 3, 20, 0.2, 2_000, 0.0, 50, Ablation.NONE);
  }

  /** The same parameters without the components {@code a} switches off. */
  public HgsParameters with(Ablation a) {
    return new HgsParameters(mu, lambda, nbElite, nbClose, granularity, targetFeasible, restartAfter,
        repairProbability, adaptEvery, a);
  }

  /**
   * Neighbours per customer in the local search: {@link #granularity}, or every other customer when
   * granularity is switched off.
   */
  public int neighbours() {
    return ablation.uses(Ablation.Component.GRANULARITY) ? granularity : Integer.MAX_VALUE;
  }

  /**
   * Iterations between two migrations when the search runs as islands: a tenth of
   * {@link #restartAfter}, at least one generation ({@link #lambda}), so that an island has time to
   * make use of a migrant before a restart would discard it.
   */
  public long migrateEvery() {
    return Math.max(lambda, restartAfter / 10);
  }
}
