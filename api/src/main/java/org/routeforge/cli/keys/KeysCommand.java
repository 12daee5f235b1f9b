package org.routeforge.cli.keys;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Callable;
import org.routeforge.api.ServiceConfig;
import org.routeforge.api.store.ApiKeys;
import org.routeforge.api.store.Database;
import org.routeforge.cli.serve.ServiceOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code routeforge keys}: manages API keys directly in the service's database. The embedded
 * database belongs to one process at a time, so these commands work while no server runs on the data
 * directory; against a running server they stop with a message pointing to its HTTP API
 * ({@code /v1/keys} with an admin key), the only way in while it runs. With a shared PostgreSQL
 * database they work at any time.
 */
@Command(name = "keys", mixinStandardHelpOptions = true,
    description = {"Manages the service's API keys (stored hashed; a key is shown once).",
        "Works while no server uses the data directory; while one runs, use its HTTP API with an admin key "
            + "(POST /v1/keys, GET /v1/keys, DELETE /v1/keys/ID)."},
    subcommands = {KeysCommand.Create.class, KeysCommand.ListKeys.class, KeysCommand.Revoke.class})
public final class KeysCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "missing subcommand: create, list or revoke");
  }

  /**
   * {@code routeforge keys create --tenant NAME [--admin]}: creates a key and prints it on stdout. With
   * {@code --admin} this is also the way to a new admin key when the one printed at the first start
   * was missed.
   */
  @Command(name = "create", mixinStandardHelpOptions = true,
      description = "Creates an API key for a tenant and prints it (once) on stdout.")
  public static final class Create implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin ServiceOptions service;

    @Option(names = "--tenant", required = true, description = "Tenant the key belongs to; keys see only their tenant's jobs.")
    String tenant;

    @Option(names = "--admin", description = "Make an admin key (may create, list and revoke keys through /v1/keys).")
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

  /** {@code routeforge keys list}: one line per key (id, tenant, admin, created, label); never a secret. */
  @Command(name = "list", mixinStandardHelpOptions = true,
      description = "Lists the stored keys: id, tenant, admin or not, creation time, label (the secrets are not stored).")
  public static final class ListKeys implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin ServiceOptions service;

    @Override
    public Integer call() throws Exception {
      try (Database db = Database.open(service.resolve(Map.of()))) {
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%-10s %-24s %-6s %-24s %s%n", "ID", "TENANT", "ADMIN", "CREATED", "LABEL");
        for (ApiKeys.Listed k : new ApiKeys(db).list()) {
          String label = k.label() == null ? "" : k.label();
          out.printf("%-10s %-24s %-6s %-24s %s%n", k.keyId(), k.tenant(), k.admin() ? "yes" : "no",
              Instant.ofEpochMilli(k.createdAt()), label + (k.fromEnvironment() ? " (from ROUTEFORGE_ADMIN_KEY)" : ""));
        }
        out.flush();
      }
      return 0;
    }
  }

  /** {@code routeforge keys revoke ID}: deletes a key; requests with it get 401 from then on. */
  @Command(name = "revoke", mixinStandardHelpOptions = true,
      description = "Revokes (deletes) a key by its id, as shown by `keys list`.")
  public static final class Revoke implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin ServiceOptions service;

    @Parameters(paramLabel = "ID", description = "The key id (8 hex digits, the part after rf_ in the key).")
    String keyId;

    @Override
    public Integer call() throws Exception {
      try (Database db = Database.open(service.resolve(Map.of()))) {
        if (!new ApiKeys(db).revoke(keyId)) {
          throw new IllegalArgumentException("no key with id '" + keyId + "' (see `routeforge keys list`)");
        }
        spec.commandLine().getErr().println("revoked key " + keyId);
      }
      return 0;
    }
  }
}
