package org.routeforge.data.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.routeforge.data.io.ParsedInstance;
import org.routeforge.data.io.SourceMap;
import org.routeforge.data.io.VrplibWriter;
import org.routeforge.data.model.Instance;
import org.routeforge.data.model.Location;
import org.routeforge.data.model.Stop;
import org.routeforge.data.validate.InstanceValidator;

/** The generators are deterministic, follow the X-set rules, and produce valid instances. */
class GeneratorTest {
  @Test
  void sameSeedSameBytesOtherSeedOtherBytes() {
    String a = VrplibWriter.format(XGenerator.generate(XGenerator.Config.random(200, false), 7));
    String b = VrplibWriter.format(XGenerator.generate(XGenerator.Config.random(200, false), 7));
    String c = VrplibWriter.format(XGenerator.generate(XGenerator.Config.random(200, false), 8));
    assertEquals(a, b);
    assertNotEquals(a, c);
    assertEquals(VrplibWriter.format(UniformGenerator.generate(100, true, 3)),
        VrplibWriter.format(UniformGenerator.generate(100, true, 3)));
  }

  @Test
  void xRulesDepotPlacementDemandsAndCapacity() {
    Instance in = XGenerator.generate(new XGenerator.Config(300, XGenerator.Depot.ECCENTRIC,
        XGenerator.Customers.CLUSTERED, XGenerator.Demand.QUADRANT, 10, false), 42);
    Location depot = in.locations().get(0);
    assertEquals(0, depot.x());
    assertEquals(0, depot.y());
    long sum = 0;
    for (Stop s : in.stops()) {
      Location l = in.locations().get(s.location());
      boolean even = (l.x() < 500) == (l.y() < 500);
      int d = s.demand(0);
      assertTrue(even ? d >= 51 && d <= 100 : d >= 1 && d <= 50, "quadrant demand " + d + " at " + l);
      assertTrue(l.x() >= 0 && l.x() <= 1000 && l.y() >= 0 && l.y() <= 1000);
      sum += d;
    }
    assertEquals((int) Math.ceil(10.0 * sum / 300), in.vehicleTypes().get(0).capacity(0));
    Instance central = XGenerator.generate(new XGenerator.Config(50, XGenerator.Depot.CENTRAL,
        XGenerator.Customers.RANDOM, XGenerator.Demand.UNITARY, Double.NaN, false), 1);
    assertEquals(500, central.locations().get(0).x());
    for (Stop s : central.stops()) {
      assertEquals(1, s.demand(0));
    }
  }

  @Test
  void clusteredCustomersAreCloserTogetherThanRandomOnes() {
    double clustered = meanNearest(XGenerator.generate(new XGenerator.Config(400, XGenerator.Depot.CENTRAL,
        XGenerator.Customers.CLUSTERED, XGenerator.Demand.UNITARY, 10, false), 5));
    double random = meanNearest(XGenerator.generate(new XGenerator.Config(400, XGenerator.Depot.CENTRAL,
        XGenerator.Customers.RANDOM, XGenerator.Demand.UNITARY, 10, false), 5));
    assertTrue(clustered < random / 2, clustered + " vs " + random);
  }

  private static double meanNearest(Instance in) {
    List<Location> ls = in.locations();
    double sum = 0;
    for (int i = 0; i < ls.size(); i++) {
      double best = Double.POSITIVE_INFINITY;
      for (int j = 0; j < ls.size(); j++) {
        if (i != j) {
          best = Math.min(best, Math.hypot(ls.get(i).x() - ls.get(j).x(), ls.get(i).y() - ls.get(j).y()));
        }
      }
      sum += best;
    }
    return sum / ls.size();
  }

  /** Regression: 11 customers with a skewed demand draw once got a capacity below the largest demand. */
  @Test
  void smallSkewedXInstanceStillFitsEveryDemand() {
    Instance in = XGenerator.generate(XGenerator.Config.random(11, true), 222);
    assertEquals(List.of(), InstanceValidator.validate(new ParsedInstance(in, new SourceMap("generated"))));
  }

  @Property(tries = 50)
  void generatedInstancesAreValid(@ForAll boolean x, @ForAll @IntRange(min = 1, max = 150) int n, @ForAll boolean tw,
      @ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
    Instance in = x ? XGenerator.generate(XGenerator.Config.random(n, tw), seed) : UniformGenerator.generate(n, tw, seed);
    assertEquals(n, in.stops().size());
    assertEquals(tw, in.hasTimeWindows());
    assertEquals(List.of(), InstanceValidator.validate(new ParsedInstance(in, new SourceMap("generated"))));
  }
}
