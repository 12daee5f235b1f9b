package org.routeforge.api.http;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * Small request helpers shared by the endpoints: a body reader that enforces the byte limit even
 * for chunked bodies (413 with the limit named), strict query-parameter checks (unknown parameters
 * are reported, never ignored), and number parsing that answers 400 naming the parameter.
 */
public final class Http {
  /** Request attribute set once {@link #body} has read the body to its end. */
  private static final String BODY_READ = "routeforge.bodyRead";

  private Http() {}

  /**
   * Whether the request declares a body ({@code Content-Length} above 0, or chunked) that
   * {@link #body} has not read to its end; such a request is answered with the connection closed.
   */
  public static boolean bodyUnread(Context ctx) {
    if (Boolean.TRUE.equals(ctx.attribute(BODY_READ))) {
      return false;
    }
    String te = ctx.header("Transfer-Encoding");
    if (te != null && !te.isBlank()) {
      return true;
    }
    String cl = ctx.header("Content-Length");
    if (cl == null) {
      return false;
    }
    try {
      return Long.parseLong(cl.trim()) > 0;
    } catch (NumberFormatException e) {
      return true;
    }
  }

  /**
   * The most bytes of a refused body that are discarded so that the client reads the answer (like
   * Tomcat's {@code maxSwallowSize}); beyond it the connection is closed.
   */
  public static final long MAX_DISCARD_BYTES = 2L * 1024 * 1024;
  /** How long a refused body is discarded at most, and how long a pause in it ends the discarding. */
  static final long DISCARD_BUDGET_MS = 2000;
  static final long DISCARD_QUIET_MS = 50;

  /**
   * Discards the body of a refused request as long as it keeps arriving, without ever blocking on
   * the client: at most {@code maxBytes} and {@value #DISCARD_BUDGET_MS} ms, and it stops at the first
   * pause of {@value #DISCARD_QUIET_MS} ms (a client trickling its body holds the request thread for
   * that long, not for its body). A client that sends its whole body at once thus reads the answer
   * instead of a connection reset. A body declared longer than {@code maxBytes} is not touched. Returns
   * whether the body was read to its end.
   */
  public static boolean discardArrivingBody(Context ctx, long maxBytes) {
    long declared = ctx.req().getContentLengthLong();
    if (declared > maxBytes) {
      return false;
    }
    try {
      jakarta.servlet.ServletInputStream in = ctx.req().getInputStream();
      byte[] buf = new byte[16384];
      long start = System.nanoTime();
      long lastData = start;
      long total = 0;
      while (!in.isFinished() && total < maxBytes) {
        long now = System.nanoTime();
        if (now - start > DISCARD_BUDGET_MS * 1_000_000L || now - lastData > DISCARD_QUIET_MS * 1_000_000L) {
          return false;
        }
        int available = in.available();
        if (available > 0) {
          int r = in.read(buf, 0, Math.min(buf.length, available));
          if (r < 0) {
            break;
          }
          total += r;
          lastData = System.nanoTime();
        } else {
          Thread.sleep(5);
        }
      }
      boolean done = in.isFinished();
      if (done) {
        ctx.attribute(BODY_READ, true);
      }
      return done;
    } catch (IOException | RuntimeException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /**
   * Reads the body as UTF-8, refusing more than {@code maxBytes}.
   *
   * @throws ApiException 413 naming the limit
   */
  public static String body(Context ctx, long maxBytes) {
    String cl = ctx.header("Content-Length");
    if (cl != null) {
      try {
        long n = Long.parseLong(cl.trim());
        if (n > maxBytes) {
          throw tooLarge(maxBytes, n);
        }
      } catch (NumberFormatException e) {
        throw ApiException.badRequest("invalid_header", "Content-Length '" + Problem.excerpt(cl, 40) + "' is not a number",
            null, "Content-Length");
      }
    }
    try (InputStream in = ctx.bodyInputStream()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buf = new byte[16384];
      long total = 0;
      long start = System.nanoTime();
      for (int r; (r = in.read(buf)) > 0; ) {
        total += r;
        if (total > maxBytes) {
          throw tooLarge(maxBytes, total);
        }
        out.write(buf, 0, r);
        tooSlow(total, System.nanoTime() - start);
      }
      ctx.attribute(BODY_READ, true);
      return out.toString(StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      if (e instanceof ApiException) {
        throw (ApiException) e;
      }
      // Jetty's own failures (idle timeout, a broken chunk) arrive as IOException or HttpException
      throw ApiException.badRequest("unreadable_body", "the request body could not be read: " + e.getMessage(), "", null);
    }
  }

  /** Bodies get this long before {@link #MIN_BODY_BYTES_PER_S} applies. */
  static final long BODY_GRACE_MS = 5000;
  /** The slowest body accepted after {@link #BODY_GRACE_MS}, in bytes per second from its start. */
  public static final long MIN_BODY_BYTES_PER_S = 1024;

  /**
   * 408 when a body still arriving is slower than {@value #MIN_BODY_BYTES_PER_S} bytes/s after a
   * grace of {@value #BODY_GRACE_MS} ms: a client trickling its body holds a request thread for
   * seconds, not for hours. (Jetty's {@code minRequestDataRate} is not used: it also applies to the
   * final read of a small body, so a thread that is merely scheduled late answers 408 under load.)
   */
  private static void tooSlow(long bytes, long elapsedNanos) {
    long ms = elapsedNanos / 1_000_000;
    if (ms > BODY_GRACE_MS && bytes * 1000 / ms < MIN_BODY_BYTES_PER_S) {
      throw new ApiException(new Problem(408, "body_too_slow", "Request body too slow", "the request body "
          + "arrived at " + (bytes * 1000 / ms) + " bytes/s; this server needs at least " + MIN_BODY_BYTES_PER_S
          + " bytes/s after the first " + BODY_GRACE_MS / 1000 + " s"));
    }
  }

  private static ApiException tooLarge(long max, long actual) {
    return new ApiException(new Problem(413, "body_too_large", "Request body too large",
        "the request body has at least " + actual + " bytes; this server accepts at most " + max
            + " (setting max_body_bytes)").with("limit", "max_body_bytes").with("allowed", max));
  }

  /**
   * Rejects query parameters outside {@code allowed}, and repeated parameters.
   *
   * @throws ApiException 400 listing each unknown parameter
   */
  public static void onlyParams(Context ctx, Set<String> allowed) {
    for (var e : ctx.queryParamMap().entrySet()) {
      if (!allowed.contains(e.getKey())) {
        throw ApiException.badRequest("unknown_parameter", "unknown query parameter '" + e.getKey()
            + "'; this endpoint takes " + (allowed.isEmpty() ? "none" : new java.util.TreeSet<>(allowed)), null, e.getKey());
      }
      if (e.getValue().size() > 1) {
        throw ApiException.badRequest("repeated_parameter", "query parameter '" + e.getKey()
            + "' is given " + e.getValue().size() + " times", null, e.getKey());
      }
    }
  }

  /** A long query parameter, or {@code dflt} when absent. */
  public static long longParam(Context ctx, String name, long dflt, long min, long max) {
    String v = ctx.queryParam(name);
    if (v == null) {
      return dflt;
    }
    try {
      long x = Long.parseLong(v.trim());
      if (x < min || x > max) {
        throw ApiException.badRequest("invalid_parameter", name + " must be between " + min + " and "
            + max + ", not " + v, null, name);
      }
      return x;
    } catch (NumberFormatException e) {
      throw ApiException.badRequest("invalid_parameter", name + " must be an integer, not '" + v + "'", null, name);
    }
  }

  /**
   * A time limit in seconds (decimal allowed); 422 naming {@code limitName} when above {@code max}.
   */
  public static double seconds(Context ctx, String name, double dflt, double max, String limitName) {
    String v = ctx.queryParam(name);
    if (v == null) {
      return dflt;
    }
    double x;
    try {
      x = Double.parseDouble(v.trim());
    } catch (NumberFormatException e) {
      throw ApiException.badRequest("invalid_parameter", name + " must be a number of seconds, not '" + v + "'", null, name);
    }
    if (!(x > 0) || Double.isInfinite(x)) {
      throw ApiException.badRequest("invalid_parameter", name + " must be a positive number of seconds, not " + v, null, name);
    }
    if (x > max) {
      throw new ApiException(new Problem(422, "limit_exceeded", "Instance limit exceeded",
          name + " " + v + " s is above this server's limit of " + (long) max + " s (setting " + limitName + ")")
          .with("limit", limitName).with("allowed", (long) max)
          .errors(List.of(new Problem.FieldError(null, null, name, name + " must be at most " + (long) max))));
    }
    return x;
  }
}
