package org.routeforge.api;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document and the server agree: every route registered in Javalin is documented in
 * {@code openapi.json} (path and method), and every documented path and method is a route. The routes
 * come from the running server's router, never from a list kept in this test.
 */
class OpenApiContractTest {
  private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch",
      "trace");

  @Test
  void everyRouteIsDocumentedAndEveryDocumentedRouteExists() throws Exception {
    Set<String> routes;
    try (TestServer srv = new TestServer()) {
      routes = new TreeSet<>(srv.server.routes());
    }
    Set<String> documented = documented();
    assertTrue(routes.size() >= 10, "the router lists the routes: " + routes);
    Set<String> undocumented = new TreeSet<>(routes);
    undocumented.removeAll(documented);
    Set<String> missing = new TreeSet<>(documented);
    missing.removeAll(routes);
    assertTrue(undocumented.isEmpty(), "routes missing from openapi.json: " + undocumented);
    assertTrue(missing.isEmpty(), "documented in openapi.json but not served: " + missing);
  }

  /** {@code "METHOD path"} for every operation of the document's {@code paths}. */
  private static Set<String> documented() throws Exception {
    JsonNode doc;
    try (InputStream in = OpenApiContractTest.class.getResourceAsStream(OperationsEndpoints.OPENAPI)) {
      doc = TestServer.JSON.readTree(in);
    }
    Set<String> out = new TreeSet<>();
    for (Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields(); paths.hasNext(); ) {
      Map.Entry<String, JsonNode> path = paths.next();
      for (Iterator<String> ops = path.getValue().fieldNames(); ops.hasNext(); ) {
        String op = ops.next();
        if (HTTP_METHODS.contains(op)) {
          out.add(op.toUpperCase(Locale.ROOT) + " " + path.getKey());
        }
      }
    }
    assertTrue(out.size() >= 10, "openapi.json documents its operations: " + out);
    return out;
  }
}
