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
 * A route plan in VROOM's output JSON shape ({@code code}, {@code summary} with
 * {@code computing_times}, {@code unassigned}, {@code routes} with {@code steps}, {@code violations}
 * at each level), so a RouteForge solution can be consumed by tools built for VROOM. Solvers fill this
 * small DTO; {@link #format()} writes it with VROOM's snake_case names. RouteForge extensions:
 * unassigned entries carry a {@code code} and {@code reason} saying why, and {@code ignored_fields}
 * lists the JSON pointers of request fields VROOM does not define (absent when none).
 *
 * @param code 0 on success (VROOM's convention)
 * @param summary totals over all routes
 * @param unassigned tasks left out
 * @param routes one per used vehicle
 * @param ignoredFields pointers of request fields that were not used, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VroomSolution(int code, Summary summary, List<Unassigned> unassigned, List<Route> routes,
    List<String> ignoredFields) {
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .enable(SerializationFeature.INDENT_OUTPUT)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

  public VroomSolution {
    unassigned = List.copyOf(unassigned);
    routes = List.copyOf(routes);
    ignoredFields = ignoredFields == null || ignoredFields.isEmpty() ? null : List.copyOf(ignoredFields);
  }

  /** A plan with no ignored fields. */
  public VroomSolution(int code, Summary summary, List<Unassigned> unassigned, List<Route> routes) {
    this(code, summary, unassigned, routes, null);
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
   * @param priority sum of the served tasks' priorities (a shipment counted once)
   * @param distance total distance
   * @param delivery total delivered amount per dimension
   * @param pickup total picked-up amount per dimension
   * @param violations constraint violations over all routes (empty for a feasible plan)
   * @param computingTimes where the time went, in milliseconds
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Summary(long cost, int routes, int unassigned, long setup, long service, long duration,
      long waitingTime, long priority, Long distance, int[] delivery, int[] pickup, List<Violation> violations,
      ComputingTimes computingTimes) {
    public Summary {
      violations = violations == null ? List.of() : List.copyOf(violations);
    }
  }

  /**
   * Run times in milliseconds, as VROOM reports them.
   *
   * @param loading reading the request (and, here, checking it)
   * @param solving the search
   * @param routing computing matrices and geometry from coordinates (0 with matrices given)
   */
  public record ComputingTimes(long loading, long solving, long routing) {}

  /**
   * A constraint a route breaks (VROOM's {@code violations} entries).
   *
   * @param cause {@code delay} (arriving after a window), {@code load} (over capacity), ...
   * @param duration how late, for {@code delay}; else null
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Violation(String cause, Long duration) {}

  /**
   * A task left out of the plan.
   *
   * @param id the job / pickup / delivery id
   * @param type {@code job}, {@code pickup} or {@code delivery}
   * @param location {@code [lon, lat]} when known
   * @param locationIndex matrix index
   * @param description the task's description, when it has one
   * @param code why (RouteForge extension; e.g. 1 capacity, 2 time window, 3 skills, 4 fleet too small)
   * @param reason the reason in words
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Unassigned(long id, String type, double[] location, Integer locationIndex, String description,
      Integer code, String reason) {}

  /**
   * One vehicle's route.
   *
   * @param vehicle vehicle id
   * @param cost route cost
   * @param description the vehicle's description, when it has one
   * @param setup total setup time
   * @param service total service time
   * @param duration total travel time
   * @param waitingTime total waiting time
   * @param priority sum of priorities
   * @param distance total distance
   * @param delivery delivered amount per dimension
   * @param pickup picked-up amount per dimension
   * @param steps start, jobs/pickups/deliveries/breaks, end
   * @param violations constraints the route breaks (empty when feasible)
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Route(long vehicle, long cost, String description, long setup, long service, long duration,
      long waitingTime, long priority, Long distance, int[] delivery, int[] pickup, List<Step> steps,
      List<Violation> violations) {
    public Route {
      steps = List.copyOf(steps);
      violations = violations == null ? List.of() : List.copyOf(violations);
    }
  }

  /**
   * One step of a route.
   *
   * @param type {@code start}, {@code job}, {@code pickup}, {@code delivery}, {@code break} or {@code end}
   * @param id task id (absent for start/end)
   * @param job the same id on {@code job} steps (older VROOM clients read it)
   * @param description the task's description, when it has one
   * @param location {@code [lon, lat]} when known
   * @param locationIndex matrix index
   * @param setup setup time
   * @param service service time
   * @param waitingTime waiting before service
   * @param load vehicle load after the step
   * @param arrival arrival time
   * @param duration cumulated travel time on arrival
   * @param distance cumulated distance on arrival
   * @param violations constraints broken at this step (empty when none)
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Step(String type, Long id, Long job, String description, double[] location, Integer locationIndex,
      long setup, long service, long waitingTime, int[] load, long arrival, long duration, Long distance,
      List<Violation> violations) {
    public Step {
      violations = violations == null ? List.of() : List.copyOf(violations);
    }
  }

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
