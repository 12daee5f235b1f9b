package org.routeforge.solver.rich;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.routeforge.data.model.DriverBreak;
import org.routeforge.data.model.Instance;
import org.routeforge.data.model.Shipment;
import org.routeforge.data.model.Stop;
import org.routeforge.data.model.TimeWindow;
import org.routeforge.data.model.VehicleType;
import org.routeforge.solver.problem.Features;

/**
 * The search side of the rich memetic engine, on primitive arrays: a route simulator that tests every
 * constraint of one vehicle's route and prices it (placing driver breaks greedily: as soon as the
 * window is open and the next stop stays on time, and before the window would close), the
 * cheapest feasible insertion of a task (a stop, or a pickup with its delivery), the greedy decoder of
 * a task permutation (higher priorities first), and the Lamarckian improvement: relocate (remove and
 * re-insert at the best place; a shipment moves as a pair), exchange of two stops between routes,
 * insertion of unserved tasks, priority-aware ejection (a lower-priority stop makes room for a
 * higher-priority one), exchange of two shipments between routes ({@link PairExchange}),
 * route-to-vehicle assignment ({@link RouteAssignment}) and string-removal ruin and recreate
 * ({@link StringRemoval}).
 *
 * <p>Locked stops are placed on their vehicle first, in their locked order, and never moved. Skills
 * and locks are tested before a route is simulated. Everything here is independent of
 * {@link RichEvaluator}, which checks the results.
 */
final class RichSearch {
  private static final double EPS = 1e-6;
  private static final double INF = Double.POSITIVE_INFINITY;
  private static final java.util.concurrent.atomic.AtomicLong STATE_IDS = new java.util.concurrent.atomic.AtomicLong();
  /** Ruin-and-recreate attempts per improvement, at its local optimum. */
  private static final int RUIN_ATTEMPTS = 1;
  /** Neighbours per stop tried by the granular local search (HGS's granularity). */
  private static final int NEIGHBOURS = 20;
  /** Most rounds of the granular local search per descent. */
  private static final int MAX_ROUNDS = 100;

  final Instance inst;
  final RichFleet fleet;
  final boolean minMax;
  /**
   * Whether a move's objective change is its distance change priced per vehicle (no cost per time,
   * not min–max): then the node operators skip, before simulating, every move whose distance change
   * cannot be negative (see {@link NodeOperator}).
   */
  final boolean distancePriced;
  /** Whether the distance matrix is symmetric (2-opt's reversal keeps the reversed part's length). */
  final boolean symmetric;
  /** Whether any tail of any route may move to any vehicle: no shipments, skills or locks (2-opt* skips its check). */
  final boolean freeTails;
  /** Whether the node operators may skip moves by their distance change (tests turn it off). */
  boolean pruning = true;
  final int n;
  final int vehicles;
  final int dims;
  final int locations;
  final double[] dist;
  final double[] time;
  final int[] loc;
  final int[] dem;
  final boolean[] plain;
  final boolean[] pickup;
  final int[] partner;
  final double[] service;
  final double[][] wOpen;
  final double[][] wClose;
  final int[] startLoc;
  final int[] endLoc;
  final double[] shiftOpen;
  final double[] shiftClose;
  final double[] maxDur;
  final double[] maxDist;
  final int[] maxStops;
  final double[] fixed;
  final double[] cpd;
  final double[] cpt;
  final long[] cap;
  private final double[][] bOpen;
  private final double[][] bClose;
  private final double[][] bDur;
  private final boolean[] skillOk;
  final int[] lockVeh;
  final double[] weight;
  final int[] priority;
  /** Tasks: plain stops and shipment pickups that are servable and not locked. */
  final int[] tasks;
  private final List<Lock> locks;
  private final boolean[] excluded;
  private final int[] buf;
  private final boolean[] taken;
  /** Stop coordinates and their centre (NaN when some location has none), for the genotype's route order. */
  private final double[] stopX;
  private final double[] stopY;
  private final double centreX;
  private final double centreY;
  /** The distinct stop priorities, ascending. */
  private final int[] levels;
  /** Per vehicle type: whether an unused vehicle of it was tried in the current insertion. */
  private final boolean[] triedType;
  /** Break positions of the last successful {@link #simulate} call. */
  final int[] lastBreakPos;
  /** End time of the last successful {@link #simulate} call, leaving at the departure it prices. */
  double lastEnd;
  /** Durations closer than this are the same (the earlier departure is kept, as in {@link RichEvaluator}). */
  private static final double TIE = 1e-9;
  /** Per position of the route being simulated: its window, and how much later leaving passes its close. */
  private int[] scanWindow;
  private double[] scanCross;
  /** Per position, the first window {@link #scan} may serve it in. */
  private int[] scanFloor;
  /** Distance, waiting, least cross of a non-last window, and feasibility slack of the last {@link #scan}. */
  private double scanDistance;
  private double scanWait;
  private double scanChange;
  private double scanLimit;
  /** The segments of the routes of the state being searched; null when they do not apply (breaks, several windows). */
  private final RouteSegments segments;
  /** The node operators of the granular local search that support the instance. */
  private final NodeOperator[] operators;
  /** Per servable stop, its nearest servable stops (granular local search and insertion). */
  private final int[][] neighbours;
  /** The stops the search may place: every stop neither set aside as unservable. */
  private final int[] served;
  private long evaluations;
  /** The ruin-and-recreate operator. */
  private final StringRemoval stringRemoval;
  /** The route-to-vehicle assignment of mixed fleets. */
  private final RouteAssignment routeAssignment;
  /** Route elimination. */
  private final RouteElimination routeElimination;
  /** The exchange of two shipments between routes. */
  private final PairExchange pairExchange;

  RichSearch(RichRequest req, boolean[] excluded) {
    this.inst = req.instance();
    this.fleet = RichFleet.of(inst);
    this.minMax = req.objective() == Objective.MIN_MAX;
    this.excluded = excluded.clone();
    this.locks = req.locks();
    n = inst.stops().size();
    vehicles = fleet.vehicleCount();
    dims = Math.max(1, inst.capacityDimensions());
    locations = inst.locations().size();
    dist = inst.distances().toFlatArray();
    time = inst.durations().toFlatArray();
    loc = new int[n];
    dem = new int[n * dims];
    plain = new boolean[n];
    pickup = new boolean[n];
    partner = new int[n];
    service = new double[n];
    wOpen = new double[n][];
    wClose = new double[n][];
    weight = new double[n];
    priority = new int[n];
    java.util.Arrays.fill(partner, -1);
    java.util.Arrays.fill(plain, true);
    for (Shipment sh : inst.shipments()) {
      plain[sh.pickup()] = false;
      plain[sh.delivery()] = false;
      pickup[sh.pickup()] = true;
      partner[sh.pickup()] = sh.delivery();
      partner[sh.delivery()] = sh.pickup();
    }
    for (int s = 0; s < n; s++) {
      Stop st = inst.stops().get(s);
      loc[s] = st.location();
      for (int d = 0; d < dims; d++) {
        dem[s * dims + d] = st.demand(d);
      }
      service[s] = st.serviceTime();
      List<TimeWindow> ws = st.timeWindows().isEmpty() ? List.of(TimeWindow.ALWAYS) : st.timeWindows();
      wOpen[s] = new double[ws.size()];
      wClose[s] = new double[ws.size()];
      for (int k = 0; k < ws.size(); k++) {
        wOpen[s][k] = ws.get(k).open();
        wClose[s][k] = ws.get(k).close();
      }
      weight[s] = RichRequest.unservedWeight(st.priority(), n);
      priority[s] = st.priority();
    }
    startLoc = new int[vehicles];
    endLoc = new int[vehicles];
    shiftOpen = new double[vehicles];
    shiftClose = new double[vehicles];
    maxDur = new double[vehicles];
    maxDist = new double[vehicles];
    maxStops = new int[vehicles];
    fixed = new double[vehicles];
    cpd = new double[vehicles];
    cpt = new double[vehicles];
    cap = new long[vehicles * dims];
    bOpen = new double[vehicles][];
    bClose = new double[vehicles][];
    bDur = new double[vehicles][];
    skillOk = new boolean[n * Math.max(1, vehicles)];
    int maxBreaks = 0;
    for (int v = 0; v < vehicles; v++) {
      VehicleType vt = fleet.type(inst, v);
      startLoc[v] = vt.startLocation();
      endLoc[v] = vt.endLocation();
      shiftOpen[v] = vt.shift().open();
      shiftClose[v] = vt.shift().close();
      maxDur[v] = vt.maxDuration();
      maxDist[v] = vt.maxDistance();
      maxStops[v] = vt.maxStops();
      fixed[v] = vt.fixedCost();
      cpd[v] = vt.costPerDistance();
      cpt[v] = vt.costPerTime();
      for (int d = 0; d < dims; d++) {
        cap[v * dims + d] = vt.capacity(d);
      }
      List<DriverBreak> bs = vt.breaks();
      bOpen[v] = new double[bs.size()];
      bClose[v] = new double[bs.size()];
      bDur[v] = new double[bs.size()];
      for (int b = 0; b < bs.size(); b++) {
        bOpen[v][b] = bs.get(b).window().open();
        bClose[v][b] = bs.get(b).window().close();
        bDur[v][b] = bs.get(b).duration();
      }
      maxBreaks = Math.max(maxBreaks, bs.size());
      for (int s = 0; s < n; s++) {
        skillOk[s * vehicles + v] = vt.skills().containsAll(inst.stops().get(s).skills());
      }
    }
    lockVeh = new int[n];
    java.util.Arrays.fill(lockVeh, -1);
    for (Lock lock : locks) {
      for (int s : lock.stops()) {
        if (s >= 0 && s < n && lock.vehicle() >= 0 && lock.vehicle() < vehicles) {
          lockVeh[s] = lock.vehicle();
          if (partner[s] >= 0) {
            lockVeh[partner[s]] = lock.vehicle();
          }
        }
      }
    }
    int count = 0;
    for (int s = 0; s < n; s++) {
      if (isTaskHead(s) && lockVeh[s] < 0 && !excluded[s]) {
        count++;
      }
    }
    tasks = new int[count];
    count = 0;
    for (int s = 0; s < n; s++) {
      if (isTaskHead(s) && lockVeh[s] < 0 && !excluded[s]) {
        tasks[count++] = s;
      }
    }
    int servable = 0;
    for (int s = 0; s < n; s++) {
      servable += excluded[s] ? 0 : 1;
    }
    served = new int[servable];
    servable = 0;
    for (int s = 0; s < n; s++) {
      if (!excluded[s]) {
        served[servable++] = s;
      }
    }
    buf = new int[n + 2];
    taken = new boolean[maxBreaks];
    levels = java.util.Arrays.stream(priority).distinct().sorted().toArray();
    stopX = new double[n];
    stopY = new double[n];
    double cx = 0;
    double cy = 0;
    for (int s = 0; s < n; s++) {
      org.routeforge.data.model.Location l = inst.locations().get(loc[s]);
      stopX[s] = l.hasCoordinates() ? l.x() : Double.NaN;
      stopY[s] = l.hasCoordinates() ? l.y() : Double.NaN;
      cx += stopX[s];
      cy += stopY[s];
    }
    centreX = n == 0 ? Double.NaN : cx / n;
    centreY = n == 0 ? Double.NaN : cy / n;
    triedType = new boolean[inst.vehicleTypes().size()];
    lastBreakPos = new int[maxBreaks];
    boolean noTimeCost = !minMax;
    for (int v = 0; v < vehicles; v++) {
      noTimeCost &= cpt[v] == 0;
    }
    distancePriced = noTimeCost;
    boolean sym = true;
    for (int a = 0; a < locations && sym; a++) {
      for (int b = a + 1; b < locations; b++) {
        if (dist[a * locations + b] != dist[b * locations + a]) {
          sym = false;
          break;
        }
      }
    }
    symmetric = sym;
    neighbours = neighbourLists();
    Features features = Features.of(inst);
    segments = RouteSegments.supports(features) ? new RouteSegments(this) : null;
    freeTails = !features.has(org.routeforge.solver.problem.Feature.SHIPMENTS)
        && !features.has(org.routeforge.solver.problem.Feature.SKILLS) && locks.isEmpty();
    operators = operatorsFor(features);
    stringRemoval = new StringRemoval(this);
    routeAssignment = new RouteAssignment(this);
    pairExchange = new PairExchange(this);
    routeElimination = new RouteElimination(this);
  }

  /**
   * The names of the education steps that run on this instance: the node operators that support it,
   * insertion of unserved tasks with priority ejection, and the moves made at a local optimum that
   * apply to it.
   */
  List<String> educationSteps() {
    List<String> out = new ArrayList<>();
    for (NodeOperator op : operators) {
      out.add(op.name());
    }
    out.add("insert-unserved");
    out.add("priority-ejection");
    out.add("route-elimination");
    if (inst.vehicleTypes().size() > 1) {
      out.add("route-assignment");
    }
    if (pairExchange.hasPairs()) {
      out.add("pair-exchange");
    }
    out.add("string-removal");
    return out;
  }

  private boolean isTaskHead(int s) {
    return plain[s] || pickup[s];
  }

  /** Weight of leaving task {@code s} (and its delivery) unserved. */
  double taskWeight(int s) {
    return partner[s] >= 0 ? weight[s] + weight[partner[s]] : weight[s];
  }

  /**
   * Simulates vehicle {@code v} driving {@code seq[0..len)}: the route's cost, or infinity when it
   * breaks a constraint (capacity, windows, shift, breaks, max duration/distance/stops). Sets
   * {@link #lastEnd} and {@link #lastBreakPos}. The duration is {@link RichEvaluator}'s: the least
   * over the departures that keep the route feasible. Leaving later than the shift's opening first
   * absorbs waiting, until a stop would pass the close of its window: its last one ends the scan,
   * an earlier one starts a later piece of departures ({@link #laterPieces}), needed only while the
   * waiting is not all absorbed.
   */
  double simulate(int v, int[] seq, int len) {
    lastEnd = 0;
    if (len == 0) {
      return 0;
    }
    if (scanCross == null || scanCross.length < len) {
      scanCross = new double[len];
      scanWindow = new int[len];
      scanFloor = new int[len];
    }
    if (len > maxStops[v]) {
      return INF;
    }
    for (int d = 0; d < dims; d++) {
      long c = cap[v * dims + d];
      long load = 0;
      for (int i = 0; i < len; i++) {
        if (plain[seq[i]]) {
          load += dem[seq[i] * dims + d];
        }
      }
      if (load > c) {
        return INF;
      }
      for (int i = 0; i < len; i++) {
        int s = seq[i];
        load += pickup[s] ? dem[s * dims + d] : -dem[s * dims + d];
        if (load > c) {
          return INF;
        }
      }
    }
    int nb = bOpen[v].length;
    for (int b = 0; b < nb; b++) {
      taken[b] = false;
    }
    java.util.Arrays.fill(scanFloor, 0, len, 0);
    double t = scan(v, seq, len, shiftOpen[v], true);
    if (t == INF || t > shiftClose[v] + EPS || scanDistance > maxDist[v] + EPS) {
      return INF;
    }
    lastEnd = t;
    double change = scanChange;
    double duration = t - shiftOpen[v] - Math.min(scanWait, Math.min(change, scanLimit));
    if (change < Math.min(scanWait, scanLimit)) {
      duration = laterPieces(v, seq, len, duration, change);
    }
    if (duration > maxDur[v] + EPS) {
      lastEnd = 0;
      return INF;
    }
    return fixed[v] + cpd[v] * scanDistance + cpt[v] * duration;
  }

  /**
   * The segments of {@code st}'s routes for O(1) pricing of moves between routes, or null when they do
   * not apply to the instance (breaks, several windows): then the caller simulates.
   */
  RouteSegments segmentsOf(State st) {
    if (segments != null) {
      segments.bind(st);
    }
    return segments;
  }

  /**
   * Whether break {@code b} is taken on the leg to stop {@code p} (leaving at {@code t}, {@code travel}
   * to drive): always on the last leg; when deferring it past stop {@code p} would miss its window; or
   * when it starts before the arrival (or fits in the wait for the stop's window) and the stop stays
   * in the same window.
   */
  private boolean takeBreakNow(int v, int b, int p, int[] seq, int len, double t, double travel) {
    if (p == len) {
      return true;
    }
    int s = seq[p];
    double arrive = t + travel;
    int k = window(s, arrive);
    double serviceStart = k < 0 ? INF : Math.max(arrive, wOpen[s][k]);
    if (serviceStart + service[s] > bClose[v][b] + EPS) {
      return true;
    }
    double start = Math.max(t, bOpen[v][b]);
    if (start > arrive + EPS && start + bDur[v][b] > serviceStart + EPS) {
      return false;
    }
    double arriveWith = start + bDur[v][b] + travel - Math.min(travel, start - t);
    return window(s, arriveWith) == k;
  }

  /**
   * The least duration over departures later than {@code change} after the shift's opening, or
   * {@code best} if none is shorter by more than a rounding error; sets {@link #lastEnd} to the end
   * of the shortest. A piece starts just after a departure at which a stop passes the close of a
   * window that has a successor; on it, leaving later shortens the route by the waiting absorbed, until
   * the next such departure or the route turns infeasible. Reads the windows and slacks of the first
   * piece from {@link #scanWindow} and {@link #scanCross}, and {@link #lastBreakPos}.
   */
  private double laterPieces(int v, int[] seq, int len, double best, double change) {
    for (int i = 0; i < len; i++) {
      scanFloor[i] = scanWindow[i];
    }
    double x = shiftOpen[v];
    double step = change;
    while (true) {
      x += step;
      for (int i = 0; i < len; i++) {
        if (scanCross[i] <= step + TIE) {
          scanFloor[i] = scanWindow[i] + 1;
        }
      }
      double end = scan(v, seq, len, x, false);
      if (end == INF || end > shiftClose[v] + EPS) {
        return best;
      }
      double absorbed = Math.min(scanWait, Math.min(scanChange, scanLimit));
      double duration = end - x - absorbed;
      if (absorbed > 0 && duration < best - TIE) {
        best = duration;
        lastEnd = end;
      }
      if (!(scanChange < scanLimit) || absorbed >= scanWait) {
        return best; // later departures are infeasible, or no waiting is left to absorb
      }
      step = scanChange;
    }
  }

  /**
   * The end of vehicle {@code v} driving {@code seq[0..len)} leaving at {@code depart}, stop {@code i}
   * served in window {@code scanFloor[i]} or a later one; infinity when a leg is missing or a stop or
   * a break is late. Breaks are placed ({@code placeBreaks}: each on the first leg where
   * {@link #takeBreakNow} holds, positions recorded in {@link #lastBreakPos}) or taken where
   * {@link #lastBreakPos} says. Sets {@link #scanDistance}, {@link #scanWait} (waiting),
   * {@link #scanChange} (least slack of a stop served in a window that has a successor),
   * {@link #scanLimit} (least slack of the others, of the breaks and of the shift's close), and per
   * stop {@link #scanWindow} and {@link #scanCross}.
   */
  private double scan(int v, int[] seq, int len, double depart, boolean placeBreaks) {
    double t = depart;
    int prev = startLoc[v];
    double dsum = 0;
    double wait = 0;
    double change = INF;
    double limit = INF;
    int nb = bOpen[v].length;
    for (int p = 0; p <= len; p++) {
      int next = p < len ? loc[seq[p]] : endLoc[v];
      double travelLeft = 0;
      if (prev >= 0 && next >= 0) {
        double dd = dist[prev * locations + next];
        travelLeft = time[prev * locations + next];
        if (dd == INF || travelLeft == INF) {
          return INF;
        }
        dsum += dd;
      }
      for (int b = 0; b < nb; b++) {
        if (placeBreaks ? taken[b] || !takeBreakNow(v, b, p, seq, len, t, travelLeft) : lastBreakPos[b] != p) {
          continue;
        }
        double start = Math.max(t, bOpen[v][b]);
        if (start > bClose[v][b] + EPS) {
          return INF;
        }
        // leaving later first absorbs the waits before, then delays the leg's start up to the close
        limit = Math.min(limit, wait + Math.max(0, bClose[v][b] - t));
        double driven = Math.min(travelLeft, start - t);
        travelLeft -= driven;
        wait += start - t - driven;
        t = start + bDur[v][b];
        if (placeBreaks) {
          taken[b] = true;
          lastBreakPos[b] = p;
        }
      }
      t += travelLeft;
      if (p == len) {
        break;
      }
      int s = seq[p];
      int k = window(s, t, scanFloor[p]);
      if (k < 0) {
        return INF;
      }
      double slack = wait + Math.max(0, wClose[s][k] - t);
      scanWindow[p] = k;
      scanCross[p] = k + 1 < wClose[s].length ? slack : INF;
      if (k + 1 < wClose[s].length) {
        change = Math.min(change, slack);
      } else {
        limit = Math.min(limit, slack);
      }
      double start = Math.max(t, wOpen[s][k]);
      wait += start - t;
      t = start + service[s];
      prev = loc[s];
    }
    scanDistance = dsum;
    scanWait = wait;
    scanChange = change;
    scanLimit = Math.min(limit, wait + Math.max(0, shiftClose[v] - t));
    return t;
  }

  /** The first window of stop {@code s} still open at {@code t}, or -1. */
  private int window(int s, double t) {
    return window(s, t, 0);
  }

  /** The first window of stop {@code s} from {@code floor} on still open at {@code t}, or -1. */
  private int window(int s, double t, int floor) {
    double[] c = wClose[s];
    for (int k = floor; k < c.length; k++) {
      if (t <= c[k] + EPS) {
        return k;
      }
    }
    return -1;
  }

  /** A solution under construction: one stop sequence per vehicle, costs and ends per route. */
  final class State {
    /** Identity for the population's distance cache only (never influences a decision). */
    final long id = STATE_IDS.incrementAndGet();
    final int[][] seq = new int[vehicles][n];
    final int[] len = new int[vehicles];
    final double[] cost = new double[vehicles];
    final double[] end = new double[vehicles];
    final int[] routeOf = new int[n];
    /** The index of each served stop in its route. */
    final int[] pos = new int[n];

    State() {
      java.util.Arrays.fill(routeOf, -1);
    }

    State copy() {
      State c = new State();
      for (int v = 0; v < vehicles; v++) {
        System.arraycopy(seq[v], 0, c.seq[v], 0, len[v]);
      }
      System.arraycopy(len, 0, c.len, 0, vehicles);
      System.arraycopy(cost, 0, c.cost, 0, vehicles);
      System.arraycopy(end, 0, c.end, 0, vehicles);
      System.arraycopy(routeOf, 0, c.routeOf, 0, n);
      System.arraycopy(pos, 0, c.pos, 0, n);
      return c;
    }

    double totalCost() {
      double sum = 0;
      for (int v = 0; v < vehicles; v++) {
        sum += cost[v];
      }
      return sum;
    }

    double makespan() {
      double m = 0;
      for (int v = 0; v < vehicles; v++) {
        if (len[v] > 0) {
          m = Math.max(m, end[v]);
        }
      }
      return m;
    }

    /** The weight of the servable stops left unserved (stops set aside as unservable do not count). */
    double unservedWeight() {
      double w = 0;
      for (int s = 0; s < n; s++) {
        if (routeOf[s] < 0 && !excluded[s]) {
          w += weight[s];
        }
      }
      return w;
    }

    /** The objective keys: unserved weight, makespan (min–max only), cost. */
    RichIndividual individual() {
      return new RichIndividual(unservedWeight(), minMax ? makespan() : 0, totalCost(), this);
    }

    void set(int v, int[] newSeq, int newLen, double newCost, double newEnd) {
      for (int i = 0; i < len[v]; i++) {
        // a stop that already moved to another route keeps that route
        if (routeOf[seq[v][i]] == v) {
          routeOf[seq[v][i]] = -1;
        }
      }
      System.arraycopy(newSeq, 0, seq[v], 0, newLen);
      len[v] = newLen;
      cost[v] = newCost;
      end[v] = newEnd;
      for (int i = 0; i < newLen; i++) {
        routeOf[newSeq[i]] = v;
        pos[newSeq[i]] = i;
      }
      if (segments != null) {
        segments.changed(this, v);
      }
    }

    /** The routes with breaks placed, non-empty ones only. */
    List<RichRoute> routes() {
      List<RichRoute> out = new ArrayList<>();
      for (int v = 0; v < vehicles; v++) {
        if (len[v] == 0) {
          continue;
        }
        int[] s = java.util.Arrays.copyOf(seq[v], len[v]);
        simulate(v, s, s.length);
        out.add(new RichRoute(v, s, java.util.Arrays.copyOf(lastBreakPos, bOpen[v].length)));
      }
      return out;
    }
  }

  /** The state with the locked stops on their vehicles (each kept only while its route stays feasible). */
  State base() {
    State st = new State();
    int[] tmp = new int[n + 2];
    for (Lock lock : locks) {
      int v = lock.vehicle();
      if (v < 0 || v >= vehicles) {
        continue;
      }
      for (int s : lock.stops()) {
        if (s < 0 || s >= n || excluded[s] || st.routeOf[s] >= 0 || !skillOk[s * vehicles + v]) {
          continue;
        }
        int l = st.len[v];
        System.arraycopy(st.seq[v], 0, tmp, 0, l);
        tmp[l++] = s;
        int o = partner[s];
        if (o >= 0 && st.routeOf[o] < 0) {
          tmp[l++] = o;
          if (!pickup[s]) {
            tmp[l - 2] = o;
            tmp[l - 1] = s;
          }
        }
        double c = simulate(v, tmp, l);
        if (c < INF) {
          st.set(v, tmp, l, c, lastEnd);
        }
      }
    }
    return st;
  }

  /** Genes of a genotype: one per task, then one route delimiter per vehicle ({@link #decode}). */
  int genes() {
    return tasks.length + vehicles;
  }

  /**
   * Decodes a genotype: task indices, and delimiters {@code tasks.length + v} that close vehicle
   * {@code v}'s route. The tasks since the previous delimiter go to that vehicle first, in order, each
   * at its cheapest feasible place there, so a parent's route that the crossover kept comes back on its
   * vehicle; the tasks after the last delimiter, and those that fit nowhere on their vehicle, then go to
   * their cheapest feasible place anywhere, higher priorities first. An order without delimiters is
   * plain cheapest insertion.
   */
  State decode(int[] order) {
    State st = base();
    int from = 0;
    for (int k = 0; k < order.length; k++) {
      if (order[k] < tasks.length) {
        continue;
      }
      int v = order[k] - tasks.length;
      for (int i = from; i < k; i++) {
        int s = tasks[order[i]];
        if (st.routeOf[s] < 0 && servesTask(s, v)) {
          insertBestOn(st, s, v);
        }
      }
      from = k + 1;
    }
    int[] levels = priorityLevels();
    for (int lvl = levels.length - 1; lvl >= 0; lvl--) {
      for (int ti : order) {
        if (ti >= tasks.length) {
          continue;
        }
        int s = tasks[ti];
        if (priority[s] == levels[lvl] && st.routeOf[s] < 0) {
          insertBest(st, s);
        }
      }
    }
    return st;
  }

  private int[] priorityLevels() {
    return levels;
  }

  /**
   * The genotype of a state ({@link #decode}): route by route, each route's tasks then its vehicle's
   * delimiter, routes by the angle of their centre around the centre of all stops when the stops have
   * coordinates (so that a crossover slice is a sector of neighbouring routes), by vehicle otherwise;
   * then the delimiters of the unused vehicles, then the unserved tasks.
   */
  int[] encode(State st) {
    int[] taskOf = new int[n];
    java.util.Arrays.fill(taskOf, -1);
    for (int i = 0; i < tasks.length; i++) {
      taskOf[tasks[i]] = i;
    }
    int[] out = new int[genes()];
    boolean[] done = new boolean[tasks.length];
    int k = 0;
    for (int v : routeOrder(st)) {
      for (int i = 0; i < st.len[v]; i++) {
        int t = taskOf[st.seq[v][i]];
        if (t >= 0 && !done[t]) {
          done[t] = true;
          out[k++] = t;
        }
      }
      out[k++] = tasks.length + v;
    }
    for (int v = 0; v < vehicles; v++) {
      if (st.len[v] == 0) {
        out[k++] = tasks.length + v;
      }
    }
    for (int t = 0; t < tasks.length; t++) {
      if (!done[t]) {
        out[k++] = t;
      }
    }
    return out;
  }

  /** The used vehicles of {@code st}, by the angle of their route's centre when stops have coordinates. */
  private int[] routeOrder(State st) {
    int used = 0;
    for (int v = 0; v < vehicles; v++) {
      used += st.len[v] > 0 ? 1 : 0;
    }
    int[] order = new int[used];
    double[] angle = new double[vehicles];
    int k = 0;
    for (int v = 0; v < vehicles; v++) {
      if (st.len[v] == 0) {
        continue;
      }
      order[k++] = v;
      if (centreX == centreX) {
        double x = 0;
        double y = 0;
        for (int i = 0; i < st.len[v]; i++) {
          x += stopX[st.seq[v][i]];
          y += stopY[st.seq[v][i]];
        }
        angle[v] = Math.atan2(y / st.len[v] - centreY, x / st.len[v] - centreX);
      } else {
        angle[v] = v;
      }
    }
    for (int i = 1; i < used; i++) {
      int v = order[i];
      int j = i - 1;
      while (j >= 0 && angle[order[j]] > angle[v]) {
        order[j + 1] = order[j];
        j--;
      }
      order[j + 1] = v;
    }
    return order;
  }

  // insertion -------------------------------------------------------------------------------

  private double bestCost;
  private double bestEnd;
  private double bestMk;
  private double bestDelta;
  private boolean newRoutes = true;
  private long deadline = Long.MAX_VALUE;
  private org.routeforge.solver.CancelToken cancel;
  /** The makespan before the insertion being priced (min–max objective only). */
  private double insertionMakespan;
  private int bestV;
  private int[] bestBuf;
  private int bestLen;

  /**
   * Inserts task {@code s} (with its delivery) where the objective grows least; returns whether a
   * feasible place was found.
   */
  boolean insertBest(State st, int s) {
    if (!findBest(st, s, -1)) {
      return false;
    }
    st.set(bestV, bestBuf, bestLen, bestCost, bestEnd);
    return true;
  }

  /** Inserts task {@code s} (with its delivery) at its cheapest feasible place on vehicle {@code v}. */
  boolean insertBestOn(State st, int s, int v) {
    if (!findBest(st, s, v)) {
      return false;
    }
    st.set(bestV, bestBuf, bestLen, bestCost, bestEnd);
    return true;
  }

  /**
   * Inserts task {@code s} (with its delivery) at its cheapest granular place on vehicle {@code v}
   * only (next to its nearest stops there); false when none of those is feasible. For moves that
   * try many insertions, where trying every place of a long route would dominate.
   */
  boolean insertNearOn(State st, int s, int v) {
    if (bestBuf == null) {
      bestBuf = new int[n + 2];
    }
    insertionMakespan = minMax ? st.makespan() : 0;
    bestMk = INF;
    bestDelta = INF;
    bestV = -1;
    if (!granularPlaces(st, s, v)) {
      return false;
    }
    st.set(bestV, bestBuf, bestLen, bestCost, bestEnd);
    return true;
  }

  /**
   * The cheapest feasible place for task {@code s}, on vehicle {@code only} when it is not -1: first
   * among the granular places (next to the task's nearest served stops, or on an unused vehicle of
   * each type), and when none of them is feasible, among every place of every route.
   */
  private boolean findBest(State st, int s, int only) {
    if (bestBuf == null) {
      bestBuf = new int[n + 2];
    }
    insertionMakespan = minMax ? st.makespan() : 0;
    bestMk = INF;
    bestDelta = INF;
    bestV = -1;
    if (granularPlaces(st, s, only)) {
      return true;
    }
    everyPlace(st, s, only);
    return bestV >= 0;
  }

  /** Tries {@code s} (and its delivery) next to its nearest served stops and on unused vehicles. */
  private boolean granularPlaces(State st, int s, int only) {
    int o = partner[s];
    java.util.Arrays.fill(triedType, false);
    for (int v = 0; v < vehicles; v++) {
      if (st.len[v] == 0 && newRoutes && (only < 0 || v == only) && servesTask(s, v)) {
        int t = fleet.typeOf(v);
        if (!triedType[t]) {
          triedType[t] = true;
          place(st, v, s, 0, o, 1);
        }
      }
    }
    for (int w : neighbours[s]) {
      int v = st.routeOf[w];
      if (v < 0 || (only >= 0 && v != only) || !servesTask(s, v)) {
        continue;
      }
      int pw = st.pos[w];
      for (int i = pw; i <= pw + 1; i++) {
        if (o < 0) {
          place(st, v, s, i, -1, -1);
          continue;
        }
        // the delivery right after the pickup, at the route's end, or next to its own neighbours
        place(st, v, s, i, o, i + 1);
        place(st, v, s, i, o, st.len[v] + 1);
        for (int x : neighbours[o]) {
          if (st.routeOf[x] == v) {
            int px = st.pos[x];
            if (px >= i) {
              place(st, v, s, i, o, px + 2);
            }
          }
        }
      }
    }
    return bestV >= 0;
  }

  /** Tries {@code s} (and its delivery) at every place of every route. */
  private void everyPlace(State st, int s, int only) {
    java.util.Arrays.fill(triedType, false);
    int o = partner[s];
    for (int v = 0; v < vehicles; v++) {
      if ((only >= 0 && v != only) || !servesTask(s, v) || (st.len[v] == 0 && !newRoutes)) {
        continue;
      }
      if (st.len[v] == 0 && only < 0) {
        int t = fleet.typeOf(v);
        if (triedType[t]) {
          continue;
        }
        triedType[t] = true;
      }
      int len = st.len[v];
      for (int i = 0; i <= len; i++) {
        if (o < 0) {
          place(st, v, s, i, -1, -1);
          continue;
        }
        for (int j = i + 1; j <= len + 1; j++) {
          place(st, v, s, i, o, j);
        }
      }
    }
  }

  /** Whether insertions may open a route on an unused vehicle (off while a route is eliminated). */
  void allowNewRoutes(boolean allowed) {
    newRoutes = allowed;
  }

  /** Whether vehicle {@code v} can serve task {@code s} and its delivery. */
  private boolean servesTask(int s, int v) {
    int o = partner[s];
    return skillOk[s * vehicles + v] && (o < 0 || skillOk[o * vehicles + v]);
  }


  /**
   * Prices route {@code v} with {@code s} at index {@code si} of the new sequence and, when
   * {@code o >= 0}, {@code o} at index {@code oi > si}; keeps it when it is the best place so far.
   */
  private void place(State st, int v, int s, int si, int o, int oi) {
    int len = st.len[v] + (o < 0 ? 1 : 2);
    if (o >= 0 && (oi <= si || oi >= len)) {
      return;
    }
    RouteSegments segs = o < 0 ? segmentsOf(st) : null;
    double c;
    double end;
    if (segs != null) {
      c = segs.insert(st, v, si, s);
      end = segs.lastEnd;
    } else {
      spliceInto(buf, st.seq[v], len, s, si, o, oi);
      c = simulate(v, buf, len);
      end = lastEnd;
    }
    if (c == INF) {
      return;
    }
    double mk = minMax ? Math.max(insertionMakespan, end) : 0;
    double delta = c - st.cost[v];
    if (mk < bestMk - EPS || (mk <= bestMk + EPS && delta < bestDelta - EPS)) {
      bestMk = mk;
      bestDelta = delta;
      bestV = v;
      bestCost = c;
      bestEnd = end;
      spliceInto(bestBuf, st.seq[v], len, s, si, o, oi);
      bestLen = len;
    }
  }

  /** Writes {@code seq} with {@code s} at index {@code si} and, when {@code o >= 0}, {@code o} at {@code oi} into {@code out}. */
  private static void spliceInto(int[] out, int[] seq, int len, int s, int si, int o, int oi) {
    int src = 0;
    for (int p = 0; p < len; p++) {
      out[p] = p == si ? s : p == oi ? o : seq[src++];
    }
  }

  /** The location at index {@code i} of route {@code v}: its start before 0, its end after the last stop (-1: none). */
  int locationAt(State st, int v, int i) {
    return i < 0 ? startLoc[v] : i >= st.len[v] ? endLoc[v] : loc[st.seq[v][i]];
  }

  /** The location of stop {@code s}. */
  int location(int s) {
    return loc[s];
  }

  /** Distance between two locations; 0 when one is none (-1, an open route's end). */
  double legDistance(int a, int b) {
    return a < 0 || b < 0 ? 0 : dist[a * locations + b];
  }

  /** The distance of vehicle {@code v} driving {@code seq[0..len)} from its start to its end. */
  double routeDistance(int v, int[] seq, int len) {
    int prev = startLoc[v];
    double sum = 0;
    for (int i = 0; i < len; i++) {
      int l = loc[seq[i]];
      sum += legDistance(prev, l);
      prev = l;
    }
    return sum + legDistance(prev, endLoc[v]);
  }

  /** Cost per unit of distance of vehicle {@code v}. */
  double costPerDistance(int v) {
    return cpd[v];
  }

  /** Whether vehicle {@code v} has the skills stop {@code s} needs. */
  boolean canServe(int s, int v) {
    return skillOk[s * vehicles + v];
  }

  /** Whether stop {@code s} is a shipment's pickup. */
  boolean isPickup(int s) {
    return pickup[s];
  }

  /** Distance between the locations of stops {@code a} and {@code b}. */
  double taskDistance(int a, int b) {
    return dist[loc[a] * locations + loc[b]];
  }

  /** Removes task {@code s} (and its delivery) from its route, if served; false when the rest is infeasible. */
  boolean removeTask(State st, int s) {
    return st.routeOf[s] >= 0 && remove(st, s);
  }

  /** Removes task {@code s} (and its delivery) from its route; false when the rest is infeasible. */
  private boolean remove(State st, int s) {
    int v = st.routeOf[s];
    int o = partner[s];
    RouteSegments segs = o < 0 ? segmentsOf(st) : null;
    double c;
    double end;
    if (segs != null) {
      c = segs.remove(st, v, st.pos[s]);
      end = segs.lastEnd;
    } else {
      c = simulate(v, without(st, v, s, o), st.len[v] - (o < 0 ? 1 : 2));
      end = lastEnd;
    }
    if (c == INF) {
      return false;
    }
    int l = st.len[v] - (o < 0 ? 1 : 2);
    st.set(v, java.util.Arrays.copyOf(without(st, v, s, o), l), l, c, end);
    return true;
  }

  /** Route {@code v} of {@code st} without {@code s} and {@code o}, in {@link #buf}. */
  private int[] without(State st, int v, int s, int o) {
    int l = 0;
    for (int i = 0; i < st.len[v]; i++) {
      int x = st.seq[v][i];
      if (x != s && x != o) {
        buf[l++] = x;
      }
    }
    return buf;
  }

  // improvement -----------------------------------------------------------------------------

  /**
   * The Lamarckian step: the granular local search ({@link #descend}) to a local optimum, insertion of
   * unserved tasks with priority-aware ejection (and the local search again when that changed
   * anything, at most {@code passes} rounds), then at the local optimum the moves it cannot make:
   * whole routes onto other vehicle types ({@link RouteAssignment}), shipments trading routes
   * ({@link PairExchange}) and string-removal ruin and recreate ({@link StringRemoval}).
   */
  State improve(State st, RandomGenerator rng, int passes) {
    State cur = st;
    for (int pass = 0; pass < passes; pass++) {
      descend(cur, rng);
      if (!insertUnserved(cur)) {
        break;
      }
    }
    if (timeUp()) {
      return cur;
    }
    cur = routeElimination.run(cur, rng);
    routeAssignment.run(cur);
    if (pairExchange.hasPairs()) {
      cur = pairExchange.run(cur);
    }
    for (int a = 0; a < RUIN_ATTEMPTS && tasks.length > 1; a++) {
      State ruined = stringRemoval.attempt(cur, rng);
      if (ruined != null) {
        cur = ruined;
        descend(cur, rng);
      }
    }
    return cur;
  }

  /**
   * Granular local search in place: for each served stop {@code u} in random order and each of its
   * {@link #NEIGHBOURS} nearest stops {@code v}, the first operator move that improves the objective is
   * applied; rounds repeat until none improves (at most {@link #MAX_ROUNDS}).
   */
  private void descend(State st, RandomGenerator rng) {
    shuffle(served, rng);
    boolean improved = true;
    for (int round = 0; improved && round < MAX_ROUNDS; round++) {
      improved = false;
      for (int u : served) {
        if (timeUp()) {
          return;
        }
        int[] near = neighbours[u];
        for (int k = 0; k < near.length && st.routeOf[u] >= 0; k++) {
          int v = near[k];
          if (st.routeOf[v] < 0) {
            continue;
          }
          for (NodeOperator op : operators) {
            evaluations++;
            if (op.evaluate(st, u, v) < -EPS) {
              op.apply(st);
              improved = true;
              break;
            }
          }
        }
      }
    }
  }

  /**
   * Ends every education at {@code deadlineNanos} ({@link System#nanoTime()}) or when {@code cancel}
   * fires: the local search stops where it is and the steps after it are skipped, so that a search of
   * a large instance never overruns its time limit by a whole education.
   */
  void stopAt(long deadlineNanos, org.routeforge.solver.CancelToken cancel) {
    this.deadline = deadlineNanos;
    this.cancel = cancel;
  }

  /** Whether the deadline passed or the search was cancelled. */
  boolean timeUp() {
    return (cancel != null && cancel.isCancelled()) || System.nanoTime() > deadline;
  }

  /** The node operators that support an instance with {@code features}, in the order they are tried. */
  NodeOperator[] operatorsFor(Features features) {
    List<NodeOperator> all = List.of(new RelocateOperator(this), new ExchangeOperator(this),
        new TwoOptStarOperator(this), new TwoOptOperator(this));
    List<NodeOperator> out = new ArrayList<>();
    for (NodeOperator op : all) {
      if (op.supports(features)) {
        out.add(op);
      }
    }
    return out.toArray(new NodeOperator[0]);
  }

  /** The nearest servable stops of servable stop {@code s}. */
  int[] neighbours(int s) {
    return neighbours[s];
  }

  /** Operator moves priced so far. */
  long evaluations() {
    return evaluations;
  }

  /**
   * Per servable stop, its {@link #NEIGHBOURS} most correlated servable stops (HGS's measure: the
   * distance, plus 0.2 x the wait and 1 x the lateness that driving from one to the other would cause
   * given their earliest opening and latest closing times).
   */
  private int[][] neighbourLists() {
    int[][] out = new int[n][];
    int[] cand = new int[served.length];
    double[] key = new double[n];
    for (int u : served) {
      int m = 0;
      double closeU = wClose[u][wClose[u].length - 1];
      for (int v : served) {
        if (v == u) {
          continue;
        }
        double t = time[loc[u] * locations + loc[v]];
        double wait = wOpen[v][0] - service[u] - t - closeU;
        double late = wOpen[u][0] + service[u] + t - wClose[v][wClose[v].length - 1];
        key[v] = dist[loc[u] * locations + loc[v]] + 0.2 * Math.max(0, wait) + Math.max(0, late);
        cand[m++] = v;
      }
      int k = Math.min(NEIGHBOURS, m);
      // partial selection sort: the k smallest keys, ascending (k is small)
      for (int i = 0; i < k; i++) {
        int bi = i;
        for (int j = i + 1; j < m; j++) {
          if (key[cand[j]] < key[cand[bi]]) {
            bi = j;
          }
        }
        int t = cand[i];
        cand[i] = cand[bi];
        cand[bi] = t;
      }
      out[u] = java.util.Arrays.copyOf(cand, k);
    }
    return out;
  }

  /**
   * Inserts unserved tasks, highest priority first; a task that fits nowhere may eject a served single
   * stop of lower priority from a route when it then fits there.
   */
  private boolean insertUnserved(State st) {
    boolean any = false;
    int[] levels = priorityLevels();
    for (int lvl = levels.length - 1; lvl >= 0; lvl--) {
      for (int s : tasks) {
        if (st.routeOf[s] >= 0 || priority[s] != levels[lvl]) {
          continue;
        }
        if (insertBest(st, s)) {
          any = true;
          continue;
        }
        for (int e : tasks) {
          if (st.routeOf[e] < 0 || partner[e] >= 0 || taskWeight(e) >= taskWeight(s)) {
            continue;
          }
          State trial = st.copy();
          if (remove(trial, e) && insertBest(trial, s)) {
            copyInto(trial, st);
            any = true;
            break;
          }
        }
      }
    }
    return any;
  }

  private void copyInto(State from, State to) {
    for (int v = 0; v < vehicles; v++) {
      to.set(v, from.seq[v], from.len[v], from.cost[v], from.end[v]);
    }
  }

  /** A state from given routes: each route kept when feasible on its vehicle, its stops otherwise re-inserted later. */
  State fromRoutes(List<RichRoute> routes) {
    State st = base();
    for (RichRoute r : routes) {
      int v = r.vehicle();
      if (v < 0 || v >= vehicles) {
        continue;
      }
      int l = st.len[v];
      int[] tmp = java.util.Arrays.copyOf(st.seq[v], n + 2);
      for (int s : r.stops()) {
        if (s >= 0 && s < n && !excluded[s] && st.routeOf[s] < 0 && skillOk[s * vehicles + v] && l < n) {
          boolean dup = false;
          for (int i = 0; i < l; i++) {
            dup |= tmp[i] == s;
          }
          if (!dup) {
            tmp[l++] = s;
          }
        }
      }
      double c = simulate(v, tmp, l);
      if (c < INF && pairsComplete(tmp, l)) {
        st.set(v, tmp, l, c, lastEnd);
      }
    }
    return st;
  }

  private boolean pairsComplete(int[] seq, int len) {
    for (int i = 0; i < len; i++) {
      int o = partner[seq[i]];
      if (o < 0) {
        continue;
      }
      int j = -1;
      for (int k = 0; k < len; k++) {
        if (seq[k] == o) {
          j = k;
        }
      }
      if (j < 0 || (pickup[seq[i]] && j < i) || (!pickup[seq[i]] && j > i)) {
        return false;
      }
    }
    return true;
  }

  private static void shuffle(int[] a, RandomGenerator rng) {
    for (int i = a.length - 1; i > 0; i--) {
      int j = rng.nextInt(i + 1);
      int t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
  }
}
