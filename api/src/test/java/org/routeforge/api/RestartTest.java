package org.routeforge.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Restart safety: a {@code serve} process is killed (SIGKILL, no graceful stop) while a job runs;
 * after a restart on the same data directory the job ends finished or failed with a reason (never
 * stuck running or lost), and results finished before the crash are all still there.
 */
class RestartTest {
  static final HttpClient HTTP = HttpClient.newHttpClient();

  static HttpResponse<String> call(String method, String url, String body) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + TestServer.ADMIN_KEY);
    if (body != null) {
      b.header("Content-Type", "text/x-vrplib");
    }
    b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  static JsonNode status(ChildServer s, String id) throws Exception {
    return TestServer.json(call("GET", s.base() + "/v1/vrp/jobs/" + id + "/status", null));
  }

  static JsonNode await(ChildServer s, String id, Duration timeout, List<String> states) throws Exception {
    long end = System.nanoTime() + timeout.toNanos();
    JsonNode j = null;
    while (System.nanoTime() < end) {
      j = status(s, id);
      if (states.contains(j.get("status").asText())) {
        return j;
      }
      Thread.sleep(250);
    }
    throw new AssertionError("job " + id + " not in " + states + " after " + timeout + ": " + j + "\n" + s.logTail());
  }

  @Test
  void aJobRunningWhenTheServerDiesEndsAfterRestart(@TempDir Path tmp) throws Exception {
    Path data = Files.createDirectories(tmp.resolve("data"));
    List<String> args = List.of("--data-dir", data.toString(), "--workers", "1", "--set", "poll_interval_s=5");
    String done;
    String victim;
    String doneSolution;
    try (ChildServer first = ChildServer.start(tmp, "first", args)) {
      HttpResponse<String> r = call("POST", first.base() + "/v1/vrp/jobs?time_limit=0.5", TestServer.smallVrplib(20, 1));
      assertEquals(202, r.statusCode(), r.body());
      done = TestServer.json(r).get("id").asText();
      await(first, done, Duration.ofSeconds(60), List.of("finished"));
      doneSolution = call("GET", first.base() + "/v1/vrp/jobs/" + done + "/solution?format=vrplib", null).body();
      victim = TestServer.json(call("POST", first.base() + "/v1/vrp/jobs?time_limit=6", TestServer.smallVrplib(60, 2))).get("id").asText();
      await(first, victim, Duration.ofSeconds(60), List.of("running"));
      first.kill();
    }
    try (ChildServer second = ChildServer.start(tmp, "second", args)) {
      assertEquals(doneSolution, call("GET", second.base() + "/v1/vrp/jobs/" + done + "/solution?format=vrplib", null).body(),
          "results finished before the crash survive");
      JsonNode end = await(second, victim, Duration.ofSeconds(120), List.of("finished", "failed"));
      if (end.get("status").asText().equals("failed")) {
        assertTrue(end.hasNonNull("error") && !end.get("error").asText().isBlank(), "failed with a reason: " + end);
      } else {
        assertTrue(end.get("attempts").asInt() >= 2, "the job ran again after the crash: " + end);
        assertEquals(200, call("GET", second.base() + "/v1/vrp/jobs/" + victim + "/solution", null).statusCode());
      }
    }
  }
}
