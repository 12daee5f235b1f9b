package org.routeforge.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.graphhopper.jackson.ResponsePathDeserializerHelper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.routeforge.cli.RouteForgeCli;
import org.routeforge.data.catalog.DataDir;
import picocli.CommandLine;

/**
 * {@code routeforge demo} end to end over HTTP: the printed link serves the page and the demo request,
 * and the request submitted with the link's key is solved — on Malta's roads with a road geometry per
 * route when the extract is there, on the great circle with a clear message when it is not.
 */
class DemoCommandTest {
  static final ObjectMapper JSON = new ObjectMapper();
  final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /** Starts the demo with {@code args}; stdout gets the link, stderr the messages. */
  private DemoCommand.Running start(StringWriter out, StringWriter err, String... args) throws Exception {
    CommandLine cl = RouteForgeCli.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    String[] all = new String[args.length + 1];
    all[0] = "demo";
    System.arraycopy(args, 0, all, 1, args.length);
    CommandLine demo = cl.parseArgs(all).subcommand().commandSpec().commandLine();
    return demo.<DemoCommand>getCommand().start(demo.getErr());
  }

  private HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
    return http.send(b.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Opens the link's example, submits it as the page does, waits for the solution and returns it. */
  private JsonNode solveAsThePageDoes(String link, int seconds) throws Exception {
    URI u = URI.create(link);
    String base = u.getScheme() + "://" + u.getAuthority();
    String key = u.getFragment().substring("key=".length());
    assertEquals(200, send(HttpRequest.newBuilder(URI.create(base + "/"))).statusCode(), "the page");
    HttpResponse<String> example = send(HttpRequest.newBuilder(URI.create(base + "/examples/" + DemoCommand.EXAMPLE)));
    assertEquals(200, example.statusCode(), "the demo request");
    HttpResponse<String> job = send(HttpRequest.newBuilder(URI.create(base + "/v1/vrp/jobs?time_limit=" + seconds))
        .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(example.body())));
    assertEquals(202, job.statusCode(), job.body());
    String id = JSON.readTree(job.body()).get("id").asText();
    long deadline = System.nanoTime() + Duration.ofSeconds(seconds + 60).toNanos();
    while (System.nanoTime() < deadline) {
      HttpResponse<String> sol = send(HttpRequest.newBuilder(URI.create(base + "/v1/vrp/jobs/" + id + "/solution"))
          .header("Authorization", "Bearer " + key));
      if (sol.statusCode() == 200) {
        return JSON.readTree(sol.body());
      }
      Thread.sleep(250);
    }
    throw new AssertionError("the demo job did not finish");
  }

  @Test
  void withoutTheExtractItSaysSoAndSolvesOnTheGreatCircle(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Path missing = tmp.resolve("malta.osm.pbf");
    try (DemoCommand.Running demo = start(out, err, "--osm", missing.toString(), "--port", "0", "--time-limit", "1")) {
      assertFalse(demo.onRoads());
      assertTrue(err.toString().contains("no road network at " + missing), err.toString());
      assertTrue(err.toString().contains("great-circle"), err.toString());
      assertEquals(demo.url(), out.toString().trim(), "stdout is the link");
      assertTrue(demo.url().contains("?example=" + DemoCommand.EXAMPLE + "&autostart=1&time_limit=1#key="), demo.url());
      JsonNode sol = solveAsThePageDoes(demo.url(), 1);
      assertTrue(sol.get("routing").asText().contains("no road network loaded"), sol.get("routing").asText());
      assertTrue(sol.get("routes").size() > 0, "routes");
    }
  }

  @Test
  void onMaltaTheRequestIsSolvedOnRoadsWithAGeometryPerRoute() throws Exception {
    Path malta = DataDir.resolve().resolve(DemoCommand.MALTA);
    Assumptions.assumeTrue(Files.isRegularFile(malta), "no " + malta + "; the demo on roads is not checked");
    System.setProperty("com.google.protobuf.use_unsafe_pre22_gencode", "true");
    System.setProperty("routeforge.graphs", Path.of("target/graphs").toAbsolutePath().toString());
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    DemoCommand.Running running = start(out, err, "--port", "0", "--time-limit", "5");
    Path state = running.stateDir();
    try (DemoCommand.Running demo = running) {
      assertTrue(demo.onRoads(), err.toString());
      JsonNode sol = solveAsThePageDoes(demo.url(), 5);
      assertEquals("roads (GraphHopper, car, malta-2018.osm.pbf)", sol.get("routing").asText());
      int served = 0;
      for (JsonNode r : sol.get("routes")) {
        int stops = 0;
        for (JsonNode st : r.get("steps")) {
          boolean task = st.get("type").asText().matches("job|pickup|delivery");
          served += task ? 1 : 0;
          stops += st.has("location") ? 1 : 0;
        }
        int vertices = ResponsePathDeserializerHelper.decodePolyline(r.get("geometry").asText(), 100, false, 1e5).size();
        assertTrue(vertices > stops, "route geometry on the roads: " + vertices + " points for " + stops + " stops");
      }
      assertEquals(200, served + sol.get("unassigned").size(), "every task is served or reported unassigned");
      assertTrue(served >= 150, "most of the 200 tasks are served in 5 s: " + served);
    }
    assertFalse(Files.exists(state), "the demo's state folder is removed when it stops");
  }
}
