package org.routeforge.api.jobs;

import org.jobrunr.jobs.lambdas.JobRequest;
import org.jobrunr.jobs.lambdas.JobRequestHandler;

/**
 * The JobRunr job request for one WSN simulation; the request body lives in {@code rf_jobs}.
 *
 * @param jobId id of the row in {@code rf_jobs} (also JobRunr's job id)
 */
public record WsnJobRequest(String jobId) implements JobRequest {
  @Override
  public Class<? extends JobRequestHandler> getJobRequestHandler() {
    return WsnJobHandler.class;
  }

  @Override
  public String toString() {
    return jobId;
  }
}
