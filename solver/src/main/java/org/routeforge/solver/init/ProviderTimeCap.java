package org.routeforge.solver.init;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.routeforge.data.model.CompactInstance;
import org.routeforge.solver.InitialSolutionProvider;
import org.routeforge.solver.SolveOptions;

/**
 * A hard time cap on the initial-solution providers of one solve, so that construction never makes
 * the search start late: all proposals must be in by {@code start + share × time limit} (default
 * share {@value #DEFAULT_SHARE}, system property {@value #SHARE_PROPERTY}).
 *
 * <p>The providers run at once, each on its own daemon thread, while the solving thread waits until
 * the deadline. A provider still running then is interrupted (providers should check the interrupt
 * flag, as the neural decoder does before every step; one that ignores it is abandoned and finishes
 * unseen), and its share of the proposals comes from uniformly random giant tours instead, with a
 * warning naming the provider, the cap and the fallback (on stderr, next to the progress lines).
 * Each provider draws from its own generator seeded from the solve's, so a provider abandoned mid-run
 * cannot disturb the random stream the search goes on with, and the same seed gives the same
 * proposals whenever no cap is hit. Exceptions thrown by a provider propagate unchanged.
 */
public final class ProviderTimeCap {
  /** System property overriding the share of the time limit the providers may take together. */
  public static final String SHARE_PROPERTY = "routeforge.init.maxShare";
  /** Default share of the time limit for all providers together. */
  public static final double DEFAULT_SHARE = 0.10;
  private static final System.Logger LOG = System.getLogger(ProviderTimeCap.class.getName());

  private final long deadlineNanos;
  private final double capSeconds;
  private final double budgetSeconds;
  private final InitialSolutionProvider fallback = new RandomProvider();

  /**
   * A cap of {@code share × timeLimit} counted from {@code startNanos} ({@link System#nanoTime}).
   *
   * @throws IllegalArgumentException unless {@code 0 < share <= 1}
   */
  public ProviderTimeCap(double share, double budgetSeconds, long startNanos) {
    if (!(share > 0 && share <= 1)) {
      throw new IllegalArgumentException("the initial-solution share of the time limit must be in (0, 1], got "
          + share);
    }
    this.budgetSeconds = budgetSeconds;
    this.capSeconds = share * budgetSeconds;
    this.deadlineNanos = startNanos + (long) (capSeconds * 1e9);
  }

  /**
   * The cap for a solve with these options started at {@code startNanos}: the share (from {@value #SHARE_PROPERTY})
   * of {@link SolveOptions#budgetSeconds()}.
   */
  public static ProviderTimeCap of(SolveOptions options, long startNanos) {
    String share = System.getProperty(SHARE_PROPERTY);
    double s;
    try {
      s = share == null || share.isBlank() ? DEFAULT_SHARE : Double.parseDouble(share.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("system property " + SHARE_PROPERTY + " must be a number in (0, 1], got '"
          + share + "'", e);
    }
    return new ProviderTimeCap(s, options.budgetSeconds(), startNanos);
  }

  /**
   * The proposals of every provider, {@code count} split evenly over them (the last one takes the
   * remainder), in provider order. All providers start at once, each on its own thread with its own
   * generator (seeded from {@code rng} in provider order), so a slow one delays neither the others nor
   * the search; whatever is not finished at the deadline is interrupted and replaced by random giant
   * tours (see the class comment).
   */
  public List<List<int[]>> proposeAll(List<InitialSolutionProvider> providers, int count, CompactInstance ci,
      RandomGenerator rng) {
    int np = providers.size();
    List<CompletableFuture<List<int[]>>> results = new ArrayList<>(np);
    List<Thread> workers = new ArrayList<>(np);
    int[] shares = new int[np];
    RandomGenerator[] own = new RandomGenerator[np];
    for (int p = 0; p < np; p++) {
      InitialSolutionProvider provider = providers.get(p);
      shares[p] = p == np - 1 ? count - count / np * p : count / np;
      own[p] = RandomGeneratorFactory.of("L64X256MixRandom").create(rng.nextLong());
      CompletableFuture<List<int[]>> result = new CompletableFuture<>();
      int share = shares[p];
      RandomGenerator gen = own[p];
      Thread worker = new Thread(() -> {
        try {
          result.complete(provider.propose(ci, share, gen));
        } catch (Throwable t) { // handed to the solving thread, which rethrows it
          result.completeExceptionally(t);
        }
      }, "routeforge-init-" + provider.name());
      worker.setDaemon(true);
      worker.start();
      results.add(result);
      workers.add(worker);
    }
    List<List<int[]>> out = new ArrayList<>(np);
    for (int p = 0; p < np; p++) {
      InitialSolutionProvider provider = providers.get(p);
      try {
        out.add(results.get(p).get(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS));
      } catch (TimeoutException e) {
        workers.get(p).interrupt();
        out.add(fallBack(provider, ci, shares[p], own[p], "did not finish in time and was interrupted"));
      } catch (InterruptedException e) {
        workers.get(p).interrupt();
        Thread.currentThread().interrupt();
        out.add(fallBack(provider, ci, shares[p], own[p], "was interrupted with the solve"));
      } catch (ExecutionException e) {
        for (Thread w : workers) {
          w.interrupt();
        }
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException re) {
          throw re;
        }
        if (cause instanceof Error err) {
          throw err;
        }
        throw new IllegalStateException("initial-solution provider '" + provider.name() + "' failed", cause);
      }
    }
    return out;
  }

  private List<int[]> fallBack(InitialSolutionProvider provider, CompactInstance ci, int count, RandomGenerator rng,
      String what) {
    LOG.log(System.Logger.Level.WARNING, () -> String.format(Locale.ROOT,
        "initial-solution provider '%s' %s (cap %.2f s = share of the %.1f s time limit); its %d proposals are "
            + "'%s' giant tours instead", provider.name(), what, capSeconds, budgetSeconds, count, fallback.name()));
    return fallback.propose(ci, count, rng);
  }
}
