package org.routeforge.solver.search;

import java.util.Arrays;

/**
 * Puts the k smallest of m distinct keys, sorted, at the front of an array in O(m + k log k)
 * (quickselect, then a sort of the k), instead of sorting all m: building the neighbour lists of n
 * nodes then costs n² key comparisons instead of n² log n.
 */
public final class SmallestKeys {
  private SmallestKeys() {}

  /** Rearranges {@code keys[0..m)} so that {@code keys[0..k)} are its k smallest, ascending. */
  public static void select(long[] keys, int m, int k) {
    if (k <= 0) {
      return;
    }
    if (k < m) {
      int lo = 0;
      int hi = m - 1;
      while (lo < hi) {
        int p = partition(keys, lo, hi);
        if (p == k - 1) {
          break;
        } else if (p < k - 1) {
          lo = p + 1;
        } else {
          hi = p - 1;
        }
      }
    }
    Arrays.sort(keys, 0, Math.min(k, m));
  }

  /** Lomuto partition around the median of the first, middle and last key; returns the pivot's place. */
  private static int partition(long[] a, int lo, int hi) {
    int mid = (lo + hi) >>> 1;
    if (a[mid] < a[lo]) {
      swap(a, mid, lo);
    }
    if (a[hi] < a[lo]) {
      swap(a, hi, lo);
    }
    if (a[mid] < a[hi]) {
      swap(a, mid, hi);
    }
    long pivot = a[hi];
    int store = lo;
    for (int i = lo; i < hi; i++) {
      if (a[i] < pivot) {
        swap(a, i, store++);
      }
    }
    swap(a, store, hi);
    return store;
  }

  private static void swap(long[] a, int i, int j) {
    long t = a[i];
    a[i] = a[j];
    a[j] = t;
  }
}
