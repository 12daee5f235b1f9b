package org.routeforge.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.routeforge.api.store.ApiKeys;
import org.routeforge.api.store.Database;
import org.routeforge.cli.RouteForgeCli;
import picocli.CommandLine;

/**
 * Configuration layering (defaults &lt; file &lt; environment &lt; flags) with errors naming the key
 * and its source, and {@code routeforge keys create}: the key is printed once and verifies (only its
 * hash is stored).
 */
class ServiceConfigTest {
  @Test
  void fileThenEnvironmentThenFlags(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("routeforge.properties"), "port=9001\nmax_stops=77\nworkers=3\n");
    ServiceConfig c = ServiceConfig.resolve(null, Map.of("ROUTEFORGE_MAX_STOPS", "88"),
        Map.of("data_dir", dir.toString(), "workers", "4"));
    assertEquals(9001, c.port());
    assertEquals(88, c.maxStops());
    assertEquals(4, c.workers());
    assertEquals("127.0.0.1", c.host());
    assertTrue(c.embeddedDatabase());
  }

  @Test
  void badValuesNameTheKeyAndSource(@TempDir Path dir) throws Exception {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () ->
        ServiceConfig.resolve(null, Map.of("ROUTEFORGE_PORT", "eighty"), Map.of("data_dir", dir.toString())));
    assertTrue(e.getMessage().contains("port") && e.getMessage().contains("ROUTEFORGE_PORT"), e.getMessage());
    Files.writeString(dir.resolve("routeforge.properties"), "colour=red\n");
    IllegalArgumentException u = assertThrows(IllegalArgumentException.class, () ->
        ServiceConfig.resolve(null, Map.of(), Map.of("data_dir", dir.toString())));
    assertTrue(u.getMessage().contains("unknown key 'colour'"), u.getMessage());
  }

  @Test
  void keysCreatePrintsAKeyThatVerifies(@TempDir Path dir) throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = RouteForgeCli.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute("keys", "create", "--tenant", "acme", "--data-dir", dir.toString());
    assertEquals(0, code, err.toString());
    String key = out.toString().trim();
    assertTrue(key.startsWith("rf_"), key);
    try (Database db = Database.open(ServiceConfig.defaultsWith(dir, 0))) {
      ApiKeys keys = new ApiKeys(db);
      assertEquals("acme", keys.verify(key).orElseThrow().tenant());
      assertTrue(keys.verify(key + "x").isEmpty());
    }
    assertEquals(RouteForgeCli.EXIT_INVALID_INPUT,
        RouteForgeCli.commandLine().execute("keys", "create", "--tenant", "bad tenant!", "--data-dir", dir.toString()));
  }
}
