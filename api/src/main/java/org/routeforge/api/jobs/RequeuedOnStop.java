package org.routeforge.api.jobs;

/**
 * Thrown by a job handler whose server is stopping gracefully, after it has put its job back in the
 * queue: JobRunr counts a failure and runs the job again on the next server. It is control flow, not
 * an error, so it carries no stack trace and {@link RequeuedOnStopLogFilter} keeps JobRunr's failure
 * report of it out of the log (the handler logs one line instead).
 */
public final class RequeuedOnStop extends RuntimeException {
  private static final long serialVersionUID = 1L;

  RequeuedOnStop(String serverId, String jobId) {
    super("server " + serverId + " is stopping; job " + jobId + " re-queued", null, false, false);
  }
}
