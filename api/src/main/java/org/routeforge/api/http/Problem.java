package org.routeforge.api.http;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 problem detail ({@code application/problem+json}): {@code type}, {@code title},
 * {@code status}, {@code detail}, {@code instance}, plus the extensions {@code code} (a stable
 * snake_case name), {@code job_id} and {@code errors} (each with a JSON Pointer, RFC 6901, into the
 * request body, or a {@code line} of a text body).
 *
 * @implNote immutable apart from {@link #with}, which is used only while building.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class Problem {
  /** The problem+json media type. */
  public static final String MEDIA_TYPE = "application/problem+json";
  private static final String TYPE_PREFIX = "urn:routeforge:problem:";

  public final String type;
  public final String title;
  public final int status;
  public final String detail;
  public String instance;
  public final String code;
  public List<FieldError> errors;
  private final Map<String, Object> extensions = new LinkedHashMap<>();

  /**
   * One bad field.
   *
   * @param pointer JSON Pointer into the body ("" = the whole body), or null for text bodies
   * @param line 1-based line of a text body, or null
   * @param field the field or section concerned, or null
   * @param detail what is wrong
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record FieldError(String pointer, Integer line, String field, String detail) {}

  public Problem(int status, String code, String title, String detail) {
    this.type = TYPE_PREFIX + code;
    this.title = title;
    this.status = status;
    this.detail = detail;
    this.code = code;
  }

  /** Adds field errors. */
  public Problem errors(List<FieldError> list) {
    this.errors = list.isEmpty() ? null : List.copyOf(list);
    return this;
  }

  /** Adds an extension member (e.g. {@code limit}, {@code job_id}). */
  public Problem with(String name, Object value) {
    extensions.put(name, value);
    return this;
  }

  @JsonAnyGetter
  public Map<String, Object> extensions() {
    return extensions;
  }
}
