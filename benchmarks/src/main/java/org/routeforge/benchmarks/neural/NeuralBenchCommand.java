package org.routeforge.benchmarks.neural;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.routeforge.data.catalog.DatasetCatalog;
import org.routeforge.data.io.InputException;
import org.routeforge.data.io.InstanceFiles;
import org.routeforge.data.model.Instance;
import picocli.CommandLine.Command;

/**
 * {@code routeforge bench neural ...}: the learned-initialisation benchmarks of issues 5 and 16 — the
 * policy alone ({@link PolicyBench}), two policies side by side ({@link PolicyCompareBench}), the EARLI
 * experiment ({@link EarliBench}) and its resumable grid ({@link EarliGridBench}), inference speed
 * ({@link InferenceBench}) and first solutions of large instances ({@link SectorsBench}).
 */
@Command(name = "neural", mixinStandardHelpOptions = true,
    description = "Neural-init benchmarks: policy alone or compared, the EARLI seeding experiment and grid, "
        + "inference speed, sectors.",
    subcommands = {PolicyBench.class, PolicyCompareBench.class, EarliBench.class, EarliGridBench.class,
        InferenceBench.class, SectorsBench.class})
public final class NeuralBenchCommand implements Runnable {
  @Override
  public void run() {
    new picocli.CommandLine(this).usage(System.err);
  }

  /** CPU model and core count, for report headers. */
  static String machine() {
    String model = "unknown CPU";
    try {
      for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
        if (line.startsWith("model name")) {
          model = line.substring(line.indexOf(':') + 1).trim();
          break;
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux
    }
    return model + ", " + Runtime.getRuntime().availableProcessors() + " cores (shared with other jobs)";
  }

  /** Catalogue rows of {@code set} with at most {@code maxCustomers} customers, every {@code stride}-th. */
  static List<DatasetCatalog.Entry> rows(DatasetCatalog cat, String setPrefix, int maxCustomers, int stride) {
    List<DatasetCatalog.Entry> out = new ArrayList<>();
    int k = 0;
    for (DatasetCatalog.Entry e : cat.entries()) {
      if (e.set().startsWith(setPrefix) && e.customers() <= maxCustomers && e.instance() != null
          && e.hasBks() && !e.name().endsWith("-TW")) {
        if (k++ % stride == 0) {
          out.add(e);
        }
      }
    }
    return out;
  }

  /** Reads a catalogue row's instance under the rounding its best-known value uses. */
  static Instance read(DatasetCatalog.Entry e) throws IOException, InputException {
    Instance in = InstanceFiles.read(e.instance());
    return e.rounding() == null ? in : in.withRounding(e.rounding());
  }

  static void png(XYChart chart, Path file) throws IOException {
    BitmapEncoder.saveBitmap(chart, file.toString(), BitmapEncoder.BitmapFormat.PNG);
  }
}
