package org.routeforge.wsn.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads node positions from a text file: one node per line, {@code x,y} or {@code x,y,energy}
 * (commas or whitespace), metres and joules; blank lines and lines starting with {@code #} are
 * skipped. All lines must have the same number of columns. Errors name the file, line and column.
 */
public final class NodeFileReader {
  private NodeFileReader() {}

  /** Reads a node file. */
  public static NodeLayout read(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new WsnConfigException(
          List.of(new WsnConfigException.Problem(file.toString(), 0, "node_file", "no such file")));
    }
    return parse(Files.readAllLines(file), file.getFileName().toString());
  }

  /** Parses node-file lines; {@code source} names the file in errors. */
  public static NodeLayout parse(List<String> lines, String source) {
    List<WsnConfigException.Problem> problems = new ArrayList<>();
    double[] x = new double[lines.size()];
    double[] y = new double[lines.size()];
    double[] e = new double[lines.size()];
    int n = 0;
    int columns = -1;
    String[] names = {"x", "y", "energy"};
    for (int ln = 0; ln < lines.size(); ln++) {
      String line = lines.get(ln).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split("[,;\\s]+");
      if (parts.length < 2 || parts.length > 3) {
        problems.add(new WsnConfigException.Problem(source, ln + 1, "node", "expected x,y or x,y,energy, got '" + line + "'"));
        continue;
      }
      if (columns < 0) {
        columns = parts.length;
      } else if (parts.length != columns) {
        problems.add(new WsnConfigException.Problem(source, ln + 1, "node", "has " + parts.length + " columns, earlier lines have " + columns));
        continue;
      }
      double[] v = new double[parts.length];
      for (int c = 0; c < parts.length; c++) {
        try {
          v[c] = Double.parseDouble(parts[c]);
          if (!Double.isFinite(v[c]) || (c == 2 && v[c] <= 0)) {
            problems.add(new WsnConfigException.Problem(source, ln + 1, names[c], c == 2 ? "must be > 0, got " + parts[c] : "must be finite, got " + parts[c]));
          }
        } catch (NumberFormatException ex) {
          problems.add(new WsnConfigException.Problem(source, ln + 1, names[c], "not a number: '" + parts[c] + "'"));
        }
      }
      x[n] = v[0];
      y[n] = v[1];
      e[n] = parts.length == 3 ? v[2] : 0;
      n++;
    }
    if (n == 0 && problems.isEmpty()) {
      problems.add(new WsnConfigException.Problem(source, 0, "node_file", "contains no nodes"));
    }
    if (!problems.isEmpty()) {
      throw new WsnConfigException(problems);
    }
    return new NodeLayout(
        java.util.Arrays.copyOf(x, n), java.util.Arrays.copyOf(y, n), columns == 3 ? java.util.Arrays.copyOf(e, n) : null);
  }
}
