package org.routeforge.data.io;

import java.util.List;

/**
 * Thrown when an input (file, JSON body, option value) is invalid. Carries every problem found, each
 * naming its source, line (or JSON pointer) and field, so a user can fix them all at once.
 */
public class InputException extends Exception {
  private static final long serialVersionUID = 1L;
  private final transient List<Problem> problems;

  public InputException(List<Problem> problems) {
    super(format(problems));
    this.problems = List.copyOf(problems);
  }

  public InputException(Problem problem) {
    this(List.of(problem));
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
   * One input problem.
   *
   * @param source file name or "request"
   * @param line 1-based line number, or 0 when not line-oriented
   * @param pointer JSON pointer (RFC 6901) for JSON input, or null
   * @param field the field or section concerned
   * @param message what is wrong
   */
  public record Problem(String source, int line, String pointer, String field, String message) {
    /** A problem at a line of a text file. */
    public static Problem atLine(String source, int line, String field, String message) {
      return new Problem(source, line, null, field, message);
    }

    /** A problem at a JSON pointer. */
    public static Problem atPointer(String source, String pointer, String field, String message) {
      return new Problem(source, 0, pointer, field, message);
    }

    @Override
    public String toString() {
      StringBuilder sb = new StringBuilder(source);
      if (line > 0) {
        sb.append(':').append(line);
      }
      if (pointer != null) {
        sb.append(" at ").append(pointer.isEmpty() ? "/" : pointer);
      }
      if (field != null) {
        sb.append(": ").append(field);
      }
      return sb.append(": ").append(message).toString();
    }
  }
}
