package org.routeforge.cli.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.routeforge.cli.RouteForgeCli;
import org.routeforge.neural.ModelCard;
import org.routeforge.neural.PolicyModel;
import picocli.CommandLine;

class TrainCommandTest {
  private static final String[] TINY = {"--sizes", "5,7", "--steps", "2", "--batch", "2", "--seed", "3",
      "--validate-every", "2", "--validation-instances", "1", "--dim", "16", "--heads", "2", "--layers", "1",
      "--ff", "32"};

  private static int run(Path out, String... extra) {
    CommandLine cl = RouteForgeCli.commandLine();
    cl.setErr(new PrintWriter(new StringWriter()));
    String[] args = new String[TINY.length + extra.length + 3];
    args[0] = "train";
    System.arraycopy(TINY, 0, args, 1, TINY.length);
    args[TINY.length + 1] = "--out";
    args[TINY.length + 2] = out.toString();
    System.arraycopy(extra, 0, args, TINY.length + 3, extra.length);
    return cl.execute(args);
  }

  @Test
  void trainsWritesCheckpointCardLogAndPlotThenResumes(@TempDir Path out) throws Exception {
    assertEquals(0, run(out));
    ModelCard card = ModelCard.read(out.resolve(ModelCard.FILE));
    assertEquals(2, card.steps());
    assertEquals(4, card.validation().size(), "validations at steps 0 and 2 x 2 sizes");
    assertEquals(0, card.validation().get(0).step());
    // one row per held-out instance and validation, and the held-out instances as files
    assertEquals(1 + 4, Files.readAllLines(out.resolve("validation.csv")).size());
    try (var files = Files.list(out.resolve("held-out"))) {
      assertEquals(2, files.count(), "1 instance x 2 sizes");
    }
    assertTrue(card.command().startsWith("routeforge train"));
    assertTrue(Files.exists(out.resolve(PolicyModel.PARAMS_FILE)));
    assertTrue(Files.exists(out.resolve("training.png")));
    assertEquals(3, Files.readAllLines(out.resolve("training-log.csv")).size());
    // resuming a finished run with a larger step count continues from step 2
    String[] more = {"--resume"};
    CommandLine cl = RouteForgeCli.commandLine();
    cl.setErr(new PrintWriter(new StringWriter()));
    String[] args = TINY.clone();
    args[3] = "3";
    String[] full = new String[args.length + 4];
    full[0] = "train";
    System.arraycopy(args, 0, full, 1, args.length);
    full[args.length + 1] = "--out";
    full[args.length + 2] = out.toString();
    full[args.length + 3] = more[0];
    assertEquals(0, cl.execute(full));
    assertEquals(3, ModelCard.read(out.resolve(ModelCard.FILE)).steps());
  }

  @Test
  void initFromStartsAtStepZeroFromTheGivenParameters(@TempDir Path dir) throws Exception {
    Path first = dir.resolve("first");
    assertEquals(0, run(first));
    ModelCard trained = ModelCard.read(first.resolve(ModelCard.FILE));
    Path tuned = dir.resolve("tuned");
    assertEquals(0, run(tuned, "--init-from", first.toString()));
    ModelCard card = ModelCard.read(tuned.resolve(ModelCard.FILE));
    assertEquals(2, card.steps(), "a fine-tuning run counts its own steps from 0");
    // same held-out sets (same seed and sizes): the step-0 validation is the first run's last one
    for (int i = 0; i < 2; i++) {
      ModelCard.ValidationPoint start = card.validation().get(i);
      ModelCard.ValidationPoint end = trained.validation().get(trained.validation().size() - 2 + i);
      assertEquals(0, start.step());
      assertEquals(end.customers(), start.customers());
      assertEquals(end.policyCost(), start.policyCost(), 1e-6);
    }
  }

  @Test
  void resumeWithoutCheckpointIsInvalidInput(@TempDir Path out) {
    assertEquals(RouteForgeCli.EXIT_INVALID_INPUT, run(out.resolve("none"), "--resume"));
  }
}
