package org.routeforge.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every error is an RFC 9457 problem (application/problem+json with type, title, status, detail)
 * and the right status: 401, 403, 404 (including another tenant's job), 413, 415, 422 naming the
 * limit, 429 with Retry-After, and 400 with a JSON pointer or line for bad fields.
 */
class ErrorResponsesTest {
  static TestServer srv;
  static String alice;
  static String bob;

  @BeforeAll
  static void start() throws Exception {
    srv = new TestServer(Map.of("max_body_bytes", "20000", "max_stops", "50", "max_time_limit_s", "30",
        "rate_limit_per_s", "1000", "rate_limit_burst", "1000"));
    alice = srv.key("alice");
    bob = srv.key("bob");
  }

  @AfterAll
  static void stop() throws Exception {
    srv.close();
  }

  static JsonNode problem(HttpResponse<String> r, int status) {
    assertEquals(status, r.statusCode(), r.body());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
        "problem+json: " + r.headers().map());
    JsonNode p = TestServer.json(r);
    assertEquals(status, p.get("status").asInt());
    assertTrue(p.get("type").asText().startsWith("urn:routeforge:problem:"), p.toString());
    assertFalse(p.get("title").asText().isEmpty());
    assertFalse(p.get("detail").asText().isEmpty());
    return p;
  }

  @Test
  void missingOrWrongKeyIs401() {
    problem(srv.get("/v1/vrp/jobs", null), 401);
    HttpResponse<String> r = srv.get("/v1/vrp/jobs", "rf_nope_nope");
    problem(r, 401);
    assertTrue(r.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
    assertEquals(200, srv.get("/v1/health", null).statusCode(), "health needs no key");
  }

  @Test
  void nonAdminCreatingKeysIs403() {
    JsonNode p = problem(srv.send("POST", "/v1/keys", alice, "application/json", "{\"tenant\":\"x\"}"), 403);
    assertEquals("forbidden", p.get("code").asText());
    HttpResponse<String> ok = srv.send("POST", "/v1/keys", TestServer.ADMIN_KEY, "application/json", "{\"tenant\":\"carol\"}");
    assertEquals(201, ok.statusCode(), ok.body());
    String carol = TestServer.json(ok).get("key").asText();
    assertEquals(200, srv.get("/v1/vrp/jobs", carol).statusCode());
    JsonNode unknown = problem(srv.send("POST", "/v1/keys", TestServer.ADMIN_KEY, "application/json",
        "{\"tenant\":\"dave\",\"colour\":\"red\"}"), 400);
    assertEquals("/colour", unknown.get("errors").get(0).get("pointer").asText());
  }

  @Test
  void anotherTenantsJobIs404() throws Exception {
    HttpResponse<String> r = srv.send("POST", "/v1/vrp/jobs?time_limit=0.2", alice, "text/plain", TestServer.smallVrplib(10, 1));
    assertEquals(202, r.statusCode(), r.body());
    String id = TestServer.json(r).get("id").asText();
    assertEquals(200, srv.get("/v1/vrp/jobs/" + id, alice).statusCode());
    problem(srv.get("/v1/vrp/jobs/" + id, bob), 404);
    problem(srv.get("/v1/vrp/jobs/" + id + "/solution", bob), 404);
    problem(srv.send("DELETE", "/v1/vrp/jobs/" + id, bob, null, null), 404);
    problem(srv.get("/v1/vrp/jobs/00000000-0000-0000-0000-000000000000", alice), 404);
    problem(srv.get("/v1/vrp/jobs/not-a-uuid", alice), 404);
    problem(srv.get("/v1/nothing-here", alice), 404);
    assertEquals(0, TestServer.json(srv.get("/v1/vrp/jobs", bob)).get("total").asInt());
  }

  @Test
  void oversizedBodyIs413() {
    String big = "x".repeat(30_000);
    JsonNode p = problem(srv.send("POST", "/v1/vrp/jobs", alice, "text/plain", big), 413);
    assertEquals("max_body_bytes", p.get("limit").asText());
    // a body far beyond the socket buffers: the client still reads the 413, not a reset
    for (String path : new String[] {"/v1/vrp/jobs", "/v1/vroom", "/v1/vrp/solve"}) {
      problem(srv.send("POST", path, alice, "application/json", "z".repeat(2_000_000)), 413);
    }
    problem(srv.send("POST", "/v1/vrp/jobs", null, "application/json", "z".repeat(2_000_000)), 401);
  }

  @Test
  void unsupportedContentTypeIs415() {
    problem(srv.send("POST", "/v1/vrp/jobs", alice, "application/xml", "<vrp/>"), 415);
    problem(srv.send("POST", "/v1/vroom", alice, "text/plain", "{}"), 415);
  }

  @Test
  void limitsAre422NamingTheLimit() {
    JsonNode stops = problem(srv.send("POST", "/v1/vrp/jobs", alice, "text/plain", TestServer.smallVrplib(60, 1)), 422);
    assertEquals("max_stops", stops.get("limit").asText());
    JsonNode huge = problem(srv.send("POST", "/v1/vrp/jobs", alice, "text/plain",
        "NAME : h\nDIMENSION : 99999999999\nEOF\n"), 422);
    assertEquals("max_stops", huge.get("limit").asText());
    JsonNode time = problem(srv.send("POST", "/v1/vrp/jobs?time_limit=3600", alice, "text/plain", TestServer.smallVrplib(10, 1)), 422);
    assertEquals("max_time_limit_s", time.get("limit").asText());
  }

  @Test
  void badFieldsAre400WithPointersOrLines() {
    JsonNode param = problem(srv.send("POST", "/v1/vrp/jobs?colour=red", alice, "text/plain", TestServer.smallVrplib(5, 1)), 400);
    assertEquals("unknown_parameter", param.get("code").asText());
    problem(srv.send("POST", "/v1/vrp/jobs?time_limit=abc", alice, "text/plain", TestServer.smallVrplib(5, 1)), 400);
    String broken = TestServer.smallVrplib(5, 1).replace("CAPACITY : 100", "CAPACITY : lots");
    JsonNode vrp = problem(srv.send("POST", "/v1/vrp/jobs", alice, "text/x-vrplib", broken), 400);
    assertTrue(vrp.get("errors").get(0).get("line").asInt() > 0, vrp.toString());
    JsonNode json = problem(srv.send("POST", "/v1/vrp/jobs", alice, "application/json",
        "{\"format\":\"routeforge/1\",\"name\":\"n\",\"colour\":1}"), 400);
    boolean pointer = false;
    for (JsonNode e : json.get("errors")) {
      pointer |= e.path("pointer").asText().equals("/colour");
    }
    assertTrue(pointer, "unknown field reported at /colour: " + json);
    problem(srv.send("POST", "/v1/vrp/jobs", alice, "application/json", "{\"unclosed\": [1, 2"), 400);
  }

  @Test
  void rateLimitIs429WithRetryAfter() throws Exception {
    try (TestServer limited = new TestServer(Map.of("rate_limit_per_s", "0.01", "rate_limit_burst", "3"))) {
      String k = limited.key("slow");
      for (int i = 0; i < 3; i++) {
        assertEquals(200, limited.get("/v1/vrp/jobs", k).statusCode());
      }
      HttpResponse<String> r = limited.get("/v1/vrp/jobs", k);
      JsonNode p = problem(r, 429);
      assertEquals("rate_limit_per_s", p.get("limit").asText());
      assertTrue(Long.parseLong(r.headers().firstValue("Retry-After").orElseThrow()) >= 1);
      String other = limited.key("other");
      assertEquals(200, limited.get("/v1/vrp/jobs", other).statusCode(), "limits are per key");
    }
  }
}
