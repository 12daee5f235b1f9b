package org.routeforge.data.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Iterator;
import java.util.TreeSet;
import java.util.Set;

/**
 * Typed, strict access to a parsed JSON tree for the JSON readers: every value is checked for its
 * type and range, every unknown field is reported, and every problem names its JSON pointer
 * (RFC 6901). Problems are collected, not thrown, so a reader reports all of them at once.
 */
public final class JsonFields {
  /** Strict parser: data after the JSON value (a second value, garbage) is an error, not ignored. */
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private final ProblemCollector pc;

  public JsonFields(ProblemCollector pc) {
    this.pc = pc;
  }

  public ProblemCollector problems() {
    return pc;
  }

  /** Parses JSON text, turning syntax errors into a problem with line and column. */
  public static JsonNode parse(String text, String source) throws InputException {
    try {
      JsonNode n = MAPPER.readTree(text);
      if (n == null || n.isMissingNode()) {
        throw new InputException(InputException.Problem.atLine(source, 0, "JSON", "the document is empty"));
      }
      return n;
    } catch (JsonParseException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      int col = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
      throw new InputException(InputException.Problem.atLine(source, line, "JSON",
          "malformed JSON at column " + col + ": " + e.getOriginalMessage()));
    } catch (JsonProcessingException e) {
      // e.g. trailing data after the value: say where it starts
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      int col = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
      throw new InputException(InputException.Problem.atLine(source, Math.max(0, line), "JSON",
          (col > 0 ? "at column " + col + ": " : "") + e.getOriginalMessage()));
    }
  }

  /** The pointer of {@code key} inside the object at {@code ptr}. */
  public static String ptr(String ptr, String key) {
    return ptr + "/" + key.replace("~", "~0").replace("/", "~1");
  }

  /** The pointer of element {@code i} of the array at {@code ptr}. */
  public static String ptr(String ptr, int i) {
    return ptr + "/" + i;
  }

  /** Reports every field of {@code obj} not in {@code allowed}, naming the format that lacks it. */
  public void allowOnly(JsonNode obj, String ptr, Set<String> allowed, String what) {
    Iterator<String> it = obj.fieldNames();
    while (it.hasNext()) {
      String k = it.next();
      if (!allowed.contains(k)) {
        pc.atPointer(ptr(ptr, k), k, "unsupported field in " + what + " (supported: " + String.join(", ",
            new TreeSet<>(allowed)) + ")");
      }
    }
  }

  /** Whether {@code obj} is an object, else records a problem. */
  public boolean isObject(JsonNode obj, String ptr, String field) {
    if (obj == null || !obj.isObject()) {
      pc.atPointer(ptr, field, "expected an object, got " + kind(obj));
      return false;
    }
    return true;
  }

  /** Whether {@code arr} is an array, else records a problem. */
  public boolean isArray(JsonNode arr, String ptr, String field) {
    if (arr == null || !arr.isArray()) {
      pc.atPointer(ptr, field, "expected an array, got " + kind(arr));
      return false;
    }
    return true;
  }

  /** A required or optional member; null (and maybe a problem) when absent. */
  public JsonNode member(JsonNode obj, String key, String ptr, boolean required) {
    JsonNode n = obj.get(key);
    if ((n == null || n.isNull()) && required) {
      pc.atPointer(ptr(ptr, key), key, "missing required field");
    }
    return n == null || n.isNull() ? null : n;
  }

  /** A finite number member (>= min), or {@code dflt} when absent / invalid. */
  public double numberField(JsonNode obj, String key, String ptr, double dflt, double min) {
    JsonNode n = member(obj, key, ptr, false);
    return n == null ? dflt : number(n, ptr(ptr, key), key, dflt, min);
  }

  /** A finite number (>= min), or {@code dflt} with a problem. */
  public double number(JsonNode n, String ptr, String field, double dflt, double min) {
    if (!n.isNumber()) {
      pc.atPointer(ptr, field, "expected a number, got " + kind(n));
      return dflt;
    }
    double v = n.doubleValue();
    if (!Double.isFinite(v)) {
      pc.atPointer(ptr, field, "expected a finite number, got " + n);
      return dflt;
    }
    if (v < min) {
      pc.atPointer(ptr, field, "must be at least " + Numbers.format(min) + ", got " + n);
      return dflt;
    }
    return v;
  }

  /** An integer member in {@code [min, max]}, or {@code dflt} when absent / invalid. */
  public long integerField(JsonNode obj, String key, String ptr, long dflt, long min, long max) {
    JsonNode n = member(obj, key, ptr, false);
    return n == null ? dflt : integer(n, ptr(ptr, key), key, dflt, min, max);
  }

  /** An integer in {@code [min, max]}, or {@code dflt} with a problem. */
  public long integer(JsonNode n, String ptr, String field, long dflt, long min, long max) {
    if (!n.isIntegralNumber() && !(n.isNumber() && n.doubleValue() == Math.rint(n.doubleValue()))) {
      pc.atPointer(ptr, field, "expected an integer, got " + (n.isNumber() ? n.toString() : kind(n)));
      return dflt;
    }
    if (!n.canConvertToLong() || n.longValue() < min || n.longValue() > max) {
      pc.atPointer(ptr, field, "must be in " + min + ".." + max + ", got " + n);
      return dflt;
    }
    return n.longValue();
  }

  /** A string member, or {@code dflt}. */
  public String string(JsonNode obj, String key, String ptr, String dflt, boolean required) {
    JsonNode n = member(obj, key, ptr, required);
    if (n == null) {
      return dflt;
    }
    if (!n.isTextual()) {
      pc.atPointer(ptr(ptr, key), key, "expected a string, got " + kind(n));
      return dflt;
    }
    return n.textValue();
  }

  /** An array of non-negative integers (an amount or capacity vector), or {@code dflt}. */
  public int[] amounts(JsonNode obj, String key, String ptr, int[] dflt) {
    JsonNode n = member(obj, key, ptr, false);
    if (n == null) {
      return dflt;
    }
    String p = ptr(ptr, key);
    if (!isArray(n, p, key)) {
      return dflt;
    }
    int[] out = new int[n.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = (int) integer(n.get(i), ptr(p, i), key, 0, 0, Integer.MAX_VALUE);
    }
    return out;
  }

  /** A {@code [start, end]} pair with start <= end, or null with a problem. */
  public double[] window(JsonNode n, String ptr, String field) {
    if (!isArray(n, ptr, field)) {
      return null;
    }
    if (n.size() != 2) {
      pc.atPointer(ptr, field, "expected [start, end], got " + n.size() + " values");
      return null;
    }
    double a = number(n.get(0), ptr(ptr, 0), field, Double.NaN, Double.NEGATIVE_INFINITY);
    double b = number(n.get(1), ptr(ptr, 1), field, Double.NaN, Double.NEGATIVE_INFINITY);
    if (Double.isNaN(a) || Double.isNaN(b)) {
      return null;
    }
    if (a > b) {
      pc.atPointer(ptr, field, "window closes (" + n.get(1) + ") before it opens (" + n.get(0) + ")");
      return null;
    }
    return new double[] {a, b};
  }

  /** A square matrix of finite non-negative numbers; {@code nullMeans} replaces JSON nulls (NaN = not allowed). */
  public double[] matrix(JsonNode n, String ptr, String field, double nullMeans) {
    if (!isArray(n, ptr, field)) {
      return null;
    }
    int size = n.size();
    double[] out = new double[size * size];
    boolean ok = true;
    for (int i = 0; i < size; i++) {
      JsonNode row = n.get(i);
      String rp = ptr(ptr, i);
      if (!isArray(row, rp, field)) {
        ok = false;
        continue;
      }
      if (row.size() != size) {
        pc.atPointer(rp, field, "row has " + row.size() + " entries, expected " + size + " (the matrix is not square)");
        ok = false;
        continue;
      }
      for (int j = 0; j < size; j++) {
        JsonNode v = row.get(j);
        if (v.isNull() && !Double.isNaN(nullMeans)) {
          out[i * size + j] = nullMeans;
          continue;
        }
        double d = number(v, ptr(rp, j), field, Double.NaN, 0);
        ok &= !Double.isNaN(d);
        out[i * size + j] = d;
      }
    }
    return ok ? out : null;
  }

  /** Writes a number without a decimal point when it is integral (files stay byte-stable and short). */
  public static void writeNumber(JsonGenerator g, double v) throws IOException {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      g.writeNumber((long) v);
    } else {
      g.writeNumber(v);
    }
  }

  private static String kind(JsonNode n) {
    if (n == null || n.isNull()) {
      return "null";
    }
    return n.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
  }
}
