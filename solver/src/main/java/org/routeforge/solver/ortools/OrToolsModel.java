package org.routeforge.solver.ortools;

import com.google.ortools.Loader;
import com.google.ortools.constraintsolver.Assignment;
import com.google.ortools.constraintsolver.FirstSolutionStrategy;
import com.google.ortools.constraintsolver.IntervalVar;
import com.google.ortools.constraintsolver.LocalSearchMetaheuristic;
import com.google.ortools.constraintsolver.RoutingDimension;
import com.google.ortools.constraintsolver.RoutingIndexManager;
import com.google.ortools.constraintsolver.RoutingModel;
import com.google.ortools.constraintsolver.RoutingSearchParameters;
import com.google.ortools.constraintsolver.main;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.routeforge.data.model.Instance;
import org.routeforge.data.model.VehicleType;
import org.routeforge.solver.rich.RichFleet;
import org.routeforge.solver.rich.RichRoute;

/**
 * An OR-Tools {@link RoutingModel} as {@link OrToolsModelBuilder} built it, with the conversions
 * between OR-Tools' variable indices and the instance's stops and vehicles.
 *
 * <p>Nodes {@code 0..modelStops-1} are the stops in the model (those not set aside beforehand), in
 * stop order; after them come one node per depot location and, for open starts or ends, one node with
 * free arcs. Vehicles are numbered as in {@link RichFleet}. Costs are integers: {@link #costScale}
 * objective units per unit of cost; times are integers in units of {@code 1 / timeScale}.
 */
final class OrToolsModel {
  private static boolean loaded;

  final Instance inst;
  final RichFleet fleet;
  final int vehicles;
  /** Stop index of model node {@code i < modelStops}. */
  final int[] stopOfNode;
  /** Model node of stop {@code s}, or -1 when the stop is not in the model. */
  final int[] nodeOfStop;
  final int modelStops;
  /** Location of every node; -1 for the open-route node. */
  final int[] locationOfNode;
  final long costScale;
  final long timeScale;
  final RoutingIndexManager manager;
  final RoutingModel routing;
  /** The time dimension, or null when no feature needs time. */
  final RoutingDimension time;
  /** The driver-break intervals per vehicle (empty arrays without breaks). */
  final IntervalVar[][] breaks;
  /** Whether the first solution is built by parallel cheapest insertion (else path cheapest arc). */
  final boolean insertionFirst;

  OrToolsModel(Instance inst, RichFleet fleet, int[] stopOfNode, int[] nodeOfStop, int[] locationOfNode,
      long costScale, long timeScale, RoutingIndexManager manager, RoutingModel routing, RoutingDimension time,
      IntervalVar[][] breaks, boolean insertionFirst) {
    this.inst = inst;
    this.fleet = fleet;
    this.vehicles = fleet.vehicleCount();
    this.stopOfNode = stopOfNode;
    this.nodeOfStop = nodeOfStop;
    this.modelStops = stopOfNode.length;
    this.locationOfNode = locationOfNode;
    this.costScale = costScale;
    this.timeScale = timeScale;
    this.manager = manager;
    this.routing = routing;
    this.time = time;
    this.breaks = breaks;
    this.insertionFirst = insertionFirst;
  }

  /** Loads OR-Tools' native library once per JVM. */
  static synchronized void loadNatives() {
    if (!loaded) {
      Loader.loadNativeLibraries();
      loaded = true;
    }
  }

  /**
   * The first-solution strategy. Path cheapest arc on single-depot, single-type fleets without pairs:
   * on X-n101-k25 and X-n106-k14 (10 s, GLS) it ended 3-5 % lower than savings and parallel cheapest
   * insertion. Parallel cheapest insertion otherwise: it compares every vehicle for each insertion (path
   * cheapest arc fills vehicles in index order, blind to their depots and costs) and keeps each
   * pickup with its delivery, which OR-Tools recommends for pickup-and-delivery models.
   */
  FirstSolutionStrategy.Value firstSolution() {
    return insertionFirst ? FirstSolutionStrategy.Value.PARALLEL_CHEAPEST_INSERTION
        : FirstSolutionStrategy.Value.PATH_CHEAPEST_ARC;
  }

  /**
   * Search parameters: {@code first} as the first-solution strategy, guided local search, a mandatory
   * time limit (GLS only stops on a limit) and, when {@code solutionLimit > 0}, OR-Tools' solution limit.
   */
  static RoutingSearchParameters parameters(FirstSolutionStrategy.Value first, Duration limit, long solutionLimit) {
    Duration l = limit.isNegative() || limit.isZero() ? Duration.ofMillis(1) : limit;
    RoutingSearchParameters.Builder b = main.defaultRoutingSearchParameters().toBuilder()
        .setFirstSolutionStrategy(first)
        .setLocalSearchMetaheuristic(LocalSearchMetaheuristic.Value.GUIDED_LOCAL_SEARCH)
        .setTimeLimit(com.google.protobuf.Duration.newBuilder()
            .setSeconds(l.getSeconds()).setNanos(l.getNano()).build());
    if (solutionLimit > 0) {
      b.setSolutionLimit(solutionLimit);
    }
    return b.build();
  }

  /**
   * The non-empty routes of a solution, breaks placed after the stops whose service ends by the
   * break's start. Works on a solution assignment, and inside a solution callback when {@code a} is
   * {@code null} (the search's current values are read then).
   */
  List<RichRoute> routes(Assignment a) {
    List<RichRoute> out = new ArrayList<>();
    int[] buf = new int[modelStops];
    long[] serviceEnds = new long[modelStops];
    for (int v = 0; v < vehicles; v++) {
      int len = 0;
      long index = next(a, routing.start(v));
      while (!routing.isEnd(index)) {
        int s = stopOfNode[manager.indexToNode(index)];
        if (breaks[v].length > 0) {
          long cumul = a == null ? time.cumulVar(index).min() : a.min(time.cumulVar(index));
          serviceEnds[len] = cumul + up(inst.stops().get(s).serviceTime());
        }
        buf[len++] = s;
        index = next(a, index);
      }
      if (len == 0) {
        continue;
      }
      int[] positions = new int[breaks[v].length];
      for (int b = 0; b < positions.length; b++) {
        long start = a == null ? breaks[v][b].startMin() : a.startValue(breaks[v][b]);
        int p = 0;
        while (p < len && serviceEnds[p] <= start) {
          p++;
        }
        positions[b] = p;
      }
      out.add(new RichRoute(v, java.util.Arrays.copyOf(buf, len), positions));
    }
    return out;
  }

  /**
   * The cost of the current or given solution in the instance's own units: per used vehicle its fixed
   * cost, {@code costPerDistance} times the exact (double) distance, and {@code costPerTime} times the
   * span of its time cumuls. Progress reports show this, not the scaled objective with its penalties.
   */
  double cost(Assignment a) {
    double sum = 0;
    for (int v = 0; v < vehicles; v++) {
      long first = next(a, routing.start(v));
      if (routing.isEnd(first)) {
        continue;
      }
      VehicleType vt = fleet.type(inst, v);
      double dist = 0;
      long index = routing.start(v);
      while (!routing.isEnd(index)) {
        long nx = next(a, index);
        dist += distance(manager.indexToNode(index), manager.indexToNode(nx));
        index = nx;
      }
      sum += vt.fixedCost() + vt.costPerDistance() * dist;
      if (time != null && vt.costPerTime() != 0) {
        long start = a == null ? time.cumulVar(routing.start(v)).min() : a.min(time.cumulVar(routing.start(v)));
        long end = a == null ? time.cumulVar(routing.end(v)).min() : a.min(time.cumulVar(routing.end(v)));
        sum += vt.costPerTime() * (end - start) / (double) timeScale;
      }
    }
    return sum;
  }

  /** The exact distance between two nodes; 0 from or to the open-route node and within a location. */
  double distance(int i, int j) {
    int a = locationOfNode[i];
    int b = locationOfNode[j];
    return a < 0 || b < 0 || a == b ? 0 : inst.distances().get(a, b);
  }

  /**
   * Routes as OR-Tools indices per vehicle, for {@code readAssignmentFromRoutes}: stops not in the
   * model, out of range or already placed are skipped, and a route on a vehicle that already has one
   * is appended to it.
   */
  long[][] toIndexRoutes(List<RichRoute> routes) {
    List<List<Long>> lists = new ArrayList<>(vehicles);
    for (int v = 0; v < vehicles; v++) {
      lists.add(new ArrayList<>());
    }
    boolean[] placed = new boolean[nodeOfStop.length];
    for (RichRoute r : routes) {
      if (r.vehicle() < 0 || r.vehicle() >= vehicles) {
        continue;
      }
      for (int s : r.stops()) {
        if (s >= 0 && s < placed.length && nodeOfStop[s] >= 0 && !placed[s]) {
          placed[s] = true;
          lists.get(r.vehicle()).add(manager.nodeToIndex(nodeOfStop[s]));
        }
      }
    }
    long[][] out = new long[vehicles][];
    for (int v = 0; v < vehicles; v++) {
      out[v] = new long[lists.get(v).size()];
      for (int k = 0; k < out[v].length; k++) {
        out[v][k] = lists.get(v).get(k);
      }
    }
    return out;
  }

  /** Stops in the model that a solution (or the search's current values when null) serves. */
  int served(Assignment a) {
    int served = 0;
    for (int v = 0; v < vehicles; v++) {
      long index = next(a, routing.start(v));
      while (!routing.isEnd(index)) {
        served++;
        index = next(a, index);
      }
    }
    return served;
  }

  private long next(Assignment a, long index) {
    return a == null ? routing.nextVar(index).value() : a.value(routing.nextVar(index));
  }

  private long up(double v) {
    return (long) Math.ceil(v * timeScale - 1e-6);
  }
}
