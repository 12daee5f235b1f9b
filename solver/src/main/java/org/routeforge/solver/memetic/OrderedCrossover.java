package org.routeforge.solver.memetic;

import io.jenetics.Crossover;
import io.jenetics.EnumGene;
import io.jenetics.util.MSeq;
import io.jenetics.util.RandomRegistry;
import java.util.random.RandomGenerator;

/**
 * Ordered crossover (OX, Oliver et al. 1987) on permutation genotypes (giant tours, task orders), as HGS uses it: a child keeps a random
 * slice of one parent in place and fills the other positions, starting after the slice and wrapping
 * around, with the remaining genes in the order the other parent visits them. Both children of
 * the pair are produced (the second with the parents' roles swapped).
 */
final class OrderedCrossover<M extends Comparable<? super M>> extends Crossover<EnumGene<Integer>, M> {

  OrderedCrossover(double probability) {
    super(probability);
  }

  @Override
  protected int crossover(MSeq<EnumGene<Integer>> that, MSeq<EnumGene<Integer>> other) {
    int m = that.length();
    if (m < 2) {
      return 0;
    }
    RandomGenerator rnd = RandomRegistry.random();
    int a = rnd.nextInt(m);
    int b = rnd.nextInt(m);
    while (b == a) {
      b = rnd.nextInt(m);
    }
    MSeq<EnumGene<Integer>> p1 = that.copy();
    MSeq<EnumGene<Integer>> p2 = other.copy();
    ox(p1, p2, a, b, that);
    ox(p2, p1, a, b, other);
    return 2;
  }

  /** Child into {@code out}: p1's slice from a to b (cyclic), the rest in p2's order. */
  private static void ox(MSeq<EnumGene<Integer>> p1, MSeq<EnumGene<Integer>> p2, int a, int b,
      MSeq<EnumGene<Integer>> out) {
    int m = p1.length();
    boolean[] taken = new boolean[m];
    int j = a;
    while (true) {
      out.set(j, p1.get(j));
      taken[p1.get(j).alleleIndex()] = true;
      if (j == b) {
        break;
      }
      j = (j + 1) % m;
    }
    int write = (b + 1) % m;
    for (int k = 1; k <= m; k++) {
      EnumGene<Integer> g = p2.get((b + k) % m);
      if (!taken[g.alleleIndex()]) {
        out.set(write, g);
        write = (write + 1) % m;
      }
    }
  }
}
