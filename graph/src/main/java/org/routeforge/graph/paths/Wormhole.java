package org.routeforge.graph.paths;

import java.util.Arrays;

/**
 * WormHole queries (arXiv 2406.08624, §3.2): approximate s–t shortest paths through the inner ring
 * of a {@link WormholeIndex}, returning the path.
 *
 * <ol>
 *   <li>Both endpoints in the periphery: a bidirectional BFS that never enters L1, for at most
 *       {@link WormholeOptions#peripheryLevels()} levels per side. If the two trees meet, that path
 *       is returned ("same community"). Each side records the first periphery vertex p that touches
 *       L1 (a side that has not touched it yet keeps searching alone; a side that runs out without
 *       touching L1 proves the pair disconnected).
 *   <li>Each endpoint is routed to the core: an L0 vertex is its own frontier (offset 0); an L1
 *       vertex contributes its L0 neighbours (offset 1); a periphery vertex contributes every L0
 *       neighbour of every L1 neighbour of its p (offset d(s,p)+2). A collision of the two sides
 *       here returns early.
 *   <li>The core part: {@link Variant#E} runs a multi-source bidirectional BFS restricted to L0
 *       (exact in the L0-induced subgraph); {@link Variant#M} reads the same distance from
 *       {@link CoreLabels}; {@link Variant#H} routes through the hub of a {@link CoreHubTree}.
 * </ol>
 *
 * <p>Every answer carries a certified error bound: the length minus a lower bound on d(s,t) that
 * the search proved (any path leaving the periphery needs at least d(s, L0∪L1) + d(L0∪L1, t) edges;
 * a path inside the periphery needs more than the two complete periphery radii).
 *
 * @implNote Holds per-query scratch arrays (about 4n + 4|L0| ints): one instance per thread; the index,
 *     labels and hub tree may be shared.
 */
public final class Wormhole {

  /** The query variants of the paper. */
  public enum Variant {
    /** Core bidirectional BFS (the variant the paper analyses). */
    E,
    /** Heuristic: route the core part through one hub vertex. */
    H,
    /** Exact core distances from pruned landmark labels (WormHole_M). */
    M
  }

  private static final int INF = Integer.MAX_VALUE / 4;

  private final CsrGraph g;
  private final WormholeIndex index;
  private final CoreLabels labels;
  private final CoreHubTree hubTree;
  private final long[] l0;
  private final long[] l1;
  private final SearchMarks marks;
  private final int[][] queue;
  private final int[] qs = new int[2];
  private final int[] qe = new int[2];
  private final int[] levels = new int[2];
  private final int[] touch = new int[2];
  private final int[] touchDepth = new int[2];
  private final long[] work = new long[2];
  private final boolean[] exhausted = new boolean[2];
  private int meetA;
  private int meetB;
  private int touched;
  private int[] pathBuf = new int[256];
  private final int[] cmark;
  private final int[] cparent;
  private final int[][] cq;
  private final int[] cn = new int[2];
  private final long[] cwork = new long[2];
  private int cepoch;
  private final int[] bestS;
  private final int[] bestSrc;
  private final int[] bestStamp;
  private int pllStamp;

  /**
   * Creates a query engine.
   *
   * @param index the index (its graph is searched)
   * @param labels PLL labels for {@link Variant#M}, or null
   * @param hubTree hub tree for {@link Variant#H}, or null
   */
  public Wormhole(WormholeIndex index, CoreLabels labels, CoreHubTree hubTree) {
    this.index = index;
    this.g = index.graph();
    this.labels = labels;
    this.hubTree = hubTree;
    this.l0 = index.l0Bits();
    this.l1 = index.l1Bits();
    int n = g.nodeCount();
    marks = new SearchMarks(n);
    queue = new int[][] {new int[n], new int[n]};
    int core = index.coreSize();
    cmark = new int[core];
    cparent = new int[core];
    cq = new int[][] {new int[core], new int[core]};
    int k = labels == null ? 0 : labels.hubCount();
    bestS = new int[k];
    bestSrc = new int[k];
    bestStamp = new int[k];
  }

  private boolean inL0(int v) {
    return (l0[v >>> 6] & (1L << v)) != 0;
  }

  private boolean inL1(int v) {
    return (l1[v >>> 6] & (1L << v)) != 0;
  }

  /** An approximate shortest s–t path (dense indices) with the given variant. */
  public PathResult query(int s, int t, Variant variant) {
    BidirectionalBfs.checkVertex(g, s);
    BidirectionalBfs.checkVertex(g, t);
    if (variant == Variant.M && labels == null) {
      throw new IllegalStateException("variant M needs core labels");
    }
    if (variant == Variant.H && hubTree == null) {
      throw new IllegalStateException("variant H needs a hub tree");
    }
    if (s == t) {
      return new PathResult(0, new int[] {s}, 0, 0);
    }
    final int base = marks.next();
    final int[] mark = marks.mark;
    final int[] parent = marks.parent;
    touched = 0;
    int ls = index.layer(s);
    int lt = index.layer(t);
    mark[s] = base;
    parent[s] = -1;
    mark[t] = base + 1;
    parent[t] = -1;
    for (int side = 0; side < 2; side++) {
      qs[side] = 0;
      qe[side] = 1;
      levels[side] = 0;
      touch[side] = -1;
      touchDepth[side] = -1;
      exhausted[side] = false;
      queue[side][0] = side == 0 ? s : t;
      work[side] = g.degree(side == 0 ? s : t);
    }
    // Phase 1: the periphery.
    if (ls == 2 && lt == 2) {
      int cap = index.options().peripheryLevels();
      while (!exhausted[0] && !exhausted[1]) {
        boolean can0 = levels[0] < cap;
        boolean can1 = levels[1] < cap;
        if (!can0 && !can1) {
          break;
        }
        int side = can0 && (!can1 || work[0] <= work[1]) ? 0 : 1;
        if (expandPeriphery(side, base)) {
          return answer(marks.join(meetA, meetB), ls, lt, true);
        }
      }
      for (int side = 0; side < 2; side++) {
        while (touch[side] < 0 && !exhausted[side]) {
          if (expandPeriphery(side, base)) {
            return answer(marks.join(meetA, meetB), ls, lt, true);
          }
        }
        if (touch[side] < 0) {
          return PathResult.disconnected(touched);
        }
      }
    } else {
      for (int side = 0; side < 2; side++) {
        if ((side == 0 ? ls : lt) != 2) {
          continue;
        }
        while (touch[side] < 0 && !exhausted[side]) {
          expandPeriphery(side, base); // the other side is not in the periphery: no collision
        }
        if (touch[side] < 0) {
          return PathResult.disconnected(touched);
        }
      }
    }
    // Phase 2: route both endpoints to the core.
    for (int side = 0; side < 2; side++) {
      if (seedCore(side, side == 0 ? s : t, side == 0 ? ls : lt, base)) {
        return answer(marks.join(meetA, meetB), ls, lt, false);
      }
    }
    // Phase 3: the core.
    loadCoreFrontiers();
    if (variant != Variant.H) {
      PathResult direct = directCoreEdge(ls, lt);
      if (direct != null) {
        return direct;
      }
    }
    if (variant == Variant.M) {
      long labelCost = 0;
      for (int side = 0; side < 2; side++) {
        for (int i = 0; i < cn[side]; i++) {
          labelCost += labels.labelSize(cq[side][i]);
        }
      }
      // Both ways give the exact core distance; label scans lose when the frontiers are large.
      if (labelCost <= 4 * Math.min(cwork[0], cwork[1]) + 64) {
        return coreByLabels(ls, lt);
      }
    }
    if (variant == Variant.H) {
      PathResult viaHub = coreByHub(ls, lt);
      if (viaHub != null) {
        return viaHub;
      }
    }
    return coreByBfs(ls, lt);
  }

  /** Expands one full level of a side inside the periphery; true on collision. */
  private boolean expandPeriphery(int side, int base) {
    final int[] off = g.offsets();
    final int[] tg = g.targets();
    final int[] mark = marks.mark;
    final int[] parent = marks.parent;
    final int mine = base + side;
    final int other = base + 1 - side;
    final int[] q = queue[side];
    final int from = qs[side];
    final int to = qe[side];
    final int depth = levels[side];
    int end = to;
    long w = 0;
    for (int i = from; i < to; i++) {
      int u = q[i];
      touched++;
      for (int e = off[u], eEnd = off[u + 1]; e < eEnd; e++) {
        int v = tg[e];
        if (inL1(v)) {
          if (touch[side] < 0) {
            touch[side] = u;
            touchDepth[side] = depth;
          }
          continue;
        }
        int mv = mark[v];
        if (mv == mine) {
          continue;
        }
        if (mv == other) {
          meetA = side == 0 ? u : v;
          meetB = side == 0 ? v : u;
          return true;
        }
        mark[v] = mine;
        parent[v] = u;
        q[end++] = v;
        w += off[v + 1] - off[v];
      }
    }
    qs[side] = to;
    qe[side] = end;
    levels[side] = depth + 1;
    work[side] = w;
    if (end == to) {
      exhausted[side] = true;
    }
    return false;
  }

  /** Marks v for a side; returns 1 if newly marked, 0 if already its own, -1 on collision. */
  private int tryMark(int v, int side, int from, int base) {
    int[] mark = marks.mark;
    int mv = mark[v];
    if (mv == base + side) {
      return 0;
    }
    if (mv == base + 1 - side) {
      meetA = side == 0 ? from : v;
      meetB = side == 0 ? v : from;
      return -1;
    }
    mark[v] = base + side;
    marks.parent[v] = from;
    return 1;
  }

  /** Fills the side's queue with its L0 frontier; true on collision. */
  private boolean seedCore(int side, int x, int layer, int base) {
    final int[] off = g.offsets();
    final int[] tg = g.targets();
    final int[] q = queue[side];
    int end = 0;
    long w = 0;
    if (layer == 0) {
      q[end++] = x;
      w = g.degree(x);
    } else if (layer == 1) {
      touched++;
      for (int e = off[x]; e < off[x + 1]; e++) {
        int z = tg[e];
        if (inL0(z)) {
          int r = tryMark(z, side, x, base);
          if (r < 0) {
            return true;
          }
          if (r > 0) {
            q[end++] = z;
            w += g.degree(z);
          }
        }
      }
    } else {
      int p = touch[side];
      // first all L1 neighbours of p (a collision there is the shorter one), then their L0 ones
      int ringStart = end;
      for (int e = off[p]; e < off[p + 1]; e++) {
        int y = tg[e];
        if (inL1(y)) {
          int r = tryMark(y, side, p, base);
          if (r < 0) {
            return true;
          }
          if (r > 0) {
            q[end++] = y;
          }
        }
      }
      int ringEnd = end;
      for (int i = ringStart; i < ringEnd; i++) {
        int y = q[i];
        touched++;
        for (int e = off[y]; e < off[y + 1]; e++) {
          int z = tg[e];
          if (inL0(z)) {
            int r = tryMark(z, side, y, base);
            if (r < 0) {
              return true;
            }
            if (r > 0) {
              q[end++] = z;
              w += g.degree(z);
            }
          }
        }
      }
      System.arraycopy(q, ringEnd, q, 0, end - ringEnd);
      end -= ringEnd;
    }
    qs[side] = 0;
    qe[side] = end;
    work[side] = w;
    return false;
  }

  /** Copies both L0 frontiers into local-id queues, marked as roots of the core search. */
  private void loadCoreFrontiers() {
    if (++cepoch >= (Integer.MAX_VALUE >> 1) - 2) {
      Arrays.fill(cmark, 0);
      cepoch = 1;
    }
    int cbase = 2 * cepoch;
    int[] coff = index.coreOffsets();
    for (int side = 0; side < 2; side++) {
      int[] q = queue[side];
      int[] c = cq[side];
      int k = 0;
      long w = 0;
      for (int i = qs[side]; i < qe[side]; i++) {
        int x = index.local(q[i]);
        c[k++] = x;
        cmark[x] = cbase + side;
        cparent[x] = -1;
        w += coff[x + 1] - coff[x];
      }
      cn[side] = k;
      cwork[side] = w;
    }
  }

  /**
   * Core distance 1 test: whether some frontier vertex of one side is adjacent to one of the other
   * (distance 0 was ruled out by the collision checks). |A|·|B| binary searches beat scanning the
   * lighter side's core rows only for small frontiers; otherwise returns null without work.
   */
  private PathResult directCoreEdge(int ls, int lt) {
    if (16L * cn[0] * cn[1] > Math.min(cwork[0], cwork[1])) {
      return null;
    }
    final int[] coff = index.coreOffsets();
    final int[] ctg = index.coreTargets();
    for (int i = 0; i < cn[0]; i++) {
      int x = cq[0][i];
      for (int j = 0; j < cn[1]; j++) {
        if (Arrays.binarySearch(ctg, coff[x], coff[x + 1], cq[1][j]) >= 0) {
          touched += cn[0];
          return answer(stitchCore(x, cq[1][j]), ls, lt, false);
        }
      }
    }
    return null;
  }

  /**
   * Multi-source bidirectional BFS in the core subgraph: exact L0-induced distance between the two
   * frontiers.
   */
  private PathResult coreByBfs(int ls, int lt) {
    final int[] coff = index.coreOffsets();
    final int[] ctg = index.coreTargets();
    final int cbase = 2 * cepoch;
    int[] start = {0, 0};
    int[] end = {cn[0], cn[1]};
    while (start[0] < end[0] && start[1] < end[1]) {
      int side = cwork[0] <= cwork[1] ? 0 : 1;
      int mine = cbase + side;
      int other = cbase + 1 - side;
      int[] q = cq[side];
      int from = start[side];
      int to = end[side];
      int e2 = to;
      long w = 0;
      for (int i = from; i < to; i++) {
        int u = q[i];
        touched++;
        for (int e = coff[u], eEnd = coff[u + 1]; e < eEnd; e++) {
          int v = ctg[e];
          int mv = cmark[v];
          if (mv == mine) {
            continue;
          }
          if (mv == other) {
            return answer(side == 0 ? stitchCore(u, v) : stitchCore(v, u), ls, lt, false);
          }
          cmark[v] = mine;
          cparent[v] = u;
          q[e2++] = v;
          w += coff[v + 1] - coff[v];
        }
      }
      start[side] = to;
      end[side] = e2;
      cwork[side] = w;
    }
    return PathResult.disconnected(touched);
  }

  /**
   * The full path for a core meeting edge a–b (local ids; a on the source side, b on the target
   * side, each leading back through core parents to a frontier root).
   */
  private int[] stitchCore(int a, int b) {
    int da = 0;
    for (int x = a; cparent[x] >= 0; x = cparent[x]) {
      da++;
    }
    int db = 0;
    for (int x = b; cparent[x] >= 0; x = cparent[x]) {
      db++;
    }
    int[] mid = ensure(da + db + 2);
    int ra = a;
    for (int i = da - 1; i >= 0; i--) {
      mid[i] = index.coreVertices()[ra];
      ra = cparent[ra];
    }
    // mid[0..da) = a's chain below its root, root excluded, in forward order
    int at = da;
    int rb = b;
    for (int i = 0; i < db; i++) {
      mid[at++] = index.coreVertices()[rb];
      rb = cparent[rb];
    }
    int[] core = index.coreVertices();
    return stitch(core[ra], mid, at, core[rb]);
  }

  private PathResult coreByLabels(int ls, int lt) {
    int stamp = ++pllStamp;
    if (stamp == Integer.MAX_VALUE) {
      Arrays.fill(bestStamp, 0);
      pllStamp = stamp = 1;
    }
    for (int i = 0; i < cn[0]; i++) {
      int x = cq[0][i];
      for (int e = labels.labelStart(x), end = labels.labelEnd(x); e < end; e++) {
        int h = labels.hubRank(e);
        int d = labels.hubDist(e);
        if (bestStamp[h] != stamp || d < bestS[h]) {
          bestStamp[h] = stamp;
          bestS[h] = d;
          bestSrc[h] = x;
        }
      }
    }
    int best = INF;
    int bestHub = -1;
    int bestY = -1;
    for (int i = 0; i < cn[1]; i++) {
      int y = cq[1][i];
      for (int e = labels.labelStart(y), end = labels.labelEnd(y); e < end; e++) {
        int h = labels.hubRank(e);
        if (bestStamp[h] == stamp) {
          int c = bestS[h] + labels.hubDist(e);
          if (c < best) {
            best = c;
            bestHub = h;
            bestY = y;
          }
        }
      }
    }
    touched += cn[0] + cn[1];
    if (bestHub < 0) {
      return PathResult.disconnected(touched);
    }
    int x = bestSrc[bestHub];
    int dx = labels.distanceToHub(x, bestHub);
    int dy = labels.distanceToHub(bestY, bestHub);
    int[] core = ensure(dx + dy + 2);
    int n1 = labels.appendPathToHub(x, bestHub, core, 0); // x+1 .. hub
    int[] back = new int[dy + 1];
    int n2 = labels.appendPathToHub(bestY, bestHub, back, 0); // y+1 .. hub
    // core path strictly between x and y: x+1..hub, then back (reversed) without the hub and y
    int at = n1;
    if (n1 == 0 && n2 > 0) {
      // x is the hub: the hub must not be repeated from y's side
      n2--;
    } else if (n2 > 0) {
      n2--; // drop the hub, already at the end of x's side
    } else if (n1 > 0) {
      at--; // y is the hub: drop it from x's side
    }
    for (int i = n2 - 1; i >= 0; i--) {
      core[at++] = back[i];
    }
    return answer(stitch(labels.vertex(x), core, at, labels.vertex(bestY)), ls, lt, false);
  }

  private PathResult coreByHub(int ls, int lt) {
    int bestX = -1;
    int bestDx = INF;
    int[] core = index.coreVertices();
    for (int i = 0; i < cn[0]; i++) {
      int d = hubTree.depthOfLocal(cq[0][i]);
      if (d >= 0 && d < bestDx) {
        bestDx = d;
        bestX = core[cq[0][i]];
      }
    }
    int bestY = -1;
    int bestDy = INF;
    for (int i = 0; i < cn[1]; i++) {
      int d = hubTree.depthOfLocal(cq[1][i]);
      if (d >= 0 && d < bestDy) {
        bestDy = d;
        bestY = core[cq[1][i]];
      }
    }
    if (bestX < 0 || bestY < 0) {
      return null;
    }
    touched += cn[0] + cn[1];
    int[] mid = ensure(bestDx + bestDy + 2);
    int at = hubTree.appendTreePath(bestX, bestY, mid, 0);
    return answer(stitch(bestX, mid, at, bestY), ls, lt, false);
  }

  private int[] ensure(int size) {
    if (pathBuf.length < size) {
      pathBuf = new int[Math.max(size, 2 * pathBuf.length)];
    }
    return pathBuf;
  }

  /** s..x (side-0 chain), the core vertices between x and y, then y..t (side-1 chain). */
  private int[] stitch(int x, int[] core, int coreLen, int y) {
    int dx = marks.depth(x);
    int dy = marks.depth(y);
    int[] path = new int[dx + 1 + coreLen + dy + 1];
    int end = marks.trace(x, path, 0);
    for (int i = 0, j = end - 1; i < j; i++, j--) {
      int tmp = path[i];
      path[i] = path[j];
      path[j] = tmp;
    }
    System.arraycopy(core, 0, path, end, coreLen);
    marks.trace(y, path, end + coreLen);
    return path;
  }

  /** Wraps a path with its length and certified error bound. */
  private PathResult answer(int[] path, int ls, int lt, boolean inPeriphery) {
    long length = path.length - 1;
    long aS = ls == 2 ? (touch[0] >= 0 ? touchDepth[0] + 1 : levels[0] + 1) : 0;
    long aT = lt == 2 ? (touch[1] >= 0 ? touchDepth[1] + 1 : levels[1] + 1) : 0;
    long peripheryOnly;
    if (inPeriphery) {
      peripheryOnly = length; // exact within the periphery: the balls were complete and disjoint
    } else if (ls == 2 && lt == 2 && !exhausted[0] && !exhausted[1]) {
      peripheryOnly = (long) levels[0] + levels[1] + 1;
    } else {
      peripheryOnly = Long.MAX_VALUE;
    }
    long lower = Math.max(1, Math.min(peripheryOnly, aS + aT));
    return new PathResult(length, path, touched, Math.max(0, length - lower));
  }

  /** Scratch and index memory this engine adds beyond the shared index (for reporting). */
  public long indexBytes() {
    long b = index.bytes();
    if (labels != null) {
      b += labels.bytes();
    }
    if (hubTree != null) {
      b += hubTree.bytes();
    }
    return b;
  }
}
