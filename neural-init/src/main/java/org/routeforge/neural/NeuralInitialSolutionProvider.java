package org.routeforge.neural;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.routeforge.data.model.CompactInstance;
import org.routeforge.data.model.Instance;
import org.routeforge.data.model.VehicleType;
import org.routeforge.solver.InitialSolutionProvider;

/**
 * The EARLI initialiser: the learned policy proposes the starting population of the memetic search.
 * One POMO pass (greedy rollouts from many start customers on the 8 symmetric copies of the
 * instance) yields hundreds of feasible solutions in one batch; they are costed with the instance's
 * own travel matrix (so road instances are routed by coordinates but judged by driving times), and
 * the best {@code count} distinct ones are proposed. The search educates (local-searches) every
 * proposal before it enters the first generation, which is EARLI's local-search step.
 *
 * <p>Needs coordinates for every node, one vehicle type based at one depot and no time windows (the
 * policy was trained on the CVRP); otherwise {@link #supports} warns and is false, and the search falls
 * back to the other providers. Decoding stops when its thread is interrupted (the solver's
 * {@code ProviderTimeCap} interrupts a provider that overruns its share of the time limit). The model is the shipped one, or the checkpoint directory named by the
 * system property {@value #MODEL_PROPERTY} / environment variable {@value #MODEL_ENV}. It is loaded
 * once per JVM, on first use.
 *
 * <p>From {@value #SECTORS_FROM} customers on (property {@value #SECTORS_FROM_PROPERTY}) the policy
 * runs on polar sectors of at most {@value #SECTOR_SIZE} customers instead of the whole instance
 * ({@link SectorDecomposition}: all sectors of {@value #SECTOR_VARIANTS} rotated decompositions in one
 * batched decode, the sectors' routes concatenated), which costs about a third of the CPU of one
 * whole-instance pass at 1 000 customers and gives better tours, because the policy was trained on
 * up to 100–200 customers.
 *
 * <p>The number of start customers is capped so that one pass costs about {@code work} node-steps
 * (rollouts × nodes², the decoder's cost), and never fewer than one start (8 rollouts with the
 * augmentation, EARLI's K = 8). As a seeder the default {@link #SEED_WORK} keeps inference short
 * (16 starts × 8 at 100 customers, 1 × 8 at 500), because every millisecond of it is taken from the
 * search; {@link #FULL_WORK} is the full POMO inference (every customer as start up to 100
 * customers) used to measure the policy alone. The system property {@value #WORK_PROPERTY}
 * overrides the default.
 */
public final class NeuralInitialSolutionProvider implements InitialSolutionProvider {
  /** System property naming a checkpoint directory to use instead of the shipped model. */
  public static final String MODEL_PROPERTY = "routeforge.neural.model";
  /** Environment variable naming a checkpoint directory to use instead of the shipped model. */
  public static final String MODEL_ENV = "ROUTEFORGE_NEURAL_MODEL";
  /** System property overriding the inference budget (rollout·node² units). */
  public static final String WORK_PROPERTY = "routeforge.neural.work";
  /** Full POMO inference: all 100 starts × 8 copies at 100 customers (8 · 100 · 101² ≈ 8.2e6). */
  public static final double FULL_WORK = 8.2e6;
  /** Seeding budget: 16 starts × 8 copies at 100 customers. */
  public static final double SEED_WORK = 1.31e6;
  /** System property: from this many customers on, the policy runs on sectors ({@link SectorDecomposition}). */
  public static final String SECTORS_FROM_PROPERTY = "routeforge.neural.sectorsFrom";
  /** Default of {@value #SECTORS_FROM_PROPERTY}: instances of 500 customers and more are decomposed. */
  public static final int SECTORS_FROM = 500;
  /** Most customers per sector: the largest size the shipped policy was trained on. */
  public static final int SECTOR_SIZE = 100;
  /** Rotated decompositions decoded together, for diverse proposals. */
  public static final int SECTOR_VARIANTS = 2;

  private static final System.Logger LOG = System.getLogger(NeuralInitialSolutionProvider.class.getName());
  private static PolicyModel shared;

  private final double work;
  private final int sectorsFrom;

  /**
   * The seeder as the solver loads it: budget {@link #SEED_WORK} or the {@value #WORK_PROPERTY}
   * property, sectors from {@link #SECTORS_FROM} customers or the {@value #SECTORS_FROM_PROPERTY} property.
   */
  public NeuralInitialSolutionProvider() {
    this(Double.parseDouble(System.getProperty(WORK_PROPERTY, Double.toString(SEED_WORK))),
        Integer.parseInt(System.getProperty(SECTORS_FROM_PROPERTY, Integer.toString(SECTORS_FROM)).trim()));
  }

  /** A provider with an explicit inference budget in rollout·node² units, sectors from {@link #SECTORS_FROM}. */
  public NeuralInitialSolutionProvider(double work) {
    this(work, SECTORS_FROM);
  }

  /**
   * @param work inference budget in rollout·node² units
   * @param sectorsFrom customer count from which the policy runs on sectors instead of the whole
   *     instance ({@link Integer#MAX_VALUE}: never)
   */
  public NeuralInitialSolutionProvider(double work, int sectorsFrom) {
    if (!(work > 0)) {
      throw new IllegalArgumentException("the inference budget must be positive, got " + work);
    }
    if (sectorsFrom < 2) {
      throw new IllegalArgumentException("sectors need at least 2 customers, got " + sectorsFrom);
    }
    this.work = work;
    this.sectorsFrom = sectorsFrom;
  }

  /** The model used by all providers of this JVM (loaded on first call). */
  static synchronized PolicyModel model() {
    if (shared == null) {
      String dir = System.getProperty(MODEL_PROPERTY, System.getenv(MODEL_ENV));
      try {
        shared = dir == null || dir.isBlank() ? PolicyModel.loadDefault() : PolicyModel.load(Path.of(dir));
      } catch (java.io.IOException e) {
        throw new IllegalArgumentException("cannot load the neural-init model from " + dir + ": "
            + e.getMessage(), e);
      }
    }
    return shared;
  }

  @Override
  public String name() {
    return "neural";
  }

  /**
   * True for the plain CVRP the policy was trained on. Otherwise false, after a warning (on stderr,
   * next to the solve's progress lines) naming the feature the policy does not model and saying that
   * the search falls back to the other providers, so that {@code --init neural} never falls back
   * silently.
   */
  @Override
  public boolean supports(Instance instance) {
    String reason = unsupportedReason(instance);
    if (reason != null) {
      LOG.log(System.Logger.Level.WARNING, () -> "--init neural: " + instance.name() + " " + reason
          + ", which the policy (trained on the plain capacitated VRP) does not model; the search starts from the "
          + "other initial-solution providers instead (random giant tours if 'neural' was the only one)");
    }
    return reason == null;
  }

  /** Why the policy cannot handle {@code instance} ("has time windows", ...), or null when it can. */
  static String unsupportedReason(Instance instance) {
    if (instance.stops().isEmpty()) {
      return "has no stops";
    }
    if (!instance.hasCoordinates()) {
      return "lacks coordinates for some locations";
    }
    if (instance.hasTimeWindows()) {
      return "has time windows";
    }
    if (!instance.shipments().isEmpty()) {
      return "has pickup-and-delivery shipments";
    }
    if (instance.vehicleTypes().size() != 1) {
      return "has " + instance.vehicleTypes().size() + " vehicle types (several depots or fleets)";
    }
    VehicleType vt = instance.vehicleTypes().get(0);
    if (vt.startLocation() < 0 || vt.startLocation() != vt.endLocation()) {
      return "has open routes (start and end locations differ)";
    }
    if (instance.capacityDimensions() > 1) {
      return "has " + instance.capacityDimensions() + " capacity dimensions";
    }
    for (var s : instance.stops()) {
      if (s.demand(0) > vt.capacity(0) || s.demand(0) < 0) {
        return "has stop " + s.id() + " with demand " + s.demand(0) + " outside 0.." + vt.capacity(0);
      }
    }
    return null;
  }

  @Override
  public List<int[]> propose(CompactInstance ci, int count, RandomGenerator rng) {
    if (count <= 0) {
      return List.of();
    }
    CvrpBatch frame = CvrpBatch.of(ci, ci.source != null && ci.source.geographic());
    int customers = ci.n - 1;
    PolicyModel model = model();
    if (customers >= sectorsFrom) {
      int sectors = (customers + SECTOR_SIZE - 1) / SECTOR_SIZE;
      int sectorNodes = customers / sectors + 2;
      int starts = (int) Math.max(1, Math.round(work / (8.0 * SECTOR_VARIANTS * sectors * sectorNodes * sectorNodes)));
      return new SectorDecomposition(SECTOR_SIZE, SECTOR_VARIANTS).propose(model, ci, frame, count, starts, rng);
    }
    CvrpBatch aug = frame.augment8();
    int starts = startsFor(ci.n, work);
    int perCopy = Math.min(starts, customers);
    PomoRollout.Result res;
    synchronized (model) {
      res = GreedyDecoder.decode(model, List.of(aug), List.of(PolicyInference.startNodes(8, ci.n, starts, rng)),
          perCopy).get(0);
    }
    return bestDistinct(ci, res.tours, count);
  }

  /** Start customers per augmented copy so that a pass stays within {@code work}. */
  static int startsFor(int nodes, double work) {
    long s = Math.round(work / (8.0 * nodes * nodes));
    return (int) Math.max(1, Math.min(nodes - 1, s));
  }

  /** The {@code count} cheapest distinct tours (by the instance's distance matrix), cheapest first. */
  static List<int[]> bestDistinct(CompactInstance ci, int[][] tours, int count) {
    double[] cost = new double[tours.length];
    Integer[] order = new Integer[tours.length];
    for (int k = 0; k < tours.length; k++) {
      cost[k] = cost(ci, tours[k]);
      order[k] = k;
    }
    Arrays.sort(order, (a, b) -> Double.compare(cost[a], cost[b]));
    List<int[]> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int k : order) {
      if (out.size() >= count) {
        break;
      }
      if (seen.add(canonical(tours[k]))) {
        out.add(tours[k]);
      }
    }
    return out;
  }

  /** Total distance of a depot-separated node sequence. */
  static double cost(CompactInstance ci, int[] seq) {
    double c = 0;
    int prev = 0;
    for (int v : seq) {
      c += ci.dist(prev, v);
      prev = v;
    }
    return c + ci.dist(prev, 0);
  }

  /** A key equal for solutions with the same routes, whatever their order or direction. */
  static String canonical(int[] seq) {
    List<String> routes = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= seq.length; i++) {
      if (i == seq.length || seq[i] == 0) {
        if (i > start) {
          int[] r = Arrays.copyOfRange(seq, start, i);
          if (r[0] > r[r.length - 1]) {
            for (int a = 0, b = r.length - 1; a < b; a++, b--) {
              int t = r[a];
              r[a] = r[b];
              r[b] = t;
            }
          }
          routes.add(Arrays.toString(r));
        }
        start = i + 1;
      }
    }
    routes.sort(null);
    return String.join("|", routes);
  }
}
