package org.routeforge.api.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.routeforge.api.http.ApiException;
import org.routeforge.api.http.Problem;
import org.routeforge.wsn.model.Scenarios;
import org.routeforge.wsn.model.WsnConfig;
import org.routeforge.wsn.model.WsnConfigException;
import org.routeforge.wsn.model.WsnConfigReader;
import org.routeforge.wsn.protocol.Protocols;

/**
 * The body of {@code POST /v1/wsn/simulations}: {@code {"protocol": "leach", "seed": 1,
 * "scenario": "default", "config": {...}}} where {@code config} is the wsn-sim JSON configuration
 * (fields as in {@code WsnConfigReader}). Files cannot be referenced over HTTP, so node files are
 * refused; the node count is capped by {@code max_wsn_nodes}.
 *
 * @param protocol direct, leach, heed or gtrl
 * @param seed seed of placement and protocol
 * @param config the validated configuration
 */
public record WsnInput(String protocol, long seed, WsnConfig config) {
  private static final Set<String> TOP = Set.of("protocol", "seed", "scenario", "config");

  /**
   * Parses and validates a request body.
   *
   * @throws ApiException 400 naming each bad field by JSON pointer, 422 above the node limit
   */
  public static WsnInput parse(ObjectMapper mapper, String body, int maxNodes) {
    JsonNode root;
    try {
      root = mapper.readTree(body);
    } catch (IOException e) {
      throw ApiException.badRequest("invalid_json", "invalid JSON: " + e.getMessage().split("\n")[0], "", null);
    }
    if (root == null || !root.isObject()) {
      throw ApiException.badRequest("invalid_request", "the body must be a JSON object", "", null);
    }
    List<Problem.FieldError> errors = new ArrayList<>();
    for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      if (!TOP.contains(k)) {
        errors.add(new Problem.FieldError("/" + k, null, k, "unknown field; known: " + TOP));
      }
    }
    JsonNode p = root.path("protocol");
    String protocol = p.isTextual() ? p.asText() : "leach";
    if (!p.isMissingNode() && (!p.isTextual() || !Protocols.NAMES.contains(protocol))) {
      errors.add(new Problem.FieldError("/protocol", null, "protocol", "must be one of " + Protocols.NAMES));
    }
    JsonNode s = root.path("seed");
    if (!s.isMissingNode() && !s.canConvertToLong()) {
      errors.add(new Problem.FieldError("/seed", null, "seed", "must be an integer"));
    }
    long seed = s.canConvertToLong() ? s.asLong() : 1;
    JsonNode sc = root.path("scenario");
    if (!sc.isMissingNode() && (!sc.isTextual() || !Scenarios.NAMES.contains(sc.asText()))) {
      errors.add(new Problem.FieldError("/scenario", null, "scenario", "must be one of " + Scenarios.NAMES));
    }
    JsonNode cfg = root.path("config");
    if (!cfg.isMissingNode() && !cfg.isObject()) {
      errors.add(new Problem.FieldError("/config", null, "config", "must be an object"));
    }
    if (cfg.isObject()) {
      findFiles(cfg, "/config", errors);
    }
    if (!errors.isEmpty()) {
      throw new ApiException(new Problem(400, "invalid_request", "Invalid request",
          errors.size() == 1 ? errors.get(0).detail() : errors.size() + " problems; see errors").errors(errors));
    }
    WsnConfig config;
    try {
      config = cfg.isObject() ? WsnConfigReader.parse(mapper.writeValueAsString(cfg), "config", null) : WsnConfig.defaults();
      if (sc.isTextual()) {
        config = Scenarios.apply(sc.asText(), config);
      }
    } catch (WsnConfigException e) {
      List<Problem.FieldError> list = new ArrayList<>();
      for (WsnConfigException.Problem pr : e.problems()) {
        list.add(new Problem.FieldError(pr.field() == null ? "/config" : "/config/" + pr.field().replace('.', '/'),
            null, pr.field(), pr.message()));
      }
      throw new ApiException(new Problem(400, "invalid_config", "Invalid WSN configuration", e.getMessage()).errors(list));
    } catch (IOException | IllegalArgumentException e) {
      throw ApiException.badRequest("invalid_config", "invalid WSN configuration: " + e.getMessage(), "/config", "config");
    }
    if (config.nodes() > maxNodes) {
      throw ApiException.limit("max_wsn_nodes", maxNodes, config.nodes(), "/config/nodes",
          config.nodes() + " nodes; this server simulates at most " + maxNodes);
    }
    return new WsnInput(protocol, seed, config);
  }

  private static void findFiles(JsonNode n, String ptr, List<Problem.FieldError> errors) {
    for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String p = ptr + "/" + e.getKey();
      if (e.getKey().contains("file")) {
        errors.add(new Problem.FieldError(p, null, e.getKey(), "files on the server cannot be referenced over HTTP"));
      } else if (e.getValue().isObject()) {
        findFiles(e.getValue(), p, errors);
      }
    }
  }
}
