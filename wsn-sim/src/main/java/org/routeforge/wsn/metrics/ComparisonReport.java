package org.routeforge.wsn.metrics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.routeforge.wsn.model.WsnConfig;

/**
 * Renders protocol summaries as a Markdown table and as a JSON-ready map (protocol name → means,
 * 95 % intervals, delivery and timing figures), the formats of {@code wsn compare}.
 */
public final class ComparisonReport {
  private ComparisonReport() {}

  /** One line describing the set-up (field, nodes, base station, energy, packets). */
  public static String describe(WsnConfig c) {
    String energy =
        c.advancedFraction() > 0
            ? String.format(Locale.ROOT, "E0 %.3g J, %.0f %% advanced nodes with +%.0f %%",
                c.initialEnergy(), 100 * c.advancedFraction(), 100 * c.advancedExtra())
            : String.format(Locale.ROOT, "E0 %.3g J (homogeneous)", c.initialEnergy());
    return String.format(Locale.ROOT,
        "%d nodes%s in %.0f × %.0f m, BS at (%.0f, %.0f), %s, data %d bit, control %d bit, %d frame(s)/round",
        c.nodes(), c.layout() != null ? " (node file)" : " uniform", c.fieldWidth(), c.fieldHeight(),
        c.bsX(), c.bsY(), energy, c.dataBits(), c.controlBits(), c.framesPerRound());
  }

  /** A Markdown table, one row per protocol, means ± 95 % half-widths. */
  public static String markdown(Map<String, ProtocolSummary> summaries) {
    StringBuilder sb = new StringBuilder();
    sb.append("| protocol | FND | HND | LND | packets to BS | readings to BS | mJ per packet | ")
        .append("residual-energy variance at 50 % energy (mJ²) | s/run |\n");
    sb.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (ProtocolSummary s : summaries.values()) {
      Estimate epp = s.energyPerPacket();
      Estimate var = s.varianceAtHalfEnergy();
      sb.append("| ").append(s.protocol())
          .append(" | ").append(s.fnd().format(0))
          .append(" | ").append(s.hnd().format(0))
          .append(" | ").append(s.lnd().format(0)).append(s.censoredRuns() > 0 ? " (" + s.censoredRuns() + " censored)" : "")
          .append(" | ").append(s.packetsToBs().format(0))
          .append(" | ").append(s.readingsToBs().format(0))
          .append(" | ").append(new Estimate(epp.mean() * 1e3, epp.halfWidth() * 1e3, epp.n()).format(3))
          .append(" | ").append(new Estimate(var.mean() * 1e6, var.halfWidth() * 1e6, var.n()).format(1))
          .append(" | ").append(String.format(Locale.ROOT, "%.3f", s.secondsPerRun().mean()))
          .append(" |\n");
    }
    return sb.toString();
  }

  /**
   * The JSON map of {@code wsn compare}: for each protocol {@code fnd}, {@code hnd}, {@code lnd}
   * (means over seeds), {@code *_ci95} ([low, high]), {@code packets_to_bs}, {@code readings_to_bs},
   * {@code energy_per_packet_j}, {@code energy_variance} (J², at 50 % energy spent) with its interval,
   * {@code seconds_per_run}, {@code runs} and {@code censored_runs}.
   */
  public static Map<String, Object> json(Map<String, ProtocolSummary> summaries) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (ProtocolSummary s : summaries.values()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("fnd", s.fnd().mean());
      m.put("hnd", s.hnd().mean());
      m.put("lnd", s.lnd().mean());
      m.put("fnd_ci95", ci(s.fnd()));
      m.put("hnd_ci95", ci(s.hnd()));
      m.put("lnd_ci95", ci(s.lnd()));
      m.put("packets_to_bs", s.packetsToBs().mean());
      m.put("packets_to_bs_ci95", ci(s.packetsToBs()));
      m.put("readings_to_bs", s.readingsToBs().mean());
      m.put("energy_per_packet_j", s.energyPerPacket().mean());
      m.put("energy_variance", s.varianceAtHalfEnergy().mean());
      m.put("energy_variance_ci95", ci(s.varianceAtHalfEnergy()));
      m.put("seconds_per_run", s.secondsPerRun().mean());
      m.put("runs", s.runs());
      m.put("censored_runs", s.censoredRuns());
      out.put(s.protocol(), m);
    }
    return out;
  }

  private static List<Double> ci(Estimate e) {
    return List.of(e.low(), e.high());
  }
}
