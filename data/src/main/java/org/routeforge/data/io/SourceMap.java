package org.routeforge.data.io;

import java.util.HashMap;
import java.util.Map;
import org.routeforge.data.io.InputException.Problem;

/**
 * Where each part of a parsed instance came from (a line of a text file or a JSON pointer), so that
 * {@link org.routeforge.data.validate.InstanceValidator} can point at the input when it finds a
 * problem that only shows once the whole instance is known (a demand above every capacity, an
 * unreachable window).
 *
 * <p>Keys: {@code stop/<i>/demand}, {@code stop/<i>/window}, {@code vehicle/<v>/capacity},
 * {@code vehicle/<v>/shift}, {@code matrix}; see the constants.
 */
public final class SourceMap {
  private final String source;
  private final Map<String, Integer> lines = new HashMap<>();
  private final Map<String, String> pointers = new HashMap<>();

  public SourceMap(String source) {
    this.source = source;
  }

  /** Key of stop {@code i}'s demand. */
  public static String stopDemand(int i) {
    return "stop/" + i + "/demand";
  }

  /** Key of stop {@code i}'s time windows. */
  public static String stopWindow(int i) {
    return "stop/" + i + "/window";
  }

  /** Key of vehicle type {@code v}'s capacity. */
  public static String vehicleCapacity(int v) {
    return "vehicle/" + v + "/capacity";
  }

  /** Key of vehicle type {@code v}'s shift. */
  public static String vehicleShift(int v) {
    return "vehicle/" + v + "/shift";
  }

  public String source() {
    return source;
  }

  /** Records that {@code key} was read at a 1-based line. */
  public void line(String key, int line) {
    lines.put(key, line);
  }

  /** Records that {@code key} was read at a JSON pointer. */
  public void pointer(String key, String pointer) {
    pointers.put(key, pointer);
  }

  /** A problem located where {@code key} was read (the whole file when unknown). */
  public Problem problem(String key, String field, String message) {
    String p = pointers.get(key);
    if (p != null) {
      return Problem.atPointer(source, p, field, message);
    }
    return Problem.atLine(source, lines.getOrDefault(key, 0), field, message);
  }
}
