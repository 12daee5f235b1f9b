package org.routeforge.api;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The server stays responsive while 500 slow clients (raw loopback connections trickling one byte
 * every 1 to 2 s) hold connections: requests refused before their body (no key, a wrong key) are
 * answered and their connections closed without reading the 10 MB body they declare, and headers
 * that never finish hold no request thread. Meanwhile {@code GET /v1/health} answers within 1 s
 * (nearest-rank p95 of 25 probes; the margin is generous: an idle server answers in milliseconds,
 * a frozen one not at all). A client whose connection is closed comes back 5 to 10 s later (the
 * measurement run, {@link FloodRun}, also tries 1 to 2 s). Bounded: each flood runs at most 40 s.
 */
class SlowClientsTest {
  static final int CONNECTIONS = 500;
  static TestServer srv;

  @BeforeAll
  static void start() throws Exception {
    srv = new TestServer(Map.of("workers", "1"));
    // Warm the paths the flood takes (a cold JVM's first hundreds of requests are slow anyway).
    for (int i = 0; i < 30; i++) {
      srv.send("POST", "/v1/vrp/jobs", i % 2 == 0 ? null : "rf_wrong", "application/json", "{}");
      srv.get("/v1/health", null);
    }
  }

  @AfterAll
  static void stop() throws Exception {
    srv.close();
  }

  @Test
  void slowBodiesDoNotFreezeTheServer() throws Exception {
    flood(SlowClients.Kind.BODY);
  }

  @Test
  void slowHeadersDoNotFreezeTheServer() throws Exception {
    flood(SlowClients.Kind.HEADERS);
  }

  private static void flood(SlowClients.Kind kind) throws Exception {
    int port = srv.server.port();
    long[] ms;
    long peak = 0;
    try (SlowClients f = new SlowClients(port, CONNECTIONS, kind, 40, 5000)) {
      long until = System.nanoTime() + 8_000_000_000L;
      while (System.nanoTime() < until && f.opened.get() < CONNECTIONS) {
        Thread.sleep(100);
      }
      Thread.sleep(2500); // every client has trickled at least once
      peak = f.connectedNow.get();
      ms = SlowClients.probeHealth(port, 25, 300);
      assertTrue(f.opened.get() >= CONNECTIONS, "opened " + f.opened.get() + " slow connections");
      assertTrue(f.bytesSent.get() > CONNECTIONS * 20L, "the slow clients sent " + f.bytesSent.get() + " bytes");
      if (kind == SlowClients.Kind.HEADERS) {
        assertTrue(peak >= CONNECTIONS * 9 / 10, "slow-header connections held open: " + peak);
      } else {
        assertTrue(f.closedByServer.get() > 0, "refused slow bodies get their connection closed");
      }
    }
    long p95 = SlowClients.percentile(ms, 0.95);
    assertTrue(p95 < 1000, kind + " flood: health p95 " + p95 + " ms, all: " + Arrays.toString(ms));
    assertTrue(ms[ms.length - 1] < 5000, kind + " flood: every health probe answered: " + Arrays.toString(ms));
  }
}
