package org.routeforge.wsn.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;
import org.routeforge.wsn.metrics.ProtocolSummary;
import org.routeforge.wsn.metrics.Sweep;
import org.routeforge.wsn.model.WsnConfig;

class WsnPlotsTest {
  /** Both charts render to PNG (magic bytes) and SVG, with one alive and one energy line per protocol. */
  @Test
  void writesPngAndSvg(@TempDir Path dir) throws IOException {
    WsnConfig c = WsnConfig.builder().nodes(30).initialEnergy(0.02).build();
    Map<String, ProtocolSummary> s = Sweep.run(c, List.of("leach", "gtrl"), 1, 2, line -> {});
    Map<String, double[]> alive = new LinkedHashMap<>();
    Map<String, double[]> energy = new LinkedHashMap<>();
    s.forEach((k, v) -> {
      alive.put(k, v.meanAlive());
      energy.put(k, v.meanResidual());
    });
    XYChart chart = WsnPlots.lifetimeChart("t", alive, energy);
    assertEquals(4, chart.getSeriesCollection().size());
    Path png = dir.resolve("a.png");
    WsnPlots.save(chart, png);
    byte[] head = Files.readAllBytes(png);
    assertTrue(head.length > 1000 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G');
    Path svg = dir.resolve("sub/b.svg");
    WsnPlots.save(WsnPlots.milestoneChart("m", s), svg);
    assertTrue(Files.readString(svg).contains("<svg"));
  }
}
