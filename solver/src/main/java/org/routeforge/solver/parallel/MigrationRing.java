package org.routeforge.solver.parallel;

import java.util.concurrent.Phaser;
import org.routeforge.solver.memetic.Migration;

/**
 * The ring of islands' {@link Migration}s: at the end of epoch {@code e} island {@code k} deposits its
 * best, waits on a {@link Phaser} until every island still searching has deposited (or left), and takes
 * island {@code k - 1}'s (island 0 takes the last one's). One phaser phase per epoch; deposits are kept
 * in two slots per island by epoch parity, so an island that runs ahead into epoch {@code e + 1} cannot
 * overwrite a deposit of epoch {@code e} that a slower island has not read yet (it cannot pass the next
 * barrier before that island reaches it). Each deposit carries its epoch, so an island that stopped
 * before reaching an epoch passes nothing on for it. Which member an island receives thus depends only
 * on the epochs, never on thread timing. The phaser's arrive/advance orders the deposits before the reads.
 */
final class MigrationRing<M> {
  private final Phaser barrier;
  private final Object[][] best;
  private final int[][] epochOf;
  private final boolean[] left;

  MigrationRing(int islands) {
    this.barrier = new Phaser(islands);
    this.best = new Object[2][islands];
    this.epochOf = new int[2][islands];
    this.left = new boolean[islands];
    for (int[] e : epochOf) {
      java.util.Arrays.fill(e, -1);
    }
  }

  /** Island {@code k}'s link to the ring. */
  Migration<M> island(int k) {
    int islands = left.length;
    int from = (k + islands - 1) % islands;
    return new Migration<>() {
      @Override
      @SuppressWarnings("unchecked")
      public M exchange(int epoch, M member) {
        int slot = epoch & 1;
        best[slot][k] = member;
        epochOf[slot][k] = epoch;
        barrier.arriveAndAwaitAdvance();
        return epochOf[slot][from] == epoch ? (M) best[slot][from] : null;
      }

      @Override
      public void leave() {
        synchronized (left) {
          if (left[k]) {
            return;
          }
          left[k] = true;
        }
        barrier.arriveAndDeregister();
      }
    };
  }
}
