package org.routeforge.api.http;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Per-key token buckets: each key may make {@code burst} requests at once and {@code perSecond}
 * requests per second on average. A refused request learns how long to wait (for
 * {@code Retry-After}). Limits are per server process.
 *
 * @implNote thread-safe; one small synchronized bucket per key.
 */
public final class RateLimiter {
  private final double perSecond;
  private final double burst;
  private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

  public RateLimiter(double perSecond, int burst) {
    this.perSecond = perSecond;
    this.burst = burst;
  }

  /**
   * Takes one token for {@code key}; returns 0 when allowed, otherwise the whole seconds to wait
   * before a token is available (at least 1).
   */
  public long acquire(String key) {
    return buckets.computeIfAbsent(key, k -> new Bucket(burst)).take(perSecond, burst, System.nanoTime());
  }

  private static final class Bucket {
    private double tokens;
    private long last;

    Bucket(double tokens) {
      this.tokens = tokens;
      this.last = System.nanoTime();
    }

    synchronized long take(double rate, double cap, long now) {
      tokens = Math.min(cap, tokens + (now - last) * 1e-9 * rate);
      last = now;
      if (tokens >= 1) {
        tokens -= 1;
        return 0;
      }
      return Math.max(1, (long) Math.ceil((1 - tokens) / rate));
    }
  }
}
