package org.routeforge.api.jobs;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.jobs.lambdas.JobRequestHandler;
import org.routeforge.api.ServiceConfig;
import org.routeforge.api.http.ApiException;
import org.routeforge.api.routing.RequestRouting;
import org.routeforge.api.routing.Routing;
import org.routeforge.api.store.JobRow;
import org.routeforge.api.store.JobStatus;
import org.routeforge.api.store.JobStore;
import org.routeforge.data.io.VrplibSolution;
import org.routeforge.data.model.Instance;
import org.routeforge.solver.Progress;
import org.routeforge.solver.SolveOptions;
import org.routeforge.solver.SolveResult;
import org.routeforge.solver.Solver;
import org.routeforge.solver.model.Solution;
import org.routeforge.solver.rich.Objective;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one VRP job on a JobRunr worker thread: claims the row, parses the stored instance, solves it
 * under the job's time limit, CPU budget, seed and objective, streams each new best to {@link LiveJobs}, writes progress (the
 * best so far and the fraction of the time limit used, which advances every second even without a
 * new best) and a heartbeat to the database every second (which is also where it learns of a cancel
 * requested on another server), and stores the result.
 *
 * <p>Restart safety: a job whose server dies stays PROCESSING in JobRunr until the restarted server
 * (embedded database, {@link InterruptedJobs}) or another server sharing the queue (JobRunr's orphan
 * detection) retries it; this handler then runs it again from the start. After {@value #MAX_INTERRUPTIONS} interruptions it marks the job failed with the reason
 * instead. A solver error fails the job at once (it would fail again). When this server shuts down
 * gracefully, running jobs are put back in the queue and the handler throws, so JobRunr retries them.
 *
 * @implNote thread-safe; one instance serves all workers.
 */
public final class SolveJobHandler implements JobRequestHandler<SolveJobRequest> {
  /** How many server stops a job survives before it is failed with a reason. */
  public static final int MAX_INTERRUPTIONS = 3;
  private static final Logger LOG = LoggerFactory.getLogger(SolveJobHandler.class);

  private final JobStore store;
  private final LiveJobs live;
  private final ServiceConfig config;
  private final ObjectMapper mapper;
  private final String serverId;
  private final ScheduledExecutorService ticker;
  private final AtomicBoolean stopping;
  private final MeterRegistry metrics;
  private final Routing routing;

  public SolveJobHandler(JobStore store, LiveJobs live, ServiceConfig config, ObjectMapper mapper,
      String serverId, ScheduledExecutorService ticker, AtomicBoolean stopping, MeterRegistry metrics,
      Routing routing) {
    this.routing = routing;
    this.store = store;
    this.live = live;
    this.config = config;
    this.mapper = mapper;
    this.serverId = serverId;
    this.ticker = ticker;
    this.stopping = stopping;
    this.metrics = metrics;
  }

  @Override
  @Job(name = "solve %0", retries = MAX_INTERRUPTIONS + 1)
  public void run(SolveJobRequest request) throws Exception {
    String id = request.jobId();
    Optional<JobRow> found = store.find(id, null);
    if (found.isEmpty() || found.get().status().terminal()) {
      return;
    }
    int interruptions = jobContext().amountOfFailures();
    if (interruptions >= MAX_INTERRUPTIONS) {
      store.fail(id, "the job was interrupted " + interruptions
          + " times because the server running it stopped; giving up");
      metrics.counter("routeforge.jobs.completed", "status", "failed").increment();
      return;
    }
    if (!store.markRunning(id, serverId)) {
      return;
    }
    JobRow row = found.get();
    String[] input = store.input(id).orElseThrow();
    RequestPreparation.Normalized parsed;
    RequestRouting rr = routing.forRequest();
    try {
      parsed = InstanceInput.parse(input[0], input[1], config, Integer.MAX_VALUE, rr);
    } catch (ApiException e) {
      store.fail(id, "the stored instance no longer parses: " + e.getMessage());
      return;
    }
    SolveOptions options = SolveOptions.builder()
        .timeLimit(Duration.ofMillis(row.timeLimitMs()))
        .cpuTime(row.cpuTimeMs() == null ? null : Duration.ofMillis(row.cpuTimeMs()))
        .seed(row.seed())
        .threads(1)
        .objective(row.objective() == null ? Objective.COST : Objective.parse(row.objective()))
        .build();
    LiveJobs.Live l = live.start(id);
    if (row.cancelRequested()) {
      l.userCancelled = true;
      l.token.cancel();
    }
    long t0 = System.nanoTime();
    AtomicReference<Progress> latest = new AtomicReference<>();
    ScheduledFuture<?> beat = ticker.scheduleAtFixedRate(
        () -> heartbeat(id, l, latest, row.timeLimitMs(), t0), 1, 1, TimeUnit.SECONDS);
    SolveResult result;
    try {
      result = Solver.solve(parsed.request(options.objective()), options, p -> {
        if (l.offer(p)) {
          latest.set(p);
        }
      }, l.token);
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      LOG.warn("job {} failed in the solver", id, e);
      store.fail(id, "the solver failed: " + e);
      metrics.counter("routeforge.jobs.completed", "status", "failed").increment();
      return;
    } finally {
      beat.cancel(false);
      live.end(id);
    }
    if (stopping.get() && !l.userCancelled) {
      store.requeue(id, "the server stopped while solving; the job will run again");
      LOG.info("job {} re-queued: this server is stopping", id);
      throw new RequeuedOnStop(serverId, id);
    }
    Instance instance = parsed.instance();
    Solution best = result.best();
    JobStatus status = l.userCancelled ? JobStatus.CANCELLED : JobStatus.FINISHED;
    String json = null;
    String sol = null;
    JobStore.Snapshot snap = null;
    if (best != null) {
      com.fasterxml.jackson.databind.node.ObjectNode answer = SolutionJson.write(mapper, instance, best);
      if (!parsed.ignoredFields().isEmpty()) {
        answer.putPOJO("ignored_fields", parsed.ignoredFields());
      }
      answer.put("objective", options.objective().wire());
      answer.put("engine", result.engine());
      answer.putPOJO("notes", result.notes());
      json = mapper.writeValueAsString(withRouting(answer, rr));
      int[] types = new int[best.routes().size()];
      for (int r = 0; r < types.length; r++) {
        types[r] = best.routes().get(r).vehicleType();
      }
      // with several depots each route names its depot, as mdcheck.py reads it
      sol = VrplibSolution.of(instance, best.routeStops(), types, best.cost()).format();
      snap = new JobStore.Snapshot(best.cost(), best.feasible(), best.routeCount(), result.iterations(),
          Math.min(1, result.runtimeSeconds() * 1000 / row.timeLimitMs()), (long) (result.runtimeSeconds() * 1000));
    }
    store.complete(id, new JobStore.Result(status, snap, result.stopReason().name(), json, sol));
    metrics.counter("routeforge.jobs.completed", "status", status.wire()).increment();
    metrics.timer("routeforge.jobs.solve").record(Duration.ofNanos(System.nanoTime() - t0));
  }

  /** The solution with its routing and, when asked for, route geometry (or why there is none). */
  private static com.fasterxml.jackson.databind.node.ObjectNode withRouting(
      com.fasterxml.jackson.databind.node.ObjectNode solution, RequestRouting rr) {
    try {
      return rr.decorate(solution);
    } catch (ApiException e) {
      return solution.put("geometry_error", e.problem().detail);
    }
  }

  private void heartbeat(String id, LiveJobs.Live l, AtomicReference<Progress> latest, long limitMs, long t0) {
    try {
      // The best so far (not only a new one), so that the time fraction advances every second.
      Progress p = latest.get();
      long elapsedMs = (System.nanoTime() - t0) / 1_000_000;
      double fraction = Math.min(1, elapsedMs / (double) limitMs);
      JobStore.Snapshot s = p == null ? null : new JobStore.Snapshot(p.cost(), p.feasible(), p.routes(),
          p.iteration(), fraction, elapsedMs);
      if (s == null) {
        store.progress(id, fraction);
      }
      if (store.heartbeat(id, s) && !l.userCancelled) {
        l.userCancelled = true;
        l.token.cancel();
      }
      // The solver honours the limit itself; this is a backstop against an engine that overruns.
      if (elapsedMs > limitMs + 5000) {
        l.token.cancel();
      }
    } catch (Exception e) {
      LOG.warn("heartbeat of job {} failed: {}", id, e.toString());
    }
  }
}
