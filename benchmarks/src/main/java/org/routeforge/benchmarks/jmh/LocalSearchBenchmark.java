package org.routeforge.benchmarks.jmh;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.routeforge.benchmarks.vrp.BenchSet;
import org.routeforge.data.catalog.DataDir;
import org.routeforge.data.io.InstanceFiles;
import org.routeforge.data.model.CompactInstance;
import org.routeforge.data.model.Instance;
import org.routeforge.solver.CancelToken;
import org.routeforge.solver.init.RandomProvider;
import org.routeforge.solver.search.LocalSearch;
import org.routeforge.solver.split.Split;

/**
 * Throughput of the local search's move evaluation: each benchmark call loads one of 64 prepared
 * starting solutions (random giant tours cut by split, as HGS educates offspring) and runs the
 * granular local search to a local optimum. The {@link Counters} report move evaluations and applied
 * moves per second next to descents per second.
 *
 * <p>Run (not part of {@code mvn test}): {@code ./mvnw -B -q -o package -pl benchmarks -DskipTests}
 * then {@code java -cp "benchmarks/target/routeforge-benchmarks-0.1.0-SNAPSHOT.jar:$(cat
 * benchmarks/target/classpath.txt)" org.openjdk.jmh.Main LocalSearchBenchmark} (see
 * {@code benchmarks/README.md}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class LocalSearchBenchmark {
  private static final int STARTS = 64;

  /** Instance: set and name, {@code SET:NAME}. */
  @Param({"X:X-n101-k25", "X:X-n401-k29", "Solomon-dimacs:R101", "Solomon-dimacs:RC201"})
  public String instance;

  /** Granular neighbourhood size (HGS default 20). */
  @Param({"20"})
  public int granularity;

  /**
   * Most nodes whose coordinate distances are tabulated ({@link CompactInstance#of(Instance, int)}):
   * the default tabulates the instances above; {@code -p denseNodes=0} computes every distance on
   * demand, as instances beyond {@link CompactInstance#DENSE_NODES} nodes do.
   */
  @Param({"2001"})
  public int denseNodes;

  private LocalSearch ls;
  private final List<List<int[]>> starts = new ArrayList<>();
  private final CancelToken never = new CancelToken();
  private int next;

  /** Counters JMH reports as rates (per second) next to the descents per second. */
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  @State(Scope.Thread)
  public static class Counters {
    /** Move evaluations. */
    public long evaluations;
    /** Applied (improving) moves. */
    public long moves;
  }

  /** Reads the instance and prepares the starting solutions and the search. */
  @Setup(Level.Trial)
  public void setUp() throws Exception {
    String[] parts = instance.split(":", 2);
    BenchSet set = BenchSet.byCatalogName(parts[0]);
    Path data = DataDir.resolve();
    Instance inst = set.prepare(InstanceFiles.read(set.instanceFile(data, parts[1])));
    CompactInstance ci = CompactInstance.of(inst, denseNodes);
    long demand = 0;
    double maxDist = ci.maxDistance();
    int maxDemand = 1;
    for (int i = 1; i < ci.n; i++) {
      demand += ci.demand[i];
      maxDemand = Math.max(maxDemand, ci.demand[i]);
    }
    // The memetic engine's route cap: the fleet, at most ceil(1.3 * demand / capacity) + 3 without windows.
    int bound = ci.timeWindows ? ci.n - 1 : (int) Math.ceil(1.3 * demand / ci.capacity) + 3;
    int maxRoutes = Math.max(1, Math.min(ci.vehicles, bound));
    double capacityPenalty = Math.max(0.1, Math.min(1000, maxDist / maxDemand));
    double timeWarpPenalty = 1.0;
    RandomGenerator rng = RandomGeneratorFactory.of("L64X256MixRandom").create(1);
    Split split = new Split(ci);
    for (int[] tour : new RandomProvider().propose(ci, STARTS, rng)) {
      starts.add(split.split(tour, capacityPenalty, timeWarpPenalty, maxRoutes));
    }
    ls = new LocalSearch(ci, granularity, maxRoutes, rng);
    ls.setPenalties(capacityPenalty, timeWarpPenalty);
  }

  /** One descent from the next starting solution to a local optimum. */
  @Benchmark
  public double descent(Counters counters) {
    List<int[]> start = starts.get(next);
    next = (next + 1) % STARTS;
    long before = ls.evaluations();
    ls.load(start);
    ls.run(Long.MAX_VALUE, never);
    counters.evaluations += ls.evaluations() - before;
    counters.moves += ls.moves();
    return ls.penalisedCost();
  }
}
