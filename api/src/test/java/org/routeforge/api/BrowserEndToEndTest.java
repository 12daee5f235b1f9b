package org.routeforge.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web page end to end in headless Chromium (Debian's {@code chromium}), driven over the Chrome
 * DevTools Protocol, against a real in-process server that routes on Malta's roads (the extract in
 * {@code ../shared/data/osm}; great-circle without it): the page loads an example from
 * {@code /examples}, solves it as a job (following its server-sent events: the cost chart) or on
 * {@code POST /v1/vroom}, and draws the answer (the route geometry on Leaflet, or the plane; the
 * routes, steps and unassigned tables). The test reads the final DOM, compares what it shows with the
 * solution the API returns for the same job, and checks that the page ran under its
 * Content-Security-Policy without a violation. Each test is skipped, with a message, when no Chromium
 * is installed (CI installs it).
 */
class BrowserEndToEndTest {
  static TestServer srv;
  static String key;
  static String chromium;
  static final Path MALTA = Path.of(System.getProperty("routeforge.data", "../shared/data"), "osm", "malta-2018.osm.pbf");
  static boolean roads;

  @BeforeAll
  static void start() throws Exception {
    chromium = findChromium();
    if (chromium != null) {
      roads = java.nio.file.Files.isRegularFile(MALTA);
      if (roads) {
        System.setProperty("com.google.protobuf.use_unsafe_pre22_gencode", "true");
        System.setProperty("routeforge.graphs", Path.of("target/graphs").toAbsolutePath().toString());
      }
      srv = roads ? new TestServer(java.util.Map.of("roads_osm", MALTA.toString())) : new TestServer();
      key = srv.key("browser");
    }
  }

  /** Per test, so that each test is reported as skipped (an assumption in @BeforeAll reports none). */
  @BeforeEach
  void needsChromium() {
    Assumptions.assumeTrue(chromium != null,
        "headless browser test skipped: no chromium found (install Debian's chromium, e.g. `apt-get install -y chromium`, or set CHROME_BIN)");
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

  /**
   * Opens the page in headless Chromium and drives it over the Chrome DevTools Protocol (the JDK's
   * WebSocket client): polls {@code document.body.dataset.state} in real time until the page says
   * finished (or error), then returns the DOM.
   */
  static String dom(String url, Path profile) throws Exception {
    Process p = new ProcessBuilder(chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--remote-debugging-port=0", "--user-data-dir=" + profile, url)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    try {
      String browserWs = null;
      java.io.BufferedReader err = new java.io.BufferedReader(new java.io.InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8));
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      for (String line; browserWs == null && System.nanoTime() < deadline && (line = err.readLine()) != null; ) {
        int i = line.indexOf("ws://");
        if (line.contains("DevTools listening on") && i >= 0) {
          browserWs = line.substring(i).trim();
        }
      }
      if (browserWs == null) {
        throw new AssertionError("chromium did not open its DevTools port");
      }
      Thread drain = new Thread(() -> {
        try {
          err.transferTo(java.io.Writer.nullWriter());
        } catch (java.io.IOException e) {
          // chromium exited
        }
      });
      drain.setDaemon(true);
      drain.start();
      String http = "http://" + URI.create(browserWs).getAuthority();
      String pageWs = null;
      while (pageWs == null && System.nanoTime() < deadline) {
        for (JsonNode t : TestServer.JSON.readTree(srv.http.send(HttpRequest.newBuilder(URI.create(http + "/json/list")).build(),
            HttpResponse.BodyHandlers.ofString()).body())) {
          if ("page".equals(t.path("type").asText())) {
            pageWs = t.get("webSocketDebuggerUrl").asText();
          }
        }
        Thread.sleep(200);
      }
      Cdp cdp = new Cdp(srv.http, pageWs);
      // Record Content-Security-Policy violations from the start of the page: install the listener
      // for every new document, then load the page again.
      var script = TestServer.JSON.createObjectNode().put("source", "window.__csp = [];"
          + "document.addEventListener('securitypolicyviolation', e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));");
      cdp.call("Page.enable", TestServer.JSON.createObjectNode());
      cdp.call("Page.addScriptToEvaluateOnNewDocument", script);
      cdp.call("Page.reload", TestServer.JSON.createObjectNode());
      Thread.sleep(500);
      String state = "";
      while (System.nanoTime() < deadline && !state.equals("finished") && !state.equals("error")) {
        Thread.sleep(500);
        state = cdp.eval("document.body ? document.body.dataset.state : ''");
      }
      String html = cdp.eval("document.documentElement.outerHTML");
      String csp = cdp.eval("JSON.stringify(window.__csp === undefined ? 'not recorded' : window.__csp)");
      cdp.close();
      return html + "\n<!-- csp-violations: " + csp + " -->";
    } finally {
      // Chromium's helper processes (renderer, GPU, crashpad) outlive the browser process and keep
      // writing into the profile folder, which the test's temporary folder must be able to delete.
      java.util.List<ProcessHandle> helpers = p.descendants().collect(java.util.stream.Collectors.toList());
      p.destroyForcibly();
      helpers.forEach(ProcessHandle::destroyForcibly);
      p.waitFor(30, TimeUnit.SECONDS);
      for (ProcessHandle h : helpers) {
        h.onExit().get(30, TimeUnit.SECONDS);
      }
    }
  }

  /** A minimal Chrome DevTools Protocol client: Runtime.evaluate over one WebSocket. */
  static final class Cdp implements WebSocket.Listener {
    private final WebSocket ws;
    private final StringBuilder partial = new StringBuilder();
    private final java.util.concurrent.ConcurrentHashMap<Integer, CompletableFuture<JsonNode>> pending =
        new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicInteger ids = new java.util.concurrent.atomic.AtomicInteger();

    Cdp(HttpClient http, String url) throws Exception {
      ws = http.newWebSocketBuilder().buildAsync(URI.create(url), this).get(30, TimeUnit.SECONDS);
    }

    String eval(String expression) throws Exception {
      var params = TestServer.JSON.createObjectNode().put("expression", expression).put("returnByValue", true);
      return call("Runtime.evaluate", params).path("result").path("result").path("value").asText("");
    }

    /** Calls a DevTools method and waits for its reply. */
    JsonNode call(String method, com.fasterxml.jackson.databind.node.ObjectNode params) throws Exception {
      int id = ids.incrementAndGet();
      CompletableFuture<JsonNode> f = new CompletableFuture<>();
      pending.put(id, f);
      var msg = TestServer.JSON.createObjectNode();
      msg.put("id", id);
      msg.put("method", method);
      msg.set("params", params);
      ws.sendText(TestServer.JSON.writeValueAsString(msg), true).get(30, TimeUnit.SECONDS);
      return f.get(60, TimeUnit.SECONDS);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        try {
          JsonNode n = TestServer.JSON.readTree(partial.toString());
          CompletableFuture<JsonNode> f = n.has("id") ? pending.remove(n.get("id").asInt()) : null;
          if (f != null) {
            f.complete(n);
          }
        } catch (java.io.IOException e) {
          // not a reply we wait for
        }
        partial.setLength(0);
      }
      webSocket.request(1);
      return null;
    }

    void close() {
      ws.sendClose(WebSocket.NORMAL_CLOSURE, "done");
    }
  }

  @Test
  void planeInstanceIsSolvedAndDrawn(@TempDir Path tmp) throws Exception {
    String html = dom(srv.base() + "/?example=demo-cvrp.vrp&autostart=1&time_limit=2#key=" + key, tmp);
    assertTrue(html.contains("data-state=\"finished\""), () -> "page reached 'finished': " + excerpt(html));
    assertTrue(html.contains("class=\"seq\""), "per-route table rows");
    assertTrue(html.contains("class=\"route\""), "routes drawn on the plane");
    assertTrue(html.contains("data-points="), "the SSE cost chart has points");
    assertTrue(html.contains("<!-- csp-violations: [] -->"), () -> "no CSP violation: " + html.substring(html.lastIndexOf("<!--")));
  }

  @Test
  void shipmentsAndSkillsAreSolvedOnRoadsAndDrawnWithStepsAndUnassignedTasks(@TempDir Path tmp) throws Exception {
    String html = dom(srv.base() + "/?example=shipments-skills.vroom.json&autostart=1&time_limit=2#key=" + key, tmp);
    assertTrue(html.contains("data-state=\"finished\""), () -> "page reached 'finished': " + excerpt(html));
    assertTrue(html.contains("<!-- csp-violations: [] -->"), () -> "no CSP violation: " + html.substring(html.lastIndexOf("<!--")));
    Matcher id = Pattern.compile("<code id=\"job-id\">([0-9a-f-]{36})</code>").matcher(html);
    assertTrue(id.find(), "the page shows the job id");
    JsonNode sol = TestServer.json(srv.get("/v1/vrp/jobs/" + id.group(1) + "/solution", key));
    int routes = sol.get("routes").size();
    int steps = 0;
    int stepsWithLocation = 0;
    int decoded = 0;
    for (JsonNode r : sol.get("routes")) {
      assertTrue(r.path("geometry").isTextual(), () -> "options.g: each route has a geometry: " + r);
      decoded += com.graphhopper.jackson.ResponsePathDeserializerHelper.decodePolyline(r.get("geometry").asText(), 100, false, 1e5).size();
      for (JsonNode st : r.get("steps")) {
        steps++;
        stepsWithLocation += st.has("location") ? 1 : 0;
      }
    }
    assertTrue(routes > 0, "the solution has routes");
    // one polyline per route, drawn from the decoded geometry
    assertEquals(routes, count(html, "class=\"route-line geometry"), "route polylines from the geometry");
    assertEquals(String.valueOf(routes), attr(html, "data-geometry"));
    // the page's decoder finds as many points as GraphHopper's
    assertEquals(String.valueOf(decoded), attr(html, "data-vertices"), "decoded polyline points");
    assertEquals(routes, count(html, "class=\"route-row\""), "routes table rows");
    // every step of every route is a row, with its type
    assertEquals(steps, count(html, "class=\"step step-"), "steps table rows");
    assertTrue(count(html, "class=\"step step-pickup\"") > 0 && count(html, "class=\"step step-delivery\"") > 0,
        "shipment pickups and deliveries among the steps");
    // job 3 needs skill 4, which no vehicle has: unassigned with its reason and sentence
    assertEquals(sol.get("unassigned").size(), count(html, "class=\"unassigned-row\""), "unassigned rows");
    Matcher un = Pattern.compile("<tr class=\"unassigned-row\"><td>3</td><td>job</td><td>(\\d+)</td><td class=\"reason\">skill</td><td>([^<]+)</td>")
        .matcher(html);
    assertTrue(un.find(), () -> "job 3 unassigned for its skill: " + excerpt(html.substring(Math.max(0, html.indexOf("id=\"unassigned\"")))));
    assertTrue(un.group(2).contains("[4]"), () -> "the sentence names the missing skill: " + un.group(2));
    Assumptions.assumeTrue(roads, "no " + MALTA + ": routed on the great circle, so the lines are not on roads");
    int vertices = Integer.parseInt(attr(html, "data-vertices"));
    int located = stepsWithLocation;
    assertTrue(vertices > 3 * located, () -> "the polylines follow the roads: " + vertices + " vertices for " + located + " stops");
    assertTrue(sol.get("routing").asText().startsWith("roads"), () -> "routed on roads: " + sol.get("routing"));
  }

  @Test
  void vroomEndpointAnswerIsDrawnWithUnassignedReasons(@TempDir Path tmp) throws Exception {
    String html = dom(srv.base() + "/?example=skills.vroom.json&mode=vroom&autostart=1&time_limit=1#key=" + key, tmp);
    assertTrue(html.contains("data-state=\"finished\""), () -> "page reached 'finished': " + excerpt(html));
    assertTrue(html.contains("<!-- csp-violations: [] -->"), () -> "no CSP violation: " + html.substring(html.lastIndexOf("<!--")));
    // jobs 6 (skills 1 and 2) and 7 (skill 3) cannot be served by either vehicle
    assertEquals(2, count(html, "<td class=\"reason\">skill</td>"), () -> "two jobs unassigned for skills: " + excerpt(html));
    int routes = count(html, "class=\"route-row\"");
    assertTrue(routes > 0, "routes table rows");
    assertEquals(routes, count(html, "class=\"route-line geometry"), "one polyline per route");
    assertEquals(2 * routes, count(html, "class=\"step step-start\"") + count(html, "class=\"step step-end\""),
        "start and end steps of each route (VROOM output)");
    assertEquals(5, count(html, "class=\"step step-job\""), "the five servable jobs are steps");
  }

  private static int count(String html, String needle) {
    int n = 0;
    for (int i = html.indexOf(needle); i >= 0; i = html.indexOf(needle, i + 1)) {
      n++;
    }
    return n;
  }

  private static String attr(String html, String name) {
    Matcher m = Pattern.compile(name + "=\"([^\"]*)\"").matcher(html);
    assertTrue(m.find(), "attribute " + name + " in the page");
    return m.group(1);
  }

  private static String excerpt(String html) {
    int i = html.indexOf("<body");
    String s = i < 0 ? html : html.substring(i);
    return s.length() > 1500 ? s.substring(0, 1500) : s;
  }
}
