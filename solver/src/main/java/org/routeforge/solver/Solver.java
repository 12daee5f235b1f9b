package org.routeforge.solver;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.routeforge.data.model.Instance;
import org.routeforge.solver.init.Providers;
import org.routeforge.solver.memetic.MemeticEngine;
import org.routeforge.solver.ortools.OrToolsEngine;
import org.routeforge.solver.ortools.PolishingEngine;
import org.routeforge.solver.parallel.IslandEngine;
import org.routeforge.solver.polish.InsertionPolishingEngine;
import org.routeforge.solver.problem.Feature;
import org.routeforge.solver.problem.Features;
import org.routeforge.solver.rich.Objective;
import org.routeforge.solver.rich.RichEngine;
import org.routeforge.solver.rich.RichMemeticEngine;
import org.routeforge.solver.rich.RichRequest;

/**
 * The solve pipeline's single entry point. Everything that solves a routing instance (CLI, HTTP
 * jobs, benchmarks) goes through here.
 *
 * <p>The instance's {@link Features} are computed once and decide which implementation of the
 * chosen engine kind runs: the first in {@link #IMPLEMENTATIONS} whose supported features (and
 * objective) cover the instance's. An objective that is a cost ({@link Objective#costsFor}) is
 * searched on the instance priced by it, and the result priced again in the instance's own costs;
 * progress events are in the objective's terms. What ran, the features, the operators, and every option that had no effect (with the
 * reason) are recorded in the {@link SolveResult} and sent to {@link ProgressListener#onNote}.
 */
public final class Solver {
  private Solver() {}

  /**
   * One engine implementation: its kind, a name for results, what it supports and its operators.
   *
   * @param kind the {@link SolveOptions.EngineKind} it implements
   * @param name the name recorded in {@link SolveResult#engine()}
   * @param supported the features it models
   * @param operators its search operators, as recorded in {@link SolveResult#operators()} unless the
   *     engine records the ones that ran on the instance itself
   * @param polished the engine that runs it with {@code --polish}, or null when the polish cannot follow it
   * @param usesProviders whether it seeds its search from the initial-solution providers
   * @param minMax whether it minimizes the makespan ({@link Objective#MIN_MAX}); every implementation
   *     handles the objectives that are costs
   * @param factory makes a fresh engine
   */
  public record Implementation(SolveOptions.EngineKind kind, String name, Set<Feature> supported,
      List<String> operators, Supplier<SolverEngine> polished, boolean usesProviders, boolean minMax,
      Supplier<SolverEngine> factory) {}

  /** The implementations, tried in this order for the requested kind. */
  public static final List<Implementation> IMPLEMENTATIONS = List.of(
      new Implementation(SolveOptions.EngineKind.MEMETIC, "memetic/giant-tour", Feature.CLASSIC,
          List.of("ordered-crossover", "split", "relocate", "swap", "2-opt", "2-opt*", "swap*"),
          () -> new PolishingEngine(new MemeticEngine()), true, false, MemeticEngine::new),
      new Implementation(SolveOptions.EngineKind.MEMETIC, "memetic/insertion", Feature.ALL,
          List.of("ordered-crossover", "cheapest-insertion", "relocate", "exchange", "2-opt*", "2-opt",
              "insert-unserved", "priority-ejection", "route-elimination", "route-assignment", "pair-exchange",
              "string-removal"),
          InsertionPolishingEngine::new, false, true,
          RichMemeticEngine::new),
      new Implementation(SolveOptions.EngineKind.ORTOOLS, "ortools", Feature.ALL,
          List.of("or-tools routing search"), null, false, true, OrToolsEngine::new));

  /** The implementation that runs {@code kind} on an instance with {@code features}, minimizing the cost. */
  public static Implementation implementation(SolveOptions.EngineKind kind, Features features) {
    return implementation(kind, features, Objective.COST);
  }

  /** The implementation that runs {@code kind} on an instance with {@code features} under {@code objective}. */
  public static Implementation implementation(SolveOptions.EngineKind kind, Features features, Objective objective) {
    for (Implementation i : IMPLEMENTATIONS) {
      if (i.kind() == kind && features.within(i.supported()) && (objective != Objective.MIN_MAX || i.minMax())) {
        return i;
      }
    }
    throw new IllegalArgumentException("engine " + kind + " is not available in this build");
  }

  /**
   * Solves {@code instance}: {@link #solve(RichRequest, SolveOptions, ProgressListener, CancelToken)}
   * without a warm start or locks.
   *
   * @throws IllegalArgumentException when the instance has no vehicles or an option names an unknown provider
   */
  public static SolveResult solve(Instance instance, SolveOptions options, ProgressListener listener,
      CancelToken cancel) {
    Objects.requireNonNull(instance, "instance");
    return solve(RichRequest.of(instance), options, listener, cancel);
  }

  /**
   * Solves a request: the instance, and routes to start from (warm start) and locks when it has them.
   * With either, the first implementation of the chosen kind that takes them (a {@link RichEngine};
   * the giant-tour representation takes neither) runs, and the notes say so.
   *
   * @param listener gets each new best solution (use {@link ProgressListener#NONE} to ignore)
   * @param cancel stops the search within about 100 ms, keeping the best solution so far
   * @throws IllegalArgumentException when the instance has no vehicles, an option names an unknown
   *     provider, or no implementation of the kind takes a warm start or locks
   */
  public static SolveResult solve(RichRequest request, SolveOptions options, ProgressListener listener,
      CancelToken cancel) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(options, "options");
    ProgressListener out = listener == null ? ProgressListener.NONE : listener;
    CancelToken token = cancel == null ? new CancelToken() : cancel;
    Instance instance = request.instance();
    // objectives that are costs are searched as the instance priced by them
    Instance searched = options.objective().costsFor(instance);
    Features features = Features.of(searched);
    boolean given = !request.initialRoutes().isEmpty() || !request.locks().isEmpty();
    Implementation impl = given ? takingRoutes(options.engine(), features, options.objective())
        : implementation(options.engine(), features, options.objective());
    List<String> notes = new ArrayList<>();
    List<Feature> beyond = features.outside(Feature.CLASSIC);
    if (!options.init().isEmpty() && !impl.usesProviders()) {
      Providers.byNames(options.init()); // unknown names are still an error
      notes.add("--init " + String.join(",", options.init()) + " is not used: " + impl.name()
          + (beyond.isEmpty() ? " builds its own starting solutions"
              : " runs because the instance has " + Features.names(beyond)
                  + ", which the providers' compact view cannot express; it starts from cheapest insertion"));
    }
    SolverEngine engine = impl.factory().get();
    if (given) {
      notes.add(impl.name() + " starts from " + request.initialRoutes().size() + " given route(s) with "
          + request.locks().size() + " lock(s)");
    }
    if (options.polish()) {
      if (given) {
        notes.add("--polish is not used with a warm start or locks");
      } else if (impl.polished() != null) {
        engine = impl.polished().get();
      } else {
        notes.add("--polish has no effect: " + impl.name() + " is OR-Tools already");
      }
    }
    SolveOptions run = options;
    if (impl.kind() == SolveOptions.EngineKind.ORTOOLS && options.cpuTime() != null) {
      // OR-Tools' search knows only a wall-clock limit; it gets the CPU budget as one
      run = options.toBuilder().timeLimit(options.timeLimit().compareTo(options.cpuTime()) < 0 ? options.timeLimit()
          : options.cpuTime()).cpuTime(null).build();
      notes.add("--cpu-time: " + impl.name() + " measures wall-clock time only; it gets the CPU budget as its time limit");
    }
    if (impl.kind() == SolveOptions.EngineKind.ORTOOLS && options.noImprovementLimit() > 0) {
      notes.add("--max-no-improvement has no effect: " + impl.name() + " has no iteration count to measure it by");
    }
    if (!options.ablation().off().isEmpty() && !"memetic/giant-tour".equals(impl.name())) {
      notes.add("ablation " + options.ablation().label() + " has no effect: its switches belong to memetic/giant-tour, "
          + impl.name() + " runs");
    }
    if (options.threads() > 1) {
      if (impl.kind() == SolveOptions.EngineKind.MEMETIC && !given) {
        Supplier<SolverEngine> island = options.polish() && impl.polished() != null ? impl.polished() : impl.factory();
        engine = new IslandEngine(island, options.threads());
      } else {
        notes.add("--threads " + options.threads() + ": " + impl.name() + " searches on one thread"
            + (given ? " when it starts from given routes or locks" : ""));
      }
    }
    for (String n : notes) {
      out.onNote(n);
    }
    NoteCollector collected = new NoteCollector(out);
    SolveResult r = given
        ? ((RichEngine) engine).solveRich(new RichRequest(searched, options.objective(), request.initialRoutes(),
            request.locks()), run, collected, token).result()
        : engine.solve(searched, run, collected, token);
    notes.addAll(collected.notes);
    if (searched != instance) {
      r = new SolveResult(r.best().repricedFor(instance), r.history(), r.runtimeSeconds(), r.iterations(),
          r.stopReason()).withOperators(r.operators()).withCounts(r.counts());
    }
    return r.describedAs(impl.name(), features.names(), impl.operators(), notes);
  }

  /** The first implementation of {@code kind} for {@code features} that takes a warm start and locks. */
  private static Implementation takingRoutes(SolveOptions.EngineKind kind, Features features, Objective objective) {
    for (Implementation i : IMPLEMENTATIONS) {
      if (i.kind() == kind && features.within(i.supported()) && (objective != Objective.MIN_MAX || i.minMax())
          && i.factory().get() instanceof RichEngine) {
        return i;
      }
    }
    throw new IllegalArgumentException("engine " + kind + " cannot start from routes or keep locks");
  }

  /** Solves with no listener and no cancel token. */
  public static SolveResult solve(Instance instance, SolveOptions options) {
    return solve(instance, options, ProgressListener.NONE, new CancelToken());
  }

  /** Passes events on and keeps the notes an engine sends. */
  private static final class NoteCollector implements ProgressListener {
    private final ProgressListener inner;
    private final List<String> notes = new ArrayList<>();

    NoteCollector(ProgressListener inner) {
      this.inner = inner;
    }

    @Override
    public void onProgress(Progress p) {
      inner.onProgress(p);
    }

    @Override
    public void onNote(String note) {
      notes.add(note);
      inner.onNote(note);
    }
  }
}
