package org.routeforge.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * State survives {@code kill -9}: a short {@link KillLoop} (3 kills of a running long job, then random
 * kills) loses or reverts no acknowledged change, and the job interrupted three times ends failed
 * with the reason. The 50-cycle measurement is {@code KillLoop.main} (benchmarks/results/api/kill-loop.md).
 */
class KillLoopTest {
  @Test
  void acknowledgedChangesSurviveKills(@TempDir Path tmp) throws Exception {
    KillLoop.Report r = new KillLoop(tmp, 7, new PrintStream(PrintStream.nullOutputStream())).run(5);
    assertTrue(r.keys() > 0 && r.jobs() > 1 && r.observations() > 0, "the loop acknowledged changes: " + r);
    assertEquals(java.util.List.of(), r.lost(), "lost or reverted changes");
    assertEquals("failed", r.victim().get("status").asText(), r.victim().toString());
    assertTrue(r.victim().get("error").asText().contains("interrupted 3 times"), r.victim().toString());
  }
}
