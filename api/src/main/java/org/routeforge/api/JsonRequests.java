package org.routeforge.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.routeforge.api.http.ApiException;
import org.routeforge.api.http.Http;
import org.routeforge.api.http.Problem;

/**
 * Reading a JSON object body for the endpoints that take a free-form object ({@code /v1/paths},
 * {@code /v1/matrix}): 415 unless it is {@code application/json}, 400 with a line and column for
 * malformed JSON, 400 naming the JSON pointer of an unknown field.
 */
final class JsonRequests {
  private JsonRequests() {}

  /** The body as a JSON object, read up to {@code max} bytes. */
  static JsonNode object(Context ctx, ObjectMapper mapper, long max) {
    String ct = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
    if (!ct.startsWith("application/json")) {
      throw new ApiException(new Problem(415, "unsupported_media_type", "Unsupported media type", "send application/json"));
    }
    String body = Http.body(ctx, max);
    try {
      JsonNode n = mapper.readTree(body);
      if (n == null || !n.isObject()) {
        throw ApiException.badRequest("invalid_request", "the body must be a JSON object", "", null);
      }
      return n;
    } catch (com.fasterxml.jackson.core.JacksonException e) {
      throw JsonProblems.of(e);
    }
  }

  /** Refuses a field of {@code n} that is not in {@code allowed}. */
  static void onlyFields(JsonNode n, Set<String> allowed) {
    for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      if (!allowed.contains(k)) {
        throw ApiException.badRequest("unknown_field", "unknown field '" + k + "'; known: " + new TreeSet<>(allowed), "/" + k, k);
      }
    }
  }
}
