package org.routeforge.api.http;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Per-key token buckets: each key may make {@code burst} requests at once and {@code perSecond}
 * requests per second on average. A refused request learns how long to wait (for
 * {@code Retry-After}). Limits are per server process. Buckets that have refilled are dropped once
 * more than {@value #PRUNE_ABOVE} exist, so that many distinct callers cannot grow the map without end.
 *
 * @implNote thread-safe; one small synchronized bucket per key.
 */
public final class RateLimiter {
  private final double perSecond;
  private final double burst;
  static final int PRUNE_ABOVE = 10_000;
  private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();
  private volatile long lastPrune = System.nanoTime();

  public RateLimiter(double perSecond, int burst) {
    this.perSecond = perSecond;
    this.burst = burst;
  }

  /**
   * Takes one token for {@code key}; returns 0 when allowed, otherwise the whole seconds to wait
   * before a token is available (at least 1).
   */
  public long acquire(String key) {
    long now = System.nanoTime();
    if (buckets.size() > PRUNE_ABOVE && now - lastPrune > 1_000_000_000L) {
      lastPrune = now; // at most one sweep a second, however many callers
      buckets.values().removeIf(b -> b.full(perSecond, burst, now));
    }
    return buckets.computeIfAbsent(key, k -> new Bucket(burst)).take(perSecond, burst, now);
  }

  /**
   * How long {@code key} must wait for its next token (0 when one is available), without taking it.
   */
  public long waitSeconds(String key) {
    Bucket b = buckets.get(key);
    return b == null ? 0 : b.waitSeconds(perSecond, burst, System.nanoTime());
  }

  /** Number of buckets held (for tests). */
  int size() {
    return buckets.size();
  }

  private static final class Bucket {
    private double tokens;
    private long last;

    Bucket(double tokens) {
      this.tokens = tokens;
      this.last = System.nanoTime();
    }

    synchronized boolean full(double rate, double cap, long now) {
      return tokens + (now - last) * 1e-9 * rate >= cap;
    }

    synchronized long waitSeconds(double rate, double cap, long now) {
      double t = Math.min(cap, tokens + (now - last) * 1e-9 * rate);
      return t >= 1 ? 0 : Math.max(1, (long) Math.ceil((1 - t) / rate));
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
