package org.routeforge.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.routeforge.api.http.ApiException;
import org.routeforge.api.http.Http;
import org.routeforge.api.http.Problem;
import org.routeforge.api.http.ProblemErrorHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every error the application answers as an RFC 9457 problem: an {@link ApiException}'s problem,
 * Javalin's own 4xx (unmatched path 404, 405 with {@code Allow}), and a 500 for anything unexpected,
 * logged with its stack trace but never shown. (The errors Jetty answers before a request reaches the
 * application are {@link ProblemErrorHandler}'s.)
 *
 * @implNote stateless and thread-safe.
 */
final class ErrorResponses {
  private static final Logger LOG = LoggerFactory.getLogger(ErrorResponses.class);

  private ErrorResponses() {}

  /** Registers the exception and error handlers. */
  static void register(RoutesConfig r) {
    r.exception(ApiException.class, (e, ctx) -> problem(ctx, e.problem()));
    r.exception(HttpResponseException.class, (e, ctx) -> {
      if (e.getStatus() == 405) {
        methodNotAllowed(ctx, String.join(", ", e.getDetails().values()));
      } else {
        problem(ctx, Problem.ofStatus(e.getStatus(), e.getMessage()));
      }
    });
    r.exception(Exception.class, (e, ctx) -> {
      LOG.error("unexpected error on {} {}", ctx.method(), ctx.path(), e);
      problem(ctx, new Problem(500, "internal_error", "Internal server error",
          "an unexpected error occurred; it has been logged (" + e.getClass().getSimpleName() + ")"));
    });
    r.error(404, "*", ctx -> {
      if (!isProblem(ctx)) {
        problem(ctx, new Problem(404, "not_found", "Not found", "no resource at " + ctx.method() + " " + ctx.path()));
      }
    });
    r.error(405, "*", ctx -> {
      if (!isProblem(ctx)) {
        methodNotAllowed(ctx, ctx.res().getHeader("Allow"));
      }
    });
  }

  private static boolean isProblem(Context ctx) {
    String ct = ctx.res().getContentType();
    return ct != null && ct.startsWith(Problem.MEDIA_TYPE);
  }

  /**
   * Writes a problem+json response, with {@code Retry-After} when the problem names a
   * {@code retry_after}. When the request body was not read to its end (a request refused before its
   * body: 401, 429, 413, 415, ...), {@link Http#discardArrivingBody} takes what the client is sending
   * right now, so that a fast client is not reset before it reads the answer, but never waits for a
   * client that trickles; if the body is still not at its end, the response says
   * {@code Connection: close} and Jetty closes the connection.
   */
  static void problem(Context ctx, Problem p) {
    p.at(ctx.path());
    ctx.status(p.status).json(p).contentType(Problem.MEDIA_TYPE);
    Object retry = p.extensions().get("retry_after");
    if (retry != null) {
      ctx.header("Retry-After", retry.toString());
    }
    if (Http.bodyUnread(ctx) && !Http.discardArrivingBody(ctx, Http.MAX_DISCARD_BYTES)) {
      ctx.header("Connection", "close");
    }
  }

  private static void methodNotAllowed(Context ctx, String allow) {
    if (allow != null && !allow.isBlank()) {
      ctx.header("Allow", allow);
    }
    problem(ctx, new Problem(405, "method_not_allowed", "Method not allowed", ctx.method() + " is not allowed on "
        + ctx.path() + (allow == null || allow.isBlank() ? "" : "; allowed: " + allow)));
  }
}
