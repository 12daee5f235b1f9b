package org.routeforge.api;

import io.javalin.http.Context;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.routeforge.api.jobs.LiveJobs;

/**
 * The service's Micrometer registry in Prometheus format: JVM memory, GC, threads, CPU and uptime,
 * the jobs running in this process, and one {@code http.server.requests} timer (median, p99) per
 * method, route template and status, fed by {@link #startTimer} and {@link #record} around every
 * request.
 *
 * @implNote thread-safe.
 */
final class ServiceMetrics implements AutoCloseable {
  private static final String T0 = "routeforge.t0";

  private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final JvmGcMetrics gcMetrics = new JvmGcMetrics();
  private final ConcurrentHashMap<String, Timer> requestTimers = new ConcurrentHashMap<>();

  ServiceMetrics(LiveJobs live) {
    new JvmMemoryMetrics().bindTo(registry);
    gcMetrics.bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
    registry.gauge("routeforge.jobs.running.local", live, LiveJobs::size);
  }

  /** The registry, for the counters and timers of the other parts. */
  MeterRegistry registry() {
    return registry;
  }

  /** The registry's text for {@code GET /metrics}. */
  String scrape() {
    return registry.scrape();
  }

  /** The before-handler: notes when the request began. */
  void startTimer(Context ctx) {
    ctx.attribute(T0, System.nanoTime());
  }

  /** The after-handler: records the request's time under its route template, never its raw path. */
  void record(Context ctx) {
    Long t0 = ctx.attribute(T0);
    if (t0 == null) {
      return;
    }
    // The route template (e.g. /v1/vrp/jobs/{id}), never the raw path: one series per route.
    var endpoint = ctx.endpoints().matchedHttpEndpoint();
    String route = endpoint != null ? endpoint.path
        : ctx.statusCode() < 400 && (ctx.method().name().equals("GET") || ctx.method().name().equals("HEAD"))
            ? "static" : "unmatched";
    String method = ctx.method().name();
    String status = Integer.toString(ctx.statusCode());
    // Cached: the registry's own lookup takes a global lock, a bottleneck under a request flood.
    requestTimers.computeIfAbsent(method + ' ' + route + ' ' + status, k -> Timer.builder("http.server.requests")
            .tag("method", method)
            .tag("uri", route)
            .tag("status", status)
            .publishPercentiles(0.5, 0.99)
            .register(registry))
        .record(System.nanoTime() - t0, TimeUnit.NANOSECONDS);
  }

  @Override
  public void close() {
    gcMetrics.close();
    registry.close();
  }
}
