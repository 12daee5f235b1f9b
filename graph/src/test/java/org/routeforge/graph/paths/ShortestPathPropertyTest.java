package org.routeforge.graph.paths;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.api.constraints.IntRange;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.shortestpath.BFSShortestPath;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;

/**
 * Property tests over random graphs of several shapes: every returned path is a real path from s
 * to t whose length equals the reported one; exact algorithms agree with BFS and JGraphT;
 * WormHole answers are never shorter than exact and never beyond exact + their certified bound;
 * disconnected pairs are reported as such by every algorithm.
 */
class ShortestPathPropertyTest {

  @Property(tries = 60)
  void everyAlgorithmReturnsValidPathsWithinBounds(
      @ForAll TestGraphs.Shape shape,
      @ForAll @IntRange(min = 20, max = 400) int size,
      @ForAll @DoubleRange(min = 0.005, max = 0.3) @Scale(3) double coreFraction,
      @ForAll long seed) {
    CsrGraph g = TestGraphs.make(shape, size, seed);
    WormholeOptions opt =
        new WormholeOptions(
            coreFraction,
            (seed & 1) == 0
                ? WormholeOptions.SeedStrategy.TOP_DEGREE
                : WormholeOptions.SeedStrategy.RANDOM,
            1 + (int) Math.floorMod(seed, 3L),
            seed);
    WormholeIndex index = WormholeIndex.build(g, opt);
    checkIndexInvariants(g, index);
    Wormhole wh = new Wormhole(index, CoreLabels.build(index), CoreHubTree.build(index));
    BidirectionalBfs bibfs = new BidirectionalBfs(g);
    SplittableRandom rnd = new SplittableRandom(seed);
    int n = g.nodeCount();
    for (int q = 0; q < 25; q++) {
      int s = rnd.nextInt(n);
      int[] dist = Bfs.distances(g, s);
      int t = rnd.nextInt(n);
      long exact = dist[t];
      PathResult b = bibfs.query(s, t);
      assertEquals(exact, TestGraphs.checkPath(g, s, t, b), "BiBFS is exact");
      PathResult e = wh.query(s, t, Wormhole.Variant.E);
      PathResult m = wh.query(s, t, Wormhole.Variant.M);
      PathResult h = wh.query(s, t, Wormhole.Variant.H);
      for (PathResult r : new PathResult[] {e, m, h}) {
        long len = TestGraphs.checkPath(g, s, t, r);
        if (exact < 0) {
          assertEquals(-1, len, "disconnected pair must be reported as such");
        } else {
          assertTrue(len >= exact, "never shorter than exact");
          assertTrue(
              len <= exact + r.errorBound(),
              "length " + len + " exceeds exact " + exact + " + certified bound " + r.errorBound());
        }
      }
      assertEquals(e.length(), m.length(), "PLL core distances equal core BiBFS distances");
    }
  }

  @Property(tries = 30)
  void exactSearchesAgreeWithJGraphT(
      @ForAll TestGraphs.Shape shape,
      @ForAll @IntRange(min = 5, max = 200) int size,
      @ForAll long seed) {
    CsrGraph g = TestGraphs.make(shape, size, seed);
    Graph<Integer, Integer> jg = g.toJGraphT();
    BFSShortestPath<Integer, Integer> ref = new BFSShortestPath<>(jg);
    BidirectionalBfs bibfs = new BidirectionalBfs(g);
    BidirectionalDijkstra dij = new BidirectionalDijkstra(g);
    SplittableRandom rnd = new SplittableRandom(seed);
    for (int q = 0; q < 20; q++) {
      int s = rnd.nextInt(g.nodeCount());
      int t = rnd.nextInt(g.nodeCount());
      GraphPath<Integer, Integer> p = ref.getPath(s, t);
      long expected = p == null ? -1 : p.getLength();
      assertEquals(expected, TestGraphs.checkPath(g, s, t, bibfs.query(s, t)));
      assertEquals(expected, TestGraphs.checkPath(g, s, t, dij.query(s, t)));
      assertEquals(expected, TestGraphs.checkPath(g, s, t, dij.dijkstra(s, t)));
    }
  }

  @Property(tries = 30)
  void weightedSearchesAgreeWithJGraphTDijkstra(
      @ForAll @IntRange(min = 5, max = 300) int n,
      @ForAll @IntRange(min = 1, max = 4) int avgDegree,
      @ForAll long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    int m = n * avgDegree / 2 + 1;
    int[] src = new int[m];
    int[] dst = new int[m];
    int[] w = new int[m];
    for (int i = 0; i < m; i++) {
      src[i] = rnd.nextInt(n);
      dst[i] = rnd.nextInt(n);
      w[i] = rnd.nextInt(1000);
    }
    CsrGraph g = CsrBuilder.buildWeighted(n, src, dst, w, m, null, 1).graph();
    DijkstraShortestPath<Integer, Integer> ref = new DijkstraShortestPath<>(g.toJGraphT());
    BidirectionalDijkstra dij = new BidirectionalDijkstra(g);
    for (int q = 0; q < 20; q++) {
      int s = rnd.nextInt(n);
      int t = rnd.nextInt(n);
      GraphPath<Integer, Integer> p = ref.getPath(s, t);
      long expected = p == null ? -1 : Math.round(p.getWeight());
      assertEquals(expected, TestGraphs.checkPath(g, s, t, dij.query(s, t)), "bidirectional");
      assertEquals(expected, TestGraphs.checkPath(g, s, t, dij.dijkstra(s, t)), "one-sided");
    }
  }

  /** L1 is exactly the set of non-L0 neighbours of L0, and |L0| is as requested. */
  private static void checkIndexInvariants(CsrGraph g, WormholeIndex index) {
    int n = g.nodeCount();
    int expectedCore =
        (int) Math.max(1, Math.min(n, Math.round(index.options().coreFraction() * n)));
    assertEquals(expectedCore, index.coreSize());
    int ring = 0;
    for (int v = 0; v < n; v++) {
      boolean nearCore = false;
      for (int i = g.offsets()[v]; i < g.offsets()[v + 1]; i++) {
        nearCore |= index.inCore(g.targets()[i]);
      }
      boolean shouldBeRing = !index.inCore(v) && nearCore;
      assertEquals(shouldBeRing, index.inRing(v), "L1 membership of " + v);
      if (shouldBeRing) {
        ring++;
      }
    }
    assertEquals(ring, index.ringSize());
  }
}
