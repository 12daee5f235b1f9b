package org.routeforge.api.jobs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.routeforge.api.ServiceConfig;
import org.routeforge.api.http.ApiException;
import org.routeforge.api.http.Problem;
import org.routeforge.api.routing.RequestRouting;
import com.fasterxml.jackson.databind.JsonNode;
import org.routeforge.data.io.InputException;
import org.routeforge.data.io.JsonFields;
import org.routeforge.data.io.ParsedInstance;
import org.routeforge.data.io.RouteForgeJson;
import org.routeforge.data.io.SolomonReader;
import org.routeforge.data.io.VrplibReader;
import org.routeforge.data.io.vroom.VroomInput;
import org.routeforge.data.model.Instance;
import org.routeforge.data.model.PlannedRoute;

/**
 * Turns a request body into an {@link Instance}: picks the format from {@code ?format=} or the
 * {@code Content-Type} ({@code application/json}, {@code text/x-vrplib}, {@code text/x-solomon}, or
 * {@code text/plain} recognised by its content), parses it with the data module's readers, and
 * applies the configured instance limits before and after parsing.
 *
 * @implNote stateless and thread-safe.
 */
public final class InstanceInput {
  /** Formats accepted for instances. */
  public static final List<String> FORMATS = List.of("json", "vroom", "vrplib", "solomon");
  private static final Pattern DIMENSION = Pattern.compile("(?m)^\\s*DIMENSION\\s*:\\s*(\\d{1,12})\\s*$");

  private InstanceInput() {}

  /**
   * The format of a body.
   *
   * @param formatParam the {@code format} query parameter, or null
   * @param contentType the request's Content-Type, or null
   * @throws ApiException 400 for an unknown {@code format}, 415 for an unsupported media type
   */
  public static String format(String formatParam, String contentType, String body) {
    if (formatParam != null) {
      String f = formatParam.toLowerCase(Locale.ROOT);
      if (!FORMATS.contains(f)) {
        throw ApiException.badRequest("invalid_parameter", "format must be one of " + FORMATS
            + ", not '" + formatParam + "'", null, "format");
      }
      return f;
    }
    String ct = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT).split(";")[0].trim();
    switch (ct) {
      case "application/json":
        return looksLikeVroom(body) ? "vroom" : "json";
      case "application/vnd.vroom+json":
        return "vroom";
      case "text/x-vrplib":
        return "vrplib";
      case "text/x-solomon":
        return "solomon";
      case "text/plain":
      case "application/octet-stream":
        return SolomonReader.looksLike(head(body)) ? "solomon" : "vrplib";
      default:
        throw new ApiException(new Problem(415, "unsupported_media_type", "Unsupported media type",
            "Content-Type '" + (contentType == null ? "" : contentType) + "' is not supported; send "
                + "application/json (RouteForge JSON), text/x-vrplib, text/x-solomon or text/plain "
                + "(VRPLIB or Solomon, detected), or set ?format=json|vrplib|solomon")
            .with("supported", List.of("application/json", "text/x-vrplib", "text/x-solomon", "text/plain")));
    }
  }

  /**
   * Parses and checks an instance. Every feature the format's reader accepts reaches the solver, and
   * so does the plan (warm start and locks) of RouteForge JSON and VROOM input.
   *
   * @param routing fills in the matrices of a coordinates-only request and records which routing it used
   * @throws ApiException 400 for a malformed body (every problem listed with its line or JSON
   *     pointer), 422 for an instance above a configured limit or a location off the road network
   */
  public static RequestPreparation.Normalized parse(String format, String body, ServiceConfig limits, int maxStops,
      RequestRouting routing) {
    if (body.isBlank()) {
      throw ApiException.badRequest("empty_body", "the request body is empty; send an instance", "", null);
    }
    if ("vrplib".equals(format)) {
      // Refuse absurd sizes before the reader allocates anything for them.
      Matcher m = DIMENSION.matcher(body);
      if (m.find() && Long.parseLong(m.group(1)) - 1 > maxStops) {
        long n = Long.parseLong(m.group(1)) - 1;
        throw ApiException.limit("max_stops", maxStops, n, null, "DIMENSION " + m.group(1)
            + " means " + n + " stops; this server accepts at most " + maxStops);
      }
    }
    Instance inst;
    VroomInput.Request vroom = null;
    List<PlannedRoute> plan = List.of();
    try {
      switch (format) {
        case "vrplib":
          inst = VrplibReader.parse(body, "request", "request").instance();
          break;
        case "solomon":
          inst = SolomonReader.parse(body, "request").instance();
          break;
        case "vroom":
          JsonNode root = JsonFields.parse(body, "request");
          routing.fillVroom(root);
          vroom = VroomInput.request(root, "request", "vroom");
          inst = vroom.parsed().instance();
          break;
        default:
          ParsedInstance parsed = RouteForgeJson.parse(body, "request");
          inst = parsed.instance();
          plan = parsed.plan();
          break;
      }
      inst = routing.fillInstance(inst);
    } catch (InputException e) {
      throw invalid(e);
    } catch (IllegalArgumentException | IndexOutOfBoundsException | ArithmeticException | NullPointerException
        | ClassCastException | UnsupportedOperationException e) {
      // A reader bug on odd input must still be a 400 about the input, not a 500.
      throw ApiException.badRequest("invalid_instance", "the instance is invalid: " + e.getMessage(), "", null);
    }
    checkLimits(inst, limits, maxStops);
    try {
      return vroom == null ? RequestPreparation.prepare(inst, plan, List.of(), List.of(), List.of())
          : RequestPreparation.prepare(inst, vroom.plan(), vroom.ignoredFields(), vroom.stopDescriptions(),
              vroom.vehicleDescriptions());
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("invalid_instance", e.getMessage(), vroom == null ? "/plan" : "/vehicles",
          vroom == null ? "plan" : "steps");
    }
  }

  /** 422 when the instance has more stops or vehicles than allowed. */
  public static void checkLimits(Instance inst, ServiceConfig limits, int maxStops) {
    if (inst.stops().size() > maxStops) {
      throw ApiException.limit("max_stops", maxStops, inst.stops().size(), "/stops",
          "the instance has " + inst.stops().size() + " stops; this endpoint accepts at most " + maxStops);
    }
    long vehicles = 0;
    for (var vt : inst.vehicleTypes()) {
      vehicles += vt.count();
    }
    if (vehicles > limits.maxVehicles()) {
      throw ApiException.limit("max_vehicles", limits.maxVehicles(), vehicles, "/vehicle_types",
          "the instance has " + vehicles + " vehicles; this server accepts at most " + limits.maxVehicles());
    }
    if (inst.stops().isEmpty()) {
      throw ApiException.badRequest("invalid_instance", "the instance has no stops", "/stops", "stops");
    }
    if (inst.vehicleTypes().isEmpty()) {
      throw ApiException.badRequest("invalid_instance", "the instance has no vehicles", "/vehicle_types", "vehicle_types");
    }
  }

  /** 400 listing every problem of an input exception with its pointer or line. */
  public static ApiException invalid(InputException e) {
    List<Problem.FieldError> errors = new ArrayList<>();
    for (InputException.Problem p : e.problems()) {
      errors.add(new Problem.FieldError(p.pointer(), p.line() > 0 ? p.line() : null, p.field(), p.message()));
    }
    String detail = e.problems().size() == 1 ? e.problems().get(0).toString()
        : e.problems().size() + " problems in the instance; see errors";
    return new ApiException(new Problem(400, "invalid_instance", "Invalid instance", detail).errors(errors));
  }

  /** A JSON body is VROOM input when its top level has "vehicles" (RouteForge JSON has "vehicleTypes"). */
  private static boolean looksLikeVroom(String body) {
    String h = head(body);
    return h.contains("\"vehicles\"") && !h.contains("\"vehicleTypes\"") && !h.contains("\"format\"");
  }

  private static String head(String body) {
    return body.length() > 4096 ? body.substring(0, 4096) : body;
  }
}
