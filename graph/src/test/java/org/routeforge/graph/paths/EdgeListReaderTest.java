package org.routeforge.graph.paths;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.routeforge.data.io.InputException;

/** Loading SNAP and DIMACS files: counts, dropped edges, id mapping and error messages. */
class EdgeListReaderTest {
  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    if (name.endsWith(".gz")) {
      try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(p))) {
        out.write(text.getBytes(StandardCharsets.UTF_8));
      }
    } else {
      Files.writeString(p, text);
    }
    return p;
  }

  /** Comments are skipped, self-loops and repeated pairs dropped and counted, ids kept. */
  @Test
  void snapWithCommentsSelfLoopsAndDuplicates() throws Exception {
    Path f = write("tiny.txt.gz", "# a comment\n% another\n10 20\n20 10\n10 10\n20 30 extra\n\n10 20\n");
    EdgeListReader.Loaded l = EdgeListReader.read(f, true);
    CsrGraph g = l.graph();
    assertEquals(3, g.nodeCount());
    assertEquals(2, g.edgeCount());
    assertEquals(1, l.stats().selfLoops());
    assertEquals(2, l.stats().duplicates());
    assertEquals(5, l.stats().pairs());
    assertEquals(1, g.indexOf(20));
    assertEquals(-1, g.indexOf(15));
    assertEquals(30, g.idOf(2));
    assertTrue(g.adjacent(g.indexOf(10), g.indexOf(20)));
    assertFalse(g.adjacent(g.indexOf(10), g.indexOf(30)));
  }

  /** Sparse ids are numbered densely in id order. */
  @Test
  void sparseIdsAreMappedInOrder() throws Exception {
    EdgeListReader.Loaded l = EdgeListReader.read(write("s.txt", "5 1000000000\n7 5\n"), true);
    assertEquals(3, l.graph().nodeCount());
    assertEquals(5, l.graph().idOf(0));
    assertEquals(1000000000L, l.graph().idOf(2));
    assertEquals(2, l.graph().indexOf(1000000000L));
  }

  /** Without symmetrization a one-directional file is rejected with the offending arc named. */
  @Test
  void directedInputNeedsSymmetrization() throws Exception {
    Path f = write("d.txt", "1 2\n2 1\n2 3\n");
    InputException e = assertThrows(InputException.class, () -> EdgeListReader.read(f, false));
    assertTrue(e.getMessage().contains("2 -> 3"), e.getMessage());
    assertEquals(2, EdgeListReader.read(f, true).graph().edgeCount());
    EdgeListReader.Loaded both = EdgeListReader.read(write("b.txt", "1 2\n2 1\n"), false);
    assertEquals(1, both.graph().edgeCount());
    assertEquals(0, both.stats().duplicates());
  }

  /** A malformed line is reported with file, line and field. */
  @Test
  void malformedLineNamesFileLineAndField() throws Exception {
    Path f = write("bad.txt", "# header\n1 2\n3 x\n");
    InputException e = assertThrows(InputException.class, () -> EdgeListReader.read(f, true));
    assertTrue(e.getMessage().startsWith("bad.txt:3: target vertex id:"), e.getMessage());
    InputException missing =
        assertThrows(
            InputException.class, () -> EdgeListReader.read(dir.resolve("none.txt"), true));
    assertTrue(missing.getMessage().contains("no such file"));
  }

  /** DIMACS arcs become undirected edges with the smallest weight of a pair; ids are 1-based. */
  @Test
  void dimacsKeepsMinimumWeight() throws Exception {
    Path f = write("g.gr", "c comment\np sp 3 4\na 1 2 7\na 2 1 5\na 2 3 1\na 3 3 9\n");
    EdgeListReader.Loaded l = EdgeListReader.read(f, true);
    CsrGraph g = l.graph();
    assertTrue(g.weighted());
    assertEquals(3, g.nodeCount());
    assertEquals(2, g.edgeCount());
    assertEquals(5, g.weight(0, 1));
    assertEquals(5, g.weight(1, 0));
    assertEquals(1, g.indexOf(2));
    assertEquals(1, l.stats().selfLoops());
    assertEquals(1, l.stats().duplicates());
    InputException e =
        assertThrows(
            InputException.class, () -> EdgeListReader.read(write("x.gr", "p sp 2 1\na 1 5 3\n"), true));
    assertTrue(e.getMessage().contains("x.gr:2"), e.getMessage());
  }

  /** The shared ca-GrQc file gives the counts its README states. */
  @Test
  void sharedCaGrQcMatchesReadme() throws Exception {
    Path f = dataDir().resolve("graphs/ca-GrQc.txt.gz");
    Assumptions.assumeTrue(Files.exists(f), "shared data not available");
    EdgeListReader.Loaded l = EdgeListReader.read(f, true);
    assertEquals(5242, l.graph().nodeCount());
    assertEquals(14484, l.graph().edgeCount());
    assertEquals(12, l.stats().selfLoops());
    // every edge is listed in both directions: it also loads without symmetrization
    assertEquals(14484, EdgeListReader.read(f, false).graph().edgeCount());
  }

  static Path dataDir() {
    String p = System.getProperty("routeforge.data");
    if (p == null) {
      p = System.getenv("ROUTEFORGE_DATA");
    }
    return Path.of(p == null ? "../shared/data" : p);
  }
}
