package org.routeforge.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Latency of short jobs (a measurement, not a unit test): starts an in-process server on a random
 * loopback port (embedded H2 store, one worker, JobRunr poll 5 s), then submits jobs one at a time,
 * each {@code time_limit=0.1} on a 100-stop X-like CVRP instance, and waits for each to end. Per job it
 * prints the server's own timestamps: queued (created to started), processing (started to finished:
 * parsing, solving and storing the result), solver (the engine's runtime) and, client side, submit to
 * the first status poll that shows it finished (polled every 5 ms). The first {@code warmup} jobs
 * warm the JIT and are not summarised.
 *
 * <p>Run: {@code java -cp <api test class path> org.routeforge.api.ShortJobRun [jobs] [warmup] [time_limit_s]}.
 */
public final class ShortJobRun {
  private ShortJobRun() {}

  public static void main(String[] args) throws Exception {
    int jobs = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    String limit = args.length > 2 ? args[2] : "0.1";
    List<long[]> rows = new ArrayList<>();
    try (TestServer srv = new TestServer(Map.of("workers", "1", "poll_interval_s", "5"))) {
      String key = srv.key("short");
      Thread.sleep(1000);
      for (int i = 0; i < jobs; i++) {
        String body = TestServer.smallVrplib(100, 1000 + i);
        long t0 = System.nanoTime();
        JsonNode r = TestServer.json(srv.send("POST", "/v1/vrp/jobs?time_limit=" + limit, key, "text/plain", body));
        String id = r.get("id").asText();
        JsonNode end = null;
        while (end == null) {
          JsonNode j = TestServer.json(srv.get("/v1/vrp/jobs/" + id + "/status", key));
          String st = j.path("status").asText();
          if (st.equals("finished") || st.equals("failed") || st.equals("cancelled")) {
            end = j;
          } else {
            Thread.sleep(5);
          }
        }
        long client = (System.nanoTime() - t0) / 1_000_000;
        JsonNode t = end.get("timings");
        long processing = Duration.between(Instant.parse(t.get("started_at").asText()),
            Instant.parse(t.get("finished_at").asText())).toMillis();
        long[] row = {t.get("queued_ms").asLong(), processing, t.path("solver_ms").asLong(-1), client};
        System.out.printf(Locale.ROOT, "job %2d %s: queued %4d ms, processing %4d ms, solver %4d ms, client %4d ms, %s%n",
            i, i < warmup ? "(warm-up)" : "         ", row[0], row[1], row[2], row[3], end.path("status").asText());
        if (i >= warmup) {
          rows.add(row);
        }
        Thread.sleep(200);
      }
    }
    String[] names = {"queued", "processing", "solver", "client"};
    for (int c = 0; c < names.length; c++) {
      long[] v = new long[rows.size()];
      for (int i = 0; i < v.length; i++) {
        v[i] = rows.get(i)[c];
      }
      Arrays.sort(v);
      if (v.length > 0) {
        System.out.printf(Locale.ROOT, "%-10s median %4d ms, max %4d ms (%d jobs)%n", names[c], v[v.length / 2],
            v[v.length - 1], v.length);
      }
    }
  }
}
