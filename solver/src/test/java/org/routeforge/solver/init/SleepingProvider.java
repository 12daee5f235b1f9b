package org.routeforge.solver.init;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.random.RandomGenerator;
import org.routeforge.data.model.CompactInstance;
import org.routeforge.data.model.Instance;
import org.routeforge.solver.InitialSolutionProvider;

/** A provider that never finishes on its own (test only): it sleeps until interrupted, and counts interrupts. */
public class SleepingProvider implements InitialSolutionProvider {
  /** Counted down each time a sleeping {@code propose} is interrupted. */
  static volatile CountDownLatch interrupted = new CountDownLatch(1);

  @Override
  public String name() {
    return "sleeper";
  }

  @Override
  public boolean supports(Instance instance) {
    return true;
  }

  @Override
  public List<int[]> propose(CompactInstance instance, int count, RandomGenerator rng) {
    try {
      Thread.sleep(Long.MAX_VALUE);
    } catch (InterruptedException e) {
      interrupted.countDown();
      Thread.currentThread().interrupt();
    }
    throw new IllegalStateException("interrupted");
  }
}
