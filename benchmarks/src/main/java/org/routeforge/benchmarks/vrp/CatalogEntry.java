package org.routeforge.benchmarks.vrp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.routeforge.data.catalog.DatasetCatalog;

/**
 * One row of {@code vrp/catalog.csv}: an instance of a benchmark set with its best known solution value.
 *
 * @param set the catalog's set name
 * @param name instance name (the file name without extension)
 * @param customers number of customers
 * @param fleet the catalog's capacity/vehicles note (e.g. {@code Q=200;K_max=25;sol_routes=10})
 * @param bks best known cost under the set's convention (NaN when the catalog has none)
 */
public record CatalogEntry(String set, String name, int customers, String fleet, double bks) {

  /**
   * Reads the catalog.
   *
   * @throws IllegalArgumentException naming the line when a row is malformed
   */
  public static List<CatalogEntry> read(Path csv) throws IOException {
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    List<CatalogEntry> out = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      List<String> f = fields(line);
      if (f.size() < 5) {
        throw new IllegalArgumentException(csv + ":" + (i + 1) + ": expected 6 columns "
            + "(set,name,n_customers,capacity_or_vehicles,bks,bks_source), got " + f.size());
      }
      try {
        String bks = f.get(4).trim();
        out.add(new CatalogEntry(f.get(0), f.get(1), Integer.parseInt(f.get(2).trim()), f.get(3),
            bks.isEmpty() ? Double.NaN : Double.parseDouble(bks)));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(csv + ":" + (i + 1) + ": n_customers or bks is not a number: "
            + e.getMessage(), e);
      }
    }
    return out;
  }

  /** Splits one CSV line (RFC 4180 quoting). */
  static List<String> fields(String line) {
    return DatasetCatalog.csvFields(line);
  }

  /** The number of routes of the catalog's reference solution, or -1 when the row does not say. */
  public int referenceRoutes() {
    for (String part : fleet.split(";")) {
      String[] kv = part.split("=", 2);
      if (kv.length == 2 && (kv[0].equals("bks_routes") || kv[0].equals("sol_routes"))) {
        return Integer.parseInt(kv[1].trim());
      }
    }
    return -1;
  }
}
