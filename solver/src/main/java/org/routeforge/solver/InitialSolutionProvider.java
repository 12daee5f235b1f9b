package org.routeforge.solver;

import java.util.List;
import java.util.random.RandomGenerator;
import org.routeforge.data.model.CompactInstance;
import org.routeforge.data.model.Instance;

/**
 * A source of starting solutions for the memetic search (construction heuristics here; the learned
 * policy of {@code neural-init} plugs in the same way). Implementations are found by name through
 * {@link java.util.ServiceLoader} (register them in
 * {@code META-INF/services/org.routeforge.solver.InitialSolutionProvider}).
 *
 * <p>Each proposal is one {@code int[]} holding a whole solution as a node sequence of the
 * {@link CompactInstance}: customers are {@code 1..n-1}, and a {@code 0} (the depot) ends one route
 * and starts the next, as a decoder that returns to the depot writes it (e.g. {@code 3 1 0 2 4}).
 * A sequence without any {@code 0} is a giant tour, which the search cuts into routes by the split
 * procedure. Leading, trailing and repeated zeros are ignored. Proposals should visit every customer
 * exactly once; they may break capacity or time windows (the search penalises and repairs that).
 */
public interface InitialSolutionProvider {
  /** The name options refer to ("savings", "neural", ...). */
  String name();

  /** Whether this provider can handle the instance. */
  boolean supports(Instance instance);

  /**
   * Proposes up to {@code count} solutions; {@code rng} is the solve's seeded generator, so the same
   * seed gives the same proposals.
   */
  List<int[]> propose(CompactInstance instance, int count, RandomGenerator rng);
}
