package org.routeforge.data.catalog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.routeforge.data.io.InputException;
import org.routeforge.data.io.ProblemCollector;
import org.routeforge.data.io.VrplibSolution;
import org.routeforge.data.model.Rounding;

/**
 * The benchmark catalogue: {@code vrp/catalog.csv} of the data directory (set, name, customers,
 * capacity/vehicles, best-known value, its source), each row resolved to its instance file and to the
 * {@code .sol} file whose stated cost equals the row's best-known value (so that the Solomon
 * "hierarchical" rows, which have values but no routes, get no solution file, and the "dimacs" rows get
 * {@code <name>.dimacs.sol}). Benchmarks look up best-known values by instance name here.
 */
public final class DatasetCatalog {
  /** The catalog's set name of the Li &amp; Lim 100-task PDPTW instances. */
  public static final String LI_LIM = "LiLim100";
  /** The catalog's set name of the Cordeau MDVRP instances (files without an extension). */
  public static final String CORDEAU = "Cordeau-MDVRP";
  private final Path dataDir;
  private final List<Entry> entries;

  /**
   * One catalogue row.
   *
   * @param set benchmark set (X, Solomon-dimacs, Solomon-hier, GH200, ORTEC-EURO-NeurIPS-2022, OSRM-...)
   * @param name instance name
   * @param customers number of customers
   * @param capacityOrVehicles the catalogue's capacity / fleet note (e.g. {@code Q=206})
   * @param bks best-known value, or NaN when there is none
   * @param bksSource where the value comes from
   * @param instance the instance file, or null when not found
   * @param solution the {@code .sol} file with this value, or null when there is none
   */
  public record Entry(String set, String name, int customers, String capacityOrVehicles, double bks, String bksSource,
      Path instance, Path solution) {
    /** Whether a best-known value is known. */
    public boolean hasBks() {
      return !Double.isNaN(bks);
    }

    /**
     * The distance convention the best-known value was computed under: NINT for X, TRUNC1 for
     * Solomon-dimacs, EXACT for the hierarchical Solomon, Gehring–Homberger, Li &amp; Lim and Cordeau values, and null for
     * explicit matrices (ORTEC, OSRM).
     */
    public Rounding rounding() {
      if (set.equals("X")) {
        return Rounding.NINT;
      }
      if (set.equals("Solomon-dimacs")) {
        return Rounding.TRUNC1;
      }
      if (set.equals("Solomon-hier") || set.equals("GH200") || set.equals(LI_LIM) || set.equals(CORDEAU)) {
        return Rounding.EXACT;
      }
      return null;
    }
  }

  private DatasetCatalog(Path dataDir, List<Entry> entries) {
    this.dataDir = dataDir;
    this.entries = List.copyOf(entries);
  }

  /** Loads the catalogue of the default data directory ({@link DataDir#resolve()}). */
  public static DatasetCatalog load() throws IOException, InputException {
    return load(DataDir.resolve());
  }

  /** Loads {@code <dataDir>/vrp/catalog.csv} and resolves its files. */
  public static DatasetCatalog load(Path dataDir) throws IOException, InputException {
    Path csv = dataDir.resolve("vrp").resolve("catalog.csv");
    if (!Files.isRegularFile(csv)) {
      throw new InputException(InputException.Problem.atLine(csv.toString(), 0, "catalog",
          "no catalogue here; set ROUTEFORGE_DATA (or -Drouteforge.data) to the data directory"));
    }
    Map<String, List<Path>> byStem = index(dataDir.resolve("vrp"));
    ProblemCollector pc = new ProblemCollector(csv.toString());
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    List<Entry> out = new ArrayList<>();
    Map<Path, Double> solCost = new HashMap<>();
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      List<String> f = csvFields(lines.get(i));
      if (f.size() != 6) {
        pc.atLine(i + 1, "row", "expected 6 fields (set,name,n_customers,capacity_or_vehicles,bks,bks_source), got "
            + f.size());
        continue;
      }
      int n = pc.integer(f.get(2), i + 1, "n_customers", 0);
      double bks = f.get(4).isBlank() ? Double.NaN : pc.number(f.get(4), i + 1, "bks");
      Path instance = null;
      Path solution = null;
      for (Path p : byStem.getOrDefault(f.get(1), List.of())) {
        String fn = p.getFileName().toString();
        // Cordeau's MDVRP files carry no extension at all
        if (fn.endsWith(".vrp") || fn.endsWith(".vrp.gz") || fn.endsWith(".txt") || fn.endsWith(".txt.gz")
            || fn.indexOf('.') < 0) {
          instance = p;
        } else if (fn.endsWith(".sol") && !Double.isNaN(bks)) {
          double c = solCost.computeIfAbsent(p, DatasetCatalog::statedCost);
          if (Math.abs(c - bks) <= Math.max(0.01, 1e-6 * Math.abs(bks))) {
            solution = p;
          }
        }
      }
      out.add(new Entry(f.get(0), f.get(1), n, f.get(3), bks, f.get(5), instance, solution));
    }
    pc.throwIfAny();
    return new DatasetCatalog(dataDir, out);
  }

  private static double statedCost(Path sol) {
    try {
      return VrplibSolution.read(sol).cost();
    } catch (IOException | InputException e) {
      return Double.NaN;
    }
  }

  /** Files under {@code dir} by name stem (the part before the first dot). */
  private static Map<String, List<Path>> index(Path dir) throws IOException {
    Map<String, List<Path>> m = new HashMap<>();
    try (Stream<Path> s = Files.walk(dir)) {
      s.filter(Files::isRegularFile).sorted().forEach(p -> {
        String fn = p.getFileName().toString();
        int dot = fn.indexOf('.');
        m.computeIfAbsent(dot < 0 ? fn : fn.substring(0, dot), k -> new ArrayList<>()).add(p);
      });
    }
    return m;
  }

  /** Splits one CSV line (RFC 4180 quoting); shared by every CSV the project reads. */
  public static List<String> csvFields(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cur.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cur.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        out.add(cur.toString());
        cur.setLength(0);
      } else {
        cur.append(c);
      }
    }
    out.add(cur.toString());
    return out;
  }

  public Path dataDir() {
    return dataDir;
  }

  /** All rows, in file order. */
  public List<Entry> entries() {
    return entries;
  }

  /** The rows of one set, in file order. */
  public List<Entry> set(String set) {
    List<Entry> out = new ArrayList<>();
    for (Entry e : entries) {
      if (e.set().equals(set)) {
        out.add(e);
      }
    }
    return out;
  }

  /** The set names in file order. */
  public List<String> sets() {
    LinkedHashMap<String, Boolean> m = new LinkedHashMap<>();
    for (Entry e : entries) {
      m.put(e.set(), Boolean.TRUE);
    }
    return new ArrayList<>(m.keySet());
  }

  /** The row of {@code name} in {@code set}. */
  public Optional<Entry> find(String set, String name) {
    for (Entry e : entries) {
      if (e.set().equals(set) && e.name().equals(name)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /**
   * The best-known value of an instance name. Names in several sets (the two Solomon objectives) are
   * ambiguous: use {@link #find(String, String)}; here the first row with a value wins.
   */
  public Optional<Double> bks(String name) {
    for (Entry e : entries) {
      if (e.name().equals(name) && e.hasBks()) {
        return Optional.of(e.bks());
      }
    }
    return Optional.empty();
  }

  /** Rows of the catalogue whose instance file is missing (should be none). */
  public List<Entry> missingFiles() {
    List<Entry> out = new ArrayList<>();
    for (Entry e : entries) {
      if (e.instance() == null) {
        out.add(e);
      }
    }
    return Collections.unmodifiableList(out);
  }
}
