package org.routeforge.wsn.model;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a {@link WsnConfig} from JSON. Every key is optional and falls back to
 * {@link WsnConfig#defaults()}; unknown keys, wrong types and invalid values are all reported at once,
 * each naming the file, line and dotted field.
 *
 * <pre>{@code
 * { "nodes": 100, "field": {"width": 100, "height": 100}, "base_station": {"x": 50, "y": 175},
 *   "node_file": "nodes.csv",
 *   "energy": {"initial": 0.5, "advanced_fraction": 0.2, "advanced_extra": 1.0},
 *   "radio": {"e_elec": 5e-8, "e_fs": 1e-11, "e_mp": 1.3e-15, "e_da": 5e-9},
 *   "packets": {"data_bits": 4000, "control_bits": 200},
 *   "rounds": {"frames_per_round": 1, "max_rounds": 50000},
 *   "leach": {"p": 0.05}, "heed": {"c_prob": 0.05, "p_min": 1e-4, "cluster_radius": 25},
 *   "gtrl": {"p": 0.05, "alpha": 0.1, "gamma": 0.9, "epsilon_start": 1, "epsilon_end": 0.05,
 *            "epsilon_decay": 0.99, "energy_exponent": 2, "balance_weight": 1,
 *            "neighbour_radius": 0, "relay_aggregates": true } }
 * }</pre>
 *
 * <p>A relative {@code node_file} is resolved against the JSON file's folder.
 */
public final class WsnConfigReader {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Map<String, Set<String>> SECTIONS =
      Map.of(
          "field", Set.of("width", "height"),
          "base_station", Set.of("x", "y"),
          "energy", Set.of("initial", "advanced_fraction", "advanced_extra"),
          "radio", Set.of("e_elec", "e_fs", "e_mp", "e_da"),
          "packets", Set.of("data_bits", "control_bits"),
          "rounds", Set.of("frames_per_round", "max_rounds"),
          "leach", Set.of("p"),
          "heed", Set.of("c_prob", "p_min", "cluster_radius"),
          "gtrl",
              Set.of(
                  "p", "alpha", "gamma", "epsilon_start", "epsilon_end", "epsilon_decay",
                  "energy_exponent", "balance_weight", "neighbour_radius", "relay_aggregates"));

  private WsnConfigReader() {}

  /** Reads and validates a JSON configuration file. */
  public static WsnConfig read(Path file) throws IOException {
    return parse(Files.readString(file), file.getFileName().toString(), file.toAbsolutePath().getParent());
  }

  /**
   * Parses and validates JSON text.
   *
   * @param json the JSON text
   * @param source the name used in error messages
   * @param baseDir folder that a relative {@code node_file} is resolved against (may be null)
   */
  public static WsnConfig parse(String json, String source, Path baseDir) throws IOException {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new WsnConfigException(
          List.of(new WsnConfigException.Problem(source, line, "(json)", e.getOriginalMessage())));
    }
    Map<String, Integer> lines = fieldLines(json);
    Reader r = new Reader(source, lines);
    if (root == null || !root.isObject()) {
      r.fail("(root)", "must be a JSON object");
      throw new WsnConfigException(r.problems);
    }
    WsnConfig.Builder b = WsnConfig.builder();
    WsnConfig d = WsnConfig.defaults();
    Iterator<String> names = root.fieldNames();
    while (names.hasNext()) {
      String k = names.next();
      if (!k.equals("nodes") && !k.equals("node_file") && !SECTIONS.containsKey(k)) {
        r.fail(k, "unknown field (known: nodes, node_file, " + String.join(", ", SECTIONS.keySet()) + ")");
      } else if (SECTIONS.containsKey(k)) {
        r.section(root, k);
      }
    }
    int nodes = r.integer(root, "nodes", d.nodes());
    b.nodes(nodes);
    b.field(r.number(root, "field.width", d.fieldWidth()), r.number(root, "field.height", d.fieldHeight()));
    b.baseStation(r.number(root, "base_station.x", d.bsX()), r.number(root, "base_station.y", d.bsY()));
    b.initialEnergy(r.number(root, "energy.initial", d.initialEnergy()));
    b.heterogeneity(
        r.number(root, "energy.advanced_fraction", d.advancedFraction()),
        r.number(root, "energy.advanced_extra", d.advancedExtra()));
    RadioModel dr = d.radio();
    b.radio(
        new RadioModel(
            r.number(root, "radio.e_elec", dr.eElec()),
            r.number(root, "radio.e_fs", dr.eFs()),
            r.number(root, "radio.e_mp", dr.eMp()),
            r.number(root, "radio.e_da", dr.eDa())));
    b.packets(
        r.integer(root, "packets.data_bits", d.dataBits()),
        r.integer(root, "packets.control_bits", d.controlBits()));
    b.framesPerRound(r.integer(root, "rounds.frames_per_round", d.framesPerRound()));
    b.maxRounds(r.integer(root, "rounds.max_rounds", d.maxRounds()));
    b.leach(new WsnConfig.Leach(r.number(root, "leach.p", d.leach().p())));
    b.heed(
        new WsnConfig.Heed(
            r.number(root, "heed.c_prob", d.heed().cProb()),
            r.number(root, "heed.p_min", d.heed().pMin()),
            r.number(root, "heed.cluster_radius", d.heed().clusterRadius())));
    WsnConfig.Gtrl g = d.gtrl();
    b.gtrl(
        new WsnConfig.Gtrl(
            r.number(root, "gtrl.p", g.p()),
            r.number(root, "gtrl.alpha", g.alpha()),
            r.number(root, "gtrl.gamma", g.gamma()),
            r.number(root, "gtrl.epsilon_start", g.epsilonStart()),
            r.number(root, "gtrl.epsilon_end", g.epsilonEnd()),
            r.number(root, "gtrl.epsilon_decay", g.epsilonDecay()),
            r.number(root, "gtrl.energy_exponent", g.energyExponent()),
            r.number(root, "gtrl.balance_weight", g.balanceWeight()),
            r.number(root, "gtrl.neighbour_radius", g.neighbourRadius()),
            r.bool(root, "gtrl.relay_aggregates", g.relayAggregates())));
    JsonNode nodeFile = root.get("node_file");
    if (nodeFile != null && !nodeFile.isNull()) {
      if (!nodeFile.isTextual()) {
        r.fail("node_file", "must be a string (a path), got " + nodeFile);
      } else {
        Path p = Path.of(nodeFile.asText());
        if (!p.isAbsolute() && baseDir != null) {
          p = baseDir.resolve(p);
        }
        NodeLayout layout = NodeFileReader.read(p);
        if (root.has("nodes") && nodes != layout.size()) {
          r.fail("nodes", "is " + nodes + " but node_file " + p.getFileName() + " has " + layout.size() + " nodes");
        }
        b.layout(layout);
      }
    }
    if (!r.problems.isEmpty()) {
      throw new WsnConfigException(r.problems);
    }
    try {
      return b.build();
    } catch (WsnConfigException e) {
      List<WsnConfigException.Problem> located = new ArrayList<>();
      for (WsnConfigException.Problem p : e.problems()) {
        located.add(new WsnConfigException.Problem(source, lines.getOrDefault(p.field(), 0), p.field(), p.message()));
      }
      throw new WsnConfigException(located);
    }
  }

  /** Maps each dotted field path to the line of its key in the JSON text. */
  private static Map<String, Integer> fieldLines(String json) throws IOException {
    Map<String, Integer> lines = new HashMap<>();
    try (JsonParser p = new JsonFactory().createParser(json)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == JsonToken.FIELD_NAME) {
          String pointer = p.getParsingContext().pathAsPointer().toString();
          String dotted = pointer.substring(1).replace('/', '.');
          lines.putIfAbsent(dotted, p.currentTokenLocation().getLineNr());
        }
      }
    }
    return lines;
  }

  /** Typed access to dotted fields with problem collection. */
  private static final class Reader {
    private final String source;
    private final Map<String, Integer> lines;
    private final List<WsnConfigException.Problem> problems = new ArrayList<>();

    Reader(String source, Map<String, Integer> lines) {
      this.source = source;
      this.lines = lines;
    }

    void fail(String field, String message) {
      problems.add(new WsnConfigException.Problem(source, lines.getOrDefault(field, 0), field, message));
    }

    void section(JsonNode root, String name) {
      JsonNode s = root.get(name);
      if (!s.isObject()) {
        fail(name, "must be an object, got " + s);
        return;
      }
      Iterator<String> it = s.fieldNames();
      while (it.hasNext()) {
        String k = it.next();
        if (!SECTIONS.get(name).contains(k)) {
          fail(name + "." + k, "unknown field (known: " + String.join(", ", SECTIONS.get(name)) + ")");
        }
      }
    }

    private JsonNode find(JsonNode root, String dotted) {
      JsonNode n = root;
      for (String part : dotted.split("\\.")) {
        if (n == null || !n.isObject()) {
          return null;
        }
        n = n.get(part);
      }
      return n;
    }

    double number(JsonNode root, String dotted, double fallback) {
      JsonNode n = find(root, dotted);
      if (n == null) {
        return fallback;
      }
      if (!n.isNumber()) {
        fail(dotted, "must be a number, got " + n);
        return fallback;
      }
      return n.doubleValue();
    }

    int integer(JsonNode root, String dotted, int fallback) {
      JsonNode n = find(root, dotted);
      if (n == null) {
        return fallback;
      }
      if (!n.isIntegralNumber() || !n.canConvertToInt()) {
        fail(dotted, "must be an integer, got " + n);
        return fallback;
      }
      return n.intValue();
    }

    boolean bool(JsonNode root, String dotted, boolean fallback) {
      JsonNode n = find(root, dotted);
      if (n == null) {
        return fallback;
      }
      if (!n.isBoolean()) {
        fail(dotted, "must be true or false, got " + n);
        return fallback;
      }
      return n.booleanValue();
    }
  }
}
