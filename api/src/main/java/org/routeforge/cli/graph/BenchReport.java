package org.routeforge.cli.graph;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Summarizes {@code graph bench} JSON files: one Markdown table of sizes, build costs and query
 * statistics per graph, an error table, and an XChart PNG of median query time against graph size
 * (edges, log–log) for BiBFS and the three WormHole variants.
 */
final class BenchReport {
  private BenchReport() {}

  static void write(Path dir, Path report, Path plot, PrintWriter err) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    List<JsonNode> runs = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.json")) {
      for (Path p : ds) {
        JsonNode n = mapper.readTree(p.toFile());
        if (n.has("bibfs_median_us")) {
          runs.add(n);
        }
      }
    }
    if (runs.isEmpty()) {
      throw new IllegalArgumentException("no graph bench JSON files in " + dir);
    }
    runs.sort(Comparator.comparingLong(n -> n.get("edges").asLong()));
    if (report != null) {
      Files.writeString(report, markdown(runs));
      err.printf("wrote %s%n", report);
    }
    if (plot != null) {
      plotTimes(runs, plot);
      err.printf("wrote %s%n", plot);
    }
    err.flush();
  }

  private static String markdown(List<JsonNode> runs) {
    StringBuilder sb = new StringBuilder();
    sb.append("| graph | nodes | edges | load s/M edges | CSR MB | index build s (CPU s) | index KB |")
        .append(" L0 | L1 | PLL build s (CPU s) | PLL MB |\n")
        .append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (JsonNode r : runs) {
      sb.append(
          String.format(
              Locale.ROOT,
              "| %s | %,d | %,d | %s | %.1f | %.3f (%s) | %,.0f | %,d | %,d | %.2f (%s) | %.1f |%n",
              r.get("graph").asText(),
              r.get("nodes").asLong(),
              r.get("edges").asLong(),
              r.has("load_seconds_per_million_edges")
                  ? String.format(
                      Locale.ROOT, "%.2f", r.get("load_seconds_per_million_edges").asDouble())
                  : "(generated)",
              r.get("csr_bytes").asDouble() / 1e6,
              r.get("build_seconds").asDouble(),
              cpu(r, "build_cpu_seconds"),
              r.get("index_bytes").asDouble() / 1e3,
              r.get("core_size").asLong(),
              r.get("ring_size").asLong(),
              r.get("pll_build_seconds").asDouble(),
              cpu(r, "pll_build_cpu_seconds"),
              r.get("pll_bytes").asDouble() / 1e6));
    }
    sb.append("\nWall-clock query time in µs (mean / median / p99) over the same pairs, then the mean")
        .append(" thread-CPU µs per query; speed-up = BiBFS median / method median, same run.\n\n")
        .append("| graph | BiBFS | WormHole_E | WormHole_H | WormHole_M | speed-up E | H | M |")
        .append(" CPU speed-up E (mean) | touched BiBFS | touched E |\n")
        .append("|---|---|---|---|---|---:|---:|---:|---:|---:|---:|\n");
    for (JsonNode r : runs) {
      sb.append(
          String.format(
              Locale.ROOT,
              "| %s | %s | %s | %s | %s | %.1f× | %.1f× | %.1f× | %s | %,.0f | %,.0f |%n",
              r.get("graph").asText(),
              times(r.get("bibfs")),
              times(r.get("wormhole")),
              times(r.get("wormhole_h")),
              times(r.get("wormhole_m")),
              r.get("wormhole").get("median_speedup").asDouble(),
              r.get("wormhole_h").get("median_speedup").asDouble(),
              r.get("wormhole_m").get("median_speedup").asDouble(),
              r.get("wormhole").has("mean_cpu_speedup")
                  ? String.format(
                      Locale.ROOT, "%.1f×", r.get("wormhole").get("mean_cpu_speedup").asDouble())
                  : "n/a",
              r.get("bibfs").get("mean_touched").asDouble(),
              r.get("wormhole").get("mean_touched").asDouble()));
    }
    sb.append("\nAdditive error (hops) against the exact BiBFS distance. Histogram buckets:")
        .append(" +0 / +1 / +2 / +3 / +4 / ≥+5.\n\n")
        .append("| graph | variant | exact | ≤+1 | ≤+2 | mean err | max err | histogram |")
        .append(" mean certified bound | bound violations |\n")
        .append("|---|---|---:|---:|---:|---:|---:|---|---:|---:|\n");
    for (JsonNode r : runs) {
      for (String[] v :
          new String[][] {{"E", "wormhole"}, {"H", "wormhole_h"}, {"M", "wormhole_m"}}) {
        JsonNode s = r.get(v[1]);
        StringBuilder hist = new StringBuilder();
        for (JsonNode h : s.get("error_histogram")) {
          hist.append(hist.length() == 0 ? "" : " / ").append(h.asLong());
        }
        sb.append(
            String.format(
                Locale.ROOT,
                "| %s | %s | %.2f%% | %.2f%% | %.2f%% | %.3f | %d | %s | %.2f | %d |%n",
                r.get("graph").asText(),
                v[0],
                100 * s.get("exact_share").asDouble(),
                100 * s.get("within1_share").asDouble(),
                100 * s.get("within2_share").asDouble(),
                s.get("mean_error").asDouble(),
                s.get("max_error").asLong(),
                hist,
                s.get("mean_certified_bound").asDouble(),
                s.get("bound_violations").asLong()));
      }
    }
    boolean weighted = false;
    for (JsonNode r : runs) {
      weighted |= r.has("bidijkstra_weighted");
    }
    if (weighted) {
      sb.append("\nWeighted graphs, exact bidirectional Dijkstra on the weights (µs, mean / median")
          .append(" / p99):\n\n| graph | bidirectional Dijkstra |\n|---|---|\n");
      for (JsonNode r : runs) {
        if (r.has("bidijkstra_weighted")) {
          sb.append("| ")
              .append(r.get("graph").asText())
              .append(" | ")
              .append(times(r.get("bidijkstra_weighted")))
              .append(" |\n");
        }
      }
    }
    return sb.toString();
  }

  private static boolean isGenerated(JsonNode r) {
    String g = r.get("graph").asText().toLowerCase(Locale.ROOT);
    return g.startsWith("chung-lu") || g.startsWith("ba ");
  }

  private static void addSeries(
      XYChart chart,
      String name,
      List<JsonNode> runs,
      String key,
      boolean lines,
      java.awt.Color color) {
    if (runs.isEmpty()) {
      return;
    }
    double[] x = new double[runs.size()];
    double[] y = new double[runs.size()];
    for (int i = 0; i < runs.size(); i++) {
      x[i] = runs.get(i).get("edges").asDouble();
      y[i] = Math.max(0.01, runs.get(i).get(key).get("median_us").asDouble());
    }
    XYSeries s = chart.addSeries(name, x, y);
    s.setMarker(lines ? SeriesMarkers.CIRCLE : SeriesMarkers.DIAMOND);
    s.setMarkerColor(color);
    s.setLineColor(color);
    if (!lines) {
      s.setLineStyle(SeriesLines.NONE);
    }
  }

  private static String cpu(JsonNode r, String key) {
    return r.has(key) ? String.format(Locale.ROOT, "%.3f", r.get(key).asDouble()) : "n/a";
  }

  private static String times(JsonNode s) {
    return String.format(
        Locale.ROOT,
        "%.1f / %.1f / %.1f; CPU %s",
        s.get("mean_us").asDouble(),
        s.get("median_us").asDouble(),
        s.get("p99_us").asDouble(),
        s.has("mean_cpu_us")
            ? String.format(Locale.ROOT, "%.1f", s.get("mean_cpu_us").asDouble())
            : "n/a");
  }

  private static void plotTimes(List<JsonNode> runs, Path plot) throws IOException {
    XYChart chart =
        new XYChartBuilder()
            .width(1000)
            .height(600)
            .title("Median query time vs graph size (same pairs per graph, 2-core VM)")
            .xAxisTitle("edges")
            .yAxisTitle("median query time (µs)")
            .build();
    chart.getStyler().setXAxisLogarithmic(true);
    chart.getStyler().setYAxisLogarithmic(true);
    chart.getStyler().setMarkerSize(8);
    String[][] series = {
      {"BiBFS", "bibfs"}, {"WormHole_E", "wormhole"}, {"WormHole_H", "wormhole_h"},
      {"WormHole_M", "wormhole_m"}
    };
    java.awt.Color[] colors = {
      new java.awt.Color(31, 119, 180), new java.awt.Color(255, 127, 14),
      new java.awt.Color(148, 103, 189), new java.awt.Color(44, 160, 44)
    };
    List<JsonNode> generated = new ArrayList<>();
    List<JsonNode> real = new ArrayList<>();
    for (JsonNode r : runs) {
      (isGenerated(r) ? generated : real).add(r);
    }
    for (int k = 0; k < series.length; k++) {
      // power-law graphs of growing size as lines; the real graphs as unconnected markers
      addSeries(chart, series[k][0] + " (Chung-Lu)", generated, series[k][1], true, colors[k]);
      addSeries(chart, series[k][0] + " (real graphs)", real, series[k][1], false, colors[k]);
    }
    Path parent = plot.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    BitmapEncoder.saveBitmap(chart, plot.toString(), BitmapEncoder.BitmapFormat.PNG);
  }
}
