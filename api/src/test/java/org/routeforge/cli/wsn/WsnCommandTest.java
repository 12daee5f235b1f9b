package org.routeforge.cli.wsn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.routeforge.cli.RouteForgeCli;
import picocli.CommandLine;

class WsnCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cl = RouteForgeCli.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return cl.execute(args);
  }

  /** simulate prints the metrics on stdout and writes the JSON with per-round series and the plot. */
  @Test
  void simulate(@TempDir Path dir) throws IOException {
    Path json = dir.resolve("r.json");
    Path png = dir.resolve("r.png");
    int rc = run("wsn", "simulate", "--protocol", "gtrl", "--nodes", "40", "--seed", "3",
        "--json", json.toString(), "--plot", png.toString());
    assertEquals(0, rc, err.toString());
    JsonNode stdout = new ObjectMapper().readTree(out.toString());
    assertEquals("gtrl", stdout.get("protocol").asText());
    JsonNode full = new ObjectMapper().readTree(json.toFile());
    assertEquals(full.get("lnd").asInt(), full.get("alive").size());
    assertTrue(full.get("fnd").asInt() <= full.get("hnd").asInt());
    assertTrue(Files.size(png) > 1000);
  }

  /** compare writes protocol → fnd/hnd/lnd/packets_to_bs/seconds_per_run, the report and both plots. */
  @Test
  void compare(@TempDir Path dir) throws IOException {
    Path json = dir.resolve("c.json");
    int rc = run("wsn", "compare", "--seeds", "2", "--nodes", "30", "--protocols", "leach,heed,gtrl",
        "--json", json.toString(), "--out", dir.resolve("out").toString());
    assertEquals(0, rc, err.toString());
    JsonNode doc = new ObjectMapper().readTree(json.toFile());
    for (String p : new String[] {"leach", "heed", "gtrl"}) {
      for (String k : new String[] {"fnd", "hnd", "lnd", "packets_to_bs", "seconds_per_run", "lnd_ci95", "energy_variance"}) {
        assertTrue(doc.get(p).has(k), p + "." + k);
      }
    }
    assertTrue(out.toString().startsWith("| protocol | FND | HND | LND"));
    assertTrue(Files.exists(dir.resolve("out/lifetime.png")));
    assertTrue(Files.exists(dir.resolve("out/milestones.png")));
    assertTrue(Files.readString(dir.resolve("out/report.md")).contains("| gtrl |"));
  }

  /** An invalid configuration value exits with 1 and names the file, line and field. */
  @Test
  void invalidConfigNamesField(@TempDir Path dir) throws IOException {
    Path cfg = dir.resolve("bad.json");
    Files.writeString(cfg, "{\n  \"heed\": {\"cluster_radius\": -5}\n}\n");
    int rc = run("wsn", "simulate", "--config", cfg.toString());
    assertEquals(1, rc);
    assertTrue(err.toString().contains("bad.json:2: field 'heed.cluster_radius': must be > 0"), err.toString());
  }

  /** Unknown protocols and malformed options are clear errors, not stack traces. */
  @Test
  void badOptions() {
    assertEquals(1, run("wsn", "simulate", "--protocol", "spin"));
    assertTrue(err.toString().contains("unknown protocol 'spin'"), err.toString());
    assertEquals(1, run("wsn", "compare", "--bs", "1;2"));
    assertTrue(err.toString().contains("--bs"), err.toString());
    assertEquals(2, run("wsn", "simulate", "--seed", "x"));
  }
}
