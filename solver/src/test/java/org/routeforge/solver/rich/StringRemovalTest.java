package org.routeforge.solver.rich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.routeforge.data.model.Instance;
import org.routeforge.data.model.TimeWindow;

/**
 * String-removal ruin and recreate only returns better solutions, and those pass the separately
 * written brute-force evaluator; on pickup-and-delivery instances with a fixed cost per vehicle it
 * is accepted (a count checked > 0) and empties routes.
 */
class StringRemovalTest {

  /** {@code pairs} shipments at random places, wide windows, capacity 6, a fixed cost per vehicle. */
  static Instance pickupAndDelivery(long seed, int pairs) {
    Random rnd = new Random(seed);
    Rich.B b = new Rich.B();
    int d = b.loc(50, 50);
    for (int i = 0; i < pairs; i++) {
      double open = rnd.nextDouble() * 300;
      int p = b.stop(rnd.nextDouble() * 100, rnd.nextDouble() * 100, 1, List.of(new TimeWindow(open, open + 400)),
          java.util.Set.of(), 0, 1 + rnd.nextInt(3));
      int q = b.stop(rnd.nextDouble() * 100, rnd.nextDouble() * 100, 1, List.of(new TimeWindow(open, open + 600)),
          java.util.Set.of(), 0, b.stops.get(p).demand(0));
      b.shipment(p, q);
    }
    b.vehicle(d, d).count(pairs).capacity(6).shift(0, 1500).fixed(300).add();
    return b.build();
  }

  @Test
  void acceptedMovesImproveAndPassTheBruteForce() {
    int accepted = 0;
    int emptied = 0;
    for (long seed = 1; seed <= 12; seed++) {
      Instance inst = seed % 3 == 0 ? RichPropertyTest.randomInstance(seed) : pickupAndDelivery(seed, 12);
      RichSearch search = new RichSearch(RichRequest.of(inst), new boolean[inst.stops().size()]);
      StringRemoval sr = new StringRemoval(search);
      RandomGenerator rng = new SplittableRandom(seed);
      int[] order = new int[search.tasks.length]; // positions into the task list, as genotypes hold them
      for (int i = 0; i < order.length; i++) {
        order[i] = i;
      }
      RichSearch.State st = search.decode(order);
      for (int a = 0; a < 60; a++) {
        int routesBefore = st.routes().size();
        RichIndividual before = st.individual();
        RichSearch.State next = sr.attempt(st, rng);
        if (next == null) {
          assertEquals(0, st.individual().compareTo(before), "a rejected attempt leaves the state as it was");
          continue;
        }
        assertTrue(next.individual().compareTo(before) < 0, "accepted only when better");
        List<RichRoute> routes = next.routes();
        BruteForceEvaluator.Result check = BruteForceEvaluator.evaluate(inst, routes, List.of());
        assertTrue(check.broken().isEmpty(), "seed " + seed + ": " + check.broken() + " in " + routes);
        assertEquals(check.cost(), next.individual().cost(), 1e-6, "the search's cost is the brute force's");
        emptied += routes.size() < routesBefore ? 1 : 0;
        st = next;
        accepted++;
      }
    }
    assertTrue(accepted > 0, "no ruin-and-recreate move was accepted");
    assertTrue(emptied > 0, "no route was emptied");
  }
}
