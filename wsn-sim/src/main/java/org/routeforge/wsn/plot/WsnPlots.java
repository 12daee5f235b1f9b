package org.routeforge.wsn.plot;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.routeforge.wsn.metrics.Estimate;
import org.routeforge.wsn.metrics.ProtocolSummary;

/**
 * XChart plots of WSN lifetime: alive nodes and residual energy against rounds for several protocols
 * on one chart (alive nodes solid on the left axis, residual energy dashed on the right axis, one
 * colour per protocol), and a bar chart of FND/HND/LND means with their 95 % intervals as error bars.
 * Files ending in {@code .svg} are written as SVG (VectorGraphics2D), anything else as PNG.
 */
public final class WsnPlots {
  private static final Color[] COLORS = {
    new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c), new Color(0xff7f0e),
    new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f)
  };
  private static final int MAX_POINTS = 2000;

  private WsnPlots() {}

  /**
   * Alive nodes and residual energy vs round.
   *
   * @param title chart title
   * @param alive per protocol, the alive count after each round (index r-1)
   * @param residual per protocol, the total residual energy (J) after each round
   */
  public static XYChart lifetimeChart(String title, Map<String, double[]> alive, Map<String, double[]> residual) {
    XYChart chart =
        new XYChartBuilder().width(1000).height(600).title(title).xAxisTitle("round").yAxisTitle("alive nodes").build();
    chart.setYAxisGroupTitle(0, "alive nodes (solid)");
    chart.setYAxisGroupTitle(1, "residual energy, J (dashed)");
    chart.getStyler().setYAxisGroupPosition(1, Styler.YAxisPosition.Right);
    chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
    chart.getStyler().setMarkerSize(0);
    int c = 0;
    for (Map.Entry<String, double[]> e : alive.entrySet()) {
      Color color = COLORS[c++ % COLORS.length];
      addLine(chart, e.getKey() + " alive", e.getValue(), color, SeriesLines.SOLID, 0);
      double[] res = residual.get(e.getKey());
      if (res != null) {
        addLine(chart, e.getKey() + " energy", res, color, SeriesLines.DASH_DASH, 1);
      }
    }
    return chart;
  }

  private static void addLine(XYChart chart, String name, double[] values, Color color, java.awt.BasicStroke stroke, int group) {
    int n = Math.max(1, values.length);
    int step = Math.max(1, (n + MAX_POINTS - 1) / MAX_POINTS);
    int m = (values.length + step - 1) / step + (values.length > 0 && (values.length - 1) % step != 0 ? 1 : 0);
    double[] x = new double[Math.max(1, m)];
    double[] y = new double[Math.max(1, m)];
    int k = 0;
    for (int i = 0; i < values.length; i += step) {
      x[k] = i + 1;
      y[k++] = values[i];
    }
    if (values.length > 0 && (values.length - 1) % step != 0) {
      x[k] = values.length;
      y[k++] = values[values.length - 1];
    }
    if (k == 0) {
      x[0] = 0;
      y[0] = 0;
    }
    XYSeries s = chart.addSeries(name, x, y);
    s.setMarker(SeriesMarkers.NONE);
    s.setLineColor(color);
    s.setLineStyle(stroke);
    s.setYAxisGroup(group);
  }

  /** FND/HND/LND bar chart: one bar group per milestone, one bar per protocol, 95 % error bars. */
  public static CategoryChart milestoneChart(String title, Map<String, ProtocolSummary> summaries) {
    CategoryChart chart =
        new CategoryChartBuilder().width(900).height(550).title(title).xAxisTitle("milestone").yAxisTitle("round").build();
    chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
    chart.getStyler().setErrorBarsColor(Color.BLACK);
    List<String> milestones = List.of("FND", "HND", "LND");
    int c = 0;
    for (ProtocolSummary s : summaries.values()) {
      List<Number> y = new ArrayList<>();
      List<Number> err = new ArrayList<>();
      for (Estimate e : List.of(s.fnd(), s.hnd(), s.lnd())) {
        y.add(e.mean());
        err.add(e.halfWidth());
      }
      chart.addSeries(s.protocol(), milestones, y, err).setFillColor(COLORS[c++ % COLORS.length]);
    }
    return chart;
  }

  /** Writes a chart as SVG when the file name ends in .svg, otherwise as PNG. */
  public static void save(Chart<?, ?> chart, Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (OutputStream out = Files.newOutputStream(file)) {
      if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".svg")) {
        VectorGraphicsEncoder.saveVectorGraphic(chart, out, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
      } else {
        BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG);
      }
    }
  }
}
