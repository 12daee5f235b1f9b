package org.routeforge.solver.memetic;

import io.jenetics.Alterer;
import io.jenetics.AltererResult;
import io.jenetics.EnumGene;
import io.jenetics.Phenotype;
import io.jenetics.util.MSeq;
import io.jenetics.util.Seq;

/**
 * The Lamarckian education step as the last Jenetics {@link Alterer}: every offspring the crossover
 * produced (not yet evaluated) is educated by the representation (decoded, improved by its local
 * search) and written back as the genotype of its improved solution, already evaluated (so Jenetics'
 * evaluator leaves it alone). Stops educating as soon as a stopping criterion holds; the remaining
 * offspring are then left for the plain decoder.
 */
final class Education<M extends Comparable<? super M>> implements Alterer<EnumGene<Integer>, M> {
  private final MemeticRun<M> run;

  Education(MemeticRun<M> run) {
    this.run = run;
  }

  @Override
  public AltererResult<EnumGene<Integer>, M> alter(Seq<Phenotype<EnumGene<Integer>, M>> population,
      long generation) {
    MSeq<Phenotype<EnumGene<Integer>, M>> out = MSeq.of(population);
    int altered = 0;
    for (int i = 0; i < out.size(); i++) {
      Phenotype<EnumGene<Integer>, M> p = out.get(i);
      if (p.isEvaluated() || run.shouldStop()) {
        continue;
      }
      out.set(i, run.educate(p.genotype(), generation));
      altered++;
    }
    return new AltererResult<>(out.toISeq(), altered);
  }
}
