package org.routeforge.api.http;

import java.util.List;

/**
 * Thrown by handlers to answer with a problem+json response; the exception mapper writes
 * {@link #problem()} with its status. Carries no stack trace (it is control flow, not a bug).
 */
public final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient Problem problem;

  public ApiException(Problem problem) {
    super(problem.detail, null, false, false);
    this.problem = problem;
  }

  public Problem problem() {
    return problem;
  }

  /** 400 with one error at a JSON pointer or query parameter. */
  public static ApiException badRequest(String code, String detail, String pointer, String field) {
    return new ApiException(new Problem(400, code, "Bad request", detail)
        .errors(List.of(new Problem.FieldError(pointer, null, field, detail))));
  }

  /** 404 for a resource the caller cannot see (missing or another tenant's). */
  public static ApiException notFound(String what) {
    return new ApiException(new Problem(404, "not_found", "Not found", what + " was not found"));
  }

  /** 422 naming the configured limit that the request exceeds. */
  public static ApiException limit(String limit, long allowed, long actual, String pointer, String detail) {
    return new ApiException(new Problem(422, "limit_exceeded", "Instance limit exceeded", detail)
        .with("limit", limit).with("allowed", allowed).with("actual", actual)
        .errors(List.of(new Problem.FieldError(pointer, null, limit, detail))));
  }
}
