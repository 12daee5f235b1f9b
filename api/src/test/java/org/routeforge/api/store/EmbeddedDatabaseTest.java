package org.routeforge.api.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.routeforge.api.ServiceConfig;

/**
 * The embedded store is private to its process: it opens no listening socket, its directory is 0700
 * and its files 0600, H2 URLs asking for a network server are refused unless allowed, and the key store lists, revokes and rotates the operator's key.
 */
class EmbeddedDatabaseTest {
  @Test
  void opensNoListeningSocket(@TempDir Path dir) throws Exception {
    assumeTrue(Files.isReadable(Path.of("/proc/net/tcp")), "needs Linux /proc/net/tcp");
    Set<Integer> before = ListeningSockets.portsOf(ProcessHandle.current().pid());
    try (Database db = Database.open(ServiceConfig.defaultsWith(dir.resolve("state"), 0))) {
      new ApiKeys(db).create("acme", true, "t");
      Set<Integer> during = ListeningSockets.portsOf(ProcessHandle.current().pid());
      during.removeAll(before);
      assertTrue(during.isEmpty(), "the embedded database listens on " + during);
    }
  }

  @Test
  void directoryAndFilesAreOwnerOnly(@TempDir Path tmp) throws Exception {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "needs POSIX permissions");
    Path dir = tmp.resolve("a/b/state");
    Path loose = Files.createDirectories(tmp.resolve("loose"));
    Files.setPosixFilePermissions(loose, PosixFilePermissions.fromString("rwxr-xr-x"));
    for (Path d : List.of(dir, loose)) {
      try (Database db = Database.open(ServiceConfig.defaultsWith(d, 0))) {
        new ApiKeys(db).create("acme", false, "t");
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(d)), d.toString());
        List<Path> files;
        try (Stream<Path> s = Files.list(d)) {
          files = s.filter(Files::isRegularFile).collect(Collectors.toList());
        }
        assertTrue(files.stream().anyMatch(f -> f.getFileName().toString().equals("routeforge.mv.db")), files.toString());
        for (Path f : files) {
          assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(f)), f.toString());
        }
      }
    }
  }

  @Test
  void h2UrlsAskingForANetworkServerAreRefusedUnlessAllowed(@TempDir Path dir) throws Exception {
    for (String url : List.of("jdbc:h2:file:" + dir.resolve("x") + ";AUTO_SERVER=TRUE",
        "jdbc:h2:file:" + dir.resolve("x") + ";auto_server = true",
        "jdbc:h2:tcp://localhost:9092/~/x", "jdbc:h2:ssl://localhost/x")) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ServiceConfig.resolve(null,
          Map.of("ROUTEFORGE_DATABASE_URL", url), Map.of("data_dir", dir.toString())), url);
      assertTrue(e.getMessage().contains("database_allow_network=true")
          && e.getMessage().contains("ROUTEFORGE_DATABASE_URL"), e.getMessage());
      ServiceConfig allowed = ServiceConfig.resolve(null, Map.of("ROUTEFORGE_DATABASE_URL", url),
          Map.of("data_dir", dir.toString(), "database_allow_network", "true"));
      assertTrue(allowed.databaseAllowNetwork());
    }
    assertThrows(IllegalArgumentException.class, () -> ServiceConfig.resolve(null, Map.of(),
        Map.of("data_dir", dir.toString(), "database_url", "jdbc:mysql://x/y")));
    ServiceConfig local = ServiceConfig.resolve(null, Map.of(),
        Map.of("data_dir", dir.toString(), "database_url", "jdbc:h2:file:" + dir.resolve("own")));
    try (Database db = Database.open(local)) {
      new ApiKeys(db).create("acme", false, null);
      assertEquals(1, new ApiKeys(db).list().size());
    }
    assertEquals("jdbc:h2:mem:x;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE", Database.h2Url("jdbc:h2:mem:x"));
    assertEquals("jdbc:h2:mem:x;write_delay=100;DB_CLOSE_ON_EXIT=FALSE", Database.h2Url("jdbc:h2:mem:x;write_delay=100"));
  }

  @Test
  void keysAreListedRevokedAndTheEnvironmentKeyRotates(@TempDir Path dir) throws Exception {
    try (Database db = Database.open(ServiceConfig.defaultsWith(dir, 0))) {
      ApiKeys keys = new ApiKeys(db);
      String first = "operator-key-number-one-0123";
      String second = "operator-key-number-two-4567";
      assertTrue(keys.ensureFromEnvironment(first));
      assertFalse(keys.ensureFromEnvironment(first), "the same key is stored once");
      ApiKeys.Created alice = keys.create("alice", false, "laptop");
      assertTrue(keys.verify(first).orElseThrow().admin());
      assertTrue(keys.ensureFromEnvironment(second));
      assertTrue(keys.verify(first).isEmpty(), "a changed ROUTEFORGE_ADMIN_KEY retires the previous one");
      assertTrue(keys.verify(second).orElseThrow().admin());
      assertEquals("alice", keys.verify(alice.key()).orElseThrow().tenant(), "other keys are kept");
      List<ApiKeys.Listed> listed = keys.list();
      assertEquals(2, listed.size(), listed.toString());
      assertTrue(listed.stream().anyMatch(k -> k.keyId().equals(alice.principal().keyId()) && k.label().equals("laptop")));
      assertTrue(listed.stream().anyMatch(k -> k.fromEnvironment() && k.admin()));
      assertTrue(keys.revoke(alice.principal().keyId()));
      assertTrue(keys.verify(alice.key()).isEmpty(), "a revoked key no longer verifies, even when it was cached");
      assertFalse(keys.revoke(alice.principal().keyId()));
      assertEquals(1, keys.list().size());
    }
  }
}
