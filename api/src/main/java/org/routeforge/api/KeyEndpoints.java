package org.routeforge.api;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.PrintStream;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Set;
import org.routeforge.api.http.ApiException;
import org.routeforge.api.http.Http;
import org.routeforge.api.http.Problem;
import org.routeforge.api.store.ApiKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * API-key management: the admin key of the first start ({@link #bootstrapAdmin}) and the admin-only
 * endpoints {@code POST/GET /v1/keys} and {@code DELETE /v1/keys/{id}}. A secret is shown once, when
 * its key is created; the store keeps only its hash. (Checking a request's key is
 * {@link Authentication}'s.)
 *
 * @implNote thread-safe.
 */
final class KeyEndpoints {
  private static final Logger LOG = LoggerFactory.getLogger(KeyEndpoints.class);

  private final ApiKeys keys;
  private final ObjectMapper mapper;
  /** The JSON mapper for key requests: no coercion between JSON strings, numbers and booleans. */
  private final ObjectMapper strictScalars;

  KeyEndpoints(ApiKeys keys, ObjectMapper mapper) {
    this.keys = keys;
    this.mapper = mapper;
    this.strictScalars = withoutScalarCoercion(mapper);
  }

  void register(RoutesConfig r) {
    r.post("/v1/keys", this::createKey);
    r.get("/v1/keys", this::listKeys);
    r.delete("/v1/keys/{id}", this::revokeKey);
  }

  /**
   * Makes sure an admin key exists: the operator's {@code ROUTEFORGE_ADMIN_KEY} (stored hashed,
   * replacing the key of an earlier value), or else, when the store has no admin key yet, a new one
   * printed once to {@code announce}.
   */
  void bootstrapAdmin(String fromEnv, PrintStream announce) throws SQLException {
    if (fromEnv != null && !fromEnv.isBlank()) {
      if (keys.ensureFromEnvironment(fromEnv.trim())) {
        LOG.info("stored the admin key from ROUTEFORGE_ADMIN_KEY (hashed; a key from an earlier value of the variable no longer works)");
      }
      return;
    }
    if (!keys.hasAdmin()) {
      ApiKeys.Created k = keys.create("admin", true, "first start");
      announce.println("RouteForge admin API key (shown once; store it now): " + k.key());
      announce.flush();
    }
  }

  /** A copy of {@code m} that refuses to turn JSON strings or numbers into booleans, or numbers and booleans into strings. */
  private static ObjectMapper withoutScalarCoercion(ObjectMapper m) {
    ObjectMapper strict = m.copy();
    strict.coercionConfigFor(LogicalType.Boolean)
        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
    strict.coercionConfigFor(LogicalType.Textual)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    return strict;
  }

  private static void requireAdmin(Context ctx, String what) {
    if (!Authentication.principal(ctx).admin()) {
      throw new ApiException(new Problem(403, "forbidden", "Forbidden", what + " needs an admin key"));
    }
  }

  /** {@code GET /v1/keys} (admin): every key's id, tenant, admin flag, label and creation time; never a secret. */
  private void listKeys(Context ctx) throws SQLException {
    requireAdmin(ctx, "listing keys");
    Http.onlyParams(ctx, Set.of());
    ArrayNode arr = mapper.createArrayNode();
    for (ApiKeys.Listed k : keys.list()) {
      ObjectNode n = arr.addObject();
      n.put("key_id", k.keyId());
      n.put("tenant", k.tenant());
      n.put("admin", k.admin());
      n.put("label", k.label());
      n.put("created_at", Instant.ofEpochMilli(k.createdAt()).toString());
      n.put("from_environment", k.fromEnvironment());
    }
    ctx.json(mapper.createObjectNode().set("keys", arr));
  }

  /** {@code DELETE /v1/keys/{id}} (admin): revokes a key at once; 404 problem for an unknown id. */
  private void revokeKey(Context ctx) throws SQLException {
    requireAdmin(ctx, "revoking keys");
    Http.onlyParams(ctx, Set.of());
    String id = ctx.pathParam("id");
    if (!keys.revoke(id)) {
      throw ApiException.notFound("key '" + (id.length() > 64 ? id.substring(0, 64) + "..." : id) + "'");
    }
    ctx.status(204);
  }

  /** {@code POST /v1/keys} (admin): a new key for a tenant; 201 with the secret, shown this once. */
  private void createKey(Context ctx) throws Exception {
    requireAdmin(ctx, "creating keys");
    Http.onlyParams(ctx, Set.of());
    String body = Http.body(ctx, 4096);
    KeyRequest req;
    try {
      req = strictScalars.readValue(body, KeyRequest.class);
    } catch (JacksonException e) {
      throw JsonProblems.of(e);
    }
    if (req == null || req.tenant() == null) {
      throw ApiException.badRequest("missing_field", "tenant is required", "/tenant", "tenant");
    }
    ApiKeys.Created k;
    try {
      k = keys.create(req.tenant(), Boolean.TRUE.equals(req.admin()), req.label());
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("invalid_field", e.getMessage(), "/tenant", "tenant");
    }
    ObjectNode n = mapper.createObjectNode();
    n.put("key", k.key());
    n.put("key_id", k.principal().keyId());
    n.put("tenant", k.principal().tenant());
    n.put("admin", k.principal().admin());
    ctx.status(201).json(n);
  }

  /**
   * Body of {@code POST /v1/keys}. Read with {@link #strictScalars}: {@code "admin": "true"} is a 400
   * naming {@code /admin}, never a coerced {@code true}.
   */
  record KeyRequest(String tenant, Boolean admin, String label) {}
}
