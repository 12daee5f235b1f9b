package org.routeforge.data.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.routeforge.data.catalog.DataDir;
import org.routeforge.data.io.InputException.Problem;

/**
 * What must hold for every file of the shared data directory's {@code vrp/}, however many there are:
 * a file in a format RouteForge reads validates without a single problem, a file in a format it does not
 * read is reported as exactly that (one {@code format} problem saying why), and VRPLIB files are always
 * recognised.
 * The count of files is never asserted: the shared data grows.
 */
class AllDataFilesValidTest {
  /**
   * Every file under {@code vrp/} that may hold an instance: everything but documentation, tables and
   * solutions. Skips the test (naming the folder) when the shared data is absent.
   */
  static List<Path> candidateFiles() throws IOException {
    Path vrp = DataDir.resolve().resolve("vrp");
    Assumptions.assumeTrue(Files.isDirectory(vrp), "shared data folder " + vrp + " is missing");
    try (Stream<Path> s = Files.walk(vrp)) {
      List<Path> out = new ArrayList<>();
      s.filter(Files::isRegularFile).sorted().forEach(p -> {
        if (mayHoldInstance(p.getFileName().toString())) {
          out.add(p);
        }
      });
      return out;
    }
  }

  static boolean mayHoldInstance(String fileName) {
    String n = fileName.toLowerCase(Locale.ROOT);
    return !(n.endsWith(".md") || n.endsWith(".csv") || n.endsWith(".sol") || n.endsWith(".res")
        || n.startsWith("license") || n.startsWith("readme") || n.endsWith(".osrm-table.json.gz"));
  }

  static boolean isVrplib(Path p) {
    String n = p.getFileName().toString();
    return n.endsWith(".vrp") || n.endsWith(".vrp.gz");
  }

  @Test
  void everyReadableFileIsValidAndTheRestIsReportedAsUnrecognised() throws IOException {
    List<Path> files = candidateFiles();
    StringBuilder failures = new StringBuilder();
    int valid = 0;
    int vrplibValid = 0;
    for (Path f : files) {
      List<Problem> problems = InstanceValidator.validateFile(f);
      boolean unrecognised = problems.size() == 1 && "format".equals(problems.get(0).field());
      if (problems.isEmpty()) {
        valid++;
        vrplibValid += isVrplib(f) ? 1 : 0;
      } else if (!unrecognised || isVrplib(f)) {
        failures.append(f).append(": ").append(problems.subList(0, Math.min(3, problems.size()))).append('\n');
      }
    }
    assertEquals("", failures.toString());
    assertTrue(valid > 0, "no file under the data folder was read and validated");
    assertTrue(vrplibValid > 0, "no VRPLIB file was exercised");
  }
}
