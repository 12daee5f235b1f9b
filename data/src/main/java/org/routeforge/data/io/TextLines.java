package org.routeforge.data.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Reads a text file (plain or gzip-compressed, detected from its magic bytes) into lines, accepting
 * LF, CRLF and CR line ends. Readers keep the lines to report problems by line number.
 */
public final class TextLines {
  private TextLines() {}

  /** The file's bytes, decompressed when the file is gzip-compressed. */
  public static byte[] bytes(Path file) throws IOException {
    byte[] raw = Files.readAllBytes(file);
    if (raw.length >= 2 && (raw[0] & 0xff) == 0x1f && (raw[1] & 0xff) == 0x8b) {
      try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(raw))) {
        return in.readAllBytes();
      }
    }
    return raw;
  }

  /** The file's text as UTF-8. */
  public static String text(Path file) throws IOException {
    return new String(bytes(file), StandardCharsets.UTF_8);
  }

  /** Splits text into lines; index 0 is line 1. */
  public static List<String> split(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        lines.add(text.substring(start, i));
        if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    if (start < n) {
      lines.add(text.substring(start));
    }
    return lines;
  }

  /** Splits a line into whitespace-separated tokens (no regular expressions: matrices are large). */
  public static String[] tokens(String line) {
    int n = line.length();
    int count = 0;
    boolean in = false;
    for (int i = 0; i < n; i++) {
      boolean ws = Character.isWhitespace(line.charAt(i));
      if (!ws && !in) {
        count++;
      }
      in = !ws;
    }
    String[] out = new String[count];
    int k = 0;
    int start = -1;
    for (int i = 0; i <= n; i++) {
      boolean ws = i == n || Character.isWhitespace(line.charAt(i));
      if (!ws && start < 0) {
        start = i;
      } else if (ws && start >= 0) {
        out[k++] = line.substring(start, i);
        start = -1;
      }
    }
    return out;
  }
}
