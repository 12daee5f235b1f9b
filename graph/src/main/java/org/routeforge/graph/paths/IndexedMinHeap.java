package org.routeforge.graph.paths;

/**
 * A binary min-heap of vertices keyed by {@code long} distances with decrease-key, on arrays indexed
 * by vertex. Positions are epoch-stamped so that clearing between queries is O(1).
 */
final class IndexedMinHeap {
  private final int[] heap;
  private final int[] pos;
  private final int[] posStamp;
  private final long[] key;
  private int size;
  private int stamp;

  IndexedMinHeap(int n) {
    heap = new int[Math.max(1, n)];
    pos = new int[n];
    posStamp = new int[n];
    key = new long[n];
  }

  void clear() {
    size = 0;
    stamp++;
  }

  boolean isEmpty() {
    return size == 0;
  }

  int peek() {
    return heap[0];
  }

  long peekKey() {
    return key[heap[0]];
  }

  /** Inserts v or lowers its key; ignores a key that is not lower. */
  void offer(int v, long k) {
    if (posStamp[v] == stamp && pos[v] >= 0) {
      if (k >= key[v]) {
        return;
      }
      key[v] = k;
      up(pos[v]);
      return;
    }
    if (posStamp[v] == stamp) {
      return; // already settled in this run
    }
    posStamp[v] = stamp;
    key[v] = k;
    heap[size] = v;
    pos[v] = size;
    up(size++);
  }

  /** Removes the minimum; it stays marked as settled until the next clear. */
  int poll() {
    int top = heap[0];
    pos[top] = -1;
    size--;
    if (size > 0) {
      heap[0] = heap[size];
      pos[heap[0]] = 0;
      down(0);
    }
    return top;
  }

  private void up(int i) {
    int v = heap[i];
    long k = key[v];
    while (i > 0) {
      int p = (i - 1) >>> 1;
      int pv = heap[p];
      if (key[pv] <= k) {
        break;
      }
      heap[i] = pv;
      pos[pv] = i;
      i = p;
    }
    heap[i] = v;
    pos[v] = i;
  }

  private void down(int i) {
    int v = heap[i];
    long k = key[v];
    int half = size >>> 1;
    while (i < half) {
      int c = 2 * i + 1;
      int cv = heap[c];
      int r = c + 1;
      if (r < size && key[heap[r]] < key[cv]) {
        c = r;
        cv = heap[r];
      }
      if (key[cv] >= k) {
        break;
      }
      heap[i] = cv;
      pos[cv] = i;
      i = c;
    }
    heap[i] = v;
    pos[v] = i;
  }
}
