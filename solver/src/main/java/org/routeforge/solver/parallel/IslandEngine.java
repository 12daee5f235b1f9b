package org.routeforge.solver.parallel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.routeforge.data.model.Instance;
import org.routeforge.solver.CancelToken;
import org.routeforge.solver.Progress;
import org.routeforge.solver.ProgressListener;
import org.routeforge.solver.SolveOptions;
import org.routeforge.solver.SolveResult;
import org.routeforge.solver.SolverEngine;
import org.routeforge.solver.memetic.Individual;
import org.routeforge.solver.memetic.MemeticEngine;
import org.routeforge.solver.memetic.Migration;
import org.routeforge.solver.model.Route;
import org.routeforge.solver.model.Solution;
import org.routeforge.solver.rich.Objective;

/**
 * {@code --threads N} for the memetic search: N islands, each a search with its own population on its
 * own thread, island {@code k} seeded with {@code seed + k}, all under the same limits and cancel token;
 * the best result wins. Giant-tour islands ({@link MemeticEngine}) migrate: every
 * {@code HgsParameters.migrateEvery()} iterations (an epoch) island {@code k} receives a copy of island
 * {@code k - 1}'s best (a ring, {@link MigrationRing}) and inserts it like an educated offspring. The
 * islands meet at a barrier at the end of each epoch, and epochs are counted in iterations, so the
 * result is deterministic for a seed, a thread count and an iteration limit (each island runs the whole
 * iteration limit); under a time or CPU limit the islands stop at points that depend on the machine, as
 * one search does. Other engines (the insertion representation, a polished search) run as independent
 * islands without migration (their counts have no {@code migrations}). Progress reports only what improves on the best reported by
 * any island, and each note once; {@link SolveResult#counts()} has the best island's counts and
 * {@code migrations}, the migrants all islands received.
 */
public final class IslandEngine implements SolverEngine {
  private final Supplier<SolverEngine> islands;
  private final int threads;

  public IslandEngine(Supplier<SolverEngine> islands, int threads) {
    if (threads < 2) {
      throw new IllegalArgumentException("islands need at least 2 threads, got " + threads);
    }
    this.islands = islands;
    this.threads = threads;
  }

  @Override
  public SolveResult solve(Instance instance, SolveOptions options, ProgressListener listener, CancelToken cancel) {
    BestOnly progress = new BestOnly(listener == null ? ProgressListener.NONE : listener);
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "routeforge-island");
      t.setDaemon(true);
      return t;
    });
    try {
      List<SolverEngine> engines = new ArrayList<>();
      boolean migrating = true;
      for (int k = 0; k < threads; k++) {
        engines.add(islands.get());
        migrating &= engines.get(k) instanceof MemeticEngine;
      }
      // every island of the ring must take part, or the others would wait for it at the first barrier
      MigrationRing<Individual> ring = migrating ? new MigrationRing<>(threads) : null;
      List<Future<SolveResult>> runs = new ArrayList<>();
      for (int k = 0; k < threads; k++) {
        SolveOptions island = options.toBuilder().seed(options.seed() + k).threads(1).build();
        SolverEngine engine = engines.get(k);
        if (ring != null) {
          MemeticEngine memetic = (MemeticEngine) engine;
          Migration<Individual> port = ring.island(k);
          runs.add(pool.submit(() -> {
            try {
              return memetic.solve(instance, island, progress, cancel, port);
            } finally {
              port.leave();
            }
          }));
        } else {
          runs.add(pool.submit(() -> engine.solve(instance, island, progress, cancel)));
        }
      }
      List<SolveResult> results = new ArrayList<>();
      long iterations = 0;
      long migrations = 0;
      for (Future<SolveResult> f : runs) {
        SolveResult r = f.get();
        results.add(r);
        iterations += r.iterations();
        migrations += r.count("migrations");
      }
      SolveResult best = results.stream().min(order(options.objective())).orElseThrow();
      Map<String, Long> counts = new HashMap<>(best.counts());
      if (migrating) {
        counts.put("migrations", migrations);
      }
      return new SolveResult(best.best(), progress.history(), best.runtimeSeconds(), iterations, best.stopReason())
          .withOperators(best.operators()).withCounts(counts);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      cancel.cancel();
      throw new IllegalStateException("interrupted while the islands searched", e);
    } catch (ExecutionException e) {
      cancel.cancel();
      throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /** Fewer unserved stops first, then feasible, then the objective (makespan first for min–max), then cost. */
  static Comparator<SolveResult> order(Objective objective) {
    Comparator<SolveResult> c = Comparator.comparingInt(r -> r.best().unassigned().size());
    c = c.thenComparing(r -> !r.best().feasible());
    if (objective == Objective.MIN_MAX) {
      c = c.thenComparingDouble(r -> makespan(r.best()));
    }
    return c.thenComparingDouble(r -> r.best().cost());
  }

  private static double makespan(Solution s) {
    double m = 0;
    for (Route r : s.routes()) {
      m = Math.max(m, r.end());
    }
    return m;
  }

  /** Passes on notes and the progress events that improve on every island's best so far. */
  private static final class BestOnly implements ProgressListener {
    private final ProgressListener inner;
    private final List<Progress> history = new ArrayList<>();
    private final java.util.Set<String> notes = new java.util.HashSet<>();
    private Progress best;

    BestOnly(ProgressListener inner) {
      this.inner = inner;
    }

    @Override
    public synchronized void onProgress(Progress p) {
      boolean better = best == null || (p.feasible() && !best.feasible())
          || (p.feasible() == best.feasible() && p.cost() < best.cost() - 1e-9);
      if (better) {
        best = p;
        history.add(p);
        inner.onProgress(p);
      }
    }

    @Override
    public synchronized void onNote(String note) {
      if (notes.add(note)) {
        inner.onNote(note);
      }
    }

    synchronized List<Progress> history() {
      return List.copyOf(history);
    }
  }
}
