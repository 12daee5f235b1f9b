package org.routeforge.cli.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.routeforge.cli.RouteForgeCli;
import org.routeforge.data.catalog.DataDir;
import org.routeforge.data.io.InstanceFiles;
import org.routeforge.data.model.Instance;
import picocli.CommandLine;

/** The data commands run in-process through {@link RouteForgeCli#commandLine()}. */
class DataCommandsTest {
  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = RouteForgeCli.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int exit = cl.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  static Path fixture(String name) throws Exception {
    return Path.of(DataCommandsTest.class.getResource("/fixtures/" + name).toURI());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "bad-number.vrp | :13: | DEMAND_SECTION demand: 'x5' is not an integer",
      "missing-demand-section.vrp | :14: | DEMAND_SECTION: missing section",
      "dimension-mismatch.vrp | :6: | NODE_COORD_SECTION: 1 of 5 nodes have no entry",
      "matrix-not-square.vrp | :9: | EDGE_WEIGHT_SECTION: matrix row has 2 entries, expected 3",
      "negative-matrix.vrp | :9: | EDGE_WEIGHT_SECTION: negative travel cost -2",
      "nan-matrix.vrp | :9: | EDGE_WEIGHT_SECTION: 'NaN' is not a finite number",
      "depot-out-of-range.vrp | :17: | DEPOT_SECTION: depot node 9 is out of range 1..4",
      "demand-above-capacity.vrp | :14: | demand: demand [50] of stop 3 exceeds every vehicle's capacity",
      "window-closes-before-opens.vrp | :19: | TIME_WINDOW_SECTION: window of node 3 closes (20) before it opens (40)",
      "unknown-keyword.vrp | :6: | FLEET_MIX: unknown specification keyword",
      "unsupported-edge-weight-format.vrp | :5: | EDGE_WEIGHT_FORMAT: unsupported format FUNCTION",
      "unreachable-window.txt | :12: | time window: window of stop 2 (closes 10) cannot be reached from the depot",
      "solomon-bad-number.txt | :11: | DEMAND: '1O' is not a number",
      "solomon-wrong-field-count.txt | :11: | CUSTOMER: expected 7 fields",
      "solomon-no-customers.txt | :7: | CUSTOMER: no depot and no customers",
      "malformed-syntax.json | :5: | JSON: malformed JSON at column 3",
      "routeforge-bad-values.json | ' at /stops/0/location: ' | location: must be in 0..1, got 7",
      "vroom-unsupported-field.json | ' at /vehicles/0/max_travel_time: ' | max_travel_time: a limit on travel time alone is not supported",
      "vroom-negative-matrix.json | ' at /matrices/car/durations/0/1: ' | durations: must be at least 0, got -10",
      "lilim-bad-number.txt | :6: | SERVICE: 'five' is not a number",
      "lilim-pair-mismatch.txt | :4: | PICKUP: delivery 2 names pickup 3, but node 3 (line 5) names pickup 0 and"
          + " delivery 4",
      "cordeau-bad-capacity | :3: | Q: capacity must be positive, got -10",
      "cordeau-too-few-lines | :10: | depot: the file ends after 10 non-blank lines; the header says 2 depots and 6"
          + " customers, so 11 are expected",
  })
  void malformedFileNamesLineAndFieldAndExitsOne(String file, String where, String message) throws Exception {
    Path p = fixture("malformed/" + file);
    Run r = run("validate", p.toString());
    assertEquals(RouteForgeCli.EXIT_INVALID_INPUT, r.exit(), r.out());
    assertTrue(r.out().contains(p + where.strip() + (where.startsWith(" at") ? " " : " ") + message)
        || r.out().contains(p + where + message), r.out());
    assertTrue(r.out().contains("1 files checked: 0 valid, 1 invalid") || r.out().contains("1 file checked: 0 valid, 1 invalid"),
        r.out());
    assertTrue(r.err().isEmpty(), r.err());
  }

  @Test
  void thereAreAtLeastFifteenMalformedFixturesAndAllAreRejectedTogether() throws Exception {
    List<String> files = new ArrayList<>();
    try (Stream<Path> s = Files.list(fixture("malformed"))) {
      s.sorted().forEach(p -> files.add(p.toString()));
    }
    assertTrue(files.size() >= 15, files.size() + " fixtures");
    List<String> args = new ArrayList<>(List.of("validate", "--quiet"));
    args.addAll(files);
    Run r = run(args.toArray(new String[0]));
    assertEquals(1, r.exit());
    assertTrue(r.out().contains(files.size() + " files checked: 0 valid, " + files.size() + " invalid"), r.out());
  }

  /** The CLI validates the shared X and Solomon sets cleanly, whatever their size (no file count is assumed). */
  @Test
  void theSharedXAndSolomonSetsValidateThroughTheCli() throws Exception {
    List<String> args = new ArrayList<>(List.of("validate", "--quiet"));
    for (String folder : List.of("vrp/cvrp/X", "vrp/vrptw/solomon")) {
      Path dir = DataDir.resolve().resolve(folder);
      Assumptions.assumeTrue(Files.isDirectory(dir), "shared data folder " + dir + " is missing");
      try (Stream<Path> s = Files.walk(dir)) {
        s.filter(Files::isRegularFile).map(Path::toString)
            .filter(n -> n.endsWith(".vrp") || n.endsWith(".txt")).sorted().forEach(args::add);
      }
    }
    int files = args.size() - 2;
    assertTrue(files > 0, "no instance file found in the shared X and Solomon folders");
    Run r = run(args.toArray(new String[0]));
    assertEquals(0, r.exit(), r.out());
    assertEquals(files + " files checked: " + files + " valid, 0 invalid, 0 problems\n", r.out());
  }

  @Test
  void generateIsReproducibleByteForByte(@TempDir Path tmp) throws Exception {
    Run a = run("generate", "--kind", "x", "--n", "200", "--seed", "7");
    Run b = run("generate", "--kind", "x", "--n", "200", "--seed", "7");
    assertEquals(0, a.exit());
    assertEquals(a.out(), b.out());
    assertTrue(a.out().startsWith("NAME : X-n201-k"), a.out());
    assertEquals(0, run("generate", "--kind", "uniform", "--tw", "--n", "50", "--seed", "3", "--out",
        tmp.resolve("a.vrp").toString()).exit());
    assertEquals(0, run("generate", "--kind", "uniform", "--tw", "--n", "50", "--seed", "3", "--out",
        tmp.resolve("b.vrp").toString()).exit());
    assertArrayEquals(Files.readAllBytes(tmp.resolve("a.vrp")), Files.readAllBytes(tmp.resolve("b.vrp")));
    Run v = run("validate", tmp.resolve("a.vrp").toString());
    assertEquals(0, v.exit(), v.out());
    Run bad = run("generate", "--kind", "z", "--n", "5");
    assertEquals(1, bad.exit());
    assertTrue(bad.err().contains("unknown --kind 'z'"), bad.err());
    assertEquals(2, run("generate", "--n", "5").exit());
  }

  @Test
  void convertsVroomToVrplibAndBack(@TempDir Path tmp) throws Exception {
    Path vrp = tmp.resolve("small.vrp");
    Path back = tmp.resolve("back.vroom.json");
    Run r = run("convert", fixture("ok/small.vroom.json").toString(), vrp.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.err().contains("note: VRPLIB names nodes by number"), r.err());
    assertEquals(0, run("convert", vrp.toString(), back.toString()).exit());
    Instance original = InstanceFiles.read(fixture("ok/small.vroom.json"));
    Instance again = InstanceFiles.read(back);
    assertEquals(original.durations(), again.durations());
    assertEquals(original.stops().size(), again.stops().size());
    for (int i = 0; i < original.stops().size(); i++) {
      assertEquals(original.stops().get(i).timeWindows(), again.stops().get(i).timeWindows());
      assertArrayEquals(original.stops().get(i).demand(), again.stops().get(i).demand());
    }
    Path json = tmp.resolve("small.json");
    assertEquals(0, run("convert", vrp.toString(), json.toString()).exit());
    assertEquals(InstanceFiles.read(vrp), InstanceFiles.read(json));
  }

  /** VROOM steps become RouteForge JSON's plan through `convert`; formats without one refuse to drop it. */
  @Test
  void convertKeepsThePlanInJsonAndRefusesToDropIt(@TempDir Path tmp) throws Exception {
    Path in = tmp.resolve("steps.vroom.json");
    java.nio.file.Files.writeString(in, "{\"vehicles\":[{\"id\":1,\"start_index\":0,\"end_index\":0},"
        + "{\"id\":2,\"start_index\":0,\"end_index\":0,\"steps\":[{\"type\":\"job\",\"id\":20},"
        + "{\"type\":\"job\",\"id\":10,\"service_after\":5}]}],"
        + "\"jobs\":[{\"id\":10,\"location_index\":1},{\"id\":20,\"location_index\":2}],"
        + "\"matrices\":{\"car\":{\"durations\":[[0,10,20],[10,0,15],[20,15,0]]}}}");
    Path json = tmp.resolve("steps.json");
    Run r = run("convert", in.toString(), json.toString());
    assertEquals(0, r.exit(), r.err());
    assertEquals(InstanceFiles.parse(in).plan(), InstanceFiles.parse(json).plan());
    assertEquals(1, InstanceFiles.parse(json).plan().size());
    Run lossy = run("convert", json.toString(), tmp.resolve("steps.vrp").toString());
    assertEquals(1, lossy.exit(), lossy.err());
    assertTrue(lossy.err().contains("planned route(s)"), lossy.err());
  }

  @Test
  void convertsLiLimAndCordeauToJsonAndBackToTheirOwnFormat(@TempDir Path tmp) throws Exception {
    for (String[] c : new String[][] {{"ok/lt101.txt", "lilim", "back.txt"}, {"ok/pt01", "cordeau", "back.mdvrp"}}) {
      Path json = tmp.resolve(c[1] + ".json");
      Path back = tmp.resolve(c[2]);
      Run r = run("convert", fixture(c[0]).toString(), json.toString());
      assertEquals(0, r.exit(), r.err());
      Run w = run("convert", "--to", c[1], json.toString(), back.toString());
      assertEquals(0, w.exit(), w.err());
      Instance original = InstanceFiles.read(fixture(c[0]));
      Instance again = InstanceFiles.read(back);
      assertEquals(original.stops(), again.stops());
      assertEquals(original.shipments(), again.shipments());
      assertEquals(original.vehicleTypes(), again.vehicleTypes());
      assertEquals(original.locations(), again.locations());
      assertEquals(0, run("validate", back.toString()).exit());
    }
    Run lossy = run("convert", fixture("ok/pt01").toString(), tmp.resolve("md.vrp").toString());
    assertEquals(1, lossy.exit());
    assertTrue(lossy.err().contains("VRPLIB has one depot; the instance's vehicles start at 2 different locations"),
        lossy.err());
  }

  @Test
  void convertSaysWhatVrplibCannotExpress(@TempDir Path tmp) throws Exception {
    Path out = tmp.resolve("skills.vrp");
    Run r = run("convert", fixture("ok/skills.vroom.json").toString(), out.toString());
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("VRPLIB has no skills; 1 stops require skills"), r.err());
    assertTrue(!Files.exists(out));
    assertEquals(0, run("convert", "--allow-loss", fixture("ok/skills.vroom.json").toString(), out.toString()).exit());
    assertTrue(Files.exists(out));
  }

  @Test
  void datasetsListsTheSets() {
    Run r = run("datasets");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().matches("(?s).*\\nX\\s+\\d+\\s+\\d+\\.\\.\\d+\\s+\\d+\\s+\\d+\\s+\\d+ \\.\\. \\d+\\n.*"), r.out());
    assertTrue(r.out().matches("(?s).*\\n\\d+ catalogue rows in .*"), r.out());
    Run set = run("datasets", "--set", "Solomon-dimacs");
    assertTrue(set.out().contains("C101"), set.out());
    assertEquals(1, run("datasets", "--set", "nope").exit());
  }

  @Test
  void theLiLimAndCordeauSetsValidateAndAreListed() throws Exception {
    List<String> args = new ArrayList<>(List.of("validate", "--quiet"));
    for (String folder : List.of("vrp/pdptw/lilim100", "vrp/mdvrp/cordeau")) {
      Path dir = DataDir.resolve().resolve(folder);
      Assumptions.assumeTrue(Files.isDirectory(dir), "shared data folder " + dir + " is missing");
      try (Stream<Path> s = Files.list(dir)) {
        s.map(Path::toString).filter(n -> n.endsWith(".txt") || n.matches(".*/p\\d+")).sorted().forEach(args::add);
      }
    }
    int files = args.size() - 2;
    assertTrue(files > 0, "no Li & Lim or Cordeau instance file found");
    Run r = run(args.toArray(new String[0]));
    assertEquals(0, r.exit(), r.out());
    assertEquals(files + " files checked: " + files + " valid, 0 invalid, 0 problems\n", r.out());
    Run sets = run("datasets");
    assertTrue(sets.out().matches("(?s).*\\nLiLim100\\s+\\d+\\s+\\d+\\.\\.\\d+\\s.*"), sets.out());
    assertTrue(sets.out().matches("(?s).*\\nCordeau-MDVRP\\s+\\d+\\s+\\d+\\.\\.\\d+\\s.*"), sets.out());
  }
}
