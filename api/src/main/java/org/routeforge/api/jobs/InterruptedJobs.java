package org.routeforge.api.jobs;

import java.time.Instant;
import java.util.List;
import org.jobrunr.jobs.Job;
import org.jobrunr.jobs.states.StateName;
import org.jobrunr.storage.Paging;
import org.jobrunr.storage.StorageProvider;

/**
 * Picks up, at start, the jobs that the previous server process left running when it died
 * ({@code kill -9}, power loss). Only for a store this process has to itself (the embedded H2 file is
 * locked by one process): every job JobRunr still has as PROCESSING was then running on a dead
 * server. Each such job gets a JobRunr failure ("interrupted"), which the handlers count towards
 * {@link SolveJobHandler#MAX_INTERRUPTIONS}, and is scheduled to run again at once, instead of
 * waiting for JobRunr's orphan detection (four poll intervals) and retry back-off. With a shared
 * PostgreSQL queue other servers may be running those jobs, so JobRunr's orphan detection stays in
 * charge there.
 */
public final class InterruptedJobs {
  private static final int BATCH = 100;

  private InterruptedJobs() {}

  /** Records the interruption of every PROCESSING job and schedules it to run now; returns how many. */
  public static int retryAfterCrash(StorageProvider storage) {
    int n = 0;
    for (int round = 0; round < 10_000; round++) {
      List<Job> jobs = storage.getJobList(StateName.PROCESSING, Paging.AmountBasedList.ascOnUpdatedAt(BATCH));
      if (jobs.isEmpty()) {
        break;
      }
      for (Job j : jobs) {
        j.failed("Interrupted", new IllegalStateException("the server running the job stopped without a graceful shutdown"));
        j.scheduleAt(Instant.now(), "run again after a server restart");
      }
      storage.save(jobs);
      n += jobs.size();
    }
    return n;
  }
}
