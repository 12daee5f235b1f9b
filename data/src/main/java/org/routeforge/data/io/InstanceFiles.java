package org.routeforge.data.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import com.fasterxml.jackson.databind.JsonNode;
import org.routeforge.data.io.vroom.VroomInput;
import org.routeforge.data.model.Instance;

/**
 * The one entry point for reading an instance file of any supported format; the format is detected
 * from the file name and, where that is ambiguous, from the content:
 * <ul>
 *   <li>VRPLIB {@code .vrp} / {@code .vrp.gz}, and VRPLIB-style {@code .txt}/{@code .txt.gz} files with a
 *       {@code DIMENSION} line (the ORTEC EURO-NeurIPS set);
 *   <li>Solomon / Gehring–Homberger {@code .txt};
 *   <li>Li &amp; Lim PDPTW {@code .txt} (a header of three numbers, then rows of nine), told apart from
 *       Solomon by content;
 *   <li>Cordeau multi-depot VRP (no extension, e.g. {@code p01}; a header {@code type m n t});
 *   <li>JSON ({@code .json}/{@code .json.gz}): RouteForge JSON or VROOM input JSON, told apart by their
 *       top-level fields (OSRM table responses and Loggi BUD files get an explanation instead).
 * </ul>
 */
public final class InstanceFiles {
  /** The instance file formats RouteForge reads and writes. */
  public enum Format {
    /** VRPLIB/CVRPLIB text ({@code .vrp}). */
    VRPLIB,
    /** Solomon VRPTW text ({@code .txt}). */
    SOLOMON,
    /** Li &amp; Lim PDPTW text ({@code .txt}, written by {@code --to lilim}). */
    LILIM,
    /** Cordeau multi-depot VRP text (no extension; {@code .mdvrp} when writing). */
    CORDEAU,
    /** RouteForge JSON (see data/README.md). */
    JSON,
    /** VROOM input JSON. */
    VROOM
  }

  private InstanceFiles() {}

  /** The format a file name implies for writing: {@code .vrp}, {@code .txt} (Solomon), {@code .mdvrp}
   * (Cordeau), {@code .json} (RouteForge JSON; {@code .vroom.json} for VROOM), each optionally followed
   * by {@code .gz}. Li &amp; Lim shares {@code .txt} with Solomon, so it is only written when named. */
  public static Format formatForName(Path file) {
    String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (n.endsWith(".gz")) {
      n = n.substring(0, n.length() - 3);
    }
    if (n.endsWith(".vroom.json")) {
      return Format.VROOM;
    }
    if (n.endsWith(".json")) {
      return Format.JSON;
    }
    if (n.endsWith(".txt")) {
      return Format.SOLOMON;
    }
    if (n.endsWith(".vrp")) {
      return Format.VRPLIB;
    }
    if (n.endsWith(".mdvrp")) {
      return Format.CORDEAU;
    }
    throw new IllegalArgumentException("cannot tell the format from the name " + file.getFileName()
        + " (use .vrp, .txt, .mdvrp, .json or .vroom.json, or name the format)");
  }

  /** What of {@code in} the format cannot express; empty when writing it loses nothing. */
  public static List<String> limitations(Instance in, Format format) {
    switch (format) {
      case VRPLIB:
        return VrplibWriter.limitations(in);
      case SOLOMON:
        return SolomonWriter.limitations(in);
      case LILIM:
        return LiLimWriter.limitations(in);
      case CORDEAU:
        return CordeauWriter.limitations(in);
      case VROOM:
        return VroomInput.limitations(in);
      default:
        return List.of();
    }
  }

  /**
   * What of a parsed instance the format cannot express: {@link #limitations(Instance, Format)}, and
   * its plan (warm start and locks) in every format but RouteForge JSON.
   */
  public static List<String> limitations(ParsedInstance in, Format format) {
    List<String> out = new java.util.ArrayList<>(limitations(in.instance(), format));
    if (!in.plan().isEmpty() && format != Format.JSON) {
      out.add(format.name().toLowerCase(Locale.ROOT) + " has no field for the " + in.plan().size()
          + " planned route(s) (warm start and locks); RouteForge JSON keeps them in \"plan\"");
    }
    return out;
  }

  /** Changes writing {@code in} as {@code format} makes without losing content (ids renumbered). */
  public static List<String> notes(Instance in, Format format) {
    switch (format) {
      case VRPLIB:
        return VrplibWriter.notes(in);
      case SOLOMON:
        return SolomonWriter.notes(in);
      case LILIM:
        return LiLimWriter.notes(in);
      case CORDEAU:
        return CordeauWriter.notes(in);
      case VROOM:
        return VroomInput.notes(in);
      default:
        return List.of();
    }
  }

  /** The instance as text in {@code format}. */
  public static String format(Instance in, Format format) {
    switch (format) {
      case VRPLIB:
        return VrplibWriter.format(in);
      case SOLOMON:
        return SolomonWriter.format(in);
      case LILIM:
        return LiLimWriter.format(in);
      case CORDEAU:
        return CordeauWriter.format(in);
      case VROOM:
        return VroomInput.format(in);
      default:
        return RouteForgeJson.format(in);
    }
  }

  /** Writes {@code in} in {@code format}, gzip-compressed when the name ends in {@code .gz}. */
  public static void write(Instance in, Path file, Format format) throws IOException {
    VrplibWriter.writeText(format(in, format), file);
  }

  /** Writes a parsed instance in {@code format}: with its plan in RouteForge JSON, without it otherwise. */
  public static void write(ParsedInstance in, Path file, Format format) throws IOException {
    if (format == Format.JSON) {
      RouteForgeJson.write(in.instance(), in.plan(), file);
    } else {
      write(in.instance(), file, format);
    }
  }

  /** Reads an instance, detecting its format. */
  public static Instance read(Path file) throws IOException, InputException {
    return parse(file).instance();
  }

  /** Reads an instance with the positions of its parts, for validation messages. */
  public static ParsedInstance parse(Path file) throws IOException, InputException {
    if (!Files.isRegularFile(file)) {
      throw new NoSuchFileException(file.toString(), null, "no such file");
    }
    String text = TextLines.text(file);
    switch (detect(file, text)) {
      case VRPLIB:
        return VrplibReader.parse(text, file.toString(), VrplibReader.defaultName(file));
      case SOLOMON:
        return SolomonReader.parse(text, file.toString());
      case LILIM:
        return LiLimReader.parse(text, file.toString(), VrplibReader.defaultName(file));
      case CORDEAU:
        return CordeauReader.parse(text, file.toString(), VrplibReader.defaultName(file));
      default:
        return parseJson(file, text);
    }
  }

  private static ParsedInstance parseJson(Path file, String text) throws InputException {
    JsonNode root = JsonFields.parse(text, file.toString());
    String src = file.toString();
    if (root.isObject() && (root.has("format") || root.has("vehicleTypes") || root.has("stops"))) {
      return RouteForgeJson.parse(text, src);
    }
    if (root.isObject() && (root.has("jobs") || root.has("shipments") || root.has("vehicles"))) {
      return VroomInput.parse(root, src, VrplibReader.defaultName(file));
    }
    if (root.isObject() && (root.has("durations") || root.has("distances")) && root.has("code")) {
      throw new InputException(InputException.Problem.atPointer(src, "", "format",
          "this is an OSRM table response (a travel matrix), not an instance; use it as the matrix source of an"
              + " instance (OsrmTable.applyTo)"));
    }
    if (root.isObject() && root.has("deliveries") && root.has("vehicle_capacity")) {
      throw new InputException(InputException.Problem.atPointer(src, "", "format",
          "this is a Loggi BUD instance: it has coordinates only and no travel matrix; build a road matrix"
              + " (OSRM table or the graph module) first"));
    }
    throw new InputException(InputException.Problem.atPointer(src, "", "format",
        "unrecognised JSON: expected a RouteForge instance (\"format\": \"" + RouteForgeJson.FORMAT
            + "\") or VROOM input (\"jobs\"/\"shipments\" and \"vehicles\")"));
  }

  /** Detects the format from the file name and the (decompressed) text. */
  public static Format detect(Path file, String text) throws InputException {
    String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (n.endsWith(".gz")) {
      n = n.substring(0, n.length() - 3);
    }
    String head = text.length() > 8192 ? text.substring(0, 8192) : text;
    if (n.endsWith(".vrp")) {
      return Format.VRPLIB;
    }
    if (n.endsWith(".json") || head.stripLeading().startsWith("{")) {
      // the same markers as parseJson, RouteForge's first: its instances may hold "shipments" too
      boolean routeForge = head.contains("\"format\"") || head.contains("\"vehicleTypes\"") || head.contains("\"stops\"");
      return !routeForge && (head.contains("\"jobs\"") || head.contains("\"shipments\"")) ? Format.VROOM : Format.JSON;
    }
    if (head.lines().anyMatch(l -> l.strip().toUpperCase(Locale.ROOT).startsWith("DIMENSION"))) {
      return Format.VRPLIB;
    }
    if (SolomonReader.looksLike(head)) {
      return Format.SOLOMON;
    }
    if (LiLimReader.looksLike(head)) {
      return Format.LILIM;
    }
    if (CordeauReader.looksLike(head)) {
      return Format.CORDEAU;
    }
    throw new InputException(InputException.Problem.atLine(file.toString(), 0, "format",
        "unrecognised instance format (expected VRPLIB .vrp, Solomon .txt, Li & Lim PDPTW .txt, Cordeau MDVRP,"
            + " RouteForge or VROOM .json)"));
  }
}
