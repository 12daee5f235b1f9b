package org.routeforge.cli.wsn;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.routeforge.wsn.metrics.ComparisonReport;
import org.routeforge.wsn.metrics.ProtocolSummary;
import org.routeforge.wsn.metrics.Sweep;
import org.routeforge.wsn.model.WsnConfig;
import org.routeforge.wsn.protocol.Protocols;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code routeforge wsn sweep}: the protocols over the grid of node counts × field sizes × base-station
 * positions, each cell over several seeds; prints one Markdown row per cell and protocol.
 */
@Command(
    name = "sweep",
    mixinStandardHelpOptions = true,
    description = "Sweep node counts, field sizes and BS positions (each over seeds); Markdown table.")
public final class WsnSweepCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin WsnSetupOptions setup;

  @Option(names = "--node-counts", split = ",", paramLabel = "N", description = "e.g. 50,100,200 (default: the set-up's).")
  List<Integer> nodeCounts;

  @Option(names = "--fields", split = ";", paramLabel = "WxH", description = "e.g. '100x100;200x200' (default: the set-up's).")
  List<String> fields;

  @Option(names = "--bs-positions", split = ";", paramLabel = "X,Y", description = "e.g. '50,175;50,50' (default: the set-up's).")
  List<String> bsPositions;

  @Option(names = "--seeds", defaultValue = "10", description = "Seeds per cell (default: ${DEFAULT-VALUE}).")
  int seeds;

  @Option(names = "--protocols", split = ",", paramLabel = "NAME", description = "Default: direct,leach,heed,gtrl.")
  List<String> protocols;

  @Option(names = "--json", paramLabel = "FILE", description = "Write the cells as JSON.")
  Path json;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (seeds < 1) {
      throw new IllegalArgumentException("--seeds must be >= 1, got " + seeds);
    }
    WsnConfig base = setup.build();
    List<String> names = protocols == null ? Protocols.NAMES : protocols;
    for (String name : names) {
      Protocols.create(name, base);
    }
    List<Integer> ns = nodeCounts == null ? List.of(base.nodes()) : nodeCounts;
    List<double[]> fs = new ArrayList<>();
    for (String f : fields == null ? List.of(base.fieldWidth() + "x" + base.fieldHeight()) : fields) {
      double[] wh = WsnSetupOptions.numbers("--fields", f, "x", 1, 2);
      fs.add(new double[] {wh[0], wh.length == 2 ? wh[1] : wh[0]});
    }
    List<double[]> bss = new ArrayList<>();
    for (String b : bsPositions == null ? List.of(base.bsX() + "," + base.bsY()) : bsPositions) {
      bss.add(WsnSetupOptions.numbers("--bs-positions", b, ",", 2, 2));
    }
    out.println("| nodes | field (m) | BS | protocol | FND | HND | LND | packets to BS | s/run |");
    out.println("|---:|---|---|---|---:|---:|---:|---:|---:|");
    List<Map<String, Object>> cells = new ArrayList<>();
    for (int n : ns) {
      for (double[] f : fs) {
        for (double[] b : bss) {
          WsnConfig c = base.toBuilder().layout(null).nodes(n).field(f[0], f[1]).baseStation(b[0], b[1]).build();
          err.println("wsn sweep: " + ComparisonReport.describe(c));
          Map<String, ProtocolSummary> s = Sweep.run(c, names, 1, seeds, line -> {});
          for (ProtocolSummary p : s.values()) {
            out.printf(Locale.ROOT, "| %d | %.0f × %.0f | (%.0f, %.0f) | %s | %s | %s | %s | %s | %.3f |%n",
                n, f[0], f[1], b[0], b[1], p.protocol(), p.fnd().format(0), p.hnd().format(0),
                p.lnd().format(0), p.packetsToBs().format(0), p.secondsPerRun().mean());
          }
          Map<String, Object> cell = new LinkedHashMap<>();
          cell.put("nodes", n);
          cell.put("field", f);
          cell.put("base_station", b);
          cell.put("protocols", ComparisonReport.json(s));
          cells.add(cell);
        }
      }
    }
    if (json != null) {
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(json.toFile(), cells);
      err.println("wrote " + json);
    }
    return 0;
  }
}
