package org.routeforge.neural;

import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.training.ParameterStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.UnaryOperator;

/**
 * A policy network with its DJL {@link Model} (PyTorch engine, CPU): creation with a seed, saving
 * and loading of parameters next to a {@link ModelCard}, and the plain (no-gradient) forward pass used
 * for inference.
 *
 * <p>A checkpoint directory holds {@code policy-0000.params} (DJL's format, written by
 * {@link Model#save}) and {@code model-card.json}. The shipped model lives in the same layout under
 * {@value #DEFAULT_RESOURCE} on the classpath.
 */
public final class PolicyModel implements AutoCloseable {
  /** Classpath folder of the shipped model. */
  public static final String DEFAULT_RESOURCE = "/org/routeforge/neural/model/";
  /** Model name inside a checkpoint directory. */
  public static final String NAME = "policy";
  /** Parameter file name inside a checkpoint directory. */
  public static final String PARAMS_FILE = NAME + "-0000.params";

  private final Model model;
  private final PolicyNetwork network;
  private final ModelCard card;

  private PolicyModel(Model model, PolicyNetwork network, ModelCard card) {
    this.model = model;
    this.network = network;
    this.card = card;
  }

  /** A fresh, randomly initialised network; {@code seed} fixes the initial parameters. */
  public static PolicyModel create(PolicyConfig cfg, long seed) {
    Engine.getEngine("PyTorch").setRandomSeed((int) seed);
    Model model = Model.newInstance(NAME, "PyTorch");
    PolicyNetwork net = new PolicyNetwork(cfg);
    model.setBlock(net);
    net.initializeParameters(model.getNDManager());
    return new PolicyModel(model, net, ModelCard.untrained(cfg));
  }

  /**
   * Loads a checkpoint directory.
   *
   * @throws IOException when the files are missing or unreadable
   * @throws IllegalArgumentException when the parameters do not match the card's architecture
   */
  public static PolicyModel load(Path dir) throws IOException {
    ModelCard card = ModelCard.read(dir.resolve(ModelCard.FILE));
    Model model = Model.newInstance(NAME, "PyTorch");
    PolicyNetwork net = new PolicyNetwork(card.architecture());
    model.setBlock(net);
    try {
      model.load(dir, NAME);
    } catch (MalformedModelException e) {
      model.close();
      throw new IllegalArgumentException("checkpoint " + dir + " does not match its model card: "
          + e.getMessage(), e);
    }
    return new PolicyModel(model, net, card);
  }

  /** Loads the model shipped on the classpath (copied to a temporary directory for DJL). */
  public static PolicyModel loadDefault() {
    Path tmp = null;
    try {
      tmp = Files.createTempDirectory("routeforge-policy");
      for (String f : new String[] {PARAMS_FILE, ModelCard.FILE}) {
        try (InputStream in = PolicyModel.class.getResourceAsStream(DEFAULT_RESOURCE + f)) {
          if (in == null) {
            throw new IllegalStateException("the shipped model is missing: " + DEFAULT_RESOURCE + f);
          }
          Files.copy(in, tmp.resolve(f), StandardCopyOption.REPLACE_EXISTING);
        }
      }
      return load(tmp);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the shipped model", e);
    } finally {
      if (tmp != null) {
        for (String f : new String[] {PARAMS_FILE, ModelCard.FILE}) {
          tmp.resolve(f).toFile().delete();
        }
        tmp.toFile().delete();
      }
    }
  }

  /** Writes the parameters and {@code card} to {@code dir} (created if needed). */
  public void save(Path dir, ModelCard newCard) throws IOException {
    Files.createDirectories(dir);
    model.setProperty("Epoch", "0"); // DJL numbers files by epoch: keep one file, overwritten
    model.save(dir, NAME);
    newCard.write(dir.resolve(ModelCard.FILE));
  }

  /** The DJL model (for a {@code Trainer}). */
  public Model model() {
    return model;
  }

  /** The network block. */
  public PolicyNetwork network() {
    return network;
  }

  /** The card this model was loaded or created with. */
  public ModelCard card() {
    return card;
  }

  /** A new manager for one inference or training batch; close it after use. */
  public NDManager newManager() {
    return model.getNDManager().newSubManager();
  }

  /** The forward pass without gradients, for inference. */
  public UnaryOperator<NDList> inference(NDManager manager) {
    ParameterStore ps = new ParameterStore(manager, false);
    return in -> network.forward(ps, in, false);
  }

  @Override
  public void close() {
    model.close();
  }
}
