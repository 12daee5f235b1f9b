package org.routeforge.wsn.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.routeforge.wsn.engine.RoundEngine;
import org.routeforge.wsn.engine.SimulationResult;
import org.routeforge.wsn.model.WsnConfig;

class ProtocolBehaviourTest {

  /**
   * With energy to spare (nobody dies), LEACH elects on average a share p of the nodes as heads per
   * round: over 100 nodes × 2000 rounds the observed share is within 5 % of p.
   */
  @Tag("statistics")
  @ParameterizedTest
  @CsvSource({"0.05, 1", "0.1, 2", "0.2, 3"})
  void leachHeadShareMatchesP(double p, long seed) {
    WsnConfig c =
        WsnConfig.builder().initialEnergy(1e6).maxRounds(2000).leach(new WsnConfig.Leach(p)).build();
    SimulationResult r = new RoundEngine(c).run(new Leach(p), seed);
    long heads = 0;
    for (int h : r.heads()) {
      heads += h;
    }
    double share = heads / (double) (r.rounds() * c.nodes());
    assertEquals(p, share, 0.05 * p, "observed head share " + share);
  }

  /** LEACH's threshold rises to 1 in the last round of an epoch, so every node heads once per epoch. */
  @Test
  void leachThreshold() {
    Leach leach = new Leach(0.05);
    leach.init(org.routeforge.wsn.model.Network.create(WsnConfig.defaults(), new java.util.SplittableRandom(1)), new java.util.SplittableRandom(2));
    assertEquals(0.05, leach.threshold(1), 1e-12);
    assertEquals(1.0, leach.threshold(20), 1e-12);
    assertEquals(0.05, leach.threshold(21), 1e-12);
  }

  /** In HEED every alive node is a head or belongs to a head within the cluster range R_c. */
  @Test
  void heedMembersWithinClusterRange() {
    WsnConfig c = WsnConfig.builder().nodes(80).initialEnergy(0.05).build();
    double rc = c.heed().clusterRadius();
    new RoundEngine(c)
        .run(
            new Heed(c.heed()),
            4,
            (round, net, plan) -> {
              for (int i = 0; i < net.size(); i++) {
                int h = plan.headOf(i);
                if (h >= 0 && h != i) {
                  assertTrue(plan.isHead(h));
                  assertTrue(net.distance(i, h) <= rc + 1e-9, "member beyond R_c");
                }
              }
            });
  }

  /**
   * In GTRL the relay is always a head, heads that use it are those for which it is cheaper than the
   * base station, and at the start of each round it holds the highest residual energy.
   */
  @Test
  void gtrlRelayIsRichestHead() {
    WsnConfig c = WsnConfig.builder().nodes(50).initialEnergy(0.05).build();
    Gtrl gtrl = new Gtrl(c.gtrl());
    RoundPlan[] seen = new RoundPlan[1];
    ClusteringProtocol probe =
        new ClusteringProtocol() {
          @Override
          public String name() {
            return "probe";
          }

          @Override
          public void init(org.routeforge.wsn.model.Network net, java.util.SplittableRandom rnd) {
            gtrl.init(net, rnd);
          }

          @Override
          public void setup(org.routeforge.wsn.model.Network net, RoundPlan plan) {
            double best = -1;
            for (int i = 0; i < net.size(); i++) {
              if (net.alive(i)) {
                best = Math.max(best, net.energy(i));
              }
            }
            gtrl.setup(net, plan);
            int relay = plan.relay();
            if (relay >= 0) {
              assertTrue(plan.isHead(relay));
              assertTrue(net.energy(relay) + net.radio().rx(c.controlBits()) + 1e-3 >= best);
              for (int k = 0; k < plan.headCount(); k++) {
                int h = plan.head(k);
                if (plan.nextHop(h) == relay) {
                  assertTrue(net.distance(h, relay) < net.distanceToBs(h));
                }
              }
            }
            seen[0] = plan;
          }

          @Override
          public void endRound(org.routeforge.wsn.model.Network net, RoundPlan plan) {
            gtrl.endRound(net, plan);
          }
        };
    SimulationResult r = new RoundEngine(c).run(probe, 9);
    assertTrue(r.lnd() > 0 && seen[0] != null);
  }
}
