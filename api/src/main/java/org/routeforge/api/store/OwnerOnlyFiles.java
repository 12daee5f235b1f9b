package org.routeforge.api.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Keeps the data directory private to the account that runs the service: the directory is 0700 and
 * the files in it 0600, whatever the process umask is. The database holds key hashes and every
 * tenant's jobs, so no other local user may read it.
 *
 * <p>On file systems without POSIX permissions (Windows) this does nothing; the directory's ACLs
 * apply there.
 */
final class OwnerOnlyFiles {
  static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
  static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

  private OwnerOnlyFiles() {}

  private static boolean posix() {
    return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
  }

  /** Creates the directory (and missing parents) or, when it exists, takes group and other access away. */
  static void directory(Path dir) throws IOException {
    if (!posix()) {
      Files.createDirectories(dir);
      return;
    }
    if (!Files.isDirectory(dir)) {
      Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(DIRECTORY));
    }
    // createDirectories applies the umask, and an existing directory may be older than this rule.
    Files.setPosixFilePermissions(dir, DIRECTORY);
  }

  /** Creates an empty file readable and writable by the owner only, unless it exists. */
  static void createFile(Path file) throws IOException {
    if (Files.exists(file)) {
      return;
    }
    if (posix()) {
      Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE));
      Files.setPosixFilePermissions(file, FILE);
    } else {
      Files.createFile(file);
    }
  }

  /** Sets 0600 on every regular file in {@code dir} whose name starts with {@code prefix}. */
  static void restrictFiles(Path dir, String prefix) throws IOException {
    if (!posix()) {
      return;
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, prefix + "*")) {
      for (Path f : files) {
        try {
          if (Files.isRegularFile(f) && !Files.getPosixFilePermissions(f).equals(FILE)) {
            Files.setPosixFilePermissions(f, FILE);
          }
        } catch (NoSuchFileException e) {
          // a temporary file H2 deleted meanwhile
        }
      }
    }
  }
}
