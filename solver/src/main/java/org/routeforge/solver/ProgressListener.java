package org.routeforge.solver;

/**
 * Receives each new best solution of a running solve (the CLI prints it, the HTTP API streams it).
 * Called on the solving thread: implementations must return quickly.
 */
@FunctionalInterface
public interface ProgressListener {
  /** A listener that ignores all events. */
  ProgressListener NONE = p -> { };

  /** Called with each new best solution. */
  void onProgress(Progress p);
}
