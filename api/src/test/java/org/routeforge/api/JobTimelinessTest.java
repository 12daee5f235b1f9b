package org.routeforge.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Jobs move on time: a job queued while a worker is idle starts at once, not at JobRunr's next
 * 5-second poll; and a running job's {@code progress} advances with the time used even when no better
 * solution turns up (a tiny instance is solved at once, then only time passes).
 */
class JobTimelinessTest {
  static TestServer srv;
  static String key;

  @BeforeAll
  static void start() throws Exception {
    srv = new TestServer(Map.of("workers", "1", "poll_interval_s", "5"));
    key = srv.key("timely");
  }

  @AfterAll
  static void stop() throws Exception {
    srv.close();
  }

  @Test
  void aQueuedJobStartsAtOnceOnAnIdleServer() throws Exception {
    Thread.sleep(1000); // let the server settle: no job running, JobRunr's poll somewhere in its 5 s
    List<Long> queuedMs = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      JsonNode r = TestServer.json(srv.send("POST", "/v1/vrp/jobs?time_limit=0.2", key, "text/plain",
          TestServer.smallVrplib(8, 100 + i)));
      JsonNode end = srv.awaitEnd(r.get("id").asText(), key, Duration.ofSeconds(30));
      assertEquals("finished", end.get("status").asText(), end.toString());
      queuedMs.add(end.get("timings").get("queued_ms").asLong());
      Thread.sleep(700);
    }
    // JobRunr alone would start them 0 to 5 s later; generous bound for a loaded machine
    for (long ms : queuedMs) {
      assertTrue(ms < 1500, "queued for " + queuedMs + " ms before starting");
    }
  }

  @Test
  void progressAdvancesWithTimeWithoutNewBest() throws Exception {
    JsonNode r = TestServer.json(srv.send("POST", "/v1/vrp/jobs?time_limit=4", key, "text/plain",
        TestServer.smallVrplib(5, 7)));
    String id = r.get("id").asText();
    List<Double> seen = new ArrayList<>();
    long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (System.nanoTime() < until) {
      JsonNode st = TestServer.json(srv.get("/v1/vrp/jobs/" + id + "/status", key));
      String status = st.get("status").asText();
      if (status.equals("running")) {
        double p = st.get("progress").asDouble();
        if (seen.isEmpty() || p != seen.get(seen.size() - 1)) {
          seen.add(p);
        }
      } else if (!status.equals("queued")) {
        break;
      }
      Thread.sleep(100);
    }
    for (int i = 1; i < seen.size(); i++) {
      assertTrue(seen.get(i) > seen.get(i - 1), "progress only grows: " + seen);
    }
    assertTrue(seen.stream().anyMatch(p -> p >= 0.45 && p < 1), "progress passed half of the 4 s limit while running: " + seen);
  }
}
