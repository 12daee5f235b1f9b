package org.routeforge.graph.paths;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import org.routeforge.data.io.InputException;
import org.routeforge.data.io.InputException.Problem;

/**
 * Reads graphs from text files into a {@link CsrGraph}: SNAP-style edge lists (two vertex ids a
 * line, {@code #} or {@code %} comment lines, further columns ignored) and 9th DIMACS Challenge
 * {@code .gr} files ({@code c} comments, {@code p sp n m}, {@code a u v w}), plain or gzip-compressed
 * ({@code .gz}). Self-loops and duplicate edges are dropped and counted.
 *
 * <p>SNAP ids may be sparse: vertices are the distinct ids that occur, numbered densely in id order.
 * With {@code symmetrize} every line is an undirected edge; without it the lines are arcs and the
 * file must list both directions of every edge (an error names the first arc without its reverse).
 * DIMACS arcs are always read as undirected edges keeping the smallest weight of a pair.
 *
 * <p>The parser works on bytes (no per-line strings) so that 10^7 edges load in seconds.
 */
public final class EdgeListReader {

  /** File formats this reader understands. */
  public enum Format {
    /** SNAP edge list. */
    SNAP,
    /** DIMACS shortest-path challenge {@code .gr}, weighted. */
    DIMACS
  }

  /**
   * What loading a file did and cost.
   *
   * @param source file name
   * @param format detected format
   * @param lines lines read (comments included)
   * @param pairs edge lines read
   * @param selfLoops edge lines dropped as self-loops
   * @param duplicates edge lines dropped as repeats of an earlier unordered pair (with
   *     symmetrization; a file listing both directions of every edge therefore counts each edge
   *     once here) or of an earlier arc (without)
   * @param nodes vertices
   * @param edges undirected edges kept
   * @param seconds wall time of reading and building
   * @param csrBytes bytes of the CSR arrays
   */
  public record LoadStats(
      String source,
      Format format,
      long lines,
      long pairs,
      long selfLoops,
      long duplicates,
      int nodes,
      long edges,
      double seconds,
      long csrBytes) {

    /** Load seconds per million kept edges. */
    public double secondsPerMillionEdges() {
      return edges == 0 ? 0 : seconds / (edges / 1e6);
    }

    /** CSR bytes per million kept edges. */
    public double bytesPerMillionEdges() {
      return edges == 0 ? 0 : csrBytes / (edges / 1e6);
    }
  }

  /** A loaded graph with its statistics. */
  public record Loaded(CsrGraph graph, LoadStats stats) {}

  private EdgeListReader() {}

  /**
   * Reads a graph file, choosing the format by name ({@code .gr} or {@code .gr.gz}: DIMACS,
   * anything else: SNAP).
   *
   * @param file the file
   * @param symmetrize for SNAP files: treat every line as an undirected edge
   * @throws InputException naming file, line and field for malformed content or a missing file
   */
  public static Loaded read(Path file, boolean symmetrize) throws InputException, IOException {
    String name = file.getFileName().toString();
    Format format = name.endsWith(".gr") || name.endsWith(".gr.gz") ? Format.DIMACS : Format.SNAP;
    long start = System.nanoTime();
    try (InputStream in = open(file)) {
      Loaded partial =
          format == Format.DIMACS
              ? readDimacs(name, in, start)
              : readSnap(name, in, symmetrize, start);
      return partial;
    } catch (NoSuchFileException e) {
      throw new InputException(Problem.atLine(file.toString(), 0, "file", "no such file"));
    }
  }

  private static InputStream open(Path file) throws IOException {
    InputStream raw = Files.newInputStream(file);
    if (file.getFileName().toString().endsWith(".gz")) {
      return new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16);
    }
    return new BufferedInputStream(raw, 1 << 16);
  }

  private static Loaded readSnap(String name, InputStream in, boolean symmetrize, long start)
      throws IOException, InputException {
    Scanner sc = new Scanner(in, name);
    int[] src = new int[1 << 16];
    int[] dst = new int[1 << 16];
    int m = 0;
    int maxId = -1;
    while (sc.nextLine()) {
      int c = sc.skipBlanks();
      if (c == '\n' || c == -1 || c == '#' || c == '%') {
        sc.skipRestOfLine();
        continue;
      }
      int u = sc.readId("source vertex id");
      int v = sc.readId("target vertex id");
      sc.skipRestOfLine();
      if (m == src.length) {
        if (m == Integer.MAX_VALUE - 8) {
          throw new InputException(
              Problem.atLine(name, sc.line, "edges", "more than 2^31 edge lines are not supported"));
        }
        int cap = (int) Math.min(Integer.MAX_VALUE - 8, 2L * m);
        src = Arrays.copyOf(src, cap);
        dst = Arrays.copyOf(dst, cap);
      }
      src[m] = u;
      dst[m] = v;
      m++;
      maxId = Math.max(maxId, Math.max(u, v));
    }
    // Dense numbering in id order.
    int[] ids;
    int n;
    if (maxId < 0) {
      ids = new int[0];
      n = 0;
    } else if ((long) maxId <= 4L * m + 1024) {
      int[] map = new int[maxId + 1];
      for (int i = 0; i < m; i++) {
        map[src[i]] = 1;
        map[dst[i]] = 1;
      }
      n = 0;
      for (int id = 0; id <= maxId; id++) {
        map[id] = map[id] == 1 ? n++ : -1;
      }
      ids = new int[n];
      for (int id = 0; id <= maxId; id++) {
        if (map[id] >= 0) {
          ids[map[id]] = id;
        }
      }
      for (int i = 0; i < m; i++) {
        src[i] = map[src[i]];
        dst[i] = map[dst[i]];
      }
    } else {
      int[] all = new int[2 * m];
      System.arraycopy(src, 0, all, 0, m);
      System.arraycopy(dst, 0, all, m, m);
      Arrays.sort(all);
      n = 0;
      for (int i = 0; i < all.length; i++) {
        if (i == 0 || all[i] != all[i - 1]) {
          all[n++] = all[i];
        }
      }
      ids = Arrays.copyOf(all, n);
      for (int i = 0; i < m; i++) {
        src[i] = Arrays.binarySearch(ids, src[i]);
        dst[i] = Arrays.binarySearch(ids, dst[i]);
      }
    }
    int idBase = 0;
    boolean contiguous = true;
    for (int i = 0; i < n && contiguous; i++) {
      contiguous = ids[i] == ids[0] + i;
    }
    if (contiguous) {
      idBase = n == 0 ? 0 : ids[0];
      ids = null;
    }
    CsrBuilder.Built built;
    try {
      built = CsrBuilder.build(n, src, dst, m, symmetrize, ids, idBase);
    } catch (IllegalArgumentException e) {
      throw new InputException(Problem.atLine(name, 0, "edges", e.getMessage()));
    }
    return finish(name, Format.SNAP, sc.line, m, built, start);
  }

  private static Loaded readDimacs(String name, InputStream in, long start)
      throws IOException, InputException {
    Scanner sc = new Scanner(in, name);
    int n = -1;
    long declared = 0;
    int[] src = null;
    int[] dst = null;
    int[] w = null;
    int m = 0;
    while (sc.nextLine()) {
      int c = sc.skipBlanks();
      if (c == '\n' || c == -1 || c == 'c') {
        sc.skipRestOfLine();
        continue;
      }
      if (c == 'p') {
        if (n >= 0) {
          throw new InputException(
              Problem.atLine(name, sc.line, "p", "a second problem line; only one is allowed"));
        }
        sc.read();
        sc.skipBlanks();
        sc.skipWord();
        n = sc.readId("node count");
        declared = sc.readId("arc count");
        sc.skipRestOfLine();
        int cap = (int) Math.min(Integer.MAX_VALUE - 8, Math.max(16, declared));
        src = new int[cap];
        dst = new int[cap];
        w = new int[cap];
        continue;
      }
      if (c != 'a') {
        throw new InputException(
            Problem.atLine(
                name, sc.line, "line type", "expected 'c', 'p' or 'a', found '" + (char) c + "'"));
      }
      if (n < 0) {
        throw new InputException(
            Problem.atLine(name, sc.line, "a", "arc line before the 'p sp n m' problem line"));
      }
      sc.read();
      int u = sc.readId("arc tail");
      int v = sc.readId("arc head");
      int wt = sc.readId("arc weight");
      sc.skipRestOfLine();
      if (u < 1 || u > n || v < 1 || v > n) {
        throw new InputException(
            Problem.atLine(
                name,
                sc.line,
                "a",
                "vertex id " + (u < 1 || u > n ? u : v) + " outside 1.." + n + " declared by 'p'"));
      }
      if (m == src.length) {
        int cap = (int) Math.min(Integer.MAX_VALUE - 8, 2L * m);
        src = Arrays.copyOf(src, cap);
        dst = Arrays.copyOf(dst, cap);
        w = Arrays.copyOf(w, cap);
      }
      src[m] = u - 1;
      dst[m] = v - 1;
      w[m] = wt;
      m++;
    }
    if (n < 0) {
      throw new InputException(Problem.atLine(name, sc.line, "p", "no 'p sp n m' problem line"));
    }
    CsrBuilder.Built built = CsrBuilder.buildWeighted(n, src, dst, w, m, null, 1);
    return finish(name, Format.DIMACS, sc.line, m, built, start);
  }

  private static Loaded finish(
      String name, Format format, long lines, long pairs, CsrBuilder.Built built, long start) {
    CsrGraph g = built.graph();
    double sec = (System.nanoTime() - start) / 1e9;
    LoadStats st =
        new LoadStats(
            name,
            format,
            lines,
            pairs,
            built.dropped().selfLoops(),
            built.dropped().duplicates(),
            g.nodeCount(),
            g.edgeCount(),
            sec,
            g.bytes());
    return new Loaded(g, st);
  }

  /** A byte-level line scanner that tracks line numbers for error messages. */
  private static final class Scanner {
    private final InputStream in;
    private final String name;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int len;
    private int peeked = -2;
    int line;

    Scanner(InputStream in, String name) {
      this.in = in;
      this.name = name;
    }

    int read() throws IOException {
      if (peeked != -2) {
        int c = peeked;
        peeked = -2;
        return c;
      }
      if (pos == len) {
        len = in.read(buf, 0, buf.length);
        pos = 0;
        if (len <= 0) {
          len = 0;
          return -1;
        }
      }
      return buf[pos++] & 0xff;
    }

    int peek() throws IOException {
      if (peeked == -2) {
        peeked = read();
      }
      return peeked;
    }

    /** Advances to the next line; false at end of input. */
    boolean nextLine() throws IOException {
      if (peek() == -1) {
        return false;
      }
      line++;
      return true;
    }

    /** Skips spaces and tabs (and a carriage return), returning the next byte without consuming. */
    int skipBlanks() throws IOException {
      int c = peek();
      while (c == ' ' || c == '\t' || c == '\r') {
        read();
        c = peek();
      }
      return c;
    }

    void skipWord() throws IOException {
      int c = peek();
      while (c != -1 && c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        read();
        c = peek();
      }
    }

    void skipRestOfLine() throws IOException {
      int c = read();
      while (c != '\n' && c != -1) {
        c = read();
      }
    }

    int readId(String field) throws IOException, InputException {
      int c = skipBlanks();
      if (c < '0' || c > '9') {
        String found = c == '\n' || c == -1 ? "end of line" : "'" + (char) c + "'";
        throw new InputException(
            Problem.atLine(
                name, line, field, "expected a non-negative integer, found " + found));
      }
      long v = 0;
      while (c >= '0' && c <= '9') {
        read();
        v = v * 10 + (c - '0');
        if (v > Integer.MAX_VALUE) {
          throw new InputException(
              Problem.atLine(name, line, field, "value exceeds " + Integer.MAX_VALUE));
        }
        c = peek();
      }
      if (c != -1 && c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != ',') {
        throw new InputException(
            Problem.atLine(
                name, line, field, "expected a non-negative integer, found '" + (char) c + "'"));
      }
      if (c == ',') {
        read();
      }
      return (int) v;
    }
  }
}
