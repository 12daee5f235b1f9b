package org.routeforge.wsn.protocol;

import org.routeforge.wsn.model.Network;

/**
 * Static neighbour lists (all nodes within a radius) in compressed sparse row form: the neighbours of
 * node i are {@code index[start[i]] .. index[start[i+1]-1]}, with squared distances alongside. Built
 * once per run since nodes do not move.
 */
final class Neighbours {
  final int[] start;
  final int[] index;
  final double[] dist2;

  Neighbours(Network net, double radius) {
    int n = net.size();
    double r2 = radius * radius;
    start = new int[n + 1];
    int count = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (i != j && d2(net, i, j) <= r2) {
          count++;
        }
      }
    }
    index = new int[count];
    dist2 = new double[count];
    int k = 0;
    for (int i = 0; i < n; i++) {
      start[i] = k;
      for (int j = 0; j < n; j++) {
        double d = d2(net, i, j);
        if (i != j && d <= r2) {
          index[k] = j;
          dist2[k++] = d;
        }
      }
    }
    start[n] = k;
  }

  private static double d2(Network net, int i, int j) {
    double dx = net.x(i) - net.x(j);
    double dy = net.y(i) - net.y(j);
    return dx * dx + dy * dy;
  }

  int degree(int i) {
    return start[i + 1] - start[i];
  }
}
