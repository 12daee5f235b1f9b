package org.routeforge.solver.rich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.routeforge.data.model.Instance;
import org.routeforge.data.model.TimeWindow;

/**
 * Every solution either engine returns for a small random rich instance (two depots, two vehicle
 * types with fixed costs, skills, one or two windows, service times, priorities, two capacity
 * dimensions, a shipment, route limits, breaks, an open route) satisfies every constraint and
 * reports the cost that the separately written {@link BruteForceEvaluator} computes, and accounts
 * for every stop (served or given a reason).
 */
class RichPropertyTest {

  static Instance randomInstance(long seed) {
    Random rnd = new Random(seed);
    Rich.B b = new Rich.B();
    int d0 = b.loc(0, 0);
    int d1 = b.loc(60, 60);
    int stops = 4 + rnd.nextInt(5);
    for (int i = 0; i < stops; i++) {
      double x = rnd.nextDouble() * 60;
      double y = rnd.nextDouble() * 60;
      List<TimeWindow> ws;
      double open = rnd.nextDouble() * 150;
      switch (rnd.nextInt(3)) {
        case 0 -> ws = List.of();
        case 1 -> ws = List.of(new TimeWindow(open, open + 60));
        default -> ws = List.of(new TimeWindow(open, open + 20), new TimeWindow(open + 80, open + 120));
      }
      Set<String> skills = rnd.nextInt(4) == 0 ? Set.of("fridge") : Set.of();
      b.stop(x, y, 5, ws, skills, rnd.nextInt(3), 1 + rnd.nextInt(4), rnd.nextInt(3));
    }
    if (rnd.nextBoolean()) {
      int p = b.stop(rnd.nextDouble() * 60, rnd.nextDouble() * 60, 2);
      int q = b.stop(rnd.nextDouble() * 60, rnd.nextDouble() * 60, 2);
      b.shipment(p, q);
    }
    b.vehicle(d0, d0).count(2).capacity(8, 4).shift(0, 400).fixed(20).maxStops(4).breakAt(60, 120, 15).add();
    b.vehicle(d1, rnd.nextBoolean() ? -1 : d1).count(1).capacity(12, 6).shift(0, 300).maxDistance(250)
        .skills("fridge").add();
    return b.build();
  }

  @Property(tries = 6)
  void memeticSolutionsSatisfyEveryConstraint(@ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
    check(Rich.Engine.MEMETIC, seed);
  }

  @Property(tries = 6)
  void orToolsSolutionsSatisfyEveryConstraint(@ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
    check(Rich.Engine.ORTOOLS, seed);
  }

  private static void check(Rich.Engine engine, long seed) {
    Instance inst = randomInstance(seed);
    RichResult r = engine.solve(RichRequest.of(inst));
    BruteForceEvaluator.Result b = BruteForceEvaluator.evaluate(inst, r.routes(), List.of());
    assertTrue(b.broken().isEmpty(), () -> engine + " seed " + seed + ": " + b.broken() + " in " + r.routes());
    int served = 0;
    for (RichRoute route : r.routes()) {
      served += route.size();
    }
    assertEquals(inst.stops().size() - served, r.unassigned().size(), "every unserved stop has a reason");
    assertEquals(b.cost(), r.result().best().cost(), 1e-6, "the reported cost is the brute force's");
  }
}
