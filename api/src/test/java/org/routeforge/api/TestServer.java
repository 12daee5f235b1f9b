package org.routeforge.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** An in-process server on a random loopback port with a temporary data directory, for tests. */
final class TestServer implements AutoCloseable {
  static final String ADMIN_KEY = "test-admin-key-0123456789";
  static final ObjectMapper JSON = new ObjectMapper();
  final ApiServer server;
  final Path dir;
  final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  TestServer(Map<String, String> settings) throws Exception {
    dir = Files.createTempDirectory("rf-api-test");
    Map<String, String> s = new LinkedHashMap<>();
    s.put("data_dir", dir.toString());
    s.put("port", "0");
    s.put("workers", "2");
    s.putAll(settings);
    server = ApiServer.start(ServiceConfig.resolve(null, Map.of(), s), ADMIN_KEY, new PrintStream(PrintStream.nullOutputStream()));
  }

  TestServer() throws Exception {
    this(Map.of());
  }

  String base() {
    return "http://127.0.0.1:" + server.port();
  }

  /** Creates a key for a tenant through the key store. */
  String key(String tenant) throws Exception {
    return server.keys().create(tenant, false, "test").key();
  }

  HttpResponse<String> send(String method, String path, String key, String contentType, String body) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(60));
    if (key != null) {
      b.header("Authorization", "Bearer " + key);
    }
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    try {
      return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  HttpResponse<String> get(String path, String key) {
    return send("GET", path, key, null, null);
  }

  static JsonNode json(HttpResponse<String> r) {
    try {
      return JSON.readTree(r.body());
    } catch (IOException e) {
      throw new AssertionError("not JSON (" + r.statusCode() + "): " + r.body(), e);
    }
  }

  /** Polls a job until it reaches a terminal status. */
  JsonNode awaitEnd(String id, String key, Duration timeout) throws InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    JsonNode j = null;
    while (System.nanoTime() < end) {
      j = json(get("/v1/vrp/jobs/" + id + "/status", key));
      String st = j.path("status").asText();
      if (st.equals("finished") || st.equals("failed") || st.equals("cancelled")) {
        return j;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("job " + id + " did not end in " + timeout + "; last: " + j);
  }

  /** A file of the shared data sets (-Drouteforge.data, else ROUTEFORGE_DATA, else ../shared/data). */
  static String dataFile(String relative) throws IOException {
    String d = System.getProperty("routeforge.data", System.getenv().getOrDefault("ROUTEFORGE_DATA", "../shared/data"));
    return Files.readString(Path.of(d).resolve(relative));
  }

  /** A small random CVRP instance in VRPLIB text (X-like: EUC_2D, one depot), deterministic per seed. */
  static String smallVrplib(int n, long seed) {
    java.util.Random r = new java.util.Random(seed);
    StringBuilder sb = new StringBuilder();
    sb.append("NAME : small-").append(n).append("-").append(seed).append("\nTYPE : CVRP\nDIMENSION : ").append(n + 1)
        .append("\nEDGE_WEIGHT_TYPE : EUC_2D\nCAPACITY : 100\nNODE_COORD_SECTION\n");
    for (int i = 1; i <= n + 1; i++) {
      sb.append(i).append(' ').append(r.nextInt(1000)).append(' ').append(r.nextInt(1000)).append('\n');
    }
    sb.append("DEMAND_SECTION\n1 0\n");
    for (int i = 2; i <= n + 1; i++) {
      sb.append(i).append(' ').append(1 + r.nextInt(30)).append('\n');
    }
    return sb.append("DEPOT_SECTION\n1\n-1\nEOF\n").toString();
  }

  @Override
  public void close() throws IOException {
    server.close();
    try (var files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
