package org.routeforge.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Protocol-level hardening: Jetty's own errors (431, bad request lines and paths) are problem+json
 * like the application's; a wrong method on an existing path is 405 with {@code Allow}; a request
 * refused before its body is answered with the connection closed, without waiting for the body;
 * trailing data after a JSON value is refused; an error never echoes a huge input back; the page
 * carries CSP, nosniff and frame headers; metrics are tagged by route template; a 503 says when to
 * retry; requests without a valid key are rate limited per address.
 */
class HttpHardeningTest {
  static TestServer srv;
  static String key;

  @BeforeAll
  static void start() throws Exception {
    srv = new TestServer(Map.of("rate_limit_per_s", "1000", "rate_limit_burst", "1000",
        "max_body_bytes", Long.toString(11L * 1024 * 1024)));
    key = srv.key("hardening");
  }

  @AfterAll
  static void stop() throws Exception {
    srv.close();
  }

  /** Sends raw bytes on a new loopback connection; returns everything the server sent until it closed. */
  static String raw(String request) throws IOException {
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress("127.0.0.1", srv.server.port()), 5000);
      s.setSoTimeout(10_000);
      OutputStream out = s.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = s.getInputStream();
      ByteArrayOutputStream got = new ByteArrayOutputStream();
      byte[] buf = new byte[8192];
      for (int r; (r = in.read(buf)) > 0; ) {
        got.write(buf, 0, r);
      }
      return got.toString(StandardCharsets.ISO_8859_1);
    }
  }

  static void assertProblem(String response, int status) {
    assertTrue(response.startsWith("HTTP/1.1 " + status), response);
    assertTrue(response.toLowerCase().contains("content-type: application/problem+json"), response);
    assertTrue(response.contains("\"status\":" + status), response);
    assertFalse(response.contains("<html"), response);
  }

  @Test
  void jettyErrorsAreProblems() throws Exception {
    assertProblem(raw("GET /v1/health HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(20_000) + "\r\nConnection: close\r\n\r\n"), 431);
    assertProblem(raw("GET /v1/%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"), 400);
    assertProblem(raw("GET /v1/health HTTP/1.1\r\nHost: x\r\nBad Header Line\r\nConnection: close\r\n\r\n"), 400);
    assertProblem(raw("FROB /v1/vrp/jobs HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"), 405);
  }

  @Test
  void wrongMethodIs405WithAllow() {
    for (String k : new String[] {key, null}) {
      HttpResponse<String> r = srv.send("PUT", "/v1/vrp/jobs", k, "application/json", "{}");
      ErrorResponsesTest.problem(r, 405);
      String allow = r.headers().firstValue("Allow").orElse("");
      assertTrue(allow.contains("GET") && allow.contains("POST"), "Allow: " + allow);
    }
    ErrorResponsesTest.problem(srv.send("DELETE", "/v1/health", key, null, null), 405);
    ErrorResponsesTest.problem(srv.get("/v1/no-such-route", key), 404);
  }

  @Test
  void refusedRequestIsAnsweredWithoutItsBodyAndTheConnectionCloses() throws Exception {
    long t0 = System.nanoTime();
    // declares 5 MB and sends none of it: the answer must not wait for the body
    String r = raw("POST /v1/vrp/jobs HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: 5000000\r\n\r\n");
    long ms = (System.nanoTime() - t0) / 1_000_000;
    assertProblem(r, 401);
    assertTrue(r.toLowerCase().contains("connection: close"), r);
    assertTrue(ms < 8000, "answered and closed in " + ms + " ms, without the body");
  }

  @Test
  void anAuthenticatedBodyTrickledTooSlowlyIs408() throws Exception {
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress("127.0.0.1", srv.server.port()), 5000);
      s.setSoTimeout(500);
      OutputStream out = s.getOutputStream();
      out.write(("POST /v1/vrp/jobs HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + key
          + "\r\nContent-Type: text/plain\r\nContent-Length: 100000\r\n\r\nNAME").getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      long t0 = System.nanoTime();
      ByteArrayOutputStream got = new ByteArrayOutputStream();
      byte[] buf = new byte[4096];
      boolean closed = false;
      while (!closed && System.nanoTime() - t0 < 20_000_000_000L) {
        try {
          out.write('x');
          out.flush();
        } catch (IOException e) {
          closed = true; // the server hung up after answering
        }
        try {
          for (int r; !closed && (r = s.getInputStream().read(buf)) != 0; ) {
            if (r < 0) {
              closed = true;
            } else {
              got.write(buf, 0, r);
            }
          }
        } catch (java.net.SocketTimeoutException e) {
          // nothing yet: trickle on
        } catch (IOException e) {
          closed = true;
        }
      }
      long ms = (System.nanoTime() - t0) / 1_000_000;
      String r = got.toString(StandardCharsets.ISO_8859_1);
      assertProblem(r, 408);
      assertTrue(ms < 15_000, "cut off after " + ms + " ms");
    }
  }

  @Test
  void trailingDataAfterJsonIsRefused() {
    String vroom = VroomEndpointTest.MATRIX_EXAMPLE;
    assertEquals(200, srv.send("POST", "/v1/vroom?time_limit=0.1", key, "application/json", vroom).statusCode());
    ErrorResponsesTest.problem(srv.send("POST", "/v1/vroom?time_limit=0.1", key, "application/json", vroom + " {}"), 400);
    ErrorResponsesTest.problem(srv.send("POST", "/v1/vroom?time_limit=0.1", key, "application/json", vroom + "garbage"), 400);
    ErrorResponsesTest.problem(srv.send("POST", "/v1/keys", TestServer.ADMIN_KEY, "application/json",
        "{\"tenant\":\"t\"} x"), 400);
    ErrorResponsesTest.problem(srv.send("POST", "/v1/matrix", key, "application/json",
        "{\"locations\":[[7.42,43.73]]} []"), 409); // no road network here: the 409 comes before the body
  }

  @Test
  void errorsQuoteAtMostAnExcerptOfTheInput() {
    String garbage = "x".repeat(10 * 1024 * 1024);
    for (String[] req : new String[][] {{"/v1/vrp/jobs", "text/plain"}, {"/v1/vrp/jobs", "application/json"},
        {"/v1/vroom", "application/json"}}) {
      HttpResponse<String> r = srv.send("POST", req[0], key, req[1], garbage);
      ErrorResponsesTest.problem(r, 400);
      assertTrue(r.body().length() < 4000, req[0] + " " + req[1] + ": " + r.body().length() + " chars of error");
    }
    String hugeString = "{\"vehicles\":[{\"id\":\"" + "y".repeat(2 * 1024 * 1024) + "\"}],\"jobs\":[]}";
    HttpResponse<String> r = srv.send("POST", "/v1/vroom", key, "application/json", hugeString);
    assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, r.statusCode() + "");
    assertTrue(r.body().length() < 4000, r.body().length() + " chars of error");
  }

  @Test
  void pageCarriesSecurityHeaders() {
    for (String path : new String[] {"/", "/app.js", "/docs.html", "/v1/health"}) {
      HttpResponse<String> r = srv.get(path, null);
      assertEquals(200, r.statusCode(), path);
      String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
      assertTrue(csp.contains("script-src 'self'") && csp.contains("frame-ancestors 'none'"), path + ": " + csp);
      assertFalse(csp.contains("unsafe-inline"), csp);
      assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), path);
      assertEquals("DENY", r.headers().firstValue("X-Frame-Options").orElse(""), path);
    }
    String html = srv.get("/", null).body() + srv.get("/docs.html", null).body();
    assertFalse(html.contains("<script>") || html.contains("<style>") || html.contains(" style="),
        "no inline script or style that the CSP would block");
  }

  @Test
  void metricsAreTaggedByRouteTemplate() {
    srv.get("/v1/vrp/jobs/00000000-0000-0000-0000-000000000001", key);
    srv.get("/v1/vrp/jobs", key);
    String m = srv.get("/metrics", null).body();
    assertTrue(m.contains("uri=\"/v1/vrp/jobs/{id}\""), "route template in the metrics");
    assertTrue(m.contains("uri=\"/v1/vrp/jobs\""), "route in the metrics");
    assertFalse(m.contains("uri=\"*\""), "no catch-all uri tag");
    assertFalse(m.contains("00000000-0000-0000-0000-000000000001"), "no raw path in the metrics");
  }

  @Test
  void busySynchronousSolveSaysWhenToRetry() throws Exception {
    try (TestServer one = new TestServer(Map.of("workers", "1", "sync_max_time_limit_s", "3"))) {
      String k = one.key("busy");
      String body = TestServer.smallVrplib(30, 3);
      CompletableFuture<HttpResponse<String>> first = CompletableFuture.supplyAsync(() ->
          one.send("POST", "/v1/vrp/solve?time_limit=3", k, "text/plain", body));
      HttpResponse<String> second = null;
      long until = System.nanoTime() + 2_500_000_000L;
      while (System.nanoTime() < until) {
        Thread.sleep(200);
        second = one.send("POST", "/v1/vrp/solve?time_limit=0.1", k, "text/plain", body);
        if (second.statusCode() == 503) {
          break;
        }
      }
      assertEquals(200, first.get().statusCode());
      JsonNode p = ErrorResponsesTest.problem(second, 503);
      assertEquals("busy", p.get("code").asText());
      assertTrue(Long.parseLong(second.headers().firstValue("Retry-After").orElseThrow()) >= 1);
    }
  }

  @Test
  void requestsWithoutAValidKeyAreRateLimitedPerAddress() throws Exception {
    try (TestServer limited = new TestServer(Map.of("rate_limit_per_s", "0.01", "rate_limit_burst", "3"))) {
      String k = limited.key("ok");
      for (int i = 0; i < 3; i++) {
        ErrorResponsesTest.problem(limited.get("/v1/vrp/jobs", i % 2 == 0 ? null : "rf_wrong"), 401);
      }
      HttpResponse<String> r = limited.get("/v1/vrp/jobs", "rf_wrong");
      ErrorResponsesTest.problem(r, 429);
      assertTrue(Long.parseLong(r.headers().firstValue("Retry-After").orElseThrow()) >= 1);
      ErrorResponsesTest.problem(limited.get("/v1/vrp/jobs", null), 429);
      assertEquals(200, limited.get("/v1/health", null).statusCode(), "health is never limited");
      assertEquals(429, limited.get("/v1/vrp/jobs", k).statusCode(), "an address that is throttled waits, key or not");
    }
  }
}
