package org.routeforge.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.routeforge.cli.RouteForgeCli;
import picocli.CommandLine;

/**
 * Key management: {@code GET /v1/keys} and {@code DELETE /v1/keys/{id}} (admin only, 404 problem for
 * an unknown id, a revoked key gets 401 at once), JSON booleans only in key requests, a changed
 * {@code ROUTEFORGE_ADMIN_KEY} retiring the previous one, and {@code routeforge keys list / revoke}.
 */
class KeyEndpointsTest {
  static JsonNode problem(HttpResponse<String> r, int status) {
    assertEquals(status, r.statusCode(), r.body());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), r.body());
    return TestServer.json(r);
  }

  @Test
  void adminListsAndRevokesKeys() throws Exception {
    try (TestServer srv = new TestServer()) {
      HttpResponse<String> made = srv.send("POST", "/v1/keys", TestServer.ADMIN_KEY, "application/json",
          "{\"tenant\":\"carol\",\"admin\":false,\"label\":\"ci\"}");
      assertEquals(201, made.statusCode(), made.body());
      String carol = TestServer.json(made).get("key").asText();
      String carolId = TestServer.json(made).get("key_id").asText();
      assertEquals(200, srv.get("/v1/vrp/jobs", carol).statusCode());

      JsonNode list = TestServer.json(srv.get("/v1/keys", TestServer.ADMIN_KEY));
      assertEquals(2, list.get("keys").size(), list.toString());
      assertFalse(list.toString().contains(carol.substring(12)), "no secret is listed");
      assertTrue(list.toString().contains("\"" + carolId + "\""), list.toString());

      problem(srv.get("/v1/keys", carol), 403);
      problem(srv.send("DELETE", "/v1/keys/" + carolId, carol, null, null), 403);
      assertEquals("not_found", problem(srv.send("DELETE", "/v1/keys/ffffffff", TestServer.ADMIN_KEY, null, null), 404)
          .get("code").asText());
      assertEquals(204, srv.send("DELETE", "/v1/keys/" + carolId, TestServer.ADMIN_KEY, null, null).statusCode());
      problem(srv.get("/v1/vrp/jobs", carol), 401);
      problem(srv.send("DELETE", "/v1/keys/" + carolId, TestServer.ADMIN_KEY, null, null), 404);
    }
  }

  @Test
  void keyRequestsTakeJsonBooleansOnly() throws Exception {
    try (TestServer srv = new TestServer()) {
      for (String body : new String[] {"{\"tenant\":\"x\",\"admin\":\"true\"}", "{\"tenant\":\"x\",\"admin\":1}"}) {
        JsonNode p = problem(srv.send("POST", "/v1/keys", TestServer.ADMIN_KEY, "application/json", body), 400);
        assertEquals("/admin", p.get("errors").get(0).get("pointer").asText(), p.toString());
      }
      JsonNode p = problem(srv.send("POST", "/v1/keys", TestServer.ADMIN_KEY, "application/json", "{\"tenant\":5}"), 400);
      assertEquals("/tenant", p.get("errors").get(0).get("pointer").asText(), p.toString());
      HttpResponse<String> admin = srv.send("POST", "/v1/keys", TestServer.ADMIN_KEY, "application/json",
          "{\"tenant\":\"ops\",\"admin\":true}");
      assertEquals(201, admin.statusCode(), admin.body());
      assertTrue(TestServer.json(admin).get("admin").asBoolean());
    }
  }

  @Test
  void aChangedAdminKeyVariableRetiresThePreviousKey(@TempDir Path dir) throws Exception {
    Map<String, String> settings = Map.of("data_dir", dir.toString(), "port", "0", "workers", "0");
    ServiceConfig config = ServiceConfig.resolve(null, Map.of(), settings);
    String old = "the-old-operator-key-0123";
    String next = "the-new-operator-key-4567";
    try (ApiServer s = ApiServer.start(config, old, System.err)) {
      assertTrue(s.keys().verify(old).isPresent());
    }
    try (ApiServer s = ApiServer.start(config, next, System.err)) {
      assertTrue(s.keys().verify(old).isEmpty(), "the previous ROUTEFORGE_ADMIN_KEY no longer works");
      assertTrue(s.keys().verify(next).orElseThrow().admin());
    }
  }

  @Test
  void cliListsAndRevokesKeysOffline(@TempDir Path dir) {
    String[] data = {"--data-dir", dir.toString()};
    StringWriter out = new StringWriter();
    CommandLine cl = RouteForgeCli.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(new StringWriter()));
    assertEquals(0, cl.execute(concat(new String[] {"keys", "create", "--tenant", "acme", "--admin", "--label", "spare"}, data)));
    String key = out.toString().trim();
    String id = key.split("_")[1];

    StringWriter listed = new StringWriter();
    CommandLine list = RouteForgeCli.commandLine();
    list.setOut(new PrintWriter(listed));
    assertEquals(0, list.execute(concat(new String[] {"keys", "list"}, data)));
    assertTrue(listed.toString().contains(id) && listed.toString().contains("acme") && listed.toString().contains("spare")
        && !listed.toString().contains(key), listed.toString());

    StringWriter err = new StringWriter();
    CommandLine revoke = RouteForgeCli.commandLine();
    revoke.setErr(new PrintWriter(err));
    assertEquals(0, revoke.execute(concat(new String[] {"keys", "revoke", id}, data)), err.toString());
    CommandLine again = RouteForgeCli.commandLine();
    StringWriter err2 = new StringWriter();
    again.setErr(new PrintWriter(err2));
    assertEquals(RouteForgeCli.EXIT_INVALID_INPUT, again.execute(concat(new String[] {"keys", "revoke", id}, data)));
    assertTrue(err2.toString().contains("no key with id"), err2.toString());

    StringWriter after = new StringWriter();
    CommandLine list2 = RouteForgeCli.commandLine();
    list2.setOut(new PrintWriter(after));
    assertEquals(0, list2.execute(concat(new String[] {"keys", "list"}, data)));
    assertFalse(after.toString().contains(id), after.toString());
  }

  private static String[] concat(String[] a, String[] b) {
    String[] r = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, r, a.length, b.length);
    return r;
  }
}
