package org.routeforge.data.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import org.routeforge.data.model.Instance;

/**
 * The one entry point for reading an instance file of any supported format; the format is detected
 * from the file name and, where that is ambiguous, from the content:
 * <ul>
 *   <li>VRPLIB {@code .vrp} / {@code .vrp.gz}, and VRPLIB-style {@code .txt}/{@code .txt.gz} files with a
 *       {@code DIMENSION} line (the ORTEC EURO-NeurIPS set);
 *   <li>Solomon / Gehring–Homberger {@code .txt};
 *   <li>JSON ({@code .json}/{@code .json.gz}): RouteForge JSON or VROOM input JSON.
 * </ul>
 */
public final class InstanceFiles {
  /** The instance file formats RouteForge reads and writes. */
  public enum Format {
    /** VRPLIB/CVRPLIB text ({@code .vrp}). */
    VRPLIB,
    /** Solomon VRPTW text ({@code .txt}). */
    SOLOMON,
    /** RouteForge JSON (see data/README.md). */
    JSON,
    /** VROOM input JSON. */
    VROOM
  }

  private InstanceFiles() {}

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
      default:
        throw new InputException(InputException.Problem.atLine(file.toString(), 0, "format",
            "JSON instances are not readable yet"));
    }
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
      return head.contains("\"jobs\"") || head.contains("\"shipments\"") ? Format.VROOM : Format.JSON;
    }
    if (head.lines().anyMatch(l -> l.strip().toUpperCase(Locale.ROOT).startsWith("DIMENSION"))) {
      return Format.VRPLIB;
    }
    if (SolomonReader.looksLike(head)) {
      return Format.SOLOMON;
    }
    throw new InputException(InputException.Problem.atLine(file.toString(), 0, "format",
        "unrecognised instance format (expected VRPLIB .vrp, Solomon .txt, RouteForge or VROOM .json)"));
  }
}
