package org.routeforge.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two {@code serve} processes on one PostgreSQL (embedded, started by the test) share one JobRunr
 * queue: 50 concurrent submissions spread over both servers all complete, none lost, and both
 * servers take work.
 */
class SharedQueueTest {
  @Test
  void twoServersOnePostgresFiftyConcurrentJobs(@TempDir Path tmp) throws Exception {
    try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setDataDirectory(tmp.resolve("pg")).setCleanDataDirectory(true).start()) {
      String url = pg.getJdbcUrl("postgres", "postgres");
      List<String> common = List.of("--database-url", url, "--workers", "2", "--set", "poll_interval_s=5",
          "--set", "rate_limit_per_s=1000", "--set", "rate_limit_burst=1000");
      List<String> a = new ArrayList<>(common);
      a.addAll(List.of("--data-dir", tmp.resolve("a").toString()));
      List<String> b = new ArrayList<>(common);
      b.addAll(List.of("--data-dir", tmp.resolve("b").toString()));
      try (ChildServer s1 = ChildServer.start(tmp, "server-a", a); ChildServer s2 = ChildServer.start(tmp, "server-b", b)) {
        ChildServer[] servers = {s1, s2};
        ExecutorService pool = Executors.newFixedThreadPool(50);
        List<Future<String>> ids = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
          ChildServer target = servers[i % 2];
          String body = TestServer.smallVrplib(15, i);
          ids.add(pool.submit(() -> {
            HttpResponse<String> r = RestartTest.call("POST", target.base() + "/v1/vrp/jobs?time_limit=0.3", body);
            assertEquals(202, r.statusCode(), r.body());
            return TestServer.json(r).get("id").asText();
          }));
        }
        List<String> submitted = new ArrayList<>();
        for (Future<String> f : ids) {
          submitted.add(f.get());
        }
        pool.shutdown();
        assertEquals(50, new HashSet<>(submitted).size());
        Set<String> ranOn = new HashSet<>();
        for (int i = 0; i < submitted.size(); i++) {
          // Ask the other server than the one that took the submission: the state is shared.
          JsonNode end = RestartTest.await(servers[(i + 1) % 2], submitted.get(i), Duration.ofSeconds(180), List.of("finished", "failed", "cancelled"));
          assertEquals("finished", end.get("status").asText(), end.toString());
          ranOn.add(end.get("server").asText());
        }
        assertEquals(2, ranOn.size(), "both servers took jobs from the shared queue: " + ranOn);
        JsonNode list = TestServer.json(RestartTest.call("GET", s1.base() + "/v1/vrp/jobs?limit=200", null));
        assertTrue(list.get("total").asInt() >= 50);
      }
    }
  }
}
