package org.routeforge.cli.keys;

import java.util.Map;
import java.util.concurrent.Callable;
import org.routeforge.api.ServiceConfig;
import org.routeforge.api.store.ApiKeys;
import org.routeforge.api.store.Database;
import org.routeforge.cli.serve.ServiceOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** {@code routeforge keys}: manages API keys in the service's database. */
@Command(name = "keys", mixinStandardHelpOptions = true,
    description = "Manages the service's API keys (stored hashed; a key is shown once).",
    subcommands = KeysCommand.Create.class)
public final class KeysCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "missing subcommand: create");
  }

  /**
   * {@code routeforge keys create --tenant NAME}: creates a key and prints it on stdout. Works while
   * the server runs (the embedded database accepts a second process).
   */
  @Command(name = "create", mixinStandardHelpOptions = true,
      description = "Creates an API key for a tenant and prints it (once) on stdout.")
  public static final class Create implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin ServiceOptions service;

    @Option(names = "--tenant", required = true, description = "Tenant the key belongs to; keys see only their tenant's jobs.")
    String tenant;

    @Option(names = "--admin", description = "Make an admin key (may create keys through POST /v1/keys).")
    boolean admin;

    @Option(names = "--label", description = "A note stored with the key (who or what uses it).")
    String label;

    @Override
    public Integer call() throws Exception {
      ServiceConfig config = service.resolve(Map.of());
      try (Database db = Database.open(config)) {
        ApiKeys.Created k = new ApiKeys(db).create(tenant, admin, label);
        spec.commandLine().getErr().println("created " + (admin ? "admin " : "") + "key " + k.principal().keyId()
            + " for tenant " + tenant + " in " + db.description() + " (shown once):");
        spec.commandLine().getOut().println(k.key());
        spec.commandLine().getOut().flush();
      }
      return 0;
    }
  }
}
