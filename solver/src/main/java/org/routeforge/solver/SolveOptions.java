package org.routeforge.solver;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.routeforge.data.model.Rounding;
import org.routeforge.solver.memetic.Ablation;
import org.routeforge.solver.rich.Objective;

/**
 * What a solve may spend and how it searches. Immutable; build with {@link #builder()}.
 *
 * <p>Same seed, thread count and iteration limit give the same result on every run; a time
 * limit cannot promise that, since how far the search gets depends on the machine's speed.
 *
 * @param timeLimit wall-clock budget
 * @param cpuTime CPU-time budget of the solving thread ({@link org.routeforge.solver.stop.MaxCpuTime}), or
 *     null for none: the budget that stays fair on a shared machine, where the wall clock also counts
 *     time the thread waited for a core
 * @param iterationLimit most iterations (memetic search: offspring generated), 0 = none
 * @param noImprovementLimit stop after this many iterations without a better feasible solution, 0 = none
 * @param targetCost stop once a feasible solution costs at most this, NaN = none
 * @param seed random seed
 * @param engine which engine solves
 * @param init names of the initial-solution providers to seed the population with ("savings",
 *     "sweep", "nearest", "random", "neural", ...); empty = the default savings + random mix
 * @param threads threads: the memetic search runs this many islands (populations with seeds
 *     {@code seed + k}; giant-tour islands pass their best on in a ring at fixed iteration counts) and keeps
 *     the best; deterministic for a seed, a thread count and an iteration limit
 * @param polish whether OR-Tools polishes the memetic search's best routes at the end
 * @param rounding rounding of coordinate distances to solve under, or null to keep the instance's
 * @param objective what to minimize ({@link Objective}; the target cost is in its terms)
 * @param ablation components of the giant-tour memetic search switched off, for ablation studies
 *     ({@link Ablation#NONE} by default; other engines ignore it, with a note)
 */
public record SolveOptions(Duration timeLimit, Duration cpuTime, long iterationLimit, long noImprovementLimit,
    double targetCost, long seed,
    EngineKind engine, List<String> init, int threads, boolean polish, Rounding rounding, Objective objective,
    Ablation ablation) {

  /** The default provider mix: savings plus random giant tours. */
  public static final List<String> DEFAULT_INIT = List.of("savings", "random");

  public SolveOptions {
    Objects.requireNonNull(timeLimit, "timeLimit");
    Objects.requireNonNull(engine, "engine");
    Objects.requireNonNull(objective, "objective");
    Objects.requireNonNull(ablation, "ablation");
    init = List.copyOf(init);
    if (timeLimit.isNegative() || timeLimit.isZero()) {
      throw new IllegalArgumentException("the time limit must be positive, got " + timeLimit);
    }
    if (cpuTime != null && (cpuTime.isNegative() || cpuTime.isZero())) {
      throw new IllegalArgumentException("the CPU-time budget must be positive, got " + cpuTime);
    }
    if (iterationLimit < 0) {
      throw new IllegalArgumentException("the iteration limit must be >= 0, got " + iterationLimit);
    }
    if (noImprovementLimit < 0) {
      throw new IllegalArgumentException("the no-improvement limit must be >= 0, got " + noImprovementLimit);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }
  }

  /** The solving engines. */
  public enum EngineKind {
    /** The HGS-style memetic search on Jenetics. */
    MEMETIC,
    /** Google OR-Tools' routing solver. */
    ORTOOLS
  }

  /** The provider names to use: {@link #init()}, or {@link #DEFAULT_INIT} when empty. */
  public List<String> initOrDefault() {
    return init.isEmpty() ? DEFAULT_INIT : init;
  }

  /**
   * The budget in seconds that shares of "the budget" are taken from (initial solutions, progress
   * fractions): the time limit, or the CPU-time budget when that is smaller.
   */
  public double budgetSeconds() {
    double wall = timeLimit.toNanos() / 1e9;
    return cpuTime == null ? wall : Math.min(wall, cpuTime.toNanos() / 1e9);
  }

  /**
   * A builder with defaults: 10 s, no CPU-time, iteration or no-improvement limit, no target, seed 1, memetic,
   * 1 thread, minimum cost.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder pre-filled with these options. */
  public Builder toBuilder() {
    return new Builder().timeLimit(timeLimit).cpuTime(cpuTime).iterationLimit(iterationLimit)
        .noImprovementLimit(noImprovementLimit).targetCost(targetCost)
        .seed(seed).engine(engine).init(init).threads(threads).polish(polish).rounding(rounding)
        .objective(objective).ablation(ablation);
  }

  /** Mutable builder of {@link SolveOptions}. */
  public static final class Builder {
    private Duration timeLimit = Duration.ofSeconds(10);
    private Duration cpuTime;
    private long iterationLimit;
    private long noImprovementLimit;
    private double targetCost = Double.NaN;
    private long seed = 1;
    private EngineKind engine = EngineKind.MEMETIC;
    private List<String> init = List.of();
    private int threads = 1;
    private boolean polish;
    private Rounding rounding;
    private Objective objective = Objective.COST;
    private Ablation ablation = Ablation.NONE;

    private Builder() {}

    public Builder timeLimit(Duration d) {
      this.timeLimit = d;
      return this;
    }

    /** The CPU-time budget, or null for none. */
    public Builder cpuTime(Duration d) {
      this.cpuTime = d;
      return this;
    }

    public Builder iterationLimit(long n) {
      this.iterationLimit = n;
      return this;
    }

    /** Iterations without a better feasible solution after which the search stops, 0 = none. */
    public Builder noImprovementLimit(long n) {
      this.noImprovementLimit = n;
      return this;
    }

    public Builder targetCost(double c) {
      this.targetCost = c;
      return this;
    }

    public Builder seed(long s) {
      this.seed = s;
      return this;
    }

    public Builder engine(EngineKind e) {
      this.engine = e;
      return this;
    }

    public Builder init(List<String> names) {
      this.init = names;
      return this;
    }

    public Builder threads(int t) {
      this.threads = t;
      return this;
    }

    public Builder polish(boolean p) {
      this.polish = p;
      return this;
    }

    public Builder rounding(Rounding r) {
      this.rounding = r;
      return this;
    }

    public Builder objective(Objective o) {
      this.objective = o;
      return this;
    }

    /** Components of the giant-tour memetic search to switch off (ablation studies). */
    public Builder ablation(Ablation a) {
      this.ablation = a;
      return this;
    }

    public SolveOptions build() {
      return new SolveOptions(timeLimit, cpuTime, iterationLimit, noImprovementLimit, targetCost, seed, engine, init,
          threads, polish, rounding, objective, ablation);
    }
  }
}
