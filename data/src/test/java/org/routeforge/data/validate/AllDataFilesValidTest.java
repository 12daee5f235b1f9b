package org.routeforge.data.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.routeforge.data.catalog.DataDir;
import org.routeforge.data.io.InputException.Problem;

/**
 * Every instance file under the shared data directory's {@code vrp/} (X, Solomon, Gehring–Homberger,
 * ORTEC, OSRM) reads and validates without a single problem, and the count is what the data README
 * promises.
 */
class AllDataFilesValidTest {
  /** 100 X + 56 Solomon + 60 Gehring–Homberger + 15 ORTEC + 24 OSRM. */
  static final int EXPECTED = 255;

  static List<Path> instanceFiles() throws IOException {
    try (Stream<Path> s = Files.walk(DataDir.resolve().resolve("vrp"))) {
      List<Path> out = new ArrayList<>();
      s.filter(Files::isRegularFile).sorted().forEach(p -> {
        String n = p.getFileName().toString();
        boolean ext = n.endsWith(".vrp") || n.endsWith(".vrp.gz") || n.endsWith(".txt") || n.endsWith(".txt.gz");
        if (ext && !n.startsWith("LICENSE")) {
          out.add(p);
        }
      });
      return out;
    }
  }

  @Test
  void everyInstanceFileIsValid() throws IOException {
    List<Path> files = instanceFiles();
    List<Problem> all = new ArrayList<>();
    for (Path f : files) {
      all.addAll(InstanceValidator.validateFile(f));
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < Math.min(20, all.size()); i++) {
      sb.append(all.get(i)).append('\n');
    }
    assertEquals(0, all.size(), sb.toString());
    assertEquals(EXPECTED, files.size());
  }
}
