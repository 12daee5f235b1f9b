package org.routeforge.api;

import io.javalin.http.Context;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.SQLException;
import org.routeforge.api.http.ApiException;
import org.routeforge.api.http.Problem;
import org.routeforge.api.http.RateLimiter;
import org.routeforge.api.store.ApiKeys;

/**
 * API-key authentication of the {@code /v1} routes ({@code Authorization: Bearer <key>}) with two
 * rate limits: per key for authenticated callers, and per client address for requests without a
 * valid key, so that guessing keys or flooding the 401 path is throttled too (429 with
 * {@code Retry-After}). While an address is throttled, its requests are refused before their key is
 * looked up (a valid key from that address waits too, as behind any address-based limit). A refused
 * request is answered before its body is read.
 *
 * @implNote thread-safe.
 */
final class Authentication {
  /** Request attribute holding the authenticated {@link ApiKeys.Principal}. */
  static final String PRINCIPAL = "routeforge.principal";
  private static final int MAX_KEY_CHARS = 512;

  private final ApiKeys keys;
  private final ServiceConfig config;
  private final RateLimiter perKey;
  private final RateLimiter perAddress;
  private final MeterRegistry metrics;

  Authentication(ApiKeys keys, ServiceConfig config, MeterRegistry metrics) {
    this.keys = keys;
    this.config = config;
    this.metrics = metrics;
    this.perKey = new RateLimiter(config.rateLimitPerSecond(), config.rateLimitBurst());
    this.perAddress = new RateLimiter(config.rateLimitPerSecond(), config.rateLimitBurst());
  }

  /** The before-handler: sets {@link #PRINCIPAL} or throws 401 / 429. */
  void authenticate(Context ctx) throws SQLException {
    if (ctx.path().equals("/v1/health")) {
      return;
    }
    String h = ctx.header("Authorization");
    boolean bearer = h != null && h.regionMatches(true, 0, "Bearer ", 0, 7) && !h.substring(7).isBlank();
    String key = bearer ? h.substring(7).trim() : null;
    String address = ctx.ip();
    throttle(perAddress.waitSeconds(address), "client address " + address + " sent too many requests without a valid key");
    ApiKeys.Principal p = key == null || key.length() > MAX_KEY_CHARS ? null : keys.verify(key).orElse(null);
    if (p == null) {
      throttle(perAddress.acquire(address), "client address " + address + " sent too many requests without a valid key");
      if (!bearer) {
        ctx.header("WWW-Authenticate", "Bearer realm=\"routeforge\"");
        throw new ApiException(new Problem(401, "unauthorized", "Unauthorized",
            "send an API key as 'Authorization: Bearer <key>' (create one with `routeforge keys create --tenant NAME`)"));
      }
      ctx.header("WWW-Authenticate", "Bearer realm=\"routeforge\", error=\"invalid_token\"");
      throw new ApiException(new Problem(401, "unauthorized", "Unauthorized", "the API key is not valid"));
    }
    throttle(perKey.acquire(p.keyId()), "key " + p.keyId() + " exceeded its rate");
    ctx.attribute(PRINCIPAL, p);
  }

  private void throttle(long waitSeconds, String who) {
    if (waitSeconds > 0) {
      metrics.counter("routeforge.http.rate_limited").increment();
      throw new ApiException(new Problem(429, "rate_limited", "Too many requests",
          who + ": at most " + config.rateLimitPerSecond() + " requests/s (burst " + config.rateLimitBurst()
              + "); retry after " + waitSeconds + " s")
          .with("limit", "rate_limit_per_s").with("retry_after", waitSeconds));
    }
  }

  /** The authenticated caller of a /v1 request. */
  static ApiKeys.Principal principal(Context ctx) {
    return ctx.attribute(PRINCIPAL);
  }
}
