package org.routeforge.benchmarks.vrp;

import java.nio.file.Path;
import java.util.List;
import org.routeforge.data.model.Instance;
import org.routeforge.data.model.Rounding;
import org.routeforge.data.model.VehicleType;

/**
 * The conventions of each benchmark set in the catalog: where its instance files live, the distance
 * rounding its BKS assume, the fleet rule, the independent checker and its flags, the objective of the
 * published table, and how instances are grouped into classes for the report's means.
 */
public enum BenchSet {
  /** CVRPLIB X (Uchoa et al. 2017): TSPLIB nint distances, unlimited fleet (the k in the name is a lower bound). */
  X("X", "vrp/cvrp/X", ".vrp", Rounding.NINT, List.of()),
  /** Solomon 100-customer VRPTW under the DIMACS rule: trunc1 distances/times, distance only, at most the file's fleet. */
  SOLOMON_DIMACS("Solomon-dimacs", "vrp/vrptw/solomon", ".txt", Rounding.TRUNC1, List.of("--trunc1")),
  /** Solomon with the hierarchical (vehicles first) BKS on unrounded distances. */
  SOLOMON_HIER("Solomon-hier", "vrp/vrptw/solomon", ".txt", Rounding.EXACT, List.of("--no-round")),
  /** Gehring–Homberger 200-customer VRPTW, hierarchical BKS, unrounded distances. */
  GH200("GH200", "vrp/vrptw/homberger200", ".txt", Rounding.EXACT, List.of("--no-round")),
  /**
   * Li &amp; Lim PDPTW, 100 tasks (SINTEF BKS): unrounded distances, at most the file's 25 vehicles,
   * vehicles first then distance; checked by {@code pdpcheck.py}.
   */
  LILIM100("LiLim100", "vrp/pdptw/lilim100", ".txt", Rounding.EXACT, List.of(), "pdpcheck.py", "lilim100",
      BenchObjective.VEHICLES_DISTANCE),
  /**
   * Cordeau MDVRP p01–p23: unrounded distances, m vehicles per depot, route duration limits, distance
   * only; checked by {@code mdcheck.py}. The files have no extension.
   */
  CORDEAU("Cordeau-MDVRP", "vrp/mdvrp/cordeau", "", Rounding.EXACT, List.of(), "mdcheck.py", "cordeau",
      BenchObjective.DISTANCE);

  private final String catalogName;
  private final String dir;
  private final String extension;
  private final Rounding rounding;
  private final List<String> checkerFlags;
  private final String checker;
  private final String alias;
  private final BenchObjective objective;

  BenchSet(String catalogName, String dir, String extension, Rounding rounding, List<String> checkerFlags) {
    this(catalogName, dir, extension, rounding, checkerFlags, "vrpcheck.py", catalogName, BenchObjective.DISTANCE);
  }

  BenchSet(String catalogName, String dir, String extension, Rounding rounding, List<String> checkerFlags,
      String checker, String alias, BenchObjective objective) {
    this.catalogName = catalogName;
    this.dir = dir;
    this.extension = extension;
    this.rounding = rounding;
    this.checkerFlags = checkerFlags;
    this.checker = checker;
    this.alias = alias;
    this.objective = objective;
  }

  /** The file name of the set's independent checker in {@code shared/tools}. */
  public String checker() {
    return checker;
  }

  /** The objective of the set's published table (the default of {@code --objective}). */
  public BenchObjective defaultObjective() {
    return objective;
  }

  /** The set's name in the catalog's {@code set} column. */
  public String catalogName() {
    return catalogName;
  }

  /** The rounding the set's BKS assume. */
  public Rounding rounding() {
    return rounding;
  }

  /** Extra flags for the checker so it evaluates like the BKS. */
  public List<String> checkerFlags() {
    return checkerFlags;
  }

  /** The set's folder under the data directory. */
  public Path directory(Path dataDir) {
    return dataDir.resolve(dir);
  }

  /** The instance file of {@code name} under the data directory. */
  public Path instanceFile(Path dataDir, String name) {
    return directory(dataDir).resolve(name + extension);
  }

  /** The instance as the set's BKS assume it: rounding applied and, for X, an unlimited fleet. */
  public Instance prepare(Instance read) {
    Instance inst = read.withRounding(rounding);
    if (this == X) {
      VehicleType vt = inst.vehicleTypes().get(0);
      inst = inst.toBuilder().vehicleTypes(List.of(vt.withCount(inst.stops().size()))).build();
    }
    return inst;
  }

  /**
   * The class an instance belongs to in the report: a size band for X and Cordeau, the Solomon type
   * (C1, R2, ...) or Li &amp; Lim type (LC1, LRC2, ...) otherwise.
   */
  public String sizeClass(String instance, int n) {
    if (this == CORDEAU) {
      return n <= 100 ? "MD n<=100" : n <= 200 ? "MD 100<n<=200" : "MD n>200";
    }
    if (this == X) {
      if (n <= 200) {
        return "X n<=200";
      }
      if (n <= 400) {
        return "X 200<n<=400";
      }
      return n <= 700 ? "X 400<n<=700" : "X 700<n<=1000";
    }
    String u = instance.toUpperCase(java.util.Locale.ROOT);
    String prefix = this == LILIM100 ? "L" : "";
    u = u.substring(prefix.length());
    String type = prefix + (u.startsWith("RC") ? "RC" : u.substring(0, 1));
    u = prefix + u;
    return type + u.charAt(type.length());
  }

  /** The set named {@code name} in the catalog, or by its short alias ({@code lilim100}, {@code cordeau}). */
  public static BenchSet byCatalogName(String name) {
    for (BenchSet s : values()) {
      if (s.catalogName.equalsIgnoreCase(name) || s.alias.equalsIgnoreCase(name)) {
        return s;
      }
    }
    throw new IllegalArgumentException("set '" + name + "' is not supported by the vrp suite; use one of "
        + java.util.Arrays.stream(values()).map(BenchSet::catalogName).toList() + " (or lilim100, cordeau)");
  }
}
