package org.routeforge.data.catalog;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates the shared data directory: the environment variable {@code ROUTEFORGE_DATA}, else the system
 * property {@code routeforge.data}, else {@code ../shared/data} relative to the repository root (the
 * nearest directory upwards from the working directory that holds {@code mvnw}).
 */
public final class DataDir {
  /** Environment variable naming the data directory. */
  public static final String ENV = "ROUTEFORGE_DATA";
  /** System property naming the data directory. */
  public static final String PROPERTY = "routeforge.data";

  private DataDir() {}

  /** The data directory (it may not exist; callers report that). */
  public static Path resolve() {
    String env = System.getenv(ENV);
    if (env != null && !env.isBlank()) {
      return Path.of(env);
    }
    String prop = System.getProperty(PROPERTY);
    if (prop != null && !prop.isBlank()) {
      return Path.of(prop);
    }
    Path dir = Path.of("").toAbsolutePath();
    for (Path p = dir; p != null; p = p.getParent()) {
      if (Files.isRegularFile(p.resolve("mvnw"))) {
        return p.resolve("../shared/data").normalize();
      }
    }
    return dir.resolve("../shared/data").normalize();
  }
}
