package org.routeforge.wsn.protocol;

/**
 * The outcome of a round's set-up phase, filled in by a {@link ClusteringProtocol} and executed by the
 * round engine: which nodes are cluster heads, which head each member sends to, and where each head
 * sends its aggregated packet (the base station or a relay node).
 *
 * @implNote Reused from round to round to avoid allocation; not thread-safe.
 */
public final class RoundPlan {
  /** Target meaning "the base station" in {@link #headOf} and {@link #nextHop}. */
  public static final int BS = -1;

  private final int[] headOf;
  private final int[] nextHop;
  private final boolean[] head;
  private final int[] heads;
  private int headCount;
  private int relay = BS;
  private boolean relayAggregates;

  /** A plan for a network of {@code n} nodes. */
  public RoundPlan(int n) {
    headOf = new int[n];
    nextHop = new int[n];
    head = new boolean[n];
    heads = new int[n];
  }

  /** Clears the plan: no heads, every node sends straight to the base station, no relay. */
  public void reset() {
    for (int k = 0; k < headCount; k++) {
      head[heads[k]] = false;
    }
    java.util.Arrays.fill(headOf, BS);
    java.util.Arrays.fill(nextHop, BS);
    headCount = 0;
    relay = BS;
    relayAggregates = false;
  }

  /** Makes node i a cluster head sending to the base station (idempotent). */
  public void addHead(int i) {
    if (!head[i]) {
      head[i] = true;
      heads[headCount++] = i;
      headOf[i] = i;
      nextHop[i] = BS;
    }
  }

  /** Whether node i is a cluster head this round. */
  public boolean isHead(int i) {
    return head[i];
  }

  /** Number of cluster heads this round. */
  public int headCount() {
    return headCount;
  }

  /** The k-th cluster head, 0 ≤ k &lt; {@link #headCount()}. */
  public int head(int k) {
    return heads[k];
  }

  /** Sets the head a member sends to ({@link #BS} for direct transmission). */
  public void assign(int member, int headNode) {
    headOf[member] = headNode;
  }

  /** The head node i sends to: itself for heads, {@link #BS} for direct transmission. */
  public int headOf(int i) {
    return headOf[i];
  }

  /** Sets where head h sends its aggregated packet: {@link #BS} or the relay. */
  public void setNextHop(int h, int target) {
    nextHop[h] = target;
  }

  /** Where head h sends its aggregated packet. */
  public int nextHop(int h) {
    return nextHop[h];
  }

  /** Declares the round's relay (an intermediary forwarding heads' packets to the base station). */
  public void setRelay(int node, boolean aggregates) {
    relay = node;
    relayAggregates = aggregates;
  }

  /** The relay node, or {@link #BS} if none. */
  public int relay() {
    return relay;
  }

  /** Whether the relay fuses the packets it receives into one before sending to the base station. */
  public boolean relayAggregates() {
    return relayAggregates;
  }
}
