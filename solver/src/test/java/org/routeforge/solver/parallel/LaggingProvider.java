package org.routeforge.solver.parallel;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.random.RandomGenerator;
import org.routeforge.data.model.CompactInstance;
import org.routeforge.data.model.Instance;
import org.routeforge.solver.InitialSolutionProvider;
import org.routeforge.solver.init.RandomProvider;

/**
 * Random giant tours (test only), except that the first call after {@link #lagOnce} sleeps first: one
 * island then starts late and reaches every epoch's end at another time than the others.
 */
public class LaggingProvider implements InitialSolutionProvider {
  private static final AtomicBoolean LAG = new AtomicBoolean();
  private static volatile long lagMillis;

  /** Makes the next call sleep {@code millis} before proposing. */
  static void lagOnce(long millis) {
    lagMillis = millis;
    LAG.set(true);
  }

  @Override
  public String name() {
    return "lagging";
  }

  @Override
  public boolean supports(Instance instance) {
    return true;
  }

  @Override
  public List<int[]> propose(CompactInstance instance, int count, RandomGenerator rng) {
    if (LAG.getAndSet(false)) {
      try {
        Thread.sleep(lagMillis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return new RandomProvider().propose(instance, count, rng);
  }
}
