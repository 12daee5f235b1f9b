package org.routeforge.wsn.metrics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.routeforge.wsn.engine.RoundEngine;
import org.routeforge.wsn.engine.SimulationResult;
import org.routeforge.wsn.model.WsnConfig;
import org.routeforge.wsn.protocol.Protocols;

/**
 * Runs protocols over seeds on one configuration (and over several configurations) and summarises
 * each protocol with means and 95 % intervals ({@link ProtocolSummary}). Seeds are
 * {@code firstSeed, firstSeed+1, ...}; for a given seed every protocol sees the same node placement.
 */
public final class Sweep {
  private Sweep() {}

  /**
   * Runs every protocol on every seed.
   *
   * @param config the configuration
   * @param protocols protocol names ({@link Protocols#NAMES})
   * @param firstSeed first seed
   * @param seeds number of seeds
   * @param progress receives one line per finished run (may be a no-op)
   * @return the summary per protocol, in the given order
   */
  public static Map<String, ProtocolSummary> run(
      WsnConfig config, List<String> protocols, long firstSeed, int seeds, Consumer<String> progress) {
    Map<String, ProtocolSummary> out = new LinkedHashMap<>();
    RoundEngine engine = new RoundEngine(config);
    for (String name : protocols) {
      List<SimulationResult> results = new ArrayList<>(seeds);
      for (int s = 0; s < seeds; s++) {
        SimulationResult r = engine.run(Protocols.create(name, config), firstSeed + s);
        results.add(r);
        progress.accept(String.format(java.util.Locale.ROOT,
            "%s seed %d: FND %d HND %d LND %d (%.2f s)", name, r.seed(), r.fnd(), r.hnd(), r.lnd(), r.seconds()));
      }
      out.put(name, summarize(name, results));
    }
    return out;
  }

  /** Summarises runs of one protocol. */
  public static ProtocolSummary summarize(String protocol, List<SimulationResult> results) {
    int k = results.size();
    double[] fnd = new double[k];
    double[] hnd = new double[k];
    double[] lnd = new double[k];
    double[] packets = new double[k];
    double[] readings = new double[k];
    double[] epp = new double[k];
    double[] seconds = new double[k];
    double[] var = new double[k];
    int varCount = 0;
    int censored = 0;
    int maxRounds = 0;
    for (int i = 0; i < k; i++) {
      SimulationResult r = results.get(i);
      fnd[i] = r.fnd() < 0 ? r.rounds() : r.fnd();
      hnd[i] = r.hnd() < 0 ? r.rounds() : r.hnd();
      lnd[i] = r.lnd() < 0 ? r.rounds() : r.lnd();
      censored += r.censored() ? 1 : 0;
      packets[i] = r.packetsToBs();
      readings[i] = r.readingsToBs();
      epp[i] = r.energyPerPacket();
      seconds[i] = r.seconds();
      if (!Double.isNaN(r.varianceAtHalfEnergy())) {
        var[varCount++] = r.varianceAtHalfEnergy();
      }
      maxRounds = Math.max(maxRounds, r.rounds());
    }
    double[] alive = new double[maxRounds];
    double[] residual = new double[maxRounds];
    for (SimulationResult r : results) {
      int[] a = r.alive();
      double[] e = r.residual();
      for (int t = 0; t < a.length; t++) {
        alive[t] += a[t];
        residual[t] += e[t];
      }
      int last = a.length == 0 ? 0 : a[a.length - 1];
      double lastE = e.length == 0 ? 0 : e[e.length - 1];
      for (int t = a.length; t < maxRounds; t++) {
        alive[t] += last;
        residual[t] += lastE;
      }
    }
    for (int t = 0; t < maxRounds; t++) {
      alive[t] /= k;
      residual[t] /= k;
    }
    return new ProtocolSummary(
        protocol, k, Estimate.of(fnd), Estimate.of(hnd), Estimate.of(lnd), censored,
        Estimate.of(packets), Estimate.of(readings), Estimate.of(epp),
        Estimate.of(java.util.Arrays.copyOf(var, varCount)), Estimate.of(seconds), alive, residual);
  }
}
