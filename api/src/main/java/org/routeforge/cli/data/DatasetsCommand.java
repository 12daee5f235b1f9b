package org.routeforge.cli.data;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.routeforge.cli.RouteForgeCli;
import org.routeforge.data.catalog.DatasetCatalog;
import org.routeforge.data.catalog.DatasetCatalog.Entry;
import org.routeforge.data.io.Numbers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code routeforge datasets [--set NAME]}: lists the benchmark sets of the data directory's catalogue
 * (instance counts, size ranges, best-known values and solution files), or the instances of one set.
 */
@Command(name = "datasets", mixinStandardHelpOptions = true,
    description = {"List the benchmark sets of the data directory (ROUTEFORGE_DATA, default ../shared/data):"
        + " instances, sizes, best-known values.", "With --set, list that set's instances."})
public final class DatasetsCommand implements Callable<Integer> {
  @Option(names = "--set", paramLabel = "NAME", description = "list the instances of this set")
  String set;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    DatasetCatalog cat = DatasetCatalog.load();
    PrintWriter out = spec.commandLine().getOut();
    if (set != null) {
      List<Entry> es = cat.set(set);
      if (es.isEmpty()) {
        throw new IllegalArgumentException("no set '" + set + "'; sets: " + String.join(", ", cat.sets()));
      }
      out.printf(Locale.ROOT, "%-42s %6s %-30s %12s  %s%n", "instance", "n", "capacity/vehicles", "bks", "solution");
      for (Entry e : es) {
        out.printf(Locale.ROOT, "%-42s %6d %-30s %12s  %s%n", e.name(), e.customers(), e.capacityOrVehicles(),
            e.hasBks() ? Numbers.format(e.bks()) : "-",
            e.solution() == null ? "-" : cat.dataDir().relativize(e.solution()));
      }
    } else {
      out.printf(Locale.ROOT, "%-24s %9s %11s %9s %9s  %s%n", "set", "instances", "customers", "with bks", "with .sol",
          "bks range");
      for (String s : cat.sets()) {
        List<Entry> es = cat.set(s);
        int minN = Integer.MAX_VALUE;
        int maxN = 0;
        int withBks = 0;
        int withSol = 0;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Entry e : es) {
          minN = Math.min(minN, e.customers());
          maxN = Math.max(maxN, e.customers());
          if (e.hasBks()) {
            withBks++;
            lo = Math.min(lo, e.bks());
            hi = Math.max(hi, e.bks());
          }
          withSol += e.solution() == null ? 0 : 1;
        }
        out.printf(Locale.ROOT, "%-24s %9d %11s %9d %9d  %s%n", s, es.size(),
            minN == maxN ? Integer.toString(minN) : minN + ".." + maxN, withBks, withSol,
            withBks == 0 ? "-" : Numbers.format(lo) + " .. " + Numbers.format(hi));
      }
      out.printf(Locale.ROOT, "%d catalogue rows in %s%n", cat.entries().size(),
          cat.dataDir().resolve("vrp").resolve("catalog.csv"));
      if (!cat.missingFiles().isEmpty()) {
        out.printf(Locale.ROOT, "warning: %d rows have no instance file%n", cat.missingFiles().size());
      }
    }
    out.flush();
    return RouteForgeCli.EXIT_OK;
  }
}
