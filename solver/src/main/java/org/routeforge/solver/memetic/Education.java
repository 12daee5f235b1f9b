package org.routeforge.solver.memetic;

import io.jenetics.Alterer;
import io.jenetics.AltererResult;
import io.jenetics.EnumGene;
import io.jenetics.Phenotype;
import io.jenetics.util.MSeq;
import io.jenetics.util.Seq;

/**
 * The Lamarckian education step as the last Jenetics {@link Alterer}: every offspring the crossover
 * produced (not yet evaluated) is split, improved by local search, and written back as the giant
 * tour of its improved routes, already evaluated (so Jenetics' evaluator leaves it alone). Stops
 * educating as soon as the deadline passes or the search is cancelled; the remaining offspring are
 * then left for the plain split decoder.
 */
final class Education implements Alterer<EnumGene<Integer>, Individual> {
  private final MemeticRun run;

  Education(MemeticRun run) {
    this.run = run;
  }

  @Override
  public AltererResult<EnumGene<Integer>, Individual> alter(Seq<Phenotype<EnumGene<Integer>, Individual>> population,
      long generation) {
    MSeq<Phenotype<EnumGene<Integer>, Individual>> out = MSeq.of(population);
    int altered = 0;
    for (int i = 0; i < out.size(); i++) {
      Phenotype<EnumGene<Integer>, Individual> p = out.get(i);
      if (p.isEvaluated() || run.shouldStop()) {
        continue;
      }
      out.set(i, run.educate(p.genotype(), generation));
      altered++;
    }
    return new AltererResult<>(out.toISeq(), altered);
  }
}
