package org.routeforge.api;

import java.util.Arrays;

/**
 * Measurement client (not a unit test) for the slow-client floods against a running server, from
 * another process: opens {@code connections} {@link SlowClients} of one kind on 127.0.0.1:{@code port},
 * waits until all have connected and trickled, then probes {@code GET /v1/health} {@code probes}
 * times 200 ms apart and prints the percentiles.
 *
 * <p>Run: {@code java -cp <api test class path> org.routeforge.api.FloodRun body|headers PORT [connections] [probes] [reconnect_ms]}
 */
public final class FloodRun {
  private FloodRun() {}

  public static void main(String[] args) throws Exception {
    SlowClients.Kind kind = SlowClients.Kind.valueOf(args[0].toUpperCase(java.util.Locale.ROOT));
    int port = Integer.parseInt(args[1]);
    int connections = args.length > 2 ? Integer.parseInt(args[2]) : 500;
    int probes = args.length > 3 ? Integer.parseInt(args[3]) : 100;
    long reconnectMs = args.length > 4 ? Long.parseLong(args[4]) : 1000;
    long[] baseline = SlowClients.probeHealth(port, 20, 100);
    try (SlowClients f = new SlowClients(port, connections, kind, 120, reconnectMs)) {
      long until = System.nanoTime() + 10_000_000_000L;
      while (System.nanoTime() < until && f.opened.get() < connections) {
        Thread.sleep(100);
      }
      Thread.sleep(2500);
      long connectedAtStart = f.connectedNow.get();
      long[] ms = SlowClients.probeHealth(port, probes, 200);
      System.out.printf("kind=%s reconnect_ms=%d connections=%d probes=%d baseline_p50_ms=%d baseline_max_ms=%d "
              + "p50_ms=%d p90_ms=%d p99_ms=%d max_ms=%d connected_at_start=%d connected_at_end=%d opened=%d "
              + "closed_by_server=%d bytes_sent=%d%n",
          kind, reconnectMs, connections, probes, SlowClients.percentile(baseline, 0.5), baseline[baseline.length - 1],
          SlowClients.percentile(ms, 0.5), SlowClients.percentile(ms, 0.9), SlowClients.percentile(ms, 0.99),
          ms[ms.length - 1], connectedAtStart, f.connectedNow.get(), f.opened.get(), f.closedByServer.get(),
          f.bytesSent.get());
      System.out.println("latencies_ms=" + Arrays.toString(ms));
    }
  }
}
