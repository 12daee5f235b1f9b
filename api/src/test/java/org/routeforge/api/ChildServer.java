package org.routeforge.api;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@code routeforge serve} process started as a child JVM with the test class path, so that tests
 * can kill it without a graceful stop ({@link Process#destroyForcibly()}) or run several at once.
 */
final class ChildServer implements AutoCloseable {
  final Process process;
  final int port;
  final Path log;

  private ChildServer(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
  }

  /** Starts {@code serve} with the given extra arguments and waits until /v1/health answers. */
  static ChildServer start(Path logDir, String name, List<String> args) throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", cp, "org.routeforge.cli.RouteForgeCli", "serve",
        "--port", Integer.toString(port)));
    cmd.addAll(args);
    Path log = logDir.resolve(name + ".log");
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
    pb.environment().put("ROUTEFORGE_ADMIN_KEY", TestServer.ADMIN_KEY);
    ChildServer c = new ChildServer(pb.start(), port, log);
    HttpClient http = HttpClient.newHttpClient();
    long deadline = System.nanoTime() + Duration.ofSeconds(240).toNanos();
    while (System.nanoTime() < deadline) {
      if (!c.process.isAlive()) {
        throw new IllegalStateException("serve exited with " + c.process.exitValue() + ":\n" + c.logTail());
      }
      try {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(c.base() + "/v1/health")).build(),
            HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200) {
          return c;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(200);
    }
    c.close();
    throw new IllegalStateException("serve did not answer within 240 s:\n" + c.logTail());
  }

  String base() {
    return "http://127.0.0.1:" + port;
  }

  String logTail() {
    try {
      String s = Files.readString(log);
      return s.length() > 4000 ? s.substring(s.length() - 4000) : s;
    } catch (IOException e) {
      return "(no log: " + e + ")";
    }
  }

  /** Asks the process to stop (SIGTERM, as from Ctrl-C or a service manager) and waits for it to exit. */
  int terminate(Duration timeout) throws InterruptedException {
    process.destroy();
    if (!process.waitFor(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
      throw new AssertionError("serve did not stop within " + timeout + " of SIGTERM:\n" + logTail());
    }
    return process.exitValue();
  }

  /** Kills the process at once (SIGKILL): no shutdown hook runs. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      kill();
    }
  }
}
