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

  /**
   * Called with a sentence about how the solve runs when it differs from what was asked (an
   * initial-solution provider that cannot model a feature of the instance and was left out, an
   * option that has no effect); the same sentences end up in {@link SolveResult#notes()}.
   */
  default void onNote(String note) {
  }
}
