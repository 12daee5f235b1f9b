package org.routeforge.graph.paths;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * WormHole on the graphs it is made for: on Chung–Lu power-law graphs almost all answers are
 * within +2 of the exact bidirectional-BFS length (the paper reports 99 %), no answer breaks its
 * certified bound, and every connected pair is connected. Also: bad vertex indices are rejected with a clear message.
 */
class WormholeQualityTest {

  @Tag("statistics")
  @ParameterizedTest
  @CsvSource({"20000, 10, 2.5, 1", "20000, 6, 2.2, 2", "30000, 12, 2.7, 3"})
  void powerLawAnswersAreMostlyWithinTwo(int n, double degree, double gamma, long seed) {
    CsrGraph g = ChungLuGenerator.generate(n, degree, gamma, seed).toGraph();
    WormholeIndex index = WormholeIndex.build(g, WormholeOptions.defaults());
    Wormhole wh = new Wormhole(index, CoreLabels.build(index), null);
    BidirectionalBfs exact = new BidirectionalBfs(g);
    int[] comp = Bfs.components(g);
    SplittableRandom rnd = new SplittableRandom(seed);
    int pairs = 0;
    int within2 = 0;
    int exactE = 0;
    int exactM = 0;
    while (pairs < 300) {
      int s = rnd.nextInt(g.nodeCount());
      int t = rnd.nextInt(g.nodeCount());
      if (s == t || comp[s] != comp[t]) {
        continue;
      }
      pairs++;
      long d = exact.query(s, t).length();
      PathResult e = wh.query(s, t, Wormhole.Variant.E);
      PathResult m = wh.query(s, t, Wormhole.Variant.M);
      assertTrue(e.length() >= 0, "a connected pair answered as disconnected: " + s + "-" + t);
      assertTrue(e.length() >= d && e.length() <= d + e.errorBound(),
          "certified bound broken for " + s + "-" + t + ": " + e.length() + " vs exact " + d + " + " + e.errorBound());
      within2 += e.length() <= d + 2 ? 1 : 0;
      exactE += e.length() == d ? 1 : 0;
      exactM += m.length() == d ? 1 : 0;
    }
    assertTrue(within2 >= 0.97 * pairs, "within +2: " + within2 + " of " + pairs);
    assertEquals(exactE, exactM, "M has E's distances");
  }

  @Test
  void unknownVertexIndicesAreRejected() {
    CsrGraph g = TestGraphs.grid(3, 3);
    WormholeIndex idx = WormholeIndex.build(g, WormholeOptions.defaults());
    Wormhole wh = new Wormhole(idx, null, null);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> wh.query(0, 9, Wormhole.Variant.E));
    assertTrue(e.getMessage().contains("9 is not in the graph"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new BidirectionalBfs(g).query(-1, 2));
    assertThrows(IllegalStateException.class, () -> wh.query(0, 1, Wormhole.Variant.M));
  }

  @Test
  void disconnectedPairsAreAnsweredNotThrown() {
    CsrGraph g = TestGraphs.union(TestGraphs.grid(3, 3), TestGraphs.grid(2, 2));
    WormholeIndex idx = WormholeIndex.build(g, WormholeOptions.defaults().withCoreFraction(0.2));
    Wormhole wh = new Wormhole(idx, CoreLabels.build(idx), CoreHubTree.build(idx));
    for (Wormhole.Variant v : Wormhole.Variant.values()) {
      PathResult r = wh.query(0, 10, v);
      assertEquals(-1, r.length());
      assertEquals(0, r.path().length);
    }
    assertEquals(-1, new BidirectionalBfs(g).query(0, 10).length());
    assertEquals(-1, new BidirectionalDijkstra(g).query(0, 10).length());
  }
}
