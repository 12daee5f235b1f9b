package org.routeforge.solver.init;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.routeforge.solver.InitialSolutionProvider;

/** Looks up {@link InitialSolutionProvider}s by name through {@link ServiceLoader}. */
public final class Providers {
  private Providers() {}

  /** Every provider on the class path. */
  public static List<InitialSolutionProvider> all() {
    List<InitialSolutionProvider> out = new ArrayList<>();
    for (InitialSolutionProvider p : ServiceLoader.load(InitialSolutionProvider.class)) {
      out.add(p);
    }
    return out;
  }

  /**
   * The providers with the given names, in that order.
   *
   * @throws IllegalArgumentException naming the unknown provider and the known ones
   */
  public static List<InitialSolutionProvider> byNames(List<String> names) {
    List<InitialSolutionProvider> all = all();
    List<InitialSolutionProvider> out = new ArrayList<>();
    for (String name : names) {
      InitialSolutionProvider found = null;
      for (InitialSolutionProvider p : all) {
        if (p.name().equalsIgnoreCase(name)) {
          found = p;
        }
      }
      if (found == null) {
        List<String> known = new ArrayList<>();
        for (InitialSolutionProvider p : all) {
          known.add(p.name());
        }
        throw new IllegalArgumentException("unknown initial-solution provider '" + name + "'; known: " + known);
      }
      out.add(found);
    }
    return out;
  }
}
