package org.routeforge.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.routeforge.api.store.ListeningSockets;
import org.routeforge.cli.RouteForgeCli;
import picocli.CommandLine;

/**
 * A real {@code serve} process on an embedded database: it listens on its HTTP port and nothing else
 * (no H2 server), keeps its state owner-only, turns away {@code routeforge keys} from another process
 * with the way out (stop the server or use the HTTP API), and stops on SIGTERM, with a job running,
 * without printing a stack trace.
 */
class ServerProcessTest {
  @Test
  void listensOnlyOnHttpKeepsStatePrivateAndStopsCleanly(@TempDir Path tmp) throws Exception {
    Path data = tmp.resolve("state");
    List<String> args = List.of("--data-dir", data.toString(), "--workers", "1");
    try (ChildServer s = ChildServer.start(tmp, "serve", args)) {
      if (Files.isReadable(Path.of("/proc/net/tcp"))) {
        assertEquals(Set.of(s.port), ListeningSockets.portsOf(s.process.pid()),
            "the server listens on its HTTP port only:\n" + s.logTail());
      }
      if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(data)));
        List<Path> files;
        try (Stream<Path> st = Files.list(data)) {
          files = st.filter(Files::isRegularFile).collect(Collectors.toList());
        }
        assertFalse(files.isEmpty());
        for (Path f : files) {
          assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(f)), f.toString());
        }
      }

      StringWriter err = new StringWriter();
      CommandLine cl = RouteForgeCli.commandLine();
      cl.setOut(new PrintWriter(new StringWriter()));
      cl.setErr(new PrintWriter(err));
      assertEquals(RouteForgeCli.EXIT_INVALID_INPUT, cl.execute("keys", "list", "--data-dir", data.toString()));
      assertTrue(err.toString().contains("stop that server") && err.toString().contains("DELETE /v1/keys/{id}")
          && !err.toString().contains("\tat "), err.toString());

      String id = TestServer.json(RestartTest.call("POST", s.base() + "/v1/vrp/jobs?time_limit=30",
          TestServer.smallVrplib(60, 3))).get("id").asText();
      RestartTest.await(s, id, Duration.ofSeconds(60), List.of("running"));
      int exit = s.terminate(Duration.ofSeconds(60));
      assertTrue(exit == 0 || exit == 128 + 15, "exit status " + exit + " after SIGTERM:\n" + s.logTail());
      String log = Files.readString(s.log);
      assertTrue(log.contains("stopping"), log);
      assertFalse(log.contains("Exception") || log.contains("\tat "), "no stack trace on SIGTERM:\n" + log);
    }
  }
}
