package org.routeforge.solver.rich;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.routeforge.data.model.Instance;
import org.routeforge.solver.SolveOptions;

/** The rich memetic engine repeats itself for a seed and an iteration limit. */
class RichMemeticEngineTest {

  @Test
  void sameSeedSameRoutes() {
    Instance inst = RichPropertyTest.randomInstance(42);
    SolveOptions o = SolveOptions.builder().timeLimit(Duration.ofSeconds(60)).iterationLimit(15).seed(9).build();
    RichResult a = new RichMemeticEngine().solveRich(RichRequest.of(inst), o, null, null);
    RichResult b = new RichMemeticEngine().solveRich(RichRequest.of(inst), o, null, null);
    assertEquals(a.routes(), b.routes());
    assertEquals(a.evaluation().cost(), b.evaluation().cost(), 0);
  }
}
