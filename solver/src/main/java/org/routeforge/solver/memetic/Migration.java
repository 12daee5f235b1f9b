package org.routeforge.solver.memetic;

/**
 * An island's link to the other islands of a parallel search ({@code parallel.IslandEngine}): at the end
 * of each epoch of {@link HgsParameters#migrateEvery()} iterations the island hands over its best member
 * and receives the best of the island before it in the ring, which it inserts into its population like
 * an educated offspring. Both calls are made by the island's own thread.
 *
 * @param <M> the representation's member
 */
public interface Migration<M> {
  /**
   * Deposits this island's {@code best} for epoch {@code epoch} (0, 1, ...), waits until every island
   * still searching has reached the end of that epoch, and returns the previous island's best of that
   * epoch, or null when that island stopped before reaching it.
   */
  M exchange(int epoch, M best);

  /**
   * Leaves the ring: this island has stopped searching and will not reach another epoch (idempotent;
   * the island engine calls it however the island's solve ended, so that the others never wait for it).
   */
  void leave();
}
