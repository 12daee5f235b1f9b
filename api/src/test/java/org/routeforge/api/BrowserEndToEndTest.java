package org.routeforge.api;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web page end to end in headless Chromium (Debian's {@code chromium}): the page picks an
 * example, starts a job, follows its server-sent events, and draws the result; the test reads the
 * final DOM. Skipped, with a message, when no Chromium is installed (CI installs it).
 */
class BrowserEndToEndTest {
  static TestServer srv;
  static String key;
  static String chromium;

  @BeforeAll
  static void start() throws Exception {
    chromium = findChromium();
    Assumptions.assumeTrue(chromium != null,
        "headless browser test skipped: no chromium found (install Debian's chromium, e.g. `apt-get install -y chromium`, or set CHROME_BIN)");
    srv = new TestServer();
    key = srv.key("browser");
  }

  @AfterAll
  static void stop() throws Exception {
    if (srv != null) {
      srv.close();
    }
  }

  static String findChromium() {
    String env = System.getenv("CHROME_BIN");
    if (env != null && new File(env).canExecute()) {
      return env;
    }
    for (String name : List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")) {
      for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
        File f = new File(dir, name);
        if (f.canExecute()) {
          return f.getPath();
        }
      }
    }
    return null;
  }

  /** Loads the page in headless Chromium and returns the DOM once the page has settled. */
  static String dom(String url, Path profile) throws Exception {
    Process p = new ProcessBuilder(chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--user-data-dir=" + profile, "--virtual-time-budget=60000", "--dump-dom", url)
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    byte[] out = p.getInputStream().readAllBytes();
    if (!p.waitFor(180, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("chromium did not finish in 180 s");
    }
    return new String(out, StandardCharsets.UTF_8);
  }

  @Test
  void planeInstanceIsSolvedAndDrawn(@TempDir Path tmp) throws Exception {
    String html = dom(srv.base() + "/?example=demo-cvrp.vrp&autostart=1&time_limit=2#key=" + key, tmp);
    assertTrue(html.contains("data-state=\"finished\""), () -> "page reached 'finished': " + excerpt(html));
    assertTrue(html.contains("class=\"seq\""), "per-route table rows");
    assertTrue(html.contains("class=\"route\""), "routes drawn on the plane");
    assertTrue(html.contains("data-points="), "the SSE cost chart has points");
  }

  @Test
  void geographicInstanceIsDrawnWithLeaflet(@TempDir Path tmp) throws Exception {
    String html = dom(srv.base() + "/?example=demo-paris.vroom.json&autostart=1&time_limit=2#key=" + key, tmp);
    assertTrue(html.contains("data-state=\"finished\""), () -> "page reached 'finished': " + excerpt(html));
    assertTrue(html.contains("leaflet-interactive"), "Leaflet drew the routes");
    assertTrue(html.contains("class=\"seq\""), "per-route table rows");
  }

  private static String excerpt(String html) {
    int i = html.indexOf("<body");
    String s = i < 0 ? html : html.substring(i);
    return s.length() > 1500 ? s.substring(0, 1500) : s;
  }
}
