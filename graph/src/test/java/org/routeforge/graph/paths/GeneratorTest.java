package org.routeforge.graph.paths;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generators: exact edge counts, determinism, heavy tails, and a write/read round trip. */
class GeneratorTest {
  @TempDir Path dir;

  /** Chung–Lu gives exactly n·d/2 distinct edges, the same ones for the same seed. */
  @Test
  void chungLuIsExactAndDeterministic() {
    EdgeList a = ChungLuGenerator.generate(5000, 8, 2.5, 42);
    EdgeList b = ChungLuGenerator.generate(5000, 8, 2.5, 42);
    EdgeList c = ChungLuGenerator.generate(5000, 8, 2.5, 43);
    assertEquals(20000, a.m());
    assertArrayEquals(a.src(), b.src());
    assertArrayEquals(a.dst(), b.dst());
    assertTrue(!java.util.Arrays.equals(a.src(), c.src()), "another seed, another graph");
    CsrGraph g = a.toGraph();
    assertEquals(20000, g.edgeCount(), "no self-loops or duplicates");
    int maxDeg = 0;
    for (int v = 0; v < g.nodeCount(); v++) {
      maxDeg = Math.max(maxDeg, g.degree(v));
    }
    assertTrue(maxDeg > 10 * 8, "heavy tail: max degree " + maxDeg);
  }

  /** Barabási–Albert: k edges per new vertex, simple graph, deterministic. */
  @Test
  void barabasiAlbertIsSimpleAndDeterministic() {
    EdgeList a = BarabasiAlbertGenerator.generate(3000, 6, 7);
    EdgeList b = BarabasiAlbertGenerator.generate(3000, 6, 7);
    assertArrayEquals(a.src(), b.src());
    assertEquals(3 * 4 / 2 + (3000 - 4) * 3, a.m());
    assertEquals(a.m(), a.toGraph().edgeCount());
    assertThrows(IllegalArgumentException.class, () -> BarabasiAlbertGenerator.generate(3, 6, 7));
    assertThrows(IllegalArgumentException.class, () -> ChungLuGenerator.generate(100, 4, 1.9, 1));
  }

  /** Written edge lists read back to the same graph. */
  @Test
  void writeThenReadRoundTrip() throws Exception {
    EdgeList e = ChungLuGenerator.generate(2000, 6, 2.3, 5);
    Path f = dir.resolve("g.txt.gz");
    EdgeListWriter.write(f, e, "test graph");
    assertTrue(Files.size(f) > 0);
    CsrGraph back = EdgeListReader.read(f, true).graph();
    CsrGraph orig = e.toGraph();
    assertEquals(orig.edgeCount(), back.edgeCount());
    for (int i = 0; i < e.m(); i++) {
      assertTrue(back.adjacent(back.indexOf(e.src()[i]), back.indexOf(e.dst()[i])));
    }
  }
}
