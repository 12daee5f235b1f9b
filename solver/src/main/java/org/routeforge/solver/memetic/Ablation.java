package org.routeforge.solver.memetic;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which components of the giant-tour memetic search are switched off, for ablation studies (issue 15):
 * each component's contribution is measured as the difference between the full search and the search
 * without it. {@link #NONE} (every component on) is the search as it always runs.
 *
 * @param off the components switched off
 */
public record Ablation(Set<Component> off) {
  /** Every component on: the search as it always runs. */
  public static final Ablation NONE = new Ablation(Set.of());

  /** A component that can be switched off. */
  public enum Component {
    /** SWAP* (Vidal 2022) in the local search. */
    SWAP_STAR("swapstar"),
    /** The repair pass of infeasible offspring with ten times the penalties: never repaired. */
    REPAIR("repair"),
    /** Granular neighbourhoods: every customer's moves consider every other customer (n² lists). */
    GRANULARITY("granularity"),
    /** The restart after {@code restartAfter} iterations without improvement: never restarted. */
    RESTART("restart"),
    /**
     * HGS's two subpopulations (feasible / infeasible, each trimmed to mu, biased fitness within each):
     * without it, one population of mu ranked by penalised cost.
     */
    SUBPOPULATIONS("subpopulations");

    private final String wire;

    Component(String wire) {
      this.wire = wire;
    }

    /** The name on the command line and in result labels. */
    public String wire() {
      return wire;
    }

    /** The component named {@code name} ({@link #wire()}, case-insensitive). */
    public static Component parse(String name) {
      String n = name.trim().toLowerCase(Locale.ROOT);
      for (Component c : values()) {
        if (c.wire.equals(n)) {
          return c;
        }
      }
      List<String> known = new ArrayList<>();
      for (Component c : values()) {
        known.add(c.wire);
      }
      throw new IllegalArgumentException("unknown search component '" + name + "'; use one of " + known);
    }
  }

  public Ablation {
    off = off.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(off));
  }

  /** The search without {@code components}. */
  public static Ablation without(Component... components) {
    return new Ablation(components.length == 0 ? Set.of() : EnumSet.copyOf(List.of(components)));
  }

  /** Whether {@code c} runs. */
  public boolean uses(Component c) {
    return !off.contains(c);
  }

  /** {@code no-swapstar+no-repair}, or {@code full} for {@link #NONE}; components in declaration order. */
  public String label() {
    if (off.isEmpty()) {
      return "full";
    }
    StringBuilder sb = new StringBuilder();
    for (Component c : Component.values()) {
      if (off.contains(c)) {
        sb.append(sb.length() == 0 ? "" : "+").append("no-").append(c.wire);
      }
    }
    return sb.toString();
  }
}
