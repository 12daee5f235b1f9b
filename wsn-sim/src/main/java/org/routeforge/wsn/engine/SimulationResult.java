package org.routeforge.wsn.engine;

/**
 * The outcome of one simulation run: lifetime milestones, per-round series and delivery counters.
 *
 * <p>Rounds are 1-based; a milestone that was not reached before {@code maxRounds} is -1 (and
 * {@link #censored()} is true for the last death).
 *
 * @param protocol the protocol name
 * @param seed the run's seed
 * @param nodes number of nodes
 * @param rounds number of rounds simulated
 * @param fnd round in which the first node died
 * @param hnd round in which half of the nodes (⌈n/2⌉) were dead
 * @param lnd round in which the last node died
 * @param alive alive nodes at the end of each round ({@code alive[r-1]})
 * @param residual total residual energy (J) at the end of each round
 * @param variance population variance of residual energy over all nodes (J²) at the end of each round
 * @param heads cluster heads elected in each round
 * @param packetsToBs data packets received by the base station
 * @param readingsToBs sensor readings those packets carry (one per node and frame, before aggregation)
 * @param energySpent total energy spent (J)
 * @param initialEnergy total initial energy (J)
 * @param varianceAtHalfEnergy residual-energy variance (J²) at the first round in which half of the
 *     initial energy had been spent (a fair evenness measure at equal consumption), or NaN if never
 * @param seconds wall-clock seconds of the run
 */
public record SimulationResult(
    String protocol,
    long seed,
    int nodes,
    int rounds,
    int fnd,
    int hnd,
    int lnd,
    int[] alive,
    double[] residual,
    double[] variance,
    int[] heads,
    long packetsToBs,
    long readingsToBs,
    double energySpent,
    double initialEnergy,
    double varianceAtHalfEnergy,
    double seconds) {

  /** Whether the run stopped at {@code maxRounds} with nodes still alive. */
  public boolean censored() {
    return lnd < 0;
  }

  /** Energy spent per packet received by the base station (J), or +∞ if none arrived. */
  public double energyPerPacket() {
    return packetsToBs == 0 ? Double.POSITIVE_INFINITY : energySpent / packetsToBs;
  }
}
