package org.routeforge.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Token buckets: burst, refusal with a wait, peeking without taking, and the sweep of idle buckets. */
class RateLimiterTest {
  @Test
  void burstThenRefusalWithAWait() {
    RateLimiter r = new RateLimiter(0.5, 2);
    assertEquals(0, r.waitSeconds("a"));
    assertEquals(0, r.acquire("a"));
    assertEquals(0, r.acquire("a"));
    assertEquals(0, r.waitSeconds("b"), "another key has its own bucket");
    long wait = r.waitSeconds("a");
    assertTrue(wait >= 1 && wait <= 2, "about 2 s for the next token at 0.5/s: " + wait);
    assertEquals(wait, r.waitSeconds("a"), "peeking takes nothing");
    assertTrue(r.acquire("a") >= 1);
  }

  @Test
  void refilledBucketsAreSweptOnceThereAreMany() throws InterruptedException {
    RateLimiter r = new RateLimiter(1000, 1);
    for (int i = 0; i <= RateLimiter.PRUNE_ABOVE; i++) {
      r.acquire("addr-" + i);
    }
    assertEquals(RateLimiter.PRUNE_ABOVE + 1, r.size());
    Thread.sleep(1100); // every bucket refills (1 token at 1000/s) and a sweep is due
    r.acquire("late");
    assertTrue(r.size() <= 1, "refilled buckets dropped: " + r.size());
  }
}
