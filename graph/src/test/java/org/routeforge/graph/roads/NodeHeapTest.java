package org.routeforge.graph.roads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** The Dijkstra heap: polls give every offered node once, by its smallest offered key, in key order. */
class NodeHeapTest {
  @Property(tries = 200)
  void pollsEachNodeOnceInKeyOrderWithItsSmallestKey(
      @ForAll @Size(min = 1, max = 300) List<@IntRange(min = 0, max = 49) Integer> nodes,
      @ForAll @Size(min = 300, max = 300) List<@DoubleRange(min = 0, max = 1000) Double> keys) {
    NodeHeap heap = new NodeHeap(50);
    double[] best = new double[50];
    Arrays.fill(best, Double.POSITIVE_INFINITY);
    for (int i = 0; i < nodes.size(); i++) {
      int v = nodes.get(i);
      double k = keys.get(i);
      heap.offer(v, k);
      best[v] = Math.min(best[v], k);
    }
    boolean[] seen = new boolean[50];
    double last = Double.NEGATIVE_INFINITY;
    int count = 0;
    while (!heap.isEmpty()) {
      int v = heap.poll();
      assertTrue(!seen[v], "node " + v + " polled twice");
      seen[v] = true;
      assertTrue(best[v] >= last, "keys in order");
      last = best[v];
      count++;
    }
    assertEquals(nodes.stream().distinct().count(), count);
  }
}
