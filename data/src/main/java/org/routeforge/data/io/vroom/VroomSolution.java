package org.routeforge.data.io.vroom;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.routeforge.data.io.InputException;
import org.routeforge.data.io.JsonFields;
import org.routeforge.data.io.TextLines;

/**
 * A route plan in VROOM's output JSON shape ({@code code}, {@code summary}, {@code unassigned},
 * {@code routes} with {@code steps}), so a RouteForge solution can be consumed by tools built for
 * VROOM. Solvers fill this small DTO; {@link #format()} writes it with VROOM's snake_case names.
 * Unassigned entries carry a {@code code} and {@code reason} (a RouteForge extension saying why).
 *
 * @param code 0 on success (VROOM's convention)
 * @param summary totals over all routes
 * @param unassigned tasks left out
 * @param routes one per used vehicle
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VroomSolution(int code, Summary summary, List<Unassigned> unassigned, List<Route> routes) {
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .enable(SerializationFeature.INDENT_OUTPUT)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

  public VroomSolution {
    unassigned = List.copyOf(unassigned);
    routes = List.copyOf(routes);
  }

  /**
   * Totals over the plan.
   *
   * @param cost total cost
   * @param routes number of routes
   * @param unassigned number of unassigned tasks
   * @param setup total setup time
   * @param service total service time
   * @param duration total travel time
   * @param waitingTime total waiting time
   * @param priority sum of the served tasks' priorities
   * @param distance total distance
   * @param delivery total delivered amount per dimension
   * @param pickup total picked-up amount per dimension
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Summary(long cost, int routes, int unassigned, long setup, long service, long duration,
      long waitingTime, long priority, Long distance, int[] delivery, int[] pickup) {}

  /**
   * A task left out of the plan.
   *
   * @param id the job / pickup / delivery id
   * @param type {@code job}, {@code pickup} or {@code delivery}
   * @param location {@code [lon, lat]} when known
   * @param locationIndex matrix index
   * @param code why (RouteForge extension; e.g. 1 capacity, 2 time window, 3 skills, 4 fleet too small)
   * @param reason the reason in words
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Unassigned(long id, String type, double[] location, Integer locationIndex, Integer code,
      String reason) {}

  /**
   * One vehicle's route.
   *
   * @param vehicle vehicle id
   * @param cost route cost
   * @param setup total setup time
   * @param service total service time
   * @param duration total travel time
   * @param waitingTime total waiting time
   * @param priority sum of priorities
   * @param distance total distance
   * @param delivery delivered amount per dimension
   * @param pickup picked-up amount per dimension
   * @param steps start, jobs/pickups/deliveries/breaks, end
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Route(long vehicle, long cost, long setup, long service, long duration, long waitingTime,
      long priority, Long distance, int[] delivery, int[] pickup, List<Step> steps) {
    public Route {
      steps = List.copyOf(steps);
    }
  }

  /**
   * One step of a route.
   *
   * @param type {@code start}, {@code job}, {@code pickup}, {@code delivery}, {@code break} or {@code end}
   * @param id task id (absent for start/end)
   * @param location {@code [lon, lat]} when known
   * @param locationIndex matrix index
   * @param setup setup time
   * @param service service time
   * @param waitingTime waiting before service
   * @param load vehicle load after the step
   * @param arrival arrival time
   * @param duration cumulated travel time on arrival
   * @param distance cumulated distance on arrival
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Step(String type, Long id, double[] location, Integer locationIndex, long setup, long service,
      long waitingTime, int[] load, long arrival, long duration, Long distance) {}

  /** The JSON text, VROOM field names, two-space indentation, {@code \n} line ends. */
  public String format() {
    try {
      return MAPPER.writeValueAsString(this).replace("\r\n", "\n") + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise a route plan", e);
    }
  }

  /** Writes {@link #format()} to a file. */
  public void write(Path file) throws IOException {
    Files.writeString(file, format(), StandardCharsets.UTF_8);
  }

  /** Reads VROOM output JSON (as written by {@link #format()} or by VROOM itself, extra fields rejected). */
  public static VroomSolution read(Path file) throws IOException, InputException {
    return parse(TextLines.text(file), file.toString());
  }

  /** Parses VROOM output JSON. */
  public static VroomSolution parse(String text, String source) throws InputException {
    try {
      return MAPPER.treeToValue(JsonFields.parse(text, source), VroomSolution.class);
    } catch (JsonProcessingException e) {
      String ptr = e instanceof com.fasterxml.jackson.databind.JsonMappingException
          ? pointer((com.fasterxml.jackson.databind.JsonMappingException) e) : "";
      throw new InputException(InputException.Problem.atPointer(source, ptr, "route plan", e.getOriginalMessage()));
    }
  }

  private static String pointer(com.fasterxml.jackson.databind.JsonMappingException e) {
    StringBuilder sb = new StringBuilder();
    for (com.fasterxml.jackson.databind.JsonMappingException.Reference r : e.getPath()) {
      sb.append('/').append(r.getFieldName() != null ? r.getFieldName() : Integer.toString(r.getIndex()));
    }
    return sb.toString();
  }
}
