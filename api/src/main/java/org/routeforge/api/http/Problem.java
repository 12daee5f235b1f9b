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
  /**
   * The most characters of a {@code detail} (or of a field error's detail) that a response carries:
   * details often quote the input, and a 10 MB body must not come back in its error.
   */
  public static final int MAX_DETAIL_CHARS = 600;
  /** The most field errors a response lists. */
  public static final int MAX_ERRORS = 50;
  /** The most characters of a quoted field name or request path. */
  public static final int MAX_NAME_CHARS = 200;
  private static final String TYPE_PREFIX = "urn:routeforge:problem:";

  public final String type;
  public final String title;
  public final int status;
  public final String detail;
  private String instance;
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
  public record FieldError(String pointer, Integer line, String field, String detail) {
    public FieldError {
      pointer = excerpt(pointer, MAX_NAME_CHARS);
      field = excerpt(field, MAX_NAME_CHARS);
      detail = excerpt(detail, MAX_DETAIL_CHARS);
    }
  }

  public Problem(int status, String code, String title, String detail) {
    this.type = TYPE_PREFIX + code;
    this.title = title;
    this.status = status;
    this.detail = excerpt(detail, MAX_DETAIL_CHARS);
    this.code = code;
  }

  /** The generic problem for an HTTP status (Jetty's own errors, Javalin's HTTP exceptions). */
  public static Problem ofStatus(int status, String detail) {
    String code = codeFor(status);
    String words = code.replace('_', ' ');
    return new Problem(status, code, Character.toUpperCase(words.charAt(0)) + words.substring(1), detail);
  }

  /** The stable snake_case code of an HTTP status. */
  public static String codeFor(int status) {
    switch (status) {
      case 400: return "bad_request";
      case 401: return "unauthorized";
      case 403: return "forbidden";
      case 404: return "not_found";
      case 405: return "method_not_allowed";
      case 408: return "request_timeout";
      case 413: return "body_too_large";
      case 414: return "uri_too_long";
      case 415: return "unsupported_media_type";
      case 429: return "rate_limited";
      case 431: return "headers_too_large";
      case 503: return "unavailable";
      default: return status >= 500 ? "internal_error" : "http_" + status;
    }
  }

  /**
   * {@code s} cut to at most {@code max} characters, the cut marked with an ellipsis and the number of
   * characters left out; null stays null.
   */
  public static String excerpt(String s, int max) {
    if (s == null || s.length() <= max) {
      return s;
    }
    return s.substring(0, max) + "\u2026 (" + (s.length() - max) + " more characters)";
  }

  /** Sets {@code instance}, the request path, cut to {@value #MAX_NAME_CHARS} characters. */
  public Problem at(String path) {
    this.instance = excerpt(path, MAX_NAME_CHARS);
    return this;
  }

  /** Adds field errors, at most {@value #MAX_ERRORS}; the number left out is {@code errors_omitted}. */
  public Problem errors(List<FieldError> list) {
    this.errors = list.isEmpty() ? null : List.copyOf(list.subList(0, Math.min(MAX_ERRORS, list.size())));
    if (list.size() > MAX_ERRORS) {
      extensions.put("errors_omitted", list.size() - MAX_ERRORS);
    }
    return this;
  }

  /** Adds an extension member (e.g. {@code limit}, {@code job_id}); text is cut like a detail. */
  public Problem with(String name, Object value) {
    extensions.put(name, value instanceof String ? excerpt((String) value, MAX_DETAIL_CHARS) : value);
    return this;
  }

  /** The request path this problem answers (RFC 9457 {@code instance}), or null. */
  @com.fasterxml.jackson.annotation.JsonProperty("instance")
  public String instance() {
    return instance;
  }

  @JsonAnyGetter
  public Map<String, Object> extensions() {
    return extensions;
  }
}
