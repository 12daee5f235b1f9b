package org.routeforge.cli.wsn;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.routeforge.wsn.engine.RoundEngine;
import org.routeforge.wsn.engine.SimulationResult;
import org.routeforge.wsn.metrics.ComparisonReport;
import org.routeforge.wsn.model.WsnConfig;
import org.routeforge.wsn.plot.WsnPlots;
import org.routeforge.wsn.protocol.Protocols;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code routeforge wsn simulate}: one run of one protocol; prints the lifetime metrics as JSON on
 * stdout, optionally writes the full per-round series ({@code --json}) and the alive/energy plot.
 */
@Command(
    name = "simulate",
    mixinStandardHelpOptions = true,
    description = "Simulate one protocol until the last node dies (or --max-rounds).")
public final class WsnSimulateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin WsnSetupOptions setup;

  @Option(names = "--protocol", defaultValue = "leach", paramLabel = "NAME",
      description = "direct, leach, heed or gtrl (default: ${DEFAULT-VALUE}).")
  String protocol;

  @Option(names = "--seed", defaultValue = "1", description = "Seed for placement and protocol (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--plot", paramLabel = "FILE", description = "Alive nodes and residual energy vs round (.png or .svg).")
  Path plot;

  @Option(names = "--json", paramLabel = "FILE", description = "Write metrics and per-round series as JSON.")
  Path json;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    WsnConfig config = setup.build();
    err.println("wsn simulate: " + protocol + ", seed " + seed + ", " + ComparisonReport.describe(config));
    SimulationResult r =
        new RoundEngine(config)
            .run(
                Protocols.create(protocol, config),
                seed,
                (round, net, plan) -> {
                  if (round % 500 == 0) {
                    err.printf("  round %d: %d alive%n", round, net.aliveCount());
                  }
                });
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    Map<String, Object> summary = summary(r);
    out.println(mapper.writeValueAsString(summary));
    if (json != null) {
      Map<String, Object> full = new LinkedHashMap<>(summary);
      full.put("setup", ComparisonReport.describe(config));
      full.put("alive", r.alive());
      full.put("residual_energy_j", r.residual());
      full.put("energy_variance", r.variance());
      full.put("heads", r.heads());
      mapper.writeValue(json.toFile(), full);
      err.println("wrote " + json);
    }
    if (plot != null) {
      double[] alive = new double[r.alive().length];
      for (int i = 0; i < alive.length; i++) {
        alive[i] = r.alive()[i];
      }
      WsnPlots.save(
          WsnPlots.lifetimeChart(protocol + ", seed " + seed + ": " + config.nodes() + " nodes",
              Map.of(protocol, alive), Map.of(protocol, r.residual())),
          plot);
      err.println("wrote " + plot);
    }
    return 0;
  }

  static Map<String, Object> summary(SimulationResult r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("protocol", r.protocol());
    m.put("seed", r.seed());
    m.put("nodes", r.nodes());
    m.put("rounds", r.rounds());
    m.put("fnd", r.fnd());
    m.put("hnd", r.hnd());
    m.put("lnd", r.lnd());
    m.put("censored", r.censored());
    m.put("packets_to_bs", r.packetsToBs());
    m.put("readings_to_bs", r.readingsToBs());
    m.put("energy_spent_j", r.energySpent());
    m.put("energy_per_packet_j", r.packetsToBs() == 0 ? null : r.energyPerPacket());
    m.put("energy_variance_at_half", Double.isNaN(r.varianceAtHalfEnergy()) ? null : r.varianceAtHalfEnergy());
    m.put("seconds", r.seconds());
    return m;
  }
}
