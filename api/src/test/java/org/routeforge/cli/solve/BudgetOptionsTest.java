package org.routeforge.cli.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.routeforge.cli.RouteForgeCli;
import org.routeforge.data.generate.XGenerator;
import org.routeforge.data.io.VrplibWriter;
import picocli.CommandLine;

/** {@code solve --cpu-time}, {@code --max-no-improvement} and the whole-command budget arithmetic. */
class BudgetOptionsTest {
  private static String[] run(String... args) {
    CommandLine cl = RouteForgeCli.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return new String[] {Integer.toString(code), out.toString(), err.toString()};
  }

  @Test
  void newBudgetsStopTheSearchAndAreRecorded(@TempDir Path tmp) throws Exception {
    Path file = tmp.resolve("x60.vrp");
    VrplibWriter.write(XGenerator.generate(XGenerator.Config.random(60, false), 4), file);
    Path json = tmp.resolve("n.json");
    String[] r = run("solve", file.toString(), "--time-limit", "2m", "--max-no-improvement", "100", "--json",
        json.toString());
    assertEquals("0", r[0], r[2]);
    JsonNode j = new ObjectMapper().readTree(json.toFile());
    assertEquals("NO_IMPROVEMENT", j.get("stopReason").asText());
    assertTrue(j.get("iterations").asLong() >= 100, j.toString());
    assertTrue(r[2].contains("timings: "), r[2]);
    Path cpu = tmp.resolve("c.json");
    r = run("solve", file.toString(), "--cpu-time", "300ms", "--json", cpu.toString());
    assertEquals("0", r[0], r[2]);
    j = new ObjectMapper().readTree(cpu.toFile());
    assertEquals("CPU_TIME_LIMIT", j.get("stopReason").asText());
    assertEquals(0.3, j.get("cpuTimeSeconds").asDouble(), 1e-9);
    assertEquals(3.0, j.get("timeLimitSeconds").asDouble(), 1e-9, "alone, --cpu-time sets a wall limit of 10x");
    assertEquals("2", run("solve", file.toString(), "--cpu-time", "0s")[0], "a zero budget is a usage error");
  }

  @Test
  void searchGetsTheLimitLessTheReserve() {
    CommandClock clock = CommandClock.sinceJvmStart(); // not the process entry: counts from now
    assertTrue(clock.startupSeconds() == 0);
    long tenSeconds = clock.searchBudget(Duration.ofSeconds(10)).toMillis();
    assertTrue(tenSeconds <= 9900 && tenSeconds > 9000, "10 s less 1 % reserve: " + tenSeconds);
    long shortOne = clock.searchBudget(Duration.ofMillis(100)).toMillis();
    assertTrue(shortOne <= 60 && shortOne >= 5, "100 ms less the 40 ms least reserve, at least 5 %: " + shortOne);
  }
}
