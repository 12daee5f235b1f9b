package org.routeforge.graph.roads;

import java.util.List;
import org.routeforge.data.io.InputException;

/**
 * Some input points could not be snapped to the road network (outside the map, or farther from a car
 * road than the allowed snap distance). Each problem names the point by index; {@link #indices()}
 * lists them for programs.
 */
public final class UnsnappablePointsException extends InputException {
  private static final long serialVersionUID = 1L;
  private final int[] indices;

  /**
   * @param problems one per unsnappable point, each naming it (by index, or by the JSON pointer of the
   *     request field it came from)
   * @param indices the 0-based indices of those points, ascending
   */
  public UnsnappablePointsException(List<Problem> problems, int[] indices) {
    super(problems);
    this.indices = indices.clone();
  }

  /** The 0-based indices of the unsnappable points, ascending. */
  public int[] indices() {
    return indices.clone();
  }
}
