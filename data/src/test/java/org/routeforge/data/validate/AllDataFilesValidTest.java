package org.routeforge.data.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
 * Li &amp; Lim, Cordeau, ORTEC, OSRM) reads and validates without a single problem. Skips, naming the
 * folder, when the data is absent; never depends on how many files there are.
 */
class AllDataFilesValidTest {
  /** Instance files: {@code .vrp}, {@code .txt} (optionally gzipped) and extensionless Cordeau files. */
  static List<Path> instanceFiles() throws IOException {
    Path vrp = DataDir.resolve().resolve("vrp");
    assumeTrue(Files.isDirectory(vrp), "shared data folder " + vrp + " is absent");
    try (Stream<Path> s = Files.walk(vrp)) {
      List<Path> out = new ArrayList<>();
      s.filter(Files::isRegularFile).sorted().forEach(p -> {
        String n = p.getFileName().toString();
        boolean ext = n.endsWith(".vrp") || n.endsWith(".vrp.gz") || n.endsWith(".txt") || n.endsWith(".txt.gz")
            || !n.contains(".") && p.getParent().getFileName().toString().equals("cordeau");
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
    assertTrue(!files.isEmpty(), "no instance file under the data directory");
    assertEquals(0, all.size(), sb.toString());
  }
}
