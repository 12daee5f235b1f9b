package org.routeforge.solver.ortools;

import com.google.ortools.Loader;
import com.google.ortools.constraintsolver.Assignment;
import com.google.ortools.constraintsolver.FirstSolutionStrategy;
import com.google.ortools.constraintsolver.IntVar;
import com.google.ortools.constraintsolver.LocalSearchMetaheuristic;
import com.google.ortools.constraintsolver.RoutingDimension;
import com.google.ortools.constraintsolver.RoutingIndexManager;
import com.google.ortools.constraintsolver.RoutingModel;
import com.google.ortools.constraintsolver.RoutingSearchParameters;
import com.google.ortools.constraintsolver.main;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.routeforge.data.model.CompactInstance;
import org.routeforge.data.model.TimeWindow;

/**
 * An OR-Tools {@link RoutingModel} built from a single-depot CVRP/VRPTW {@link CompactInstance}, with
 * the conversions between its variable indices and the compact view's node indices.
 *
 * <p>Node 0 is the depot and node {@code i >= 1} is the compact view's node {@code i}. OR-Tools works
 * on integers, so every distance, time, window and service time is multiplied by {@link #scale()}: 1 when the instance's distances are integers (TSPLIB {@code nint}),
 * 10 under the DIMACS {@code trunc1} rule, otherwise 1000. Arc costs are rounded to the nearest
 * integer; travel plus service times are rounded <em>up</em> and closing times <em>down</em>, so a
 * route OR-Tools deems on time is on time in the exact (double) evaluation too. Solutions are always
 * re-evaluated with the instance's own doubles, so this rounding only steers the search.
 *
 * <p>Each stop sits in its own disjunction with a large penalty: a stop that cannot be served (a
 * fleet too small, or a demand or window no vehicle can meet) is dropped instead of making the whole
 * model infeasible. Transit values are registered as matrices/vectors so the search never calls back
 * into Java per arc.
 */
final class OrToolsModel {
  /** Name of the capacity dimension. */
  static final String CAPACITY = "Capacity";
  /** Name of the time dimension. */
  static final String TIME = "Time";

  private static boolean loaded;

  final CompactInstance ci;
  final RoutingIndexManager manager;
  final RoutingModel routing;
  final long scale;
  final int vehicles;

  private OrToolsModel(CompactInstance ci, int vehicles, long scale) {
    this.ci = ci;
    this.vehicles = vehicles;
    this.scale = scale;
    int n = ci.n;
    manager = new RoutingIndexManager(n, vehicles, 0);
    routing = new RoutingModel(manager);

    long[][] cost = new long[n][n];
    long maxArc = 1;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        cost[i][j] = i == j ? 0 : Math.round(ci.dist(i, j) * scale);
        maxArc = Math.max(maxArc, cost[i][j]);
      }
    }
    int costCallback = routing.registerTransitMatrix(cost);
    routing.setArcCostEvaluatorOfAllVehicles(costCallback);

    long[] demand = new long[n];
    for (int i = 1; i < n; i++) {
      demand[i] = ci.demand[i];
    }
    int demandCallback = routing.registerUnaryTransitVector(demand);
    long[] caps = new long[vehicles];
    java.util.Arrays.fill(caps, ci.capacity);
    routing.addDimensionWithVehicleCapacity(demandCallback, 0, caps, true, CAPACITY);

    if (ci.timeWindows) {
      addTimeDimension();
    }

    // Dropping a stop must cost more than any detour that could serve it (at most 2 * maxArc).
    long dropPenalty = 100 * maxArc + 1;
    for (int i = 1; i < n; i++) {
      routing.addDisjunction(new long[] {manager.nodeToIndex(i)}, dropPenalty);
    }
  }

  private void addTimeDimension() {
    int n = ci.n;
    long[][] transit = new long[n][n];
    double maxTravel = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        transit[i][j] = i == j ? 0 : up(ci.time(i, j) + ci.service[i]);
        maxTravel = Math.max(maxTravel, ci.time(i, j) + ci.service[i]);
      }
    }
    long horizon;
    if (Double.isFinite(ci.due[0])) {
      horizon = down(ci.due[0]);
    } else {
      double latest = 0;
      for (int i = 0; i < n; i++) {
        latest = Math.max(latest, Double.isFinite(ci.due[i]) ? ci.due[i] : ci.ready[i]);
      }
      horizon = up(latest + n * maxTravel);
    }
    int timeCallback = routing.registerTransitMatrix(transit);
    routing.addDimension(timeCallback, horizon, horizon, false, TIME);
    RoutingDimension time = routing.getDimensionOrDie(TIME);
    for (int i = 1; i < n; i++) {
      long open = Math.min(up(ci.ready[i]), horizon);
      long close = Double.isFinite(ci.due[i]) ? Math.min(down(ci.due[i]), horizon) : horizon;
      // An empty window cannot be set as a range; the stop stays droppable with an open range.
      if (open <= close) {
        IntVar cumul = time.cumulVar(manager.nodeToIndex(i));
        cumul.setRange(open, close);
        removeGapsBetweenWindows(cumul, ci.source.stops().get(i - 1).timeWindows());
      }
    }
    long depotOpen = Math.min(up(ci.ready[0]), horizon);
    for (int v = 0; v < vehicles; v++) {
      time.cumulVar(routing.start(v)).setRange(depotOpen, horizon);
      time.cumulVar(routing.end(v)).setRange(depotOpen, horizon);
      routing.addVariableMinimizedByFinalizer(time.cumulVar(routing.end(v)));
      routing.addVariableMinimizedByFinalizer(time.cumulVar(routing.start(v)));
    }
  }

  /** Forbids the gaps between a stop's consecutive time windows. */
  private void removeGapsBetweenWindows(IntVar cumul, List<TimeWindow> windows) {
    for (int k = 0; k + 1 < windows.size(); k++) {
      long gapStart = down(windows.get(k).close()) + 1;
      long gapEnd = up(windows.get(k + 1).open()) - 1;
      if (gapStart <= gapEnd) {
        cumul.removeInterval(gapStart, gapEnd);
      }
    }
  }

  private long up(double v) {
    return (long) Math.ceil(v * scale - 1e-6);
  }

  private long down(double v) {
    return (long) Math.floor(v * scale + 1e-6);
  }

  /**
   * Builds the model for a compact instance (node 0 the depot).
   *
   * @throws IllegalArgumentException when the instance has no vehicle
   */
  static OrToolsModel of(CompactInstance ci) {
    loadNatives();
    if (ci.vehicles < 1) {
      throw new IllegalArgumentException("instance " + ci.source.name() + " has no vehicle");
    }
    // More vehicles than stops can never be used; capping keeps the model small for "unlimited" fleets.
    int vehicles = Math.max(1, Math.min(ci.vehicles, ci.n - 1));
    return new OrToolsModel(ci, vehicles, scaleFor(ci));
  }

  /** Loads OR-Tools' native library once per JVM. */
  static synchronized void loadNatives() {
    if (!loaded) {
      Loader.loadNativeLibraries();
      loaded = true;
    }
  }

  /** The integer scale: 1 for integral data, 10 for one-decimal data, else 1000. */
  static long scaleFor(CompactInstance ci) {
    if (integral(ci, 1)) {
      return 1;
    }
    return integral(ci, 10) ? 10 : 1000;
  }

  private static boolean integral(CompactInstance ci, double s) {
    for (double d : ci.dist) {
      if (!isInt(d * s)) {
        return false;
      }
    }
    if (ci.time != ci.dist) {
      for (double d : ci.time) {
        if (!isInt(d * s)) {
          return false;
        }
      }
    }
    for (int i = 0; i < ci.n; i++) {
      if (!isInt(ci.service[i] * s) || !isInt(ci.ready[i] * s)
          || (Double.isFinite(ci.due[i]) && !isInt(ci.due[i] * s))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isInt(double v) {
    return Math.abs(v - Math.rint(v)) < 1e-6;
  }

  /** The scale that turns RouteForge's costs into OR-Tools' integer costs. */
  long scale() {
    return scale;
  }

  /**
   * Search parameters: {@code first} as the first-solution strategy, guided local search, and a
   * mandatory time limit (GLS only stops on a limit).
   */
  static RoutingSearchParameters parameters(FirstSolutionStrategy.Value first, Duration limit) {
    Duration l = limit.isNegative() || limit.isZero() ? Duration.ofMillis(1) : limit;
    return main.defaultRoutingSearchParameters().toBuilder()
        .setFirstSolutionStrategy(first)
        .setLocalSearchMetaheuristic(LocalSearchMetaheuristic.Value.GUIDED_LOCAL_SEARCH)
        .setTimeLimit(com.google.protobuf.Duration.newBuilder()
            .setSeconds(l.getSeconds()).setNanos(l.getNano()).build())
        .build();
  }

  /**
   * The first-solution strategy: path cheapest arc. On X-n101-k25 and X-n106-k14 (10 s, GLS) it ended
   * 3-5 % lower than savings and parallel cheapest insertion, and it handles time windows.
   */
  FirstSolutionStrategy.Value defaultFirstSolution() {
    return FirstSolutionStrategy.Value.PATH_CHEAPEST_ARC;
  }

  /**
   * The routes of an assignment as node indices (1..n-1, depot left out), empty routes left out. Works on a solution assignment, and inside a solution callback when
   * {@code assignment} is {@code null} (the search's current values are read then).
   */
  List<int[]> routes(Assignment assignment) {
    List<int[]> out = new ArrayList<>();
    int[] buf = new int[ci.n];
    for (int v = 0; v < vehicles; v++) {
      int len = 0;
      long index = next(assignment, routing.start(v));
      while (!routing.isEnd(index)) {
        buf[len++] = manager.indexToNode(index);
        index = next(assignment, index);
      }
      if (len > 0) {
        out.add(java.util.Arrays.copyOf(buf, len));
      }
    }
    return out;
  }

  private long next(Assignment assignment, long index) {
    return assignment == null ? routing.nextVar(index).value() : assignment.value(routing.nextVar(index));
  }

  /** Converts routes of node indices into OR-Tools variable indices for {@code readAssignmentFromRoutes}. */
  long[][] toIndexRoutes(List<int[]> routes) {
    long[][] out = new long[vehicles][];
    for (int v = 0; v < vehicles; v++) {
      if (v < routes.size()) {
        int[] r = routes.get(v);
        out[v] = new long[r.length];
        for (int k = 0; k < r.length; k++) {
          out[v][k] = manager.nodeToIndex(r[k]);
        }
      } else {
        out[v] = new long[0];
      }
    }
    return out;
  }

  /** Total distance of routes of node indices in the instance's own doubles. */
  double distance(List<int[]> routes) {
    double sum = 0;
    for (int[] r : routes) {
      int prev = 0;
      for (int node : r) {
        sum += ci.dist(prev, node);
        prev = node;
      }
      sum += ci.dist(prev, 0);
    }
    return sum;
  }
}
