package org.routeforge.api.store;

import java.util.Locale;

/**
 * Life cycle of a job: {@code queued → running → finished | failed | cancelled}. A job whose server
 * stops goes back to {@code queued} until JobRunr runs it again (or fails it with a reason).
 */
public enum JobStatus {
  QUEUED, RUNNING, FINISHED, FAILED, CANCELLED;

  /** The lower-case name used in JSON and in the database. */
  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether the job will not change any more. */
  public boolean terminal() {
    return this == FINISHED || this == FAILED || this == CANCELLED;
  }

  /** Parses {@link #wire()}. */
  public static JobStatus fromWire(String s) {
    return valueOf(s.toUpperCase(Locale.ROOT));
  }
}
