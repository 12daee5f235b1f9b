package org.routeforge.solver;

/**
 * Asks a running solve to stop: the engine returns its best solution within about 100 ms.
 *
 * @implNote thread-safe (a volatile flag); the solving thread polls {@link #isCancelled()} cheaply.
 */
public final class CancelToken {
  private volatile boolean cancelled;

  /** Requests cancellation; idempotent. */
  public void cancel() {
    cancelled = true;
  }

  /** Whether cancellation was requested. */
  public boolean isCancelled() {
    return cancelled;
  }
}
