package org.routeforge.graph.roads;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.routeforge.data.catalog.DataDir;

/**
 * Where things live on disk: the shared data directory (read-only) and the GraphHopper graph cache
 * folders (one per OSM file content and import configuration), so a road network is imported and
 * contracted once and loaded on every later start.
 *
 * <p>The data directory is {@link DataDir#resolve()}'s. The cache root comes from the system
 * property {@code routeforge.graphs}, else {@code ROUTEFORGE_GRAPHS}, else
 * {@code ~/.routeforge/graphs}; a cache folder is never allowed inside the data directory.
 */
public final class GraphFolders {
  private GraphFolders() {}

  /** The shared data directory, as module data resolves it (may not exist; callers check). */
  public static Path dataDir() {
    return DataDir.resolve().toAbsolutePath().normalize();
  }

  /** The root under which graph cache folders are created. */
  public static Path cacheRoot() {
    String p = System.getProperty("routeforge.graphs");
    if (p == null || p.isBlank()) {
      p = System.getenv("ROUTEFORGE_GRAPHS");
    }
    if (p == null || p.isBlank()) {
      return Path.of(System.getProperty("user.home"), ".routeforge", "graphs");
    }
    return Path.of(p).toAbsolutePath().normalize();
  }

  /**
   * The cache folder for an OSM file: {@code <root>/<osm-name>-<hash>}, where the hash covers the file
   * content and {@link RoadNetwork#CONFIG_VERSION}, so a changed map or import configuration never
   * reuses a stale graph.
   *
   * @param osm the OSM extract
   * @param root the cache root, or {@code null} for {@link #cacheRoot()}
   * @throws IllegalArgumentException if the folder would lie inside the shared data directory
   */
  public static Path cacheFolder(Path osm, Path root) throws IOException {
    Path base = root == null ? cacheRoot() : root.toAbsolutePath().normalize();
    String name = osm.getFileName().toString().replaceFirst("\\.osm(\\.pbf|\\.gz|\\.bz2)?$", "");
    Path folder = base.resolve(name + "-" + contentHash(osm));
    requireOutsideData(folder);
    return folder;
  }

  /** Refuses a folder inside the shared data directory, which is read-only by rule. */
  public static void requireOutsideData(Path folder) {
    Path abs = folder.toAbsolutePath().normalize();
    if (abs.startsWith(dataDir())) {
      throw new IllegalArgumentException("graph folder " + abs + " lies inside the shared data directory "
          + dataDir() + ", which is read-only; choose another --graph-dir");
    }
  }

  private static String contentHash(Path file) throws IOException {
    MessageDigest md;
    try {
      md = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
    md.update(RoadNetwork.CONFIG_VERSION.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    byte[] buf = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(file)) {
      int r;
      while ((r = in.read(buf)) > 0) {
        md.update(buf, 0, r);
      }
    }
    return HexFormat.of().formatHex(md.digest(), 0, 6);
  }
}
