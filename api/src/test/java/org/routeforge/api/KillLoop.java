package org.routeforge.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Kills a {@code serve} process (SIGKILL) again and again while a client changes its state, and
 * checks after every restart that each change the client saw acknowledged (an HTTP 2xx) is still
 * there: keys it created still authenticate, jobs it submitted still exist, and no job went back
 * from a status (or attempt count) the client had seen. One long job is killed while running in the
 * first three cycles; it must end {@code failed} with the reason.
 *
 * <p>{@link KillLoopTest} runs a few cycles in the build; {@link #main} runs a measurement:
 * {@code ./mvnw -q -pl api -am package -DskipTests}, then {@code java -cp "api/target/test-classes:api/target/classes:$(cat api/target/classpath.txt)"
 * org.routeforge.api.KillLoop 50 1}. With {@code -Dkillloop.snapshots=true} it keeps a copy of the
 * database file as each kill left it ({@code after-kill-N.mv.db}, for H2's {@code MVStoreTool}).
 */
final class KillLoop {
  /** Status order: a job's status never goes back in it (except to queued when re-run, with more attempts). */
  private static int rank(String status) {
    switch (status) {
      case "queued": return 0;
      case "running": return 1;
      default: return 2;
    }
  }

  /** What the client saw acknowledged about one job: its strongest observation. */
  private record Seen(String status, int attempts) {}

  /** Result of a run. */
  record Report(int cycles, int keys, int jobs, int observations, List<String> lost, JsonNode victim,
      long millis) {}

  private final Path tmp;
  private final Random random;
  private final PrintStream progress;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final Map<String, String> keys = new ConcurrentHashMap<>();
  private final Map<String, Seen> jobs = new ConcurrentHashMap<>();
  private final List<String> lost = new ArrayList<>();
  private int observations;
  private String victim;

  KillLoop(Path tmp, long seed, PrintStream progress) {
    this.tmp = tmp;
    this.random = new Random(seed);
    this.progress = progress;
  }

  Report run(int cycles) throws Exception {
    long t0 = System.nanoTime();
    Path data = Files.createDirectories(tmp.resolve("data"));
    List<String> args = List.of("--data-dir", data.toString(), "--workers", "2", "--set", "poll_interval_s=5");
    JsonNode victimEnd = null;
    for (int cycle = 0; cycle <= cycles; cycle++) {
      try (ChildServer s = ChildServer.start(tmp, "cycle-" + cycle, args)) {
        verify(s, cycle);
        if (cycle == cycles) {
          victimEnd = RestartTest.await(s, victim, Duration.ofSeconds(120), List.of("finished", "failed", "cancelled"));
          break;
        }
        if (victim == null) {
          victim = submit(s, 120, 80).get("id").asText();
          jobs.put(victim, new Seen("queued", 0));
        }
        AtomicBoolean stop = new AtomicBoolean();
        Thread client = new Thread(() -> traffic(s, stop), "kill-loop-client");
        client.start();
        if (cycle < 3) {
          // the long job must be running (for the cycle+1-th time) when this kill comes
          awaitVictimRunning(s, cycle + 1);
          Thread.sleep(random.nextInt(1000));
        } else {
          Thread.sleep(200 + random.nextInt(4000));
        }
        s.kill();
        stop.set(true);
        client.join();
        if (Boolean.getBoolean("killloop.snapshots")) {
          Files.copy(data.resolve("routeforge.mv.db"), tmp.resolve("after-kill-" + cycle + ".mv.db"));
        }
      }
      progress.printf("cycle %d: %d keys, %d jobs, %d observations acknowledged; %d lost or reverted so far%n",
          cycle, keys.size(), jobs.size(), observations, lost.size());
    }
    return new Report(cycles, keys.size(), jobs.size(), observations, List.copyOf(lost), victimEnd,
        (System.nanoTime() - t0) / 1_000_000);
  }

  private void awaitVictimRunning(ChildServer s, int attempts) throws Exception {
    long end = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    while (System.nanoTime() < end) {
      JsonNode j = status(s, victim);
      if (j != null && j.get("status").asText().equals("running") && j.get("attempts").asInt() >= attempts) {
        return;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the long job did not run for the " + attempts + ". time:\n" + s.logTail());
  }

  /** Checks every acknowledged change against the restarted server. */
  private void verify(ChildServer s, int cycle) throws Exception {
    for (Map.Entry<String, String> k : keys.entrySet()) {
      HttpResponse<String> r = send(s, "GET", "/v1/vrp/jobs?limit=1", k.getValue(), null);
      if (r == null || r.statusCode() != 200) {
        lost.add("cycle " + cycle + ": key " + k.getKey() + " answered " + (r == null ? "nothing" : r.statusCode()));
      }
    }
    for (Map.Entry<String, Seen> e : jobs.entrySet()) {
      JsonNode now = status(s, e.getKey());
      Seen was = e.getValue();
      if (now == null) {
        lost.add("cycle " + cycle + ": job " + e.getKey() + " is gone (was " + was + ")");
        continue;
      }
      String st = now.get("status").asText();
      int attempts = now.get("attempts").asInt();
      boolean reverted = attempts < was.attempts
          || (rank(was.status) == 2 && !st.equals(was.status))
          || (attempts == was.attempts && rank(st) < rank(was.status));
      if (reverted) {
        lost.add("cycle " + cycle + ": job " + e.getKey() + " went back from " + was + " to " + st + "/" + attempts);
      }
      record(e.getKey(), now);
    }
  }

  /** Random acknowledged changes until stopped: new keys, new short jobs, status observations. */
  private void traffic(ChildServer s, AtomicBoolean stop) {
    Random r = new Random(random.nextLong());
    while (!stop.get()) {
      try {
        Thread.sleep(50 + r.nextInt(100));
        int pick = r.nextInt(10);
        if (pick < 2) {
          HttpResponse<String> resp = send(s, "POST", "/v1/keys", TestServer.ADMIN_KEY,
              "{\"tenant\":\"t" + r.nextInt(5) + "\",\"admin\":false}");
          if (resp != null && resp.statusCode() == 201) {
            JsonNode k = TestServer.json(resp);
            keys.put(k.get("key_id").asText(), k.get("key").asText());
          }
        } else if (pick < 4) {
          JsonNode j = submit(s, 0.3, 10 + r.nextInt(30));
          if (j != null) {
            jobs.putIfAbsent(j.get("id").asText(), new Seen("queued", 0));
          }
        } else {
          List<String> ids = new ArrayList<>(jobs.keySet());
          if (!ids.isEmpty()) {
            String id = r.nextInt(3) == 0 && victim != null ? victim : ids.get(r.nextInt(ids.size()));
            JsonNode now = status(s, id);
            if (now != null) {
              record(id, now);
            }
          }
        }
      } catch (Exception e) {
        // the server died under the request: nothing was acknowledged
      }
    }
  }

  private synchronized void record(String id, JsonNode now) {
    Seen seen = new Seen(now.get("status").asText(), now.get("attempts").asInt());
    observations++;
    jobs.merge(id, seen, (a, b) -> b.attempts > a.attempts || (b.attempts == a.attempts && rank(b.status) >= rank(a.status)) ? b : a);
  }

  private JsonNode submit(ChildServer s, double timeLimit, int stops) throws Exception {
    HttpResponse<String> r = send(s, "POST", "/v1/vrp/jobs?time_limit=" + timeLimit, TestServer.ADMIN_KEY,
        TestServer.smallVrplib(stops, random.nextInt(1000)));
    return r != null && r.statusCode() == 202 ? TestServer.json(r) : null;
  }

  private JsonNode status(ChildServer s, String id) throws Exception {
    HttpResponse<String> r = send(s, "GET", "/v1/vrp/jobs/" + id + "/status", TestServer.ADMIN_KEY, null);
    return r != null && r.statusCode() == 200 ? TestServer.json(r) : null;
  }

  private HttpResponse<String> send(ChildServer s, String method, String path, String key, String body)
      throws InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(s.base() + path)).timeout(Duration.ofSeconds(10))
        .header("Authorization", "Bearer " + key);
    if (body != null) {
      b.header("Content-Type", body.startsWith("{") ? "application/json" : "text/x-vrplib");
    }
    b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    try {
      return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      return null;
    }
  }

  /** {@code KillLoop CYCLES SEED}: runs the loop in a temporary folder and prints the report. */
  public static void main(String[] args) throws Exception {
    int cycles = args.length > 0 ? Integer.parseInt(args[0]) : 50;
    long seed = args.length > 1 ? Long.parseLong(args[1]) : 1;
    Path tmp = Files.createTempDirectory("rf-kill-loop");
    Report r = new KillLoop(tmp, seed, System.out).run(cycles);
    System.out.println("cycles: " + r.cycles() + ", acknowledged: " + r.keys() + " keys, " + r.jobs() + " jobs, "
        + r.observations() + " status observations; lost or reverted: " + r.lost().size());
    r.lost().forEach(l -> System.out.println("  " + l));
    System.out.println("long job: " + r.victim().get("status").asText() + " after " + r.victim().get("attempts").asInt()
        + " attempts: " + r.victim().path("error").asText());
    System.out.println("time: " + r.millis() / 1000 + " s; logs in " + tmp);
  }
}
