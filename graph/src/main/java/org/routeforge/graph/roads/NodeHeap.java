package org.routeforge.graph.roads;

import java.util.Arrays;

/**
 * Binary min-heap of node ids keyed by a double, with decrease-key through a position array, for
 * Dijkstra searches on primitive arrays (no boxing, no allocation per operation).
 *
 * @implNote not thread-safe; one heap per search thread.
 */
final class NodeHeap {
  private final int[] pos;
  private int[] nodes = new int[64];
  private double[] keys = new double[64];
  private int size;

  NodeHeap(int capacity) {
    pos = new int[capacity];
    Arrays.fill(pos, -1);
  }

  boolean isEmpty() {
    return size == 0;
  }

  /** Inserts {@code node} or lowers its key; a higher key is ignored. */
  void offer(int node, double key) {
    int p = pos[node];
    if (p < 0) {
      if (size == nodes.length) {
        nodes = Arrays.copyOf(nodes, size * 2);
        keys = Arrays.copyOf(keys, size * 2);
      }
      p = size++;
    } else if (key >= keys[p]) {
      return;
    }
    siftUp(p, node, key);
  }

  /** Removes and returns the node with the smallest key. */
  int poll() {
    int top = nodes[0];
    pos[top] = -1;
    size--;
    if (size > 0) {
      siftDown(nodes[size], keys[size]);
    }
    return top;
  }

  /** Empties the heap (nodes still inside get their positions cleared). */
  void clear() {
    for (int i = 0; i < size; i++) {
      pos[nodes[i]] = -1;
    }
    size = 0;
  }

  private void siftUp(int p, int node, double key) {
    while (p > 0) {
      int parent = (p - 1) >>> 1;
      if (keys[parent] <= key) {
        break;
      }
      nodes[p] = nodes[parent];
      keys[p] = keys[parent];
      pos[nodes[p]] = p;
      p = parent;
    }
    nodes[p] = node;
    keys[p] = key;
    pos[node] = p;
  }

  private void siftDown(int node, double key) {
    int p = 0;
    int half = size >>> 1;
    while (p < half) {
      int c = 2 * p + 1;
      if (c + 1 < size && keys[c + 1] < keys[c]) {
        c++;
      }
      if (key <= keys[c]) {
        break;
      }
      nodes[p] = nodes[c];
      keys[p] = keys[c];
      pos[nodes[p]] = p;
      p = c;
    }
    nodes[p] = node;
    keys[p] = key;
    pos[node] = p;
  }
}
