package org.routeforge.graph.paths;

import java.util.SplittableRandom;

/** Small graphs of several shapes for the property tests. */
final class TestGraphs {
  private TestGraphs() {}

  /** The shapes the property tests draw from. */
  enum Shape {
    POWER_LAW,
    BARABASI_ALBERT,
    GRID,
    TREE,
    DISCONNECTED
  }

  static CsrGraph make(Shape shape, int size, long seed) {
    switch (shape) {
      case POWER_LAW:
        return ChungLuGenerator.generate(Math.max(20, size), 4, 2.5, seed).toGraph();
      case BARABASI_ALBERT:
        return BarabasiAlbertGenerator.generate(Math.max(20, size), 4, seed).toGraph();
      case GRID:
        return grid(Math.max(2, (int) Math.sqrt(size)), Math.max(2, size / Math.max(2, (int) Math.sqrt(size))));
      case TREE:
        return tree(Math.max(2, size), seed);
      case DISCONNECTED:
        return union(
            ChungLuGenerator.generate(Math.max(20, size / 2), 3, 2.3, seed).toGraph(),
            tree(Math.max(2, size / 4), seed + 1),
            grid(3, 4));
      default:
        throw new IllegalArgumentException(shape.toString());
    }
  }

  static CsrGraph grid(int w, int h) {
    int n = w * h;
    int[] src = new int[2 * n];
    int[] dst = new int[2 * n];
    int m = 0;
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int v = y * w + x;
        if (x + 1 < w) {
          src[m] = v;
          dst[m++] = v + 1;
        }
        if (y + 1 < h) {
          src[m] = v;
          dst[m++] = v + w;
        }
      }
    }
    return CsrBuilder.build(n, src, dst, m, true, null, 0).graph();
  }

  static CsrGraph tree(int n, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    int[] src = new int[n];
    int[] dst = new int[n];
    for (int v = 1; v < n; v++) {
      src[v - 1] = rnd.nextInt(v);
      dst[v - 1] = v;
    }
    return CsrBuilder.build(n, src, dst, n - 1, true, null, 0).graph();
  }

  static CsrGraph union(CsrGraph... parts) {
    int n = 0;
    long m = 0;
    for (CsrGraph p : parts) {
      n += p.nodeCount();
      m += p.edgeCount();
    }
    int[] src = new int[(int) m];
    int[] dst = new int[(int) m];
    int e = 0;
    int shift = 0;
    for (CsrGraph p : parts) {
      int[] off = p.offsets();
      int[] tg = p.targets();
      for (int u = 0; u < p.nodeCount(); u++) {
        for (int i = off[u]; i < off[u + 1]; i++) {
          if (tg[i] > u) {
            src[e] = u + shift;
            dst[e++] = tg[i] + shift;
          }
        }
      }
      shift += p.nodeCount();
    }
    return CsrBuilder.build(n, src, dst, e, true, null, 0).graph();
  }

  /** Asserts the basic path contract; returns the number of edges. */
  static long checkPath(CsrGraph g, int s, int t, PathResult r) {
    int[] p = r.path();
    if (!r.found()) {
      if (p.length != 0) {
        throw new AssertionError("disconnected answer with a path");
      }
      return -1;
    }
    if (p[0] != s || p[p.length - 1] != t) {
      throw new AssertionError("path does not run from " + s + " to " + t);
    }
    long len = 0;
    for (int i = 0; i + 1 < p.length; i++) {
      int w = g.weight(p[i], p[i + 1]);
      if (w < 0) {
        throw new AssertionError("path uses non-edge " + p[i] + "-" + p[i + 1]);
      }
      len += w;
    }
    if (len != r.length()) {
      throw new AssertionError("path length " + len + " but reported " + r.length());
    }
    return len;
  }
}
