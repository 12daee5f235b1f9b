package org.routeforge.api;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.sql.SQLException;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jobrunr.jobs.mappers.JobMapper;
import org.jobrunr.scheduling.JobRequestScheduler;
import org.jobrunr.server.BackgroundJobServer;
import org.jobrunr.server.BackgroundJobServerConfiguration;
import org.jobrunr.server.JobActivator;
import org.jobrunr.storage.StorageProvider;
import org.jobrunr.storage.sql.common.SqlStorageProviderFactory;
import org.jobrunr.utils.mapper.jackson.JacksonJsonMapper;
import org.routeforge.api.http.ApiException;
import org.routeforge.api.http.Http;
import org.routeforge.api.http.Problem;
import org.routeforge.api.http.SecurityHeaders;
import org.routeforge.api.http.ServerLimits;
import org.routeforge.api.jobs.JobDispatcher;
import org.routeforge.api.jobs.LiveJobs;
import org.routeforge.api.jobs.SolveJobHandler;
import org.routeforge.api.jobs.WsnJobHandler;
import org.routeforge.api.store.ApiKeys;
import org.routeforge.api.store.Database;
import org.routeforge.api.store.JobStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The RouteForge HTTP service: a Javalin app on Jetty (with {@link ServerLimits} against slow and
 * numerous clients), JobRunr's background job server for the solves (started at once by
 * {@link JobDispatcher} when a worker is idle), the relational store (embedded H2 or PostgreSQL),
 * API-key authentication ({@link Authentication}), Micrometer metrics per route, the OpenAPI document
 * and the web page (with {@link SecurityHeaders}). Every error is problem+json.
 *
 * <p>{@link #start} opens everything and binds the port; {@link #close} stops taking requests,
 * re-queues the jobs running here (JobRunr runs them again) and closes the database.
 *
 * @implNote thread-safe once started.
 */
public final class ApiServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);
  private static final String T0 = "routeforge.t0";

  private final ServiceConfig config;
  private final Database db;
  private final ObjectMapper mapper;
  private final ApiKeys keys;
  /** The JSON mapper for key requests: no coercion between JSON strings, numbers and booleans. */
  private final ObjectMapper strictScalars;
  private final JobStore jobs;
  private final LiveJobs live = new LiveJobs();
  private final PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final ScheduledExecutorService ticker;
  private final AtomicBoolean stopping = new AtomicBoolean();
  private final String serverId;
  private final StorageProvider storage;
  private final BackgroundJobServer jobServer;
  private final JobRequestScheduler scheduler;
  private final Authentication auth;
  private final JobDispatcher dispatcher;
  private final JvmGcMetrics gcMetrics = new JvmGcMetrics();
  private final java.util.concurrent.ConcurrentHashMap<String, Timer> requestTimers = new java.util.concurrent.ConcurrentHashMap<>();
  private final Capabilities capabilities;
  private Javalin app;

  private ApiServer(ServiceConfig config, Database db, Capabilities capabilities) {
    this.capabilities = capabilities;
    this.config = config;
    this.db = db;
    this.mapper = new ObjectMapper().registerModule(new JavaTimeModule())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    this.keys = new ApiKeys(db);
    this.strictScalars = withoutScalarCoercion(mapper);
    this.jobs = new JobStore(db);
    this.serverId = hostName() + "-" + UUID.randomUUID().toString().substring(0, 8);
    this.ticker = Executors.newScheduledThreadPool(2, r -> {
      Thread t = new Thread(r, "routeforge-ticker");
      t.setDaemon(true);
      return t;
    });
    this.auth = new Authentication(keys, config, metrics);
    new JvmMemoryMetrics().bindTo(metrics);
    gcMetrics.bindTo(metrics);
    new JvmThreadMetrics().bindTo(metrics);
    new ProcessorMetrics().bindTo(metrics);
    new UptimeMetrics().bindTo(metrics);
    metrics.gauge("routeforge.jobs.running.local", live, LiveJobs::size);

    JacksonJsonMapper jobRunrJson = new JacksonJsonMapper();
    this.storage = SqlStorageProviderFactory.using(db.dataSource());
    storage.setJobMapper(new JobMapper(jobRunrJson));
    SolveJobHandler handler = new SolveJobHandler(jobs, live, config, mapper, serverId, ticker, stopping, metrics,
        capabilities.routing());
    WsnJobHandler wsnHandler = new WsnJobHandler(jobs, mapper, serverId, ticker, stopping, metrics);
    JobActivator activator = new JobActivator() {
      @Override
      public <T> T activateJob(Class<T> type) {
        if (type == SolveJobHandler.class) {
          return type.cast(handler);
        }
        return type == WsnJobHandler.class ? type.cast(wsnHandler) : null;
      }
    };
    this.jobServer = new BackgroundJobServer(storage, jobRunrJson, activator,
        BackgroundJobServerConfiguration.usingStandardBackgroundJobServerConfiguration()
            .andName(serverId)
            .andWorkerCount(Math.max(1, config.workers()))
            .andPollIntervalInSeconds(config.pollIntervalSeconds()));
    this.scheduler = new JobRequestScheduler(storage);
    this.dispatcher = new JobDispatcher(jobServer);
  }

  /**
   * Opens the database, makes sure an admin key exists (from {@code ROUTEFORGE_ADMIN_KEY}, or a new
   * one printed once to {@code announce}), starts the job server and binds the HTTP port.
   *
   * @param adminKeyFromEnv the operator's admin key, or null
   * @param announce where to print a newly created admin key (normally stderr)
   */
  public static ApiServer start(ServiceConfig config, String adminKeyFromEnv, PrintStream announce)
      throws IOException, SQLException {
    Capabilities caps = new Capabilities(config);
    Database db;
    try {
      db = Database.open(config);
    } catch (IOException | SQLException | RuntimeException e) {
      caps.close();
      throw e;
    }
    ApiServer s;
    try {
      s = new ApiServer(config, db, caps);
    } catch (RuntimeException e) {
      db.close();
      caps.close();
      throw e;
    }
    try {
      s.bootstrapAdmin(adminKeyFromEnv, announce);
      if (!db.postgres()) {
        int n = org.routeforge.api.jobs.InterruptedJobs.retryAfterCrash(s.storage);
        if (n > 0) {
          LOG.info("{} jobs were running when the previous server process died; they run again", n);
        }
      }
      if (config.workers() > 0) {
        s.jobServer.start();
      }
      s.ticker.scheduleWithFixedDelay(s::evictOldJobs, 1, 60, java.util.concurrent.TimeUnit.MINUTES);
      s.app = s.buildApp().start();
    } catch (RuntimeException | SQLException e) {
      s.close();
      throw e;
    }
    LOG.info("RouteForge listening on http://{}:{} (data: {}, jobs: {}, {} workers, server {})",
        config.host(), s.port(), config.dataDir(), db.description(), config.workers(), s.serverId);
    return s;
  }

  private void bootstrapAdmin(String fromEnv, PrintStream announce) throws SQLException {
    if (fromEnv != null && !fromEnv.isBlank()) {
      if (keys.ensureFromEnvironment(fromEnv.trim())) {
        LOG.info("stored the admin key from ROUTEFORGE_ADMIN_KEY (hashed; a key from an earlier value of the variable no longer works)");
      }
      return;
    }
    if (!keys.hasAdmin()) {
      ApiKeys.Created k = keys.create("admin", true, "first start");
      announce.println("RouteForge admin API key (shown once; store it now): " + k.key());
      announce.flush();
    }
  }

  /** Deletes jobs that ended more than {@code job_ttl_days} ago, so the store does not grow without bound. */
  private void evictOldJobs() {
    try {
      int n = jobs.deleteEndedBefore(System.currentTimeMillis() - config.jobTtlDays() * 86_400_000L);
      if (n > 0) {
        LOG.info("deleted {} jobs that ended more than {} days ago", n, config.jobTtlDays());
      }
    } catch (SQLException | RuntimeException e) {
      LOG.warn("job eviction failed: {}", e.toString());
    }
  }

  /** The bound port. */
  public int port() {
    return app.port();
  }

  /** This server's name in the job queue. */
  public String serverId() {
    return serverId;
  }

  /** The key store (for the {@code keys} command and tests). */
  public ApiKeys keys() {
    return keys;
  }

  private Javalin buildApp() {
    Runnable queued = config.workers() > 0 ? dispatcher::wake : () -> { };
    VrpEndpoints vrp = new VrpEndpoints(config, jobs, live, mapper, scheduler, queued,
        new SseHub(jobs, live, mapper, ticker), metrics, capabilities.routing());
    return Javalin.create(c -> {
      c.startup.showJavalinBanner = false;
      c.startup.showOldJavalinVersionWarning = false;
      c.jsonMapper(new JavalinJackson(mapper, false));
      c.http.maxRequestSize = config.maxBodyBytes();
      c.http.prefer405over404 = true;
      ServerLimits.apply(c, config.host(), config.port(), config.maxConnections());
      c.staticFiles.add(s -> {
        s.hostedPath = "/";
        s.directory = "/web";
        s.location = Location.CLASSPATH;
      });
      c.routes.before(ctx -> {
        ctx.attribute(T0, System.nanoTime());
        SecurityHeaders.add(ctx);
      });
      // beforeMatched: a path or method that matches no route gets its 404 / 405 without a key
      c.routes.beforeMatched("/v1/*", auth::authenticate);
      c.routes.after(this::recordMetrics);
      c.routes.get("/v1/health", this::health);
      c.routes.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.scrape()));
      c.routes.get("/openapi.json", ctx -> ctx.contentType("application/json")
          .result(ApiServer.class.getResourceAsStream("/openapi/openapi.json")));
      c.routes.get("/docs", ctx -> ctx.redirect("/docs.html"));
      c.routes.post("/v1/keys", this::createKey);
      c.routes.get("/v1/keys", this::listKeys);
      c.routes.delete("/v1/keys/{id}", this::revokeKey);
      vrp.register(c.routes);
      new WsnEndpoints(config, jobs, mapper, scheduler, queued).register(c.routes);
      new PathEndpoints(config, mapper, capabilities).register(c.routes);
      new MatrixEndpoints(config, mapper, capabilities).register(c.routes);
      c.routes.exception(ApiException.class, (e, ctx) -> problem(ctx, e.problem()));
      c.routes.exception(HttpResponseException.class, (e, ctx) -> {
        if (e.getStatus() == 405) {
          methodNotAllowed(ctx, String.join(", ", e.getDetails().values()));
        } else {
          problem(ctx, Problem.ofStatus(e.getStatus(), e.getMessage()));
        }
      });
      c.routes.exception(Exception.class, (e, ctx) -> {
        LOG.error("unexpected error on {} {}", ctx.method(), ctx.path(), e);
        problem(ctx, new Problem(500, "internal_error", "Internal server error",
            "an unexpected error occurred; it has been logged (" + e.getClass().getSimpleName() + ")"));
      });
      c.routes.error(404, "*", ctx -> {
        if (!isProblem(ctx)) {
          problem(ctx, new Problem(404, "not_found", "Not found", "no resource at " + ctx.method() + " " + ctx.path()));
        }
      });
      c.routes.error(405, "*", ctx -> {
        if (!isProblem(ctx)) {
          methodNotAllowed(ctx, ctx.res().getHeader("Allow"));
        }
      });
    });
  }

  private static boolean isProblem(Context ctx) {
    String ct = ctx.res().getContentType();
    return ct != null && ct.startsWith(Problem.MEDIA_TYPE);
  }

  /**
   * Writes a problem+json response, with {@code Retry-After} when the problem names a
   * {@code retry_after}. When the request body was not read to its end (a request refused before its
   * body: 401, 429, 413, 415, ...), {@link Http#discardArrivingBody} takes what the client is sending
   * right now, so that a fast client is not reset before it reads the answer, but never waits for a
   * client that trickles; if the body is still not at its end, the response says
   * {@code Connection: close} and Jetty closes the connection.
   */
  void problem(Context ctx, Problem p) {
    p.at(ctx.path());
    ctx.status(p.status).json(p).contentType(Problem.MEDIA_TYPE);
    Object retry = p.extensions().get("retry_after");
    if (retry != null) {
      ctx.header("Retry-After", retry.toString());
    }
    if (Http.bodyUnread(ctx) && !Http.discardArrivingBody(ctx, Http.MAX_DISCARD_BYTES)) {
      ctx.header("Connection", "close");
    }
  }

  private void methodNotAllowed(Context ctx, String allow) {
    if (allow != null && !allow.isBlank()) {
      ctx.header("Allow", allow);
    }
    problem(ctx, new Problem(405, "method_not_allowed", "Method not allowed", ctx.method() + " is not allowed on "
        + ctx.path() + (allow == null || allow.isBlank() ? "" : "; allowed: " + allow)));
  }

  /** The authenticated caller of a /v1 request. */
  static ApiKeys.Principal principal(Context ctx) {
    return Authentication.principal(ctx);
  }

  /** A copy of {@code m} that refuses to turn JSON strings or numbers into booleans, or numbers and booleans into strings. */
  private static ObjectMapper withoutScalarCoercion(ObjectMapper m) {
    ObjectMapper strict = m.copy();
    strict.coercionConfigFor(LogicalType.Boolean)
        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
    strict.coercionConfigFor(LogicalType.Textual)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    return strict;
  }

  private static void requireAdmin(Context ctx, String what) {
    if (!principal(ctx).admin()) {
      throw new ApiException(new Problem(403, "forbidden", "Forbidden", what + " needs an admin key"));
    }
  }

  /** {@code GET /v1/keys} (admin): every key's id, tenant, admin flag, label and creation time; never a secret. */
  private void listKeys(Context ctx) throws SQLException {
    requireAdmin(ctx, "listing keys");
    org.routeforge.api.http.Http.onlyParams(ctx, java.util.Set.of());
    var arr = mapper.createArrayNode();
    for (ApiKeys.Listed k : keys.list()) {
      var n = arr.addObject();
      n.put("key_id", k.keyId());
      n.put("tenant", k.tenant());
      n.put("admin", k.admin());
      n.put("label", k.label());
      n.put("created_at", java.time.Instant.ofEpochMilli(k.createdAt()).toString());
      n.put("from_environment", k.fromEnvironment());
    }
    ctx.json(mapper.createObjectNode().set("keys", arr));
  }

  /** {@code DELETE /v1/keys/{id}} (admin): revokes a key at once; 404 problem for an unknown id. */
  private void revokeKey(Context ctx) throws SQLException {
    requireAdmin(ctx, "revoking keys");
    org.routeforge.api.http.Http.onlyParams(ctx, java.util.Set.of());
    String id = ctx.pathParam("id");
    if (!keys.revoke(id)) {
      throw ApiException.notFound("key '" + (id.length() > 64 ? id.substring(0, 64) + "..." : id) + "'");
    }
    ctx.status(204);
  }

  private void createKey(Context ctx) throws Exception {
    requireAdmin(ctx, "creating keys");
    org.routeforge.api.http.Http.onlyParams(ctx, java.util.Set.of());
    String body = org.routeforge.api.http.Http.body(ctx, 4096);
    KeyRequest req;
    try {
      req = strictScalars.readValue(body, KeyRequest.class);
    } catch (com.fasterxml.jackson.core.JacksonException e) {
      throw JsonProblems.of(e);
    }
    if (req == null || req.tenant() == null) {
      throw ApiException.badRequest("missing_field", "tenant is required", "/tenant", "tenant");
    }
    ApiKeys.Created k;
    try {
      k = keys.create(req.tenant(), Boolean.TRUE.equals(req.admin()), req.label());
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("invalid_field", e.getMessage(), "/tenant", "tenant");
    }
    var n = mapper.createObjectNode();
    n.put("key", k.key());
    n.put("key_id", k.principal().keyId());
    n.put("tenant", k.principal().tenant());
    n.put("admin", k.principal().admin());
    ctx.status(201).json(n);
  }

  /**
   * Body of {@code POST /v1/keys}. Read with {@link #strictScalars}: {@code "admin": "true"} is a 400
   * naming {@code /admin}, never a coerced {@code true}.
   */
  record KeyRequest(String tenant, Boolean admin, String label) {}

  private void health(Context ctx) throws SQLException {
    var n = mapper.createObjectNode();
    n.put("status", "ok");
    n.put("server", serverId);
    n.put("database", db.postgres() ? "postgresql" : "h2");
    n.put("workers", config.workers());
    n.put("running_here", live.size());
    n.put("queued", jobs.countQueued());
    ctx.json(n);
  }

  private void recordMetrics(Context ctx) {
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
            .register(metrics))
        .record(System.nanoTime() - t0, java.util.concurrent.TimeUnit.NANOSECONDS);
  }

  /** Stops accepting work, re-queues jobs running here, and closes the store. */
  @Override
  public void close() {
    stopping.set(true);
    live.cancelAll();
    if (app != null) {
      app.stop();
    }
    if (config.workers() > 0) {
      jobServer.stop();
    }
    scheduler.shutdown();
    dispatcher.close();
    ticker.shutdownNow();
    gcMetrics.close();
    metrics.close();
    storage.close();
    db.close();
    capabilities.close();
  }

  private static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName().toLowerCase(Locale.ROOT);
    } catch (IOException e) {
      return "server";
    }
  }

}
