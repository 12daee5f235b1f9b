package org.routeforge.benchmarks.graph;

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
 * Summarizes {@code bench graph} JSON files ({@link GraphBenchRun}): one Markdown table of sizes, build
 * costs and query statistics per graph, an error table, and an XChart PNG of median query time against
 * graph size (edges, log–log) for BiBFS and the three WormHole variants.
 */
final class GraphBenchReport {
  private GraphBenchReport() {}

  static void write(Path dir, Path report, Path plot, PrintWriter err) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    List<GraphBenchRun> runs = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.json")) {
      for (Path p : ds) {
        if (GraphBenchRun.isRun(mapper.readTree(p.toFile()))) {
          runs.add(GraphBenchRun.read(mapper, p));
        }
      }
    }
    if (runs.isEmpty()) {
      throw new IllegalArgumentException("no graph bench JSON files in " + dir);
    }
    runs.sort(Comparator.comparingLong(r -> r.result().edges()));
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

  private static String markdown(List<GraphBenchRun> runs) {
    StringBuilder sb = new StringBuilder();
    sb.append("| graph | nodes | edges | load s/M edges | CSR MB | index build s (CPU s) | index KB |")
        .append(" L0 | L1 | PLL build s (CPU s) | PLL MB |\n")
        .append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (GraphBenchRun run : runs) {
      PathBenchResult r = run.result();
      sb.append(
          String.format(
              Locale.ROOT,
              "| %s | %,d | %,d | %s | %.1f | %.3f (%s) | %,.0f | %,d | %,d | %.2f (%s) | %.1f |%n",
              run.source().graph(),
              r.nodes(),
              r.edges(),
              run.source().loadSecondsPerMillionEdges() != null
                  ? String.format(Locale.ROOT, "%.2f", run.source().loadSecondsPerMillionEdges())
                  : "(generated)",
              r.csrBytes() / 1e6,
              r.buildSeconds(),
              cpu(r.buildCpuSeconds()),
              r.indexBytes() / 1e3,
              r.coreSize(),
              r.ringSize(),
              r.pllBuildSeconds(),
              cpu(r.pllBuildCpuSeconds()),
              r.pllBytes() / 1e6));
    }
    sb.append("\nWall-clock query time in µs (mean / median / p99) over the same pairs, then the mean")
        .append(" thread-CPU µs per query; speed-up = BiBFS median / method median, same run.\n\n")
        .append("| graph | BiBFS | WormHole_E | WormHole_H | WormHole_M | speed-up E | H | M |")
        .append(" CPU speed-up E (mean) | touched BiBFS | touched E |\n")
        .append("|---|---|---|---|---|---:|---:|---:|---:|---:|---:|\n");
    for (GraphBenchRun run : runs) {
      PathBenchResult r = run.result();
      sb.append(
          String.format(
              Locale.ROOT,
              "| %s | %s | %s | %s | %s | %.1f× | %.1f× | %.1f× | %s | %,.0f | %,.0f |%n",
              run.source().graph(),
              times(r.bibfs().meanUs(), r.bibfs().medianUs(), r.bibfs().p99Us(), r.bibfs().meanCpuUs()),
              times(r.wormhole()),
              times(r.wormholeH()),
              times(r.wormholeM()),
              r.wormhole().medianSpeedup(),
              r.wormholeH().medianSpeedup(),
              r.wormholeM().medianSpeedup(),
              r.wormhole().meanCpuSpeedup() != null
                  ? String.format(Locale.ROOT, "%.1f×", r.wormhole().meanCpuSpeedup())
                  : "n/a",
              r.bibfs().meanTouched(),
              r.wormhole().meanTouched()));
    }
    sb.append("\nAdditive error (hops) against the exact BiBFS distance. Histogram buckets:")
        .append(" +0 / +1 / +2 / +3 / +4 / ≥+5.\n\n")
        .append("| graph | variant | exact | ≤+1 | ≤+2 | mean err | max err | histogram |")
        .append(" mean certified bound | bound violations |\n")
        .append("|---|---|---:|---:|---:|---:|---:|---|---:|---:|\n");
    for (GraphBenchRun run : runs) {
      PathBenchResult r = run.result();
      String[] names = {"E", "H", "M"};
      PathBenchResult.Approximation[] variants = {r.wormhole(), r.wormholeH(), r.wormholeM()};
      for (int k = 0; k < names.length; k++) {
        PathBenchResult.Approximation s = variants[k];
        StringBuilder hist = new StringBuilder();
        for (long h : s.errorHistogram()) {
          hist.append(hist.length() == 0 ? "" : " / ").append(h);
        }
        sb.append(
            String.format(
                Locale.ROOT,
                "| %s | %s | %.2f%% | %.2f%% | %.2f%% | %.3f | %d | %s | %.2f | %d |%n",
                run.source().graph(),
                names[k],
                100 * s.exactShare(),
                100 * s.within1Share(),
                100 * s.within2Share(),
                s.meanError(),
                s.maxError(),
                hist,
                s.meanCertifiedBound(),
                s.boundViolations()));
      }
    }
    boolean weighted = false;
    for (GraphBenchRun run : runs) {
      weighted |= run.result().bidijkstraWeighted() != null;
    }
    if (weighted) {
      sb.append("\nWeighted graphs, exact bidirectional Dijkstra on the weights (µs, mean / median")
          .append(" / p99):\n\n| graph | bidirectional Dijkstra |\n|---|---|\n");
      for (GraphBenchRun run : runs) {
        PathBenchResult.Timing t = run.result().bidijkstraWeighted();
        if (t != null) {
          sb.append("| ")
              .append(run.source().graph())
              .append(" | ")
              .append(times(t.meanUs(), t.medianUs(), t.p99Us(), t.meanCpuUs()))
              .append(" |\n");
        }
      }
    }
    return sb.toString();
  }

  private static boolean isGenerated(GraphBenchRun r) {
    String g = r.source().graph().toLowerCase(Locale.ROOT);
    return g.startsWith("chung-lu") || g.startsWith("ba ");
  }

  /** The median query time of one method, for the plot. */
  private interface Median {
    double of(PathBenchResult r);
  }

  private static void addSeries(
      XYChart chart,
      String name,
      List<GraphBenchRun> runs,
      Median median,
      boolean lines,
      java.awt.Color color) {
    if (runs.isEmpty()) {
      return;
    }
    double[] x = new double[runs.size()];
    double[] y = new double[runs.size()];
    for (int i = 0; i < runs.size(); i++) {
      x[i] = runs.get(i).result().edges();
      y[i] = Math.max(0.01, median.of(runs.get(i).result()));
    }
    XYSeries s = chart.addSeries(name, x, y);
    s.setMarker(lines ? SeriesMarkers.CIRCLE : SeriesMarkers.DIAMOND);
    s.setMarkerColor(color);
    s.setLineColor(color);
    if (!lines) {
      s.setLineStyle(SeriesLines.NONE);
    }
  }

  private static String cpu(Double seconds) {
    return seconds != null ? String.format(Locale.ROOT, "%.3f", seconds) : "n/a";
  }

  private static String times(PathBenchResult.Approximation a) {
    return times(a.meanUs(), a.medianUs(), a.p99Us(), a.meanCpuUs());
  }

  private static String times(double mean, double median, double p99, Double meanCpu) {
    return String.format(
        Locale.ROOT,
        "%.1f / %.1f / %.1f; CPU %s",
        mean,
        median,
        p99,
        meanCpu != null ? String.format(Locale.ROOT, "%.1f", meanCpu) : "n/a");
  }

  private static void plotTimes(List<GraphBenchRun> runs, Path plot) throws IOException {
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
    String[] series = {"BiBFS", "WormHole_E", "WormHole_H", "WormHole_M"};
    Median[] medians = {
      r -> r.bibfs().medianUs(), r -> r.wormhole().medianUs(), r -> r.wormholeH().medianUs(),
      r -> r.wormholeM().medianUs()
    };
    java.awt.Color[] colors = {
      new java.awt.Color(31, 119, 180), new java.awt.Color(255, 127, 14),
      new java.awt.Color(148, 103, 189), new java.awt.Color(44, 160, 44)
    };
    List<GraphBenchRun> generated = new ArrayList<>();
    List<GraphBenchRun> real = new ArrayList<>();
    for (GraphBenchRun r : runs) {
      (isGenerated(r) ? generated : real).add(r);
    }
    for (int k = 0; k < series.length; k++) {
      // power-law graphs of growing size as lines; the real graphs as unconnected markers
      addSeries(chart, series[k] + " (Chung-Lu)", generated, medians[k], true, colors[k]);
      addSeries(chart, series[k] + " (real graphs)", real, medians[k], false, colors[k]);
    }
    Path parent = plot.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    BitmapEncoder.saveBitmap(chart, plot.toString(), BitmapEncoder.BitmapFormat.PNG);
  }
}
