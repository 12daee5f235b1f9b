package org.routeforge.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load client for the submit endpoint (not a unit test): starts an in-process server on a random
 * loopback port with the embedded H2 store, then 50 client threads submit small CVRP instances
 * ({@code POST /v1/vrp/jobs}, 15 stops, time_limit 0.05 s) in a closed loop; the workers solve the
 * jobs meanwhile. After a warm-up it measures submit latency (p50/p90/p99/max) and throughput.
 *
 * <p>Run: {@code java -cp <api test class path> org.routeforge.api.LoadRun [clients] [warmup_s] [measure_s] [workers]}
 * ({@code workers=0}: an API-only server that only queues the jobs).
 *
 * <p>Against a server in another process (started with {@code routeforge serve}, rate limits raised):
 * {@code java -Drouteforge.load.url=http://127.0.0.1:PORT -Drouteforge.load.admin_key=KEY ... LoadRun [clients] [warmup_s] [measure_s]};
 * the client then creates its own tenant key with the admin key and measures only the submits.
 */
public final class LoadRun {
  private LoadRun() {}

  public static void main(String[] args) throws Exception {
    int clients = args.length > 0 ? Integer.parseInt(args[0]) : 50;
    int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    int measure = args.length > 2 ? Integer.parseInt(args[2]) : 30;
    String workers = args.length > 3 ? args[3] : "2";
    String remote = System.getProperty("routeforge.load.url");
    if (remote != null) {
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
      HttpResponse<String> k = http.send(HttpRequest.newBuilder(URI.create(remote + "/v1/keys"))
          .header("Authorization", "Bearer " + System.getProperty("routeforge.load.admin_key"))
          .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"tenant\":\"load\"}")).build(),
          HttpResponse.BodyHandlers.ofString());
      String key = TestServer.JSON.readTree(k.body()).get("key").asText();
      measure(http, remote + "/v1/vrp/jobs?time_limit=0.05", key, clients, warmup, measure, "remote");
      return;
    }
    Path dir = Files.createTempDirectory("rf-load");
    ServiceConfig config = ServiceConfig.resolve(null, Map.of(), Map.of("data_dir", dir.toString(), "port", "0",
        "rate_limit_per_s", "1000000", "rate_limit_burst", "1000000", "max_queued_jobs", "1000000", "workers", workers));
    try (ApiServer server = ApiServer.start(config, TestServer.ADMIN_KEY, System.err)) {
      String key = server.keys().create("load", false, "load run").key();
      String url = "http://127.0.0.1:" + server.port() + "/v1/vrp/jobs?time_limit=0.05";
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
      measure(http, url, key, clients, warmup, measure, workers);
    }
  }

  private static void measure(HttpClient http, String url, String key, int clients, int warmup, int measure,
      String workers) throws Exception {
    {
      String[] bodies = new String[64];
      for (int i = 0; i < bodies.length; i++) {
        bodies[i] = TestServer.smallVrplib(15, i);
      }
      AtomicBoolean measuring = new AtomicBoolean();
      AtomicBoolean stop = new AtomicBoolean();
      AtomicLong errors = new AtomicLong();
      List<long[]> perThread = new ArrayList<>();
      int[] counts = new int[clients];
      CountDownLatch done = new CountDownLatch(clients);
      for (int c = 0; c < clients; c++) {
        long[] lat = new long[2_000_000 / clients];
        perThread.add(lat);
        int me = c;
        Thread t = new Thread(() -> {
          int i = me;
          while (!stop.get()) {
            HttpRequest req = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + key)
                .header("Content-Type", "text/x-vrplib").POST(HttpRequest.BodyPublishers.ofString(bodies[i++ % bodies.length])).build();
            long t0 = System.nanoTime();
            int status;
            try {
              status = http.send(req, HttpResponse.BodyHandlers.ofString()).statusCode();
            } catch (Exception e) {
              status = -1;
            }
            long dt = System.nanoTime() - t0;
            if (measuring.get() && !stop.get()) {
              if (status != 202) {
                errors.incrementAndGet();
              } else if (counts[me] < lat.length) {
                lat[counts[me]++] = dt;
              }
            }
          }
          done.countDown();
        }, "load-" + c);
        t.setDaemon(true);
        t.start();
      }
      Thread.sleep(warmup * 1000L);
      measuring.set(true);
      long m0 = System.nanoTime();
      Thread.sleep(measure * 1000L);
      stop.set(true);
      double seconds = (System.nanoTime() - m0) / 1e9;
      done.await();
      int n = 0;
      for (int c = 0; c < clients; c++) {
        n += counts[c];
      }
      long[] all = new long[n];
      int k = 0;
      for (int c = 0; c < clients; c++) {
        System.arraycopy(perThread.get(c), 0, all, k, counts[c]);
        k += counts[c];
      }
      Arrays.sort(all);
      System.out.printf("workers=%s clients=%d warmup_s=%d measure_s=%.1f submits=%d errors=%d throughput_per_s=%.1f "
          + "p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f%n", workers, clients, warmup, seconds, n, errors.get(), n / seconds,
          pct(all, 0.50), pct(all, 0.90), pct(all, 0.99), all.length == 0 ? Double.NaN : all[all.length - 1] / 1e6);
    }
  }

  private static double pct(long[] sorted, double q) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int i = (int) Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1);
    return sorted[Math.max(0, i)] / 1e6;
  }
}
