package org.routeforge.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.sse.SseHandler;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import org.jobrunr.scheduling.JobRequestScheduler;
import org.routeforge.api.http.ApiException;
import org.routeforge.api.http.Http;
import org.routeforge.api.http.Problem;
import org.routeforge.api.jobs.InstanceInput;
import org.routeforge.api.jobs.LiveJobs;
import org.routeforge.api.jobs.SolutionJson;
import org.routeforge.api.jobs.SolveJobRequest;
import org.routeforge.api.routing.RequestRouting;
import org.routeforge.api.routing.Routing;
import org.routeforge.api.store.ApiKeys;
import org.routeforge.api.store.JobRow;
import org.routeforge.api.store.JobStatus;
import org.routeforge.api.store.JobStore;
import org.routeforge.data.model.Instance;
import org.routeforge.solver.CancelToken;
import org.routeforge.solver.SolveOptions;
import org.routeforge.solver.SolveResult;
import org.routeforge.solver.rich.Objective;
import org.routeforge.solver.rich.RichRequest;
import org.routeforge.solver.Solver;

/**
 * The VRP endpoints: asynchronous jobs ({@code POST/GET /v1/vrp/jobs}, status, solution, cancel,
 * server-sent events; a job takes the CLI's {@code objective} and a {@code cpu_time} budget) and the
 * capped synchronous {@code POST /v1/vrp/solve}. Every job lookup is
 * scoped to the caller's tenant; another tenant's job is "not found".
 *
 * @implNote thread-safe.
 */
final class VrpEndpoints {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(VrpEndpoints.class);
  private static final Set<String> SUBMIT_PARAMS = Set.of("format", "time_limit", "seed", "name", "objective",
      "cpu_time");
  private static final int PAGE_MAX = 200;

  private final ServiceConfig config;
  private final JobStore jobs;
  private final LiveJobs live;
  private final ObjectMapper mapper;
  private final JobRequestScheduler scheduler;
  private final Runnable onQueued;
  private final SseHub sse;
  private final MeterRegistry metrics;
  private final Semaphore syncSlots;
  private final Routing routing;
  private volatile long queued;
  private volatile long queuedAt = System.nanoTime() - 2_000_000_000L;

  VrpEndpoints(ServiceConfig config, JobStore jobs, LiveJobs live, ObjectMapper mapper,
      JobRequestScheduler scheduler, Runnable onQueued, SseHub sse, MeterRegistry metrics, Routing routing) {
    this.config = config;
    this.routing = routing;
    this.jobs = jobs;
    this.live = live;
    this.mapper = mapper;
    this.scheduler = scheduler;
    this.onQueued = onQueued;
    this.sse = sse;
    this.metrics = metrics;
    this.syncSlots = new Semaphore(Math.max(1, config.workers()));
  }

  void register(RoutesConfig r) {
    r.post("/v1/vrp/jobs", this::submit);
    r.get("/v1/vrp/jobs", this::list);
    r.get("/v1/vrp/jobs/{id}", this::get);
    r.get("/v1/vrp/jobs/{id}/status", this::status);
    r.get("/v1/vrp/jobs/{id}/solution", this::solution);
    r.get("/v1/vrp/jobs/{id}/events", this::events);
    r.delete("/v1/vrp/jobs/{id}", this::cancel);
    r.post("/v1/vrp/solve", this::solveSync);
    r.post("/v1/vroom", this::vroom);
  }

  private void submit(Context ctx) throws Exception {
    ApiKeys.Principal p = Authentication.principal(ctx);
    Http.onlyParams(ctx, SUBMIT_PARAMS);
    double seconds = Http.seconds(ctx, "time_limit", config.defaultTimeLimitSeconds(),
        config.maxTimeLimitSeconds(), "max_time_limit_s");
    long seed = Http.longParam(ctx, "seed", 1, Long.MIN_VALUE, Long.MAX_VALUE);
    Objective objective = objective(ctx);
    double cpuSeconds = Http.seconds(ctx, "cpu_time", -1, config.maxTimeLimitSeconds(), "max_time_limit_s");
    String body = Http.body(ctx, config.maxBodyBytes());
    String format = InstanceInput.format(ctx.queryParam("format"), ctx.contentType(), body);
    Instance inst = InstanceInput.parse(format, body, config, config.maxStops(), routing.forRequest()).instance();
    if (queuedEstimate() >= config.maxQueuedJobs()) {
      throw new ApiException(new Problem(503, "queue_full", "Queue full", "the job queue holds "
          + config.maxQueuedJobs() + " jobs (setting max_queued_jobs); retry later")
          .with("limit", "max_queued_jobs").with("retry_after", 10));
    }
    String name = ctx.queryParam("name");
    if (name == null || name.isBlank()) {
      name = inst.name();
    }
    name = name.length() > 200 ? name.substring(0, 200) : name;
    UUID id = UUID.randomUUID();
    jobs.insert(new JobStore.NewJob(id.toString(), p.tenant(), name, format, body, inst.stops().size(),
        inst.vehicleCount(), Math.max(1, Math.round(seconds * 1000)), seed, objective.wire(),
        cpuSeconds > 0 ? Long.valueOf(Math.max(1, Math.round(cpuSeconds * 1000))) : null));
    try {
      scheduler.enqueue(id, new SolveJobRequest(id.toString()));
    } catch (RuntimeException e) {
      jobs.fail(id.toString(), "the job could not be queued: " + e.getMessage());
      throw e;
    }
    onQueued.run();
    metrics.counter("routeforge.jobs.submitted").increment();
    ObjectNode n = mapper.createObjectNode();
    n.put("id", id.toString());
    n.put("status", JobStatus.QUEUED.wire());
    n.putObject("links").put("self", "/v1/vrp/jobs/" + id).put("events", "/v1/vrp/jobs/" + id + "/events")
        .put("solution", "/v1/vrp/jobs/" + id + "/solution");
    ctx.status(202).header("Location", "/v1/vrp/jobs/" + id).json(n);
  }

  /**
   * The number of queued jobs, counted at most once a second (a count per submission would cost a
   * query on the hot path; being a second late on a soft limit is harmless).
   */
  private long queuedEstimate() throws java.sql.SQLException {
    long now = System.nanoTime();
    if (now - queuedAt > 1_000_000_000L) {
      queued = jobs.countQueued();
      queuedAt = now;
    }
    return queued;
  }

  private void list(Context ctx) throws Exception {
    Http.onlyParams(ctx, Set.of("limit", "offset"));
    int limit = (int) Http.longParam(ctx, "limit", 50, 1, PAGE_MAX);
    long offset = Http.longParam(ctx, "offset", 0, 0, Long.MAX_VALUE / 2);
    JobStore.Page page = jobs.list(Authentication.principal(ctx).tenant(), false, limit, offset);
    ObjectNode n = mapper.createObjectNode();
    var arr = n.putArray("jobs");
    for (JobRow r : page.jobs()) {
      arr.add(JobViews.view(mapper, r));
    }
    n.put("total", page.total());
    n.put("limit", limit);
    n.put("offset", offset);
    if (offset + page.jobs().size() < page.total()) {
      n.put("next", "/v1/vrp/jobs?limit=" + limit + "&offset=" + (offset + limit));
    }
    ctx.json(n);
  }

  private JobRow own(Context ctx) throws Exception {
    String id = ctx.pathParam("id");
    Optional<JobRow> r = validId(id) ? jobs.find(id, Authentication.principal(ctx).tenant()) : Optional.empty();
    r = r.filter(row -> !JobStore.WSN.equals(row.inputFormat()));
    return r.orElseThrow(() -> ApiException.notFound("job " + (id.length() > 64 ? id.substring(0, 64) + "..." : id)));
  }

  static boolean validId(String id) {
    try {
      return id.length() == 36 && UUID.fromString(id).toString().equals(id);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private void get(Context ctx) throws Exception {
    Http.onlyParams(ctx, Set.of());
    JobRow r = own(ctx);
    ObjectNode n = JobViews.view(mapper, r);
    String json = r.status().terminal() ? jobs.solution(r.id()).map(s -> s[0]).orElse(null) : null;
    if (json != null) {
      n.set("solution", mapper.readTree(json));
    } else {
      n.putNull("solution");
    }
    ctx.json(n);
  }

  private void status(Context ctx) throws Exception {
    Http.onlyParams(ctx, Set.of());
    ctx.json(JobViews.view(mapper, own(ctx)));
  }

  private void solution(Context ctx) throws Exception {
    Http.onlyParams(ctx, Set.of("format"));
    JobRow r = own(ctx);
    String format = ctx.queryParam("format") == null ? "json" : ctx.queryParam("format");
    if (!format.equals("json") && !format.equals("vrplib")) {
      throw ApiException.badRequest("invalid_parameter", "format must be json or vrplib, not '" + format + "'", null, "format");
    }
    String[] s = jobs.solution(r.id()).orElseThrow(() -> ApiException.notFound("job " + r.id()));
    if (s[0] == null) {
      String why = r.status() == JobStatus.FAILED ? "the job failed: " + r.error()
          : "the job is " + r.status().wire() + "; the solution is stored when it ends";
      throw new ApiException(new Problem(404, "no_solution", "No solution yet", why)
          .with("job_id", r.id()).with("job_status", r.status().wire()));
    }
    if (format.equals("vrplib")) {
      ctx.contentType("text/plain; charset=utf-8").result(s[1]);
    } else {
      ObjectNode n = (ObjectNode) mapper.readTree(s[0]);
      n.put("id", r.id());
      n.put("status", r.status().wire());
      n.put("seed", r.seed());
      n.set("timings", JobViews.view(mapper, r).get("timings"));
      ctx.json(n);
    }
  }

  private void events(Context ctx) throws Exception {
    Http.onlyParams(ctx, Set.of());
    JobRow r = own(ctx);
    String accept = ctx.header("Accept");
    if (accept == null || !accept.contains("text/event-stream")) {
      throw new ApiException(new Problem(406, "not_acceptable", "Not acceptable",
          "this endpoint streams server-sent events; send 'Accept: text/event-stream'"));
    }
    new SseHandler(client -> sse.follow(client, r)).handle(ctx);
  }

  private void cancel(Context ctx) throws Exception {
    Http.onlyParams(ctx, Set.of());
    JobRow r = own(ctx);
    Optional<JobStatus> before = jobs.cancel(r.id(), r.tenant());
    if (before.isPresent() && before.get() == JobStatus.QUEUED) {
      try {
        scheduler.delete(UUID.fromString(r.id()), "cancelled by the user");
      } catch (RuntimeException e) {
        // Already picked up or gone: the worker sees the cancelled row and skips it.
      }
    } else if (before.isPresent() && before.get() == JobStatus.RUNNING) {
      live.cancel(r.id());
      // Wait briefly so that the answer usually shows the final state with the best solution kept.
      long deadline = System.currentTimeMillis() + 3000;
      while (System.currentTimeMillis() < deadline) {
        JobRow now = jobs.find(r.id(), r.tenant()).orElse(r);
        if (now.status().terminal()) {
          break;
        }
        Thread.sleep(50);
      }
    }
    ctx.json(JobViews.view(mapper, jobs.find(r.id(), r.tenant()).orElse(r)));
  }

  /**
   * VROOM's request schema in, VROOM's output out; errors are problem+json with VROOM's numeric
   * {@code vroom_code} (2 = input error) and its {@code error} text added, so VROOM clients find both.
   */
  private void vroom(Context ctx) throws Exception {
    try {
      Http.onlyParams(ctx, Set.of("time_limit", "seed", "objective"));
      double seconds = Http.seconds(ctx, "time_limit", Math.min(1, config.syncMaxTimeLimitSeconds()),
          config.syncMaxTimeLimitSeconds(), "sync_max_time_limit_s");
      long seed = Http.longParam(ctx, "seed", 1, Long.MIN_VALUE, Long.MAX_VALUE);
      String ct = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(java.util.Locale.ROOT);
      if (!ct.startsWith("application/json") && !ct.startsWith("application/vnd.vroom+json")) {
        throw new ApiException(new Problem(415, "unsupported_media_type", "Unsupported media type",
            "send VROOM input as application/json"));
      }
      String body = Http.body(ctx, config.maxBodyBytes());
      RequestRouting rr = routing.forRequest();
      long t0 = System.nanoTime();
      var n = InstanceInput.parse("vroom", body, config, Math.min(config.maxStops(), config.syncMaxStops()), rr);
      long t1 = System.nanoTime();
      SolveResult res = solveNow(n.request(objective(ctx)), seconds, seed);
      long solvingMs = (System.nanoTime() - t1) / 1_000_000;
      long loadingMs = Math.max(0, (t1 - t0) / 1_000_000 - rr.routingMillis());
      var times = new org.routeforge.data.io.vroom.VroomSolution.ComputingTimes(loadingMs, solvingMs, rr.routingMillis());
      ctx.contentType("application/json").result(rr.vroomJson(org.routeforge.api.jobs.VroomOutput.of(n, res.best(), times)));
    } catch (ApiException e) {
      e.problem().with("vroom_code", e.problem().status >= 500 ? 1 : 2).with("error", e.problem().detail);
      throw e;
    }
  }

  /** The {@code objective} query parameter ({@link Objective#COST} when absent). */
  private static Objective objective(Context ctx) {
    String o = ctx.queryParam("objective");
    if (o == null) {
      return Objective.COST;
    }
    try {
      return Objective.parse(o);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("invalid_parameter", e.getMessage(), null, "objective");
    }
  }

  /** Solves a request (with its warm start and locks) on one of the synchronous slots. */
  private SolveResult solveNow(RichRequest request, double seconds, long seed) {
    if (!syncSlots.tryAcquire()) {
      throw new ApiException(new Problem(503, "busy", "Busy", "all " + config.workers()
          + " synchronous solve slots are in use; retry, or submit a job to POST /v1/vrp/jobs")
          .with("retry_after", Math.max(1, (long) Math.ceil(config.syncMaxTimeLimitSeconds() / 2.0))));
    }
    try {
      metrics.counter("routeforge.solves.sync").increment();
      return Solver.solve(request, SolveOptions.builder().timeLimit(Duration.ofMillis(Math.max(1, Math.round(seconds * 1000))))
          .seed(seed).threads(1).objective(request.objective()).build(), null, new CancelToken());
    } catch (RuntimeException | StackOverflowError e) {
      // As a job would fail with the reason: the instance parsed, but the solver could not handle it.
      LOG.warn("synchronous solve failed in the solver", e);
      throw new ApiException(new Problem(422, "solver_failed", "Solver failed", "the solver could not solve "
          + "this instance (" + e + "); it has been logged"));
    } finally {
      syncSlots.release();
    }
  }

  private void solveSync(Context ctx) throws Exception {
    Http.onlyParams(ctx, Set.of("format", "time_limit", "seed", "objective"));
    double seconds = Http.seconds(ctx, "time_limit", Math.min(1, config.syncMaxTimeLimitSeconds()),
        config.syncMaxTimeLimitSeconds(), "sync_max_time_limit_s");
    long seed = Http.longParam(ctx, "seed", 1, Long.MIN_VALUE, Long.MAX_VALUE);
    String body = Http.body(ctx, config.maxBodyBytes());
    String format = InstanceInput.format(ctx.queryParam("format"), ctx.contentType(), body);
    RequestRouting rr = routing.forRequest();
    var parsed = InstanceInput.parse(format, body, config, Math.min(config.maxStops(), config.syncMaxStops()), rr);
    Instance inst = parsed.instance();
    long t0 = System.nanoTime();
    Objective objective = objective(ctx);
    SolveResult res = solveNow(parsed.request(objective), seconds, seed);
    ObjectNode n = SolutionJson.write(mapper, inst, res.best());
    if (!parsed.ignoredFields().isEmpty()) {
      n.putPOJO("ignored_fields", parsed.ignoredFields());
    }
    n.put("status", JobStatus.FINISHED.wire());
    n.put("seed", seed);
    n.put("objective", objective.wire());
    n.put("engine", res.engine());
    n.putPOJO("features", res.features());
    n.putPOJO("notes", res.notes());
    n.put("stop_reason", res.stopReason().name().toLowerCase(java.util.Locale.ROOT));
    rr.decorate(n);
    n.putObject("timings").put("processing_ms", (System.nanoTime() - t0) / 1_000_000).put("solver_ms",
        Math.round(res.runtimeSeconds() * 1000));
    ctx.json(n);
  }
}
