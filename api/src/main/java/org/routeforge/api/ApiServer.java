package org.routeforge.api;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.javalin.router.ParsedEndpoint;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jobrunr.jobs.mappers.JobMapper;
import org.jobrunr.scheduling.JobRequestScheduler;
import org.jobrunr.server.BackgroundJobServer;
import org.jobrunr.server.BackgroundJobServerConfiguration;
import org.jobrunr.server.JobActivator;
import org.jobrunr.storage.StorageProvider;
import org.jobrunr.storage.sql.common.SqlStorageProviderFactory;
import org.jobrunr.utils.mapper.jackson.JacksonJsonMapper;
import org.routeforge.api.http.SecurityHeaders;
import org.routeforge.api.http.ServerLimits;
import org.routeforge.api.jobs.InterruptedJobs;
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
 * The RouteForge HTTP service, its composition root: a Javalin app on Jetty (with {@link ServerLimits}
 * against slow and numerous clients), JobRunr's background job server for the solves (started at once
 * by {@link JobDispatcher} when a worker is idle), the relational store (embedded H2 or PostgreSQL), and
 * the parts it wires together: API-key authentication ({@link Authentication}) and management
 * ({@link KeyEndpoints}), metrics ({@link ServiceMetrics}), health, metrics and OpenAPI endpoints
 * ({@link OperationsEndpoints}), the capability endpoints ({@link VrpEndpoints}, {@link WsnEndpoints},
 * {@link PathEndpoints}, {@link MatrixEndpoints}), the web page (with {@link SecurityHeaders}) and
 * problem+json for every error ({@link ErrorResponses}).
 *
 * <p>{@link #start} opens everything and binds the port; {@link #close} stops taking requests,
 * re-queues the jobs running here (JobRunr runs them again) and closes the database.
 *
 * @implNote thread-safe once started.
 */
public final class ApiServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);

  private final ServiceConfig config;
  private final Database db;
  private final ObjectMapper mapper;
  private final ApiKeys keys;
  private final KeyEndpoints keyEndpoints;
  private final JobStore jobs;
  private final LiveJobs live = new LiveJobs();
  private final ServiceMetrics metrics = new ServiceMetrics(live);
  private final ScheduledExecutorService ticker;
  private final AtomicBoolean stopping = new AtomicBoolean();
  private final String serverId;
  private final StorageProvider storage;
  private final BackgroundJobServer jobServer;
  private final JobRequestScheduler scheduler;
  private final Authentication auth;
  private final JobDispatcher dispatcher;
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
    this.keyEndpoints = new KeyEndpoints(keys, mapper);
    this.jobs = new JobStore(db);
    this.serverId = hostName() + "-" + UUID.randomUUID().toString().substring(0, 8);
    this.ticker = Executors.newScheduledThreadPool(2, r -> {
      Thread t = new Thread(r, "routeforge-ticker");
      t.setDaemon(true);
      return t;
    });
    this.auth = new Authentication(keys, config, metrics.registry());

    JacksonJsonMapper jobRunrJson = new JacksonJsonMapper();
    this.storage = SqlStorageProviderFactory.using(db.dataSource());
    storage.setJobMapper(new JobMapper(jobRunrJson));
    SolveJobHandler handler = new SolveJobHandler(jobs, live, config, mapper, serverId, ticker, stopping, metrics.registry(),
        capabilities.routing());
    WsnJobHandler wsnHandler = new WsnJobHandler(jobs, mapper, serverId, ticker, stopping, metrics.registry());
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
      s.keyEndpoints.bootstrapAdmin(adminKeyFromEnv, announce);
      if (!db.postgres()) {
        int n = InterruptedJobs.retryAfterCrash(s.storage);
        if (n > 0) {
          LOG.info("{} jobs were running when the previous server process died; they run again", n);
        }
      }
      if (config.workers() > 0) {
        s.jobServer.start();
      }
      s.ticker.scheduleWithFixedDelay(s::evictOldJobs, 1, 60, TimeUnit.MINUTES);
      s.app = s.buildApp().start();
    } catch (RuntimeException | SQLException e) {
      s.close();
      throw e;
    }
    LOG.info("RouteForge listening on http://{}:{} (data: {}, jobs: {}, {} workers, server {})",
        config.host(), s.port(), config.dataDir(), db.description(), config.workers(), s.serverId);
    return s;
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

  /**
   * The HTTP routes this server answers, as {@code "METHOD path"} with Javalin's path templates
   * ({@code GET /v1/vrp/jobs/{id}}), read from Javalin's router: what the OpenAPI document must list.
   */
  List<String> routes() {
    List<String> out = new ArrayList<>();
    for (ParsedEndpoint e : app.unsafe.internalRouter.allHttpHandlers()) {
      if (e.endpoint.method.isHttpMethod()) {
        out.add(e.endpoint.method.name() + " " + e.endpoint.path);
      }
    }
    return out;
  }

  /** The key store (for the {@code keys} command and tests). */
  public ApiKeys keys() {
    return keys;
  }

  private Javalin buildApp() {
    Runnable queued = config.workers() > 0 ? dispatcher::wake : () -> { };
    VrpEndpoints vrp = new VrpEndpoints(config, jobs, live, mapper, scheduler, queued,
        new SseHub(jobs, live, mapper, ticker), metrics.registry(), capabilities.routing());
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
        metrics.startTimer(ctx);
        SecurityHeaders.add(ctx);
      });
      // beforeMatched: a path or method that matches no route gets its 404 / 405 without a key
      c.routes.beforeMatched("/v1/*", auth::authenticate);
      c.routes.after(metrics::record);
      new OperationsEndpoints(mapper, metrics, serverId, db.postgres() ? "postgresql" : "h2", config.workers(), live,
          jobs).register(c.routes);
      keyEndpoints.register(c.routes);
      vrp.register(c.routes);
      new WsnEndpoints(config, jobs, mapper, scheduler, queued).register(c.routes);
      new PathEndpoints(config, mapper, capabilities).register(c.routes);
      new MatrixEndpoints(config, mapper, capabilities).register(c.routes);
      ErrorResponses.register(c.routes);
    });
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
