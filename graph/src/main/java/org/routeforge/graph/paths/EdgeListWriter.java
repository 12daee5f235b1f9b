package org.routeforge.graph.paths;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Writes an {@link EdgeList} as a SNAP-style edge list ({@code #} header lines, then one
 * {@code u<TAB>v} line per edge), gzip-compressed at the fastest level when the name ends in
 * {@code .gz}. Digits are formatted into a byte buffer directly (no per-line strings).
 */
public final class EdgeListWriter {
  private EdgeListWriter() {}

  /** Writes {@code edges} to {@code file} with the given comment lines (without {@code #}). */
  public static void write(Path file, EdgeList edges, String... comments) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    OutputStream raw = Files.newOutputStream(file);
    if (file.getFileName().toString().endsWith(".gz")) {
      raw =
          new GZIPOutputStream(raw, 1 << 16) {
            {
              def.setLevel(Deflater.BEST_SPEED);
            }
          };
    }
    try (OutputStream out = new BufferedOutputStream(raw, 1 << 16)) {
      StringBuilder head = new StringBuilder();
      for (String c : comments) {
        head.append("# ").append(c).append('\n');
      }
      head.append("# Nodes: ").append(edges.n()).append(" Edges: ").append(edges.m()).append('\n');
      out.write(head.toString().getBytes(StandardCharsets.UTF_8));
      byte[] buf = new byte[1 << 16];
      int pos = 0;
      int[] src = edges.src();
      int[] dst = edges.dst();
      for (int i = 0; i < edges.m(); i++) {
        if (pos > buf.length - 32) {
          out.write(buf, 0, pos);
          pos = 0;
        }
        pos = digits(src[i], buf, pos);
        buf[pos++] = '\t';
        pos = digits(dst[i], buf, pos);
        buf[pos++] = '\n';
      }
      out.write(buf, 0, pos);
    }
  }

  private static int digits(int v, byte[] buf, int pos) {
    if (v == 0) {
      buf[pos] = '0';
      return pos + 1;
    }
    int len = 0;
    for (int x = v; x > 0; x /= 10) {
      len++;
    }
    int end = pos + len;
    for (int i = end - 1; v > 0; i--) {
      buf[i] = (byte) ('0' + v % 10);
      v /= 10;
    }
    return end;
  }
}
