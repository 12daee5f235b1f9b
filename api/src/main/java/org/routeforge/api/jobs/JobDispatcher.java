package org.routeforge.api.jobs;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jobrunr.server.BackgroundJobServer;
import org.jobrunr.server.JobSteward;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts a job queued on this server at once when a worker is idle. JobRunr keeps the queue durable
 * and shared between servers, but its SQL storage polls no more often than every 5 s, so a job
 * submitted to an idle server would wait up to 5 s. After each submission {@link #wake} runs
 * JobRunr's own "a worker became free" path on its job steward: the steward claims as much enqueued
 * work as this server has free workers (an optimistic-locking state change in the database, so no job
 * runs twice, also across servers) under the same lock as its periodic poll, and hands it to its
 * workers. The steward offers that path only as {@code notifyThreadIdle}, which also counts a worker
 * as freed, so each wake first counts one as taken ({@code notifyThreadOccupied}): the count is
 * unchanged. Wakes are coalesced on one thread.
 *
 * @implNote thread-safe; one daemon thread.
 */
public final class JobDispatcher implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(JobDispatcher.class);

  private final BackgroundJobServer server;
  private final AtomicBoolean pending = new AtomicBoolean();
  private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "routeforge-dispatch");
    t.setDaemon(true);
    return t;
  });

  public JobDispatcher(BackgroundJobServer server) {
    this.server = server;
  }

  /** Asks for a claim of enqueued work soon (returns at once). */
  public void wake() {
    if (pending.compareAndSet(false, true)) {
      try {
        thread.execute(this::claim);
      } catch (java.util.concurrent.RejectedExecutionException e) {
        pending.set(false); // closed: JobRunr's own poll picks the job up
      }
    }
  }

  private void claim() {
    pending.set(false);
    try {
      if (!server.isRunning() || server.isNotReadyToProcessJobs()) {
        return;
      }
      JobSteward steward = server.getJobSteward();
      if (steward != null) {
        steward.notifyThreadOccupied();
        steward.notifyThreadIdle();
      }
    } catch (RuntimeException e) {
      LOG.warn("could not start queued jobs at once (JobRunr's poll will): {}", e.toString());
    }
  }

  @Override
  public void close() {
    thread.shutdownNow();
  }
}
