package org.routeforge.cli.roads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.routeforge.cli.RouteForgeCli;
import org.routeforge.data.io.InstanceFiles;
import org.routeforge.data.io.osrm.OsrmTable;
import org.routeforge.data.model.Instance;
import org.routeforge.graph.roads.GraphFolders;
import picocli.CommandLine;

/** The {@code roads} commands run in-process on the Monaco extract. */
class RoadsCommandTest {
  @TempDir static Path dir;
  static Path osm;
  static Path graphs;

  @BeforeAll
  static void data() {
    System.setProperty("com.google.protobuf.use_unsafe_pre22_gencode", "true");
    osm = GraphFolders.dataDir().resolve("osm/monaco.osm.pbf");
    Assumptions.assumeTrue(Files.isRegularFile(osm), "Monaco extract not found at " + osm + "; skipped");
    graphs = dir.resolve("graph");
  }

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    CommandLine cl = RouteForgeCli.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  /** lat,lon lines become an OSRM table with a row and a column per point. */
  @Test
  void matrixWritesAnOsrmTable() throws Exception {
    Path pts = dir.resolve("pts.csv");
    Files.writeString(pts, "lat,lon\n43.7384,7.4246\n# a comment\n43.7311,7.4197\n43.7402,7.4268\n");
    Path out = dir.resolve("table.json");
    Run r = run("roads", "matrix", "--osm", osm.toString(), "--graph-dir", graphs.toString(), "--points",
        pts.toString(), "--out", out.toString());
    assertEquals(0, r.code(), r.err());
    OsrmTable t = OsrmTable.read(out);
    assertEquals(3, t.rows());
    assertEquals(3, t.cols());
    assertEquals(0, t.durations()[0]);
    assertTrue(t.durations()[1] > 0 && t.distances()[1] > 0);
    assertEquals(3, t.sources().size());
  }

  /** A point far from any road fails the command, naming its line and index; nothing is written. */
  @Test
  void unsnappablePointIsAnInputErrorWithItsLine() throws Exception {
    Path pts = dir.resolve("bad.csv");
    Files.writeString(pts, "43.7384,7.4246\n48.85,2.35\n");
    Path out = dir.resolve("bad-table.json");
    Run r = run("roads", "matrix", "--osm", osm.toString(), "--graph-dir", graphs.toString(), "--points",
        pts.toString(), "--out", out.toString());
    assertEquals(1, r.code());
    assertTrue(r.err().contains("bad.csv:2") && r.err().contains("point 1"), r.err());
    assertTrue(Files.notExists(out));
  }

  /** Malformed CSV lines are all reported with their line numbers. */
  @Test
  void malformedPointsAreReportedByLine() throws Exception {
    Path pts = dir.resolve("malformed.csv");
    Files.writeString(pts, "43.7384,7.4246\nabc,7.1\n43.7\n");
    Run r = run("roads", "matrix", "--osm", osm.toString(), "--graph-dir", graphs.toString(), "--points",
        pts.toString());
    assertEquals(1, r.code());
    assertTrue(r.err().contains("malformed.csv:2") && r.err().contains("malformed.csv:3"), r.err());
  }

  /** A road instance with time windows is written, readable, and its table sits beside it. */
  @Test
  void instanceIsWrittenAndReadable() throws Exception {
    Path out = dir.resolve("monaco-20.json");
    Run r = run("roads", "instance", "--osm", osm.toString(), "--graph-dir", graphs.toString(), "--n", "20",
        "--seed", "3", "--tw", "--out", out.toString());
    assertEquals(0, r.code(), r.err());
    Instance in = InstanceFiles.read(out);
    assertEquals(20, in.stops().size());
    assertEquals(21, in.locations().size());
    assertTrue(in.hasTimeWindows());
    assertTrue(in.distances().get(0, 1) > 0);
    OsrmTable t = OsrmTable.read(dir.resolve("monaco-20.osrm-table.json"));
    assertEquals(21, t.rows());
  }
}
