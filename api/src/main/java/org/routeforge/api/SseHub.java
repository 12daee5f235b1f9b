package org.routeforge.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.sse.SseClient;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.routeforge.api.jobs.LiveJobs;
import org.routeforge.api.store.JobRow;
import org.routeforge.api.store.JobStatus;
import org.routeforge.api.store.JobStore;
import org.routeforge.solver.Progress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Streams a job's progress as server-sent events: {@code status} once, {@code progress} for each new
 * best solution and at least once a second while the job runs ({@code cost}, {@code feasible},
 * {@code routes}, {@code iteration} of the best so far, {@code elapsed} seconds, and {@code progress},
 * the fraction of the time limit used, which advances with time even when no better solution is
 * found), and {@code end} with the final job view, after which the stream closes. A job solved in
 * this process is followed through {@link LiveJobs} (every improvement); a job on another server
 * through the database (its once-a-second progress).
 *
 * @implNote thread-safe; each client is one periodic task on a shared scheduler.
 */
final class SseHub {
  private static final Logger LOG = LoggerFactory.getLogger(SseHub.class);
  private static final long TICK_MS = 150;

  private final JobStore store;
  private final LiveJobs live;
  private final ObjectMapper mapper;
  private final ScheduledExecutorService ticker;

  SseHub(JobStore store, LiveJobs live, ObjectMapper mapper, ScheduledExecutorService ticker) {
    this.store = store;
    this.live = live;
    this.mapper = mapper;
    this.ticker = ticker;
  }

  /** Follows {@code row} for {@code client} until the job ends or the client leaves. */
  void follow(SseClient client, JobRow row) {
    client.keepAlive();
    client.sendEvent("status", json(JobViews.view(mapper, row)));
    Follower f = new Follower(client, row.id(), row.tenant(), row.timeLimitMs());
    f.future = ticker.scheduleWithFixedDelay(f::tick, 0, TICK_MS, TimeUnit.MILLISECONDS);
    client.onClose(() -> f.future.cancel(false));
  }

  private String json(Object o) {
    try {
      return mapper.writeValueAsString(o);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private final class Follower {
    final SseClient client;
    final String id;
    final String tenant;
    final long timeLimitMs;
    volatile ScheduledFuture<?> future;
    int sentLive;
    double lastCost = Double.NaN;
    long lastDbCheck;
    long lastSent;

    Follower(SseClient client, String id, String tenant, long timeLimitMs) {
      this.client = client;
      this.id = id;
      this.tenant = tenant;
      this.timeLimitMs = Math.max(1, timeLimitMs);
    }

    void tick() {
      try {
        if (client.terminated()) {
          future.cancel(false);
          return;
        }
        LiveJobs.Live l = live.get(id);
        if (l != null) {
          List<Progress> imp = l.improvements();
          for (int i = sentLive; i < imp.size(); i++) {
            Progress p = imp.get(i);
            send(p.cost(), p.feasible(), p.routes(), p.iteration(), p.elapsedSeconds(),
                Math.min(1, p.elapsedSeconds() * 1000 / timeLimitMs));
          }
          sentLive = imp.size();
          long now = System.currentTimeMillis();
          if (now - lastDbCheck < 1000) {
            return;
          }
          lastDbCheck = now;
        }
        Optional<JobRow> r = store.find(id, tenant);
        if (r.isEmpty()) {
          client.close();
          future.cancel(false);
          return;
        }
        JobRow row = r.get();
        long now = System.currentTimeMillis();
        boolean better = row.bestCost() != null && !(row.bestCost() >= lastCost);
        if (row.status() == JobStatus.RUNNING && row.startedAt() != null && now - lastSent >= 1000) {
          // once a second: the best so far (here: the live one) with the time used
          double elapsed = Math.max(0, now - row.startedAt()) / 1000.0;
          double fraction = Math.min(1, elapsed * 1000 / timeLimitMs);
          List<Progress> imp = l == null ? List.of() : l.improvements();
          if (!imp.isEmpty()) {
            Progress p = imp.get(imp.size() - 1);
            send(p.cost(), p.feasible(), p.routes(), p.iteration(), elapsed, fraction);
          } else {
            send(row.bestCost(), Boolean.TRUE.equals(row.bestFeasible()), row.bestRoutes() == null ? 0 : row.bestRoutes(),
                row.iterations() == null ? 0 : row.iterations(), elapsed, fraction);
          }
        } else if (l == null && better) {
          send(row.bestCost(), Boolean.TRUE.equals(row.bestFeasible()), row.bestRoutes() == null ? 0 : row.bestRoutes(),
              row.iterations() == null ? 0 : row.iterations(), row.elapsedMs() == null ? 0 : row.elapsedMs() / 1000.0,
              row.progress() == null ? 0 : row.progress());
        }
        if (row.status().terminal() && live.get(id) == null) {
          client.sendEvent("end", json(JobViews.view(mapper, row)));
          future.cancel(false);
          client.close();
        }
      } catch (Exception e) {
        LOG.debug("SSE for job {} stopped: {}", id, e.toString());
        future.cancel(false);
        client.close();
      }
    }

    private double lastProgress;

    /** One progress event; {@code cost} is null while the job has no solution yet. */
    void send(Double cost, boolean feasible, int routes, long iteration, double elapsed, double progress) {
      if (cost != null) {
        lastCost = cost;
      }
      lastSent = System.currentTimeMillis();
      ObjectNode n = mapper.createObjectNode();
      if (cost == null) {
        n.putNull("cost");
      } else {
        n.put("cost", cost);
      }
      // the solver's own clock starts after the job's: never let the stream's progress go back
      lastProgress = Math.max(lastProgress, progress);
      n.put("progress", lastProgress);
      n.put("feasible", feasible);
      n.put("routes", routes);
      n.put("iteration", iteration);
      n.put("elapsed", elapsed);
      client.sendEvent("progress", json(n));
    }
  }
}
