package org.routeforge.wsn.model;

import java.util.List;

/**
 * Named set-ups used by the benchmarks and the {@code --scenario} option: the classic LEACH scene and
 * three harder variants (a larger field, a far base station, heterogeneous energy). Each is applied on
 * top of a base configuration, so protocol parameters and radio constants carry over.
 */
public final class Scenarios {
  /** The scenario names. */
  public static final List<String> NAMES = List.of("default", "large-field", "far-bs", "heterogeneous");

  private Scenarios() {}

  /**
   * Applies a scenario to a base configuration.
   *
   * <ul>
   *   <li>{@code default}: the base unchanged (classic: 100 nodes, 100 × 100 m, BS (50, 175)).
   *   <li>{@code large-field}: 200 × 200 m, BS at (100, 275) (75 m beyond the field edge, as in the
   *       classic scene).
   *   <li>{@code far-bs}: BS at (W/2, H + 200), i.e. (50, 300) in the classic field.
   *   <li>{@code heterogeneous}: 20 % advanced nodes with twice E0 (SEP-style, m = 0.2, α = 1).
   * </ul>
   *
   * @throws IllegalArgumentException for an unknown name
   */
  public static WsnConfig apply(String name, WsnConfig base) {
    WsnConfig.Builder b = base.toBuilder();
    switch (name) {
      case "default" -> {}
      case "large-field" -> b.field(200, 200).baseStation(100, 275);
      case "far-bs" -> b.baseStation(base.fieldWidth() / 2, base.fieldHeight() + 200);
      case "heterogeneous" -> b.heterogeneity(0.2, 1.0);
      default -> throw new IllegalArgumentException(
          "unknown scenario '" + name + "' (known: " + String.join(", ", NAMES) + ")");
    }
    return b.build();
  }
}
