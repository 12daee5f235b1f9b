package org.routeforge.cli.solve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.routeforge.api.routing.Routing;
import org.routeforge.cli.RouteForgeCli;
import org.routeforge.data.io.InputException;
import org.routeforge.data.io.JsonFields;
import org.routeforge.data.io.ParsedInstance;
import org.routeforge.data.io.TextLines;
import org.routeforge.data.io.vroom.VroomInput;
import org.routeforge.api.jobs.RequestPreparation;
import org.routeforge.solver.rich.RichRequest;
import org.routeforge.graph.matrix.CoordinateMatrices;
import org.routeforge.graph.roads.RoadNetwork;
import org.routeforge.data.io.InstanceFiles;
import org.routeforge.data.io.VrplibSolution;
import org.routeforge.data.model.Instance;
import org.routeforge.data.model.PlannedRoute;
import org.routeforge.data.model.Rounding;
import org.routeforge.solver.CancelToken;
import org.routeforge.solver.Progress;
import org.routeforge.solver.ProgressListener;
import org.routeforge.solver.SolveOptions;
import org.routeforge.solver.SolveOptions.EngineKind;
import org.routeforge.solver.SolveResult;
import org.routeforge.solver.Solver;
import org.routeforge.solver.model.Route;
import org.routeforge.solver.model.Solution;
import org.routeforge.solver.model.Unassigned;
import org.routeforge.solver.rich.Objective;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code routeforge solve FILE}: reads an instance, solves it with the memetic search (or OR-Tools),
 * shows progress on stderr (a bar on a terminal, one line per new best otherwise), and prints
 * {@code cost=<C> routes=<R> feasible=<true|false> time=<s>} as the last stdout line. Optionally
 * writes the routes as a VRPLIB {@code .sol} (checkable by {@code vrpcheck.py}, {@code pdpcheck.py} for
 * Li &amp; Lim, {@code mdcheck.py} for Cordeau) and as JSON. A RouteForge JSON {@code plan} or VROOM
 * vehicle {@code steps} are the routes the search starts from and its locks ({@link RequestPreparation}).
 */
@Command(name = "solve", mixinStandardHelpOptions = true,
    description = {"Solve a vehicle routing instance (CVRP / VRPTW / PDPTW / MDVRP: VRPLIB, Solomon, Li & Lim,"
        + " Cordeau, RouteForge or VROOM JSON).",
        "Distances: VRPLIB files default to nint, Solomon files to trunc1 (DIMACS), Li & Lim and Cordeau to exact;"
            + " --rounding overrides.",
        "The last stdout line is: cost=<C> routes=<R> feasible=<true|false> time=<s>"},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:solved (see feasible= for whether every constraint holds)", "1:the input is invalid",
        "2:usage error"})
public final class SolveCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "FILE", description = "instance file")
  Path file;

  @Option(names = "--time-limit", converter = DurationConverter.class,
      description = "wall-clock budget of the whole command (starting the JVM, reading, solving, writing), e.g. 500ms,"
          + " 10s, 2m; the search gets what reading left (default: 10s, or 10 x --cpu-time when that is given)")
  Duration timeLimit;

  @Option(names = "--cpu-time", converter = DurationConverter.class,
      description = "CPU-time budget of the search (CPU seconds of the solving thread, not counting time spent waiting"
          + " for a core): fair budgets on a shared machine")
  Duration cpuTime;

  @Option(names = "--iterations", defaultValue = "0",
      description = "iteration limit (offspring for the memetic search); 0 = none. With --seed it makes runs reproducible")
  long iterations;

  @Option(names = "--max-no-improvement", defaultValue = "0", paramLabel = "N",
      description = "stop after N iterations without a better feasible solution (memetic engines); 0 = none")
  long noImprovement;

  @Option(names = "--target", description = "stop once a feasible solution costs at most this")
  Double target;

  @Option(names = "--seed", defaultValue = "1", description = "random seed (default: ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--engine", defaultValue = "memetic", converter = EngineConverter.class,
      description = "memetic or ortools (default: ${DEFAULT-VALUE})")
  EngineKind engine;

  @Option(names = "--rounding", converter = RoundingConverter.class,
      description = "nint, trunc1 or exact: how coordinate distances are rounded (default: the file's convention)")
  Rounding rounding;

  @Option(names = "--init", split = ",", defaultValue = "mixed",
      description = "initial-solution providers, comma separated: savings, sweep, nearest, random, neural, or mixed (= savings,random)")
  List<String> init;

  @Option(names = "--polish", description = "let OR-Tools polish the memetic search's best routes")
  boolean polish;

  @Option(names = "--threads", description = "threads: the memetic search runs one island per thread and keeps the "
      + "best (default: every core, ${DEFAULT-VALUE} here); deterministic for a seed, thread count and iteration limit")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--objective", defaultValue = "cost", converter = ObjectiveConverter.class,
      description = "what to minimize: distance, duration, cost, vehicles-then-distance, min-max (default: ${DEFAULT-VALUE})")
  Objective objective;

  @Option(names = "--out", paramLabel = "FILE.sol",
      description = "write the routes in VRPLIB .sol format (with several depots: Route #k (depot D): ...)")
  Path out;

  @Option(names = "--json", paramLabel = "FILE", description = "write the solution, per-route figures and the cost history as JSON")
  Path json;

  @Option(names = "--roads", paramLabel = "FILE.osm.pbf",
      description = "route a coordinates-only instance (VROOM JSON without matrices, geographic RouteForge JSON) on this "
          + "OpenStreetMap extract with GraphHopper (imported once, then loaded from ~/.routeforge/graphs); "
          + "without it such instances use great-circle distances at 50 km/h")
  Path roads;

  @Spec
  CommandSpec spec;

  /** Which routing filled in the matrices of a coordinates-only instance, or null. */
  private String routingUsed;
  /** The file's plan: RouteForge JSON's {@code plan} or VROOM's vehicle steps (warm start, locks). */
  private List<PlannedRoute> plan = List.of();

  /** Default wall-clock limit of the command. */
  static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(10);

  @Override
  public Integer call() throws Exception {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    CommandClock clock = CommandClock.sinceJvmStart();
    Duration limit = timeLimit != null ? timeLimit : cpuTime != null ? cpuTime.multipliedBy(10) : DEFAULT_TIME_LIMIT;
    if (noImprovement < 0) {
      throw new IllegalArgumentException("--max-no-improvement must be >= 0, got " + noImprovement);
    }
    Instance instance;
    try (RoadNetwork net = roads == null ? null : RoadNetwork.open(roads, null)) {
      if (net != null) {
        err.println("road network: " + net.report().summary());
      }
      instance = readRouted(Routing.of(net), err);
      if (routingUsed != null) {
        err.println("routing: " + routingUsed);
      } else if (roads != null) {
        err.println("routing: the instance has its own matrices; --roads is not used");
      }
      err.flush();
    }
    // the JSON writer's first use loads much of Jackson (up to a second on a busy machine): done before
    // the search budget is computed, it is paid for by the budget instead of overrunning the limit
    ObjectMapper mapper = json == null ? null : warmedMapper();
    double started = clock.startupSeconds();
    double read = clock.elapsedSeconds() - started; // reading and preparing the writers
    Duration searchLimit = clock.searchBudget(limit);
    List<String> providers = init.size() == 1 && init.get(0).equalsIgnoreCase("mixed") ? List.of() : init;
    SolveOptions options = SolveOptions.builder().timeLimit(searchLimit).cpuTime(cpuTime).iterationLimit(iterations)
        .noImprovementLimit(noImprovement)
        .targetCost(target == null ? Double.NaN : target).seed(seed).engine(engine).init(providers)
        .threads(threads).polish(polish).rounding(rounding).objective(objective).build();
    Instance solved = rounding == null ? instance : instance.withRounding(rounding);
    err.printf(Locale.ROOT, "solving %s: %d stops, %d vehicles, rounding %s, %s engine, %s budget (%s for the search)%s,"
            + " seed %d, objective %s%n",
        instance.name(), instance.stops().size(), instance.vehicleCount(),
        solved.rounding() == null ? "explicit matrix" : solved.rounding().name().toLowerCase(Locale.ROOT),
        engine.name().toLowerCase(Locale.ROOT), format(limit), format(searchLimit),
        cpuTime == null ? "" : ", " + format(cpuTime) + " CPU", seed, objective.wire());
    err.flush();
    CancelToken cancel = new CancelToken();
    Thread hook = new Thread(cancel::cancel, "routeforge-solve-cancel");
    Runtime.getRuntime().addShutdownHook(hook);
    SolveResult result;
    double solveStart = clock.elapsedSeconds();
    try (ProgressDisplay display = ProgressDisplay.forStream(err, System.console() != null,
        options.budgetSeconds())) {
      // an instance with a plan keeps its vehicle types, so the routes stay on the vehicles it names
      RichRequest request = plan.isEmpty() ? RichRequest.of(instance).withObjective(objective)
          : RequestPreparation.prepare(instance, plan, List.of(), List.of(), List.of()).request(objective);
      result = Solver.solve(request, options, new ProgressListener() {
        @Override
        public void onProgress(Progress p) {
          display.onProgress(p);
        }

        @Override
        public void onNote(String note) {
          err.println("note: " + note);
          err.flush();
        }
      }, cancel);
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // Ctrl-C: the hook already cancelled the search, which returned its best solution
      }
    }
    double solveEnd = clock.elapsedSeconds();
    Solution best = result.best();
    err.println("engine " + result.engine() + ", features " + result.features() + ", operators "
        + result.operators());
    for (Unassigned u : best.unassigned()) {
      err.println("unassigned: " + u.reason() + " (code " + u.code() + "): " + u.detail());
    }
    if (out != null) {
      solutionFile(instance, best).write(out);
      err.println("wrote " + out);
    }
    if (json != null) {
      writeJson(instance, result, limit, mapper);
      err.println("wrote " + json);
    }
    double end = clock.elapsedSeconds();
    err.printf(Locale.ROOT, "timings: JVM start %.3f s, reading %.3f s, solving %.3f s, writing %.3f s; %.3f s of the"
        + " %s limit%n", started, read, solveEnd - solveStart, end - solveEnd, end, format(limit));
    err.flush();
    stdout.printf(Locale.ROOT, "cost=%s routes=%d feasible=%s time=%.2f%n", number(best.cost()),
        best.routeCount(), best.feasible(), result.runtimeSeconds());
    stdout.flush();
    return RouteForgeCli.EXIT_OK;
  }

  /**
   * The {@code .sol} of a solution: customer numbers as in the instance file, and with several
   * depots each route's depot ({@code Route #k (depot D): ...}, read by {@code mdcheck.py}).
   */
  static VrplibSolution solutionFile(Instance instance, Solution best) {
    int[] types = new int[best.routes().size()];
    for (int r = 0; r < types.length; r++) {
      types[r] = best.routes().get(r).vehicleType();
    }
    return VrplibSolution.of(instance, best.routeStops(), types, best.cost());
  }

  /**
   * Reads the instance; a coordinates-only one gets its matrices from {@code routing} (VROOM's
   * {@code options} are taken out: this command writes no VROOM output, so geometry is not drawn).
   *
   * Sets {@link #routingUsed} when matrices were filled in, and {@link #plan}.
   */
  private Instance readRouted(Routing routing, PrintWriter err)
      throws java.io.IOException, InputException {
    String text = TextLines.text(file);
    InstanceFiles.Format format = InstanceFiles.detect(file, text);
    if (format == InstanceFiles.Format.VROOM) {
      JsonNode root = JsonFields.parse(text, file.toString());
      if (root.isObject() && ((ObjectNode) root).remove("options") != null) {
        err.println("note: VROOM \"options\" (route geometry) are ignored by `solve`; the server answers them");
      }
      String profile = root.path("vehicles").path(0).path("profile").asText(CoordinateMatrices.DEFAULT_PROFILE);
      if (!CoordinateMatrices.fillVroom(root, routing::sourceFor, Routing.MAX_LOCATIONS, file.toString()).isEmpty()) {
        routingUsed = routing.describe(profile);
      }
      String name = file.getFileName().toString().replaceFirst("(\\.vroom)?\\.json(\\.gz)?$", "");
      VroomInput.Request vroom = VroomInput.request(root, file.toString(), name);
      if (!vroom.ignoredFields().isEmpty()) {
        err.println("note: fields VROOM does not define are not used: " + String.join(", ", vroom.ignoredFields()));
      }
      plan = vroom.plan();
      return vroom.parsed().instance();
    }
    ParsedInstance parsed = InstanceFiles.parse(file);
    plan = parsed.plan();
    Instance in = parsed.instance();
    Instance out = CoordinateMatrices.fillInstance(in, routing.sourceFor(CoordinateMatrices.DEFAULT_PROFILE),
        CoordinateMatrices.DEFAULT_PROFILE, file.toString());
    if (out != in) {
      routingUsed = routing.describe(CoordinateMatrices.DEFAULT_PROFILE);
    }
    return out;
  }

  /** A JSON writer that has written once, so that its classes are loaded. */
  private static ObjectMapper warmedMapper() throws java.io.IOException {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    Map<String, Object> sample = new LinkedHashMap<>();
    sample.put("list", List.of(1.0, 2L, "s", true));
    sample.put("array", new int[] {1});
    sample.put("doubles", new double[] {1});
    mapper.writeValueAsString(sample);
    return mapper;
  }

  private void writeJson(Instance instance, SolveResult result, Duration limit, ObjectMapper mapper)
      throws java.io.IOException {
    Solution best = result.best();
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("instance", instance.name());
    root.put("file", file.toString());
    root.put("engine", engine.name().toLowerCase(Locale.ROOT));
    if (routingUsed != null) {
      root.put("routing", routingUsed);
    }
    root.put("objective", objective.wire());
    root.put("implementation", result.engine());
    root.put("features", result.features());
    root.put("operators", result.operators());
    root.put("notes", result.notes());
    root.put("seed", seed);
    root.put("timeLimitSeconds", limit.toMillis() / 1000.0);
    if (cpuTime != null) {
      root.put("cpuTimeSeconds", cpuTime.toMillis() / 1000.0);
    }
    root.put("cost", best.cost());
    root.put("distance", best.distance());
    root.put("feasible", best.feasible());
    root.put("runtimeSeconds", result.runtimeSeconds());
    root.put("iterations", result.iterations());
    root.put("stopReason", result.stopReason().name());
    List<Map<String, Object>> routes = new ArrayList<>();
    for (Route r : best.routes()) {
      Map<String, Object> m = new LinkedHashMap<>();
      List<String> ids = new ArrayList<>();
      for (int s : r.stops()) {
        ids.add(instance.stops().get(s).id());
      }
      m.put("vehicleType", instance.vehicleTypes().get(r.vehicleType()).id());
      m.put("vehicle", r.vehicle());
      m.put("stops", ids);
      m.put("stopIndices", r.stops());
      m.put("load", r.load());
      m.put("distance", r.distance());
      m.put("duration", r.duration());
      m.put("departure", r.departure());
      m.put("end", r.end());
      m.put("arrivals", r.arrivals());
      m.put("breakStarts", r.breakStarts());
      m.put("waits", r.waits());
      m.put("timeWarp", r.timeWarp());
      m.put("excessLoad", r.excessLoad());
      m.put("feasible", r.feasible());
      routes.add(m);
    }
    root.put("routes", routes);
    List<Map<String, Object>> unassigned = new ArrayList<>();
    for (Unassigned u : best.unassigned()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("stop", instance.stops().get(u.stopIndex()).id());
      m.put("stopIndex", u.stopIndex());
      m.put("code", u.code());
      m.put("reason", u.reason());
      m.put("detail", u.detail());
      unassigned.add(m);
    }
    root.put("unassigned", unassigned);
    List<Map<String, Object>> history = new ArrayList<>();
    for (Progress p : result.history()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("seconds", p.elapsedSeconds());
      m.put("cost", p.cost());
      m.put("feasible", p.feasible());
      m.put("routes", p.routes());
      m.put("iteration", p.iteration());
      history.add(m);
    }
    root.put("history", history);
    if (json.getParent() != null) {
      Files.createDirectories(json.getParent());
    }
    mapper.writeValue(json.toFile(), root);
  }

  /** A cost without trailing zeros: 27591, 827.3. */
  static String number(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    String s = String.format(Locale.ROOT, "%.4f", v);
    return s.replaceAll("0+$", "").replaceAll("\\.$", "");
  }

  private static String format(Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + "s" : d.toMillis() + "ms";
  }

  /** Parses 500ms, 10s, 2m, 1h, or a plain number of seconds. */
  static final class DurationConverter implements ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
      String v = value.trim().toLowerCase(Locale.ROOT);
      try {
        if (v.endsWith("ms")) {
          return positive(Duration.ofMillis(Math.round(Double.parseDouble(v.substring(0, v.length() - 2)))), value);
        }
        double unit = 1;
        if (v.endsWith("s")) {
          v = v.substring(0, v.length() - 1);
        } else if (v.endsWith("m")) {
          v = v.substring(0, v.length() - 1);
          unit = 60;
        } else if (v.endsWith("h")) {
          v = v.substring(0, v.length() - 1);
          unit = 3600;
        }
        return positive(Duration.ofMillis(Math.round(Double.parseDouble(v) * unit * 1000)), value);
      } catch (NumberFormatException e) {
        throw new TypeConversionException("'" + value + "' is not a duration like 500ms, 10s or 2m");
      }
    }

    private static Duration positive(Duration d, String value) {
      if (d.isNegative() || d.isZero()) {
        throw new TypeConversionException("'" + value + "' must be a positive duration");
      }
      return d;
    }
  }

  /** memetic | ortools. */
  static final class EngineConverter implements ITypeConverter<EngineKind> {
    @Override
    public EngineKind convert(String value) {
      try {
        return EngineKind.valueOf(value.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("--engine: '" + value + "' is not one of memetic, ortools");
      }
    }
  }

  /** distance | duration | cost | vehicles-then-distance | min-max. */
  static final class ObjectiveConverter implements ITypeConverter<Objective> {
    @Override
    public Objective convert(String value) {
      try {
        return Objective.parse(value);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("--objective: " + e.getMessage());
      }
    }
  }

  /** nint | trunc1 | exact. */
  static final class RoundingConverter implements ITypeConverter<Rounding> {
    @Override
    public Rounding convert(String value) {
      try {
        return Rounding.valueOf(value.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("--rounding: '" + value + "' is not one of nint, trunc1, exact");
      }
    }
  }
}
