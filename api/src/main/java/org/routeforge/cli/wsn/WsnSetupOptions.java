package org.routeforge.cli.wsn;

import java.io.IOException;
import java.nio.file.Path;
import org.routeforge.wsn.model.Scenarios;
import org.routeforge.wsn.model.WsnConfig;
import org.routeforge.wsn.model.WsnConfigReader;
import picocli.CommandLine.Option;

/**
 * Options shared by the {@code wsn} commands that describe the network: a JSON configuration, a named
 * scenario, and overrides of the most common fields. Precedence: defaults, then {@code --config}, then
 * {@code --scenario}, then the individual overrides.
 */
public final class WsnSetupOptions {
  @Option(names = "--config", paramLabel = "FILE.json", description = "JSON configuration (see wsn-sim/README.md).")
  Path config;

  @Option(names = "--scenario", paramLabel = "NAME", description = "Preset: default, large-field, far-bs, heterogeneous.")
  String scenario;

  @Option(names = "--nodes", paramLabel = "N", description = "Number of nodes (uniform placement).")
  Integer nodes;

  @Option(names = "--field", paramLabel = "WxH", description = "Field size in metres, e.g. 100x100 or 200.")
  String field;

  @Option(names = "--bs", paramLabel = "X,Y", description = "Base-station position in metres, e.g. 50,175.")
  String bs;

  @Option(names = "--heterogeneous", paramLabel = "FRACTION:EXTRA",
      description = "SEP-style heterogeneity, e.g. 0.2:1 = 20 %% of nodes with twice E0.")
  String heterogeneous;

  @Option(names = "--max-rounds", paramLabel = "R", description = "Stop after R rounds.")
  Integer maxRounds;

  /** Builds the validated configuration. */
  public WsnConfig build() throws IOException {
    if (config != null && !java.nio.file.Files.isRegularFile(config)) {
      throw new IllegalArgumentException("--config: no such file: " + config);
    }
    WsnConfig c = config == null ? WsnConfig.defaults() : WsnConfigReader.read(config);
    if (scenario != null) {
      c = Scenarios.apply(scenario, c);
    }
    WsnConfig.Builder b = c.toBuilder();
    if (nodes != null) {
      b.layout(null).nodes(nodes);
    }
    if (field != null) {
      double[] wh = numbers("--field", field, "x", 1, 2);
      b.field(wh[0], wh.length == 2 ? wh[1] : wh[0]);
    }
    if (bs != null) {
      double[] xy = numbers("--bs", bs, ",", 2, 2);
      b.baseStation(xy[0], xy[1]);
    }
    if (heterogeneous != null) {
      double[] fe = numbers("--heterogeneous", heterogeneous, ":", 2, 2);
      b.heterogeneity(fe[0], fe[1]);
    }
    if (maxRounds != null) {
      b.maxRounds(maxRounds);
    }
    return b.build();
  }

  /** Parses {@code min..max} numbers separated by {@code sep}; a clear error names the option. */
  static double[] numbers(String option, String text, String sep, int min, int max) {
    String[] parts = text.split(java.util.regex.Pattern.quote(sep), -1);
    if (parts.length < min || parts.length > max) {
      throw new IllegalArgumentException(option + ": expected " + (min == max ? min : min + " or " + max)
          + " numbers separated by '" + sep + "', got '" + text + "'");
    }
    double[] v = new double[parts.length];
    for (int i = 0; i < parts.length; i++) {
      try {
        v[i] = Double.parseDouble(parts[i].strip());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(option + ": not a number: '" + parts[i] + "' in '" + text + "'");
      }
    }
    return v;
  }
}
