package org.routeforge.cli.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.routeforge.cli.RouteForgeCli;
import org.routeforge.graph.paths.CsrGraph;
import org.routeforge.graph.paths.EdgeListReader;
import picocli.CommandLine;

/**
 * The {@code graph} commands in-process: generate is deterministic, path prints valid paths in the
 * documented line format (with -1 for disconnected pairs), unknown ids and bad options exit 1 with a
 * message (the benchmark is in the benchmarks module: {@code bench graph}).
 */
class GraphCommandTest {
  @TempDir Path dir;

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = RouteForgeCli.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  private Path generate(String name, String model, long seed) {
    Path f = dir.resolve(name);
    Run r =
        run("graph", "generate", "--model", model, "--nodes", "800", "--avg-degree", "6",
            "--seed", Long.toString(seed), "--out", f.toString());
    assertEquals(0, r.code(), r.err());
    return f;
  }

  @Test
  void generateIsDeterministic() throws Exception {
    Path a = generate("a.txt", "chung-lu", 3);
    Path b = generate("b.txt", "chung-lu", 3);
    assertEquals(Files.readString(a), Files.readString(b));
    Path c = generate("c.txt.gz", "ba", 3);
    assertEquals(3 * 4 / 2 + (800 - 4) * 3, EdgeListReader.read(c, true).graph().edgeCount());
    Run bad =
        run("graph", "generate", "--model", "ba", "--nodes", "100", "--avg-degree", "4",
            "--exponent", "2.5", "--out", dir.resolve("x.txt").toString());
    assertEquals(1, bad.code());
    assertTrue(bad.err().contains("--exponent applies to chung-lu only"), bad.err());
  }

  @Test
  void pathPrintsValidPathsAndHandlesDisconnectedPairs() throws Exception {
    // two components: a triangle 1-2-3 and an edge 7-8, plus a tail 3-4-5
    Path g = dir.resolve("g.txt");
    Files.writeString(g, "# tiny\n1 2\n2 3\n3 1\n3 4\n4 5\n7 8\n");
    Path pairs = dir.resolve("pairs.txt");
    Files.writeString(pairs, "# src dst\n1 5\n5 1\n1 8\n2 2\n");
    for (String method : new String[] {"wormhole", "wormhole-h", "wormhole-m", "bidirectional-bfs", "dijkstra",
        "bidirectional-dijkstra"}) {
      Run r = run("graph", "path", "--graph", g.toString(), "--pairs", pairs.toString(),
          "--method", method, "--core-fraction", "0.3");
      assertEquals(0, r.code(), r.err());
      String[] lines = r.out().strip().split("\\R");
      assertEquals(4, lines.length, r.out());
      assertTrue(lines[0].matches("1 5 3 1 3 4 5"), method + ": " + lines[0]);
      assertTrue(lines[1].matches("5 1 3 5 4 3 1"), method + ": " + lines[1]);
      assertEquals("1 8 -1", lines[2]);
      assertEquals("2 2 0 2", lines[3]);
    }
    Run old = run("graph", "path", "--graph", g.toString(), "--pairs", pairs.toString(), "--method", "bibfs");
    assertEquals(2, old.code(), old.err());
    assertTrue(old.err().contains("unknown method 'bibfs'; one of wormhole, wormhole-h, wormhole-m,"
        + " bidirectional-bfs, dijkstra, bidirectional-dijkstra"), old.err());
  }

  @Test
  void singleQueryPathIsAdjacentAndUnknownIdsAreErrors() throws Exception {
    Path f = generate("g.txt.gz", "chung-lu", 5);
    CsrGraph g = EdgeListReader.read(f, true).graph();
    long from = g.idOf(0);
    long to = g.idOf(g.nodeCount() - 1);
    Run r = run("graph", "path", "--graph", f.toString(), "--from", Long.toString(from),
        "--to", Long.toString(to), "--method", "wormhole");
    assertEquals(0, r.code(), r.err());
    String[] v = r.out().strip().split(" ");
    long len = Long.parseLong(v[2]);
    if (len >= 0) {
      assertEquals(len + 1, v.length - 3);
      for (int i = 3; i + 1 < v.length; i++) {
        assertTrue(g.adjacent(g.indexOf(Long.parseLong(v[i])), g.indexOf(Long.parseLong(v[i + 1]))));
      }
    }
    Run unknown = run("graph", "path", "--graph", f.toString(), "--from", "999999", "--to", "0");
    assertEquals(1, unknown.code());
    assertTrue(unknown.err().contains("vertex id 999999 not in graph"), unknown.err());
    Path pairs = dir.resolve("bad.txt");
    Files.writeString(pairs, "0 1\n0 424242\n");
    Run badPairs = run("graph", "path", "--graph", f.toString(), "--pairs", pairs.toString());
    assertEquals(1, badPairs.code());
    assertTrue(badPairs.err().contains("bad.txt:2: dst: vertex id 424242 is not in the graph"),
        badPairs.err());
    Run noFile = run("graph", "path", "--graph", dir.resolve("none.txt").toString(), "--from", "1",
        "--to", "2");
    assertEquals(1, noFile.code());
    assertTrue(noFile.err().contains("no such file"), noFile.err());
    assertEquals(2, run("graph", "path", "--graph", f.toString()).code(), "usage error");
  }
}
