package org.routeforge.data.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.routeforge.data.io.InputException.Problem;

/**
 * Collects input problems while a reader keeps going, so that one run reports all of them. After
 * {@value #PER_FIELD_LIMIT} problems in one field (a huge matrix full of negative numbers, say) the
 * rest are counted and summarised in one closing problem instead of flooding the report.
 */
public final class ProblemCollector {
  /** Most problems listed individually per field. */
  public static final int PER_FIELD_LIMIT = 20;

  private final String source;
  private final List<Problem> problems = new ArrayList<>();
  private final Map<String, Integer> perField = new HashMap<>();

  /** A collector for problems in {@code source} (a file name or "request"). */
  public ProblemCollector(String source) {
    this.source = source;
  }

  public String source() {
    return source;
  }

  /** Records a problem at a 1-based line (0 when it concerns the whole file). */
  public void atLine(int line, String field, String message) {
    add(Problem.atLine(source, line, field, message));
  }

  /** Records a problem at a JSON pointer. */
  public void atPointer(String pointer, String field, String message) {
    add(Problem.atPointer(source, pointer, field, message));
  }

  /** Records a problem. */
  public void add(Problem p) {
    String key = String.valueOf(p.field());
    int seen = perField.merge(key, 1, Integer::sum);
    if (seen <= PER_FIELD_LIMIT) {
      problems.add(p);
    }
  }

  /** Parses a finite number or records why it is not one; returns NaN on failure. */
  public double number(String token, int line, String field) {
    try {
      double v = Double.parseDouble(token);
      if (Double.isFinite(v)) {
        return v;
      }
      atLine(line, field, "'" + token + "' is not a finite number");
    } catch (NumberFormatException e) {
      atLine(line, field, "'" + token + "' is not a number");
    }
    return Double.NaN;
  }

  /** Parses an integer or records why it is not one; returns {@code fallback} on failure. */
  public int integer(String token, int line, String field, int fallback) {
    try {
      return Integer.parseInt(token);
    } catch (NumberFormatException e) {
      atLine(line, field, "'" + token + "' is not an integer");
      return fallback;
    }
  }

  /**
   * Parses an integer that may be written as a decimal ({@code 200.0}), or records why it is not one;
   * returns NaN on failure.
   */
  public double integral(String token, int line, String field) {
    double v = number(token, line, field);
    if (!Double.isNaN(v) && (v != Math.rint(v) || Math.abs(v) > Integer.MAX_VALUE)) {
      atLine(line, field, "'" + token + "' is not an integer");
      return Double.NaN;
    }
    return v;
  }

  public boolean isEmpty() {
    return problems.isEmpty() && perField.isEmpty();
  }

  /** The problems so far, with one summary line per field whose problems were cut off. */
  public List<Problem> problems() {
    List<Problem> out = new ArrayList<>(problems);
    perField.forEach((field, count) -> {
      if (count > PER_FIELD_LIMIT) {
        out.add(Problem.atLine(source, 0, field, "... and " + (count - PER_FIELD_LIMIT)
            + " more problems in this field"));
      }
    });
    return out;
  }

  /** Throws an {@link InputException} carrying every problem, if there is any. */
  public void throwIfAny() throws InputException {
    if (!isEmpty()) {
      throw new InputException(problems());
    }
  }
}
