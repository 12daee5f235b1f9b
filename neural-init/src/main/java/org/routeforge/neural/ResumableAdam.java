package org.routeforge.neural;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Adam (Kingma &amp; Ba 2015, the same update and defaults as DJL's {@code Adam}) whose state can be
 * saved next to a checkpoint and restored, so that a resumed training run continues with the moment
 * estimates and step count it stopped with (DJL's own optimisers keep their state private and do not
 * serialise it). The state is one DJL {@link NDList} file: the step count, then the first and the
 * second moment of every parameter in the network's parameter order.
 */
public final class ResumableAdam implements AutoCloseable {
  /** State file name inside a checkpoint directory. */
  public static final String FILE = "optimizer-adam.ndlist";
  private static final float BETA1 = 0.9f;
  private static final float BETA2 = 0.999f;
  private static final float EPSILON = 1e-8f;

  private final NDManager manager;
  private final List<NDArray> weights = new ArrayList<>();
  private final List<NDArray> first = new ArrayList<>();
  private final List<NDArray> second = new ArrayList<>();
  private long steps;

  /** Fresh state (zero moments) for the parameters of {@code model}. */
  public ResumableAdam(PolicyModel model) {
    manager = model.model().getNDManager().newSubManager();
    for (Pair<String, Parameter> p : model.network().getParameters()) {
      NDArray w = p.getValue().getArray();
      weights.add(w);
      first.add(manager.zeros(w.getShape()));
      second.add(manager.zeros(w.getShape()));
    }
  }

  /**
   * The state saved by {@link #save} for the parameters of {@code model}.
   *
   * @throws IOException when the file cannot be read
   * @throws IllegalArgumentException when it does not match the model's parameters
   */
  public static ResumableAdam load(PolicyModel model, Path file) throws IOException {
    ResumableAdam adam = new ResumableAdam(model);
    NDList saved = NDList.decode(adam.manager, Files.readAllBytes(file));
    int n = adam.weights.size();
    if (saved.size() != 1 + 2 * n) {
      throw new IllegalArgumentException(file + " holds " + saved.size() + " arrays, the model needs " + (1 + 2 * n));
    }
    adam.steps = saved.get(0).toLongArray()[0];
    for (int i = 0; i < n; i++) {
      for (int half = 0; half < 2; half++) {
        NDArray value = saved.get(1 + half * n + i);
        if (!value.getShape().equals(adam.weights.get(i).getShape())) {
          throw new IllegalArgumentException(file + ": moment of parameter " + i + " has shape " + value.getShape()
              + ", the model's is " + adam.weights.get(i).getShape());
        }
        (half == 0 ? adam.first : adam.second).set(i, value);
      }
    }
    return adam;
  }

  /** Writes the state to {@code file}. */
  public void save(Path file) throws IOException {
    NDList all = new NDList();
    try (NDManager tmp = manager.newSubManager()) {
      all.add(tmp.create(new long[] {steps}));
      all.addAll(first);
      all.addAll(second);
      Files.write(file, all.encode());
    }
  }

  /** Optimiser steps taken so far. */
  public long steps() {
    return steps;
  }

  /** One Adam step with learning rate {@code lr} on the current gradients (call with autograd off). */
  public void step(double lr) {
    steps++;
    double c1 = 1 - Math.pow(BETA1, steps);
    double c2 = 1 - Math.pow(BETA2, steps);
    try (NDManager tmp = manager.newSubManager()) {
      for (int i = 0; i < weights.size(); i++) {
        NDArray w = weights.get(i);
        NDArray g = w.getGradient();
        g.attach(tmp);
        NDArray m = first.get(i);
        NDArray v = second.get(i);
        m.tempAttach(tmp); // scalar operands and temporaries go to tmp; the moments come back on close
        v.tempAttach(tmp);
        m.muli(BETA1).addi(g.mul(1 - BETA1));
        v.muli(BETA2).addi(g.square().muli(1 - BETA2));
        NDArray update = m.div(c1).divi(v.div(c2).sqrt().addi(EPSILON)).muli(lr);
        w.subi(update);
      }
    }
  }

  @Override
  public void close() {
    manager.close();
  }
}
