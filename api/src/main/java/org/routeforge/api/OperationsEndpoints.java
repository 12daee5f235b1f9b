package org.routeforge.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.sql.SQLException;
import org.routeforge.api.jobs.LiveJobs;
import org.routeforge.api.store.JobStore;

/**
 * The endpoints for operators and client authors: {@code GET /v1/health} (no key: this server's
 * name, database kind, workers, jobs running here and queued), {@code GET /metrics} (Prometheus),
 * {@code GET /openapi.json} (the API's OpenAPI document) and {@code GET /docs} (its rendered page).
 *
 * @implNote thread-safe.
 */
final class OperationsEndpoints {
  /** The OpenAPI document on the classpath. */
  static final String OPENAPI = "/openapi/openapi.json";

  private final ObjectMapper mapper;
  private final ServiceMetrics metrics;
  private final String serverId;
  private final String database;
  private final int workers;
  private final LiveJobs live;
  private final JobStore jobs;

  OperationsEndpoints(ObjectMapper mapper, ServiceMetrics metrics, String serverId, String database, int workers,
      LiveJobs live, JobStore jobs) {
    this.mapper = mapper;
    this.metrics = metrics;
    this.serverId = serverId;
    this.database = database;
    this.workers = workers;
    this.live = live;
    this.jobs = jobs;
  }

  void register(RoutesConfig r) {
    r.get("/v1/health", this::health);
    r.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.scrape()));
    r.get("/openapi.json", ctx -> ctx.contentType("application/json")
        .result(OperationsEndpoints.class.getResourceAsStream(OPENAPI)));
    r.get("/docs", ctx -> ctx.redirect("/docs.html"));
  }

  private void health(Context ctx) throws SQLException {
    ObjectNode n = mapper.createObjectNode();
    n.put("status", "ok");
    n.put("server", serverId);
    n.put("database", database);
    n.put("workers", workers);
    n.put("running_here", live.size());
    n.put("queued", jobs.countQueued());
    ctx.json(n);
  }
}
