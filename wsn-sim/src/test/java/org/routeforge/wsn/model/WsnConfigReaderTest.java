package org.routeforge.wsn.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WsnConfigReaderTest {

  /** An empty object gives the classic LEACH defaults. */
  @Test
  void emptyObjectIsDefaults() throws IOException {
    assertEquals(WsnConfig.defaults(), WsnConfigReader.parse("{}", "t.json", null));
  }

  /** Values given are used; the others keep their defaults. */
  @Test
  void readsValues() throws IOException {
    WsnConfig c =
        WsnConfigReader.parse(
            "{\"nodes\": 50, \"field\": {\"width\": 200}, \"base_station\": {\"x\": 0, \"y\": 0},"
                + " \"energy\": {\"advanced_fraction\": 0.1}, \"heed\": {\"cluster_radius\": 30},"
                + " \"gtrl\": {\"relay_aggregates\": false}}",
            "t.json", null);
    assertEquals(50, c.nodes());
    assertEquals(200, c.fieldWidth());
    assertEquals(100, c.fieldHeight());
    assertEquals(0, c.bsY());
    assertEquals(0.1, c.advancedFraction());
    assertEquals(30, c.heed().clusterRadius());
    assertEquals(false, c.gtrl().relayAggregates());
  }

  /** An invalid value is reported with the file, its line and the dotted field name. */
  @Test
  void invalidValueNamesField() {
    WsnConfigException e =
        assertThrows(
            WsnConfigException.class,
            () -> WsnConfigReader.parse("{\n  \"radio\": {\n    \"e_fs\": -1\n  }\n}", "bad.json", null));
    assertEquals("bad.json:3: field 'radio.e_fs': must be > 0, got -1.0", e.getMessage());
  }

  /** Unknown fields, wrong types and invalid values are all reported at once. */
  @Test
  void allProblemsAtOnce() {
    WsnConfigException e =
        assertThrows(
            WsnConfigException.class,
            () ->
                WsnConfigReader.parse(
                    "{\"nodse\": 3, \"leach\": {\"p\": \"high\"}, \"heed\": {\"c_prob\": 2},"
                        + " \"rounds\": {\"max_rounds\": 1.5}}",
                    "bad.json", null));
    List<String> fields = e.problems().stream().map(WsnConfigException.Problem::field).toList();
    assertEquals(java.util.Set.of("nodse", "leach.p", "rounds.max_rounds"), java.util.Set.copyOf(fields));
    WsnConfigException e2 =
        assertThrows(WsnConfigException.class, () -> WsnConfigReader.parse("{\"heed\": {\"c_prob\": 2}}", "b.json", null));
    assertTrue(e2.getMessage().contains("field 'heed.c_prob': must be in (0, 1], got 2.0"), e2.getMessage());
  }

  /** Malformed JSON is reported with its line. */
  @Test
  void syntaxError() {
    WsnConfigException e =
        assertThrows(WsnConfigException.class, () -> WsnConfigReader.parse("{\n\"nodes\": ,\n}", "s.json", null));
    assertEquals(2, e.problems().get(0).line());
  }

  /** A node file next to the JSON file sets positions, energies and the node count. */
  @Test
  void nodeFile(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("nodes.csv"), "# x,y,energy\n10,20,0.5\n30 40 1.0\n\n");
    Path json = dir.resolve("c.json");
    Files.writeString(json, "{\"node_file\": \"nodes.csv\"}");
    WsnConfig c = WsnConfigReader.read(json);
    assertEquals(2, c.nodes());
    assertEquals(30, c.layout().x()[1]);
    assertEquals(1.0, c.layout().energy()[1]);
  }

  /** A bad node-file line is reported with its line number and column name. */
  @Test
  void badNodeFile() {
    WsnConfigException e =
        assertThrows(
            WsnConfigException.class, () -> NodeFileReader.parse(List.of("1,2", "3,abc"), "n.csv"));
    assertEquals("n.csv:2: field 'y': not a number: 'abc'", e.getMessage());
  }

  /** Values set in code are validated too, naming the JSON field. */
  @Test
  void builderValidates() {
    WsnConfigException e =
        assertThrows(WsnConfigException.class, () -> WsnConfig.builder().nodes(0).build());
    assertTrue(e.getMessage().contains("field 'nodes'"), e.getMessage());
  }
}
