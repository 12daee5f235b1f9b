package org.routeforge.wsn.model;

import java.util.List;

/**
 * Thrown when a simulation configuration (JSON file, node file or programmatic value) is invalid.
 * Every problem names its source and the field (as a dotted JSON path, e.g. {@code radio.e_fs}) so
 * a user can fix them all at once.
 */
public class WsnConfigException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private final transient List<Problem> problems;

  public WsnConfigException(List<Problem> problems) {
    super(format(problems));
    this.problems = List.copyOf(problems);
  }

  /** All problems found, in input order. */
  public List<Problem> problems() {
    return problems;
  }

  private static String format(List<Problem> problems) {
    if (problems.size() == 1) {
      return problems.get(0).toString();
    }
    StringBuilder sb = new StringBuilder(problems.size() + " problems:");
    for (Problem p : problems) {
      sb.append(System.lineSeparator()).append("  ").append(p);
    }
    return sb.toString();
  }

  /**
   * One configuration problem.
   *
   * @param source the file name, or "config" for values set in code or on the command line
   * @param line 1-based line number, or 0 when unknown
   * @param field the dotted field path, e.g. {@code heed.cluster_radius}
   * @param message what is wrong
   */
  public record Problem(String source, int line, String field, String message) {
    @Override
    public String toString() {
      StringBuilder sb = new StringBuilder(source);
      if (line > 0) {
        sb.append(':').append(line);
      }
      return sb.append(": field '").append(field).append("': ").append(message).toString();
    }
  }
}
