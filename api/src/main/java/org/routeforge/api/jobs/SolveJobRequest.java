package org.routeforge.api.jobs;

import org.jobrunr.jobs.lambdas.JobRequest;
import org.jobrunr.jobs.lambdas.JobRequestHandler;

/**
 * The JobRunr job request for one VRP solve: only the job id travels through the queue; the instance
 * and options are in {@code rf_jobs}, so any server sharing the database can run it.
 *
 * @param jobId id of the row in {@code rf_jobs} (also JobRunr's job id)
 */
public record SolveJobRequest(String jobId) implements JobRequest {
  @Override
  public Class<? extends JobRequestHandler> getJobRequestHandler() {
    return SolveJobHandler.class;
  }

  @Override
  public String toString() {
    return jobId;
  }
}
