package org.routeforge.solver.rich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.routeforge.data.model.Instance;

/**
 * Pair exchange trades two shipments between routes only when that is better, and every result
 * passes the brute-force evaluator with the cost the search claims; trades are applied (a count > 0).
 */
class PairExchangeTest {

  @Test
  void tradesImproveAndPassTheBruteForce() {
    int applied = 0;
    for (long seed = 1; seed <= 15; seed++) {
      Instance inst = StringRemovalTest.pickupAndDelivery(seed, 10);
      RichSearch search = new RichSearch(RichRequest.of(inst), new boolean[inst.stops().size()]);
      int[] order = new int[search.tasks.length];
      for (int i = 0; i < order.length; i++) {
        order[i] = (i * 7 + (int) seed) % order.length;
      }
      RichSearch.State st = search.decode(order);
      RichIndividual before = st.individual();
      PairExchange pe = new PairExchange(search);
      assertTrue(pe.hasPairs());
      RichSearch.State after = pe.run(st);
      BruteForceEvaluator.Result check = BruteForceEvaluator.evaluate(inst, after.routes(), List.of());
      assertTrue(check.broken().isEmpty(), "seed " + seed + ": " + check.broken());
      assertEquals(check.cost(), after.individual().cost(), 1e-6, "the search's cost is the brute force's");
      if (pe.applied() > 0) {
        assertTrue(after.individual().compareTo(before) < 0, "applied trades improve");
      } else {
        assertEquals(0, after.individual().compareTo(before));
      }
      applied += (int) pe.applied();
    }
    assertTrue(applied > 0, "no trade applied on 15 instances");
  }
}
