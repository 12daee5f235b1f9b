package org.routeforge.wsn.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.routeforge.wsn.model.Network;
import org.routeforge.wsn.model.WsnConfig;
import org.routeforge.wsn.protocol.Protocols;

class RoundEngineTest {
  /** Small but complete set-up: 60 nodes, heterogeneous energy so advanced nodes are exercised. */
  private static final WsnConfig CONFIG =
      WsnConfig.builder().nodes(60).initialEnergy(0.1).heterogeneity(0.2, 1.0).build();

  /**
   * For every node and every round, initial energy = residual + spent (up to rounding), residual is
   * never negative, and a dead node's energy and spending never change again.
   */
  @ParameterizedTest
  @ValueSource(strings = {"direct", "leach", "heed", "gtrl"})
  void energyIsConservedPerNodePerRound(String protocol) {
    int n = CONFIG.nodes();
    double[] spentAtDeath = new double[n];
    int[] checks = {0};
    SimulationResult r =
        new RoundEngine(CONFIG)
            .run(
                Protocols.create(protocol, CONFIG),
                7,
                (round, net, plan) -> {
                  for (int i = 0; i < n; i++) {
                    double e = net.energy(i);
                    assertTrue(e >= 0, "negative energy");
                    assertEquals(net.initialEnergy(i), e + net.spent(i), 1e-12, "node " + i + " round " + round);
                    if (!net.alive(i)) {
                      assertEquals(0, e);
                      if (net.deathRound(i) < round) {
                        assertEquals(spentAtDeath[i], net.spent(i), 0, "dead node " + i + " spent again");
                      }
                      spentAtDeath[i] = net.spent(i);
                    }
                    checks[0]++;
                  }
                });
    assertTrue(r.lnd() > 0, "the network should die out");
    assertEquals(n * r.rounds(), checks[0]);
    assertEquals(r.initialEnergy(), r.energySpent(), 1e-9);
  }

  /**
   * No node ever transmits after its death, and the engine and protocols never even ask a dead node
   * to send, receive or aggregate.
   */
  @ParameterizedTest
  @ValueSource(strings = {"direct", "leach", "heed", "gtrl"})
  void noTransmissionAfterDeath(String protocol) {
    Network[] last = new Network[1];
    new RoundEngine(CONFIG).run(Protocols.create(protocol, CONFIG), 3, (round, net, plan) -> last[0] = net);
    Network net = last[0];
    assertEquals(0, net.deadOperationAttempts());
    for (int i = 0; i < net.size(); i++) {
      assertTrue(net.deathRound(i) > 0);
      assertTrue(net.lastTxRound(i) <= net.deathRound(i), "node " + i + " sent after death");
    }
  }

  /** The same seed reproduces a run exactly; another seed gives another run. */
  @ParameterizedTest
  @ValueSource(strings = {"leach", "heed", "gtrl"})
  void deterministicPerSeed(String protocol) {
    RoundEngine engine = new RoundEngine(CONFIG);
    SimulationResult a = engine.run(Protocols.create(protocol, CONFIG), 11);
    SimulationResult b = engine.run(Protocols.create(protocol, CONFIG), 11);
    SimulationResult c = engine.run(Protocols.create(protocol, CONFIG), 12);
    assertArrayEquals(a.alive(), b.alive());
    assertArrayEquals(a.residual(), b.residual());
    assertArrayEquals(a.heads(), b.heads());
    assertEquals(a.packetsToBs(), b.packetsToBs());
    assertNotEquals(a.packetsToBs() + ":" + a.lnd(), c.packetsToBs() + ":" + c.lnd());
  }

  /** Milestones are ordered and the alive series is non-increasing. */
  @ParameterizedTest
  @ValueSource(strings = {"direct", "leach", "heed", "gtrl"})
  void milestones(String protocol) {
    SimulationResult r = new RoundEngine(CONFIG).run(Protocols.create(protocol, CONFIG), 5);
    assertTrue(0 < r.fnd() && r.fnd() <= r.hnd() && r.hnd() <= r.lnd() && r.lnd() == r.rounds());
    for (int t = 1; t < r.alive().length; t++) {
      assertTrue(r.alive()[t] <= r.alive()[t - 1]);
    }
    assertTrue(r.packetsToBs() > 0 && r.readingsToBs() >= r.packetsToBs());
  }

  /** A run stopped by max_rounds reports no last death and is flagged censored. */
  @org.junit.jupiter.api.Test
  void censoredRun() {
    WsnConfig c = CONFIG.toBuilder().maxRounds(5).build();
    SimulationResult r = new RoundEngine(c).run(Protocols.create("leach", c), 1);
    assertEquals(5, r.rounds());
    assertTrue(r.censored());
    assertEquals(-1, r.lnd());
  }
}
