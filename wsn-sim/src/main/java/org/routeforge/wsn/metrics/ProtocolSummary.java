package org.routeforge.wsn.metrics;

/**
 * Aggregate of one protocol's runs over several seeds on one configuration: lifetime milestones and
 * delivery metrics as means with 95 % intervals, plus mean curves over rounds for plots.
 *
 * @param protocol the protocol name
 * @param runs number of runs (seeds)
 * @param fnd first node dies (round)
 * @param hnd half of the nodes dead (round)
 * @param lnd last node dies (round); censored runs count with their last simulated round
 * @param censoredRuns runs stopped at {@code maxRounds} with nodes alive
 * @param packetsToBs packets received by the base station
 * @param readingsToBs readings carried by those packets
 * @param energyPerPacket energy spent per packet delivered (J)
 * @param varianceAtHalfEnergy residual-energy variance when half the initial energy is spent (J²)
 * @param secondsPerRun wall-clock seconds per run
 * @param meanAlive mean alive nodes at the end of each round, over runs (dead runs count 0)
 * @param meanResidual mean total residual energy (J) at the end of each round, over runs
 */
public record ProtocolSummary(
    String protocol,
    int runs,
    Estimate fnd,
    Estimate hnd,
    Estimate lnd,
    int censoredRuns,
    Estimate packetsToBs,
    Estimate readingsToBs,
    Estimate energyPerPacket,
    Estimate varianceAtHalfEnergy,
    Estimate secondsPerRun,
    double[] meanAlive,
    double[] meanResidual) {}
