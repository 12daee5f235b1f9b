package org.routeforge.neural;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Draws the training log as a PNG (XChart): the mean rollout length per step (left axis, moving
 * average over 20 steps) and the validation gap in percent (right axis), so progress and
 * over-fitting can be seen at a glance; and the per-instance validation log as the mean gap to the
 * savings reference per step, one line per held-out size and instance kind.
 */
public final class TrainingPlot {
  private TrainingPlot() {}

  /** Reads {@code log} (the CSV {@link ReinforceTraining} writes) and writes the chart to {@code png}. */
  public static void write(Path log, Path png) throws IOException {
    List<Double> step = new ArrayList<>();
    List<Double> len = new ArrayList<>();
    List<Double> vStep = new ArrayList<>();
    List<Double> gap = new ArrayList<>();
    double window = 0;
    List<Double> recent = new ArrayList<>();
    for (String line : Files.readAllLines(log)) {
      if (line.startsWith("step")) {
        continue;
      }
      String[] f = line.split(",", -1);
      double s = Double.parseDouble(f[0]);
      double l = Double.parseDouble(f[3]);
      recent.add(l);
      window += l;
      if (recent.size() > 20) {
        window -= recent.remove(0);
      }
      step.add(s);
      len.add(window / recent.size());
      if (f.length > 5 && !f[5].isEmpty()) {
        vStep.add(s);
        gap.add(Double.parseDouble(f[5]));
      }
    }
    if (step.isEmpty()) {
      return;
    }
    XYChart chart = new XYChartBuilder().width(900).height(500).title("REINFORCE (POMO baseline) training")
        .xAxisTitle("step").yAxisTitle("mean sampled tour length (normalised)").build();
    chart.getStyler().setYAxisGroupPosition(1, org.knowm.xchart.style.Styler.YAxisPosition.Right);
    XYSeries a = chart.addSeries("mean length (MA 20)", step, len);
    a.setMarker(SeriesMarkers.NONE);
    if (!gap.isEmpty()) {
      XYSeries b = chart.addSeries("validation gap % (current size)", vStep, gap);
      b.setYAxisGroup(1);
      chart.setYAxisGroupTitle(1, "gap to reference, %");
    }
    BitmapEncoder.saveBitmap(chart, png.toString(), BitmapEncoder.BitmapFormat.PNG);
  }

  /**
   * Reads {@code validationCsv} ({@link ReinforceTraining#VALIDATION_LOG}: step, customers, instance,
   * kind, policy and savings lengths, gap) and writes the mean gap per step, size and kind to {@code png}.
   */
  public static void validation(Path validationCsv, Path png) throws IOException {
    // series "n=100 x-like" -> step -> {sum of gaps, count}
    Map<String, TreeMap<Long, double[]>> series = new TreeMap<>();
    for (String line : Files.readAllLines(validationCsv)) {
      if (line.startsWith("step")) {
        continue;
      }
      String[] f = line.split(",", -1);
      String name = "n=" + f[1] + " " + f[3];
      double[] acc = series.computeIfAbsent(name, k -> new TreeMap<>())
          .computeIfAbsent(Long.parseLong(f[0]), k -> new double[2]);
      acc[0] += Double.parseDouble(f[6]);
      acc[1]++;
    }
    if (series.isEmpty()) {
      return;
    }
    XYChart chart = new XYChartBuilder().width(900).height(500)
        .title("Held-out validation: best greedy tour (x8 augmentation) vs Clarke-Wright savings")
        .xAxisTitle("training step").yAxisTitle("mean gap to savings, % (below 0: better than savings)").build();
    for (Map.Entry<String, TreeMap<Long, double[]>> e : series.entrySet()) {
      List<Double> xs = new ArrayList<>();
      List<Double> ys = new ArrayList<>();
      for (Map.Entry<Long, double[]> p : e.getValue().entrySet()) {
        xs.add((double) p.getKey());
        ys.add(p.getValue()[0] / p.getValue()[1]);
      }
      chart.addSeries(e.getKey(), xs, ys).setMarker(SeriesMarkers.CIRCLE);
    }
    BitmapEncoder.saveBitmap(chart, png.toString(), BitmapEncoder.BitmapFormat.PNG);
  }
}
