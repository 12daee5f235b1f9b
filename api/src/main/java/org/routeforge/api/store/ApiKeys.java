package org.routeforge.api.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * API keys: each belongs to one tenant and may be an admin key. Only a SHA-256 hash of a key is
 * stored; the key itself is shown once, when it is created. Keys are 256-bit random secrets, so a
 * fast hash is enough (no password-style stretching is needed to resist guessing).
 *
 * <p>Key format: {@code rf_<key id>_<secret>}; the key id (8 hex digits) is not secret and appears
 * in logs and listings.
 *
 * @implNote thread-safe; verified keys are cached for a minute so that authentication costs no query
 *     on the hot path.
 */
public final class ApiKeys {
  /** Tenant names: letters, digits, '.', '_' and '-', 1 to 64 characters. */
  public static final Pattern TENANT = Pattern.compile("[A-Za-z0-9._-]{1,64}");
  private static final long CACHE_MILLIS = 60_000;

  private final Database db;
  private final SecureRandom random = new SecureRandom();
  private final ConcurrentHashMap<String, Cached> cache = new ConcurrentHashMap<>();

  public ApiKeys(Database db) {
    this.db = db;
  }

  /** Who a request acts for. */
  public record Principal(String keyId, String tenant, boolean admin) {}

  /** A freshly created key: the secret is in {@code key} and is never stored. */
  public record Created(String key, Principal principal) {}

  private record Cached(Principal principal, long at) {}

  /**
   * Creates a random key for a tenant.
   *
   * @throws IllegalArgumentException when the tenant name is not valid
   */
  public Created create(String tenant, boolean admin, String label) throws SQLException {
    checkTenant(tenant);
    byte[] idBytes = new byte[4];
    byte[] secret = new byte[32];
    random.nextBytes(idBytes);
    random.nextBytes(secret);
    String keyId = HexFormat.of().formatHex(idBytes);
    String key = "rf_" + keyId + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    insert(keyId, hash(key), tenant, admin, label);
    return new Created(key, new Principal(keyId, tenant, admin));
  }

  /**
   * Makes the operator's admin key (from {@code ROUTEFORGE_ADMIN_KEY}) the one key that came from the
   * environment: stores it unless it is stored already, and deletes any earlier key from the
   * environment, so that changing the variable retires the previous admin key. Keys created by
   * {@code keys create} or {@code POST /v1/keys} are kept. Returns whether the key was added.
   *
   * @throws IllegalArgumentException when the key is shorter than 16 characters
   */
  public boolean ensureFromEnvironment(String key) throws SQLException {
    if (key.length() < 16) {
      throw new IllegalArgumentException("ROUTEFORGE_ADMIN_KEY must have at least 16 characters");
    }
    String hash = hash(key);
    boolean added = false;
    try (Connection c = db.connection()) {
      c.setAutoCommit(false);
      try {
        try (PreparedStatement ps = c.prepareStatement(
            "DELETE FROM rf_api_keys WHERE from_env = TRUE AND key_hash <> ?")) {
          ps.setString(1, hash);
          ps.executeUpdate();
        }
        boolean stored;
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM rf_api_keys WHERE key_hash = ?")) {
          ps.setString(1, hash);
          try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            stored = rs.getLong(1) > 0;
          }
        }
        if (stored) {
          try (PreparedStatement ps = c.prepareStatement(
              "UPDATE rf_api_keys SET from_env = TRUE, admin = TRUE WHERE key_hash = ?")) {
            ps.setString(1, hash);
            ps.executeUpdate();
          }
        } else {
          insert(c, hash.substring(0, 8), hash, "admin", true, "ROUTEFORGE_ADMIN_KEY", true);
          added = true;
        }
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    }
    cache.clear();
    return added;
  }

  /** One stored key as listed by {@code keys list} and {@code GET /v1/keys} (never the secret). */
  public record Listed(String keyId, String tenant, boolean admin, String label, long createdAt,
      boolean fromEnvironment) {}

  /** All keys, oldest first. */
  public List<Listed> list() throws SQLException {
    List<Listed> out = new ArrayList<>();
    try (Connection c = db.connection();
        PreparedStatement ps = c.prepareStatement("SELECT key_id, tenant, admin, label, created_at, from_env "
            + "FROM rf_api_keys ORDER BY created_at, key_id");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(new Listed(rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getString(4), rs.getLong(5),
            rs.getBoolean(6)));
      }
    }
    return out;
  }

  /**
   * Deletes a key by its id; requests with it are refused from then on (also those whose
   * verification this process had cached). Returns whether such a key existed.
   */
  public boolean revoke(String keyId) throws SQLException {
    int n;
    try (Connection c = db.connection();
        PreparedStatement ps = c.prepareStatement("DELETE FROM rf_api_keys WHERE key_id = ?")) {
      ps.setString(1, keyId);
      n = ps.executeUpdate();
    }
    cache.values().removeIf(cached -> cached.principal.keyId().equals(keyId));
    return n > 0;
  }

  /** Whether any admin key exists. */
  public boolean hasAdmin() throws SQLException {
    try (Connection c = db.connection();
        PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM rf_api_keys WHERE admin = TRUE");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1) > 0;
    }
  }

  /** The principal of a presented key, or empty when the key is unknown. */
  public Optional<Principal> verify(String key) throws SQLException {
    String h = hash(key);
    Cached c = cache.get(h);
    long now = System.currentTimeMillis();
    if (c != null && now - c.at < CACHE_MILLIS) {
      return Optional.of(c.principal);
    }
    Optional<Principal> p = lookup(h);
    p.ifPresent(pr -> cache.put(h, new Cached(pr, now)));
    return p;
  }

  private Optional<Principal> lookup(String hash) throws SQLException {
    try (Connection c = db.connection();
        PreparedStatement ps = c.prepareStatement(
            "SELECT key_id, tenant, admin FROM rf_api_keys WHERE key_hash = ?")) {
      ps.setString(1, hash);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next()
            ? Optional.of(new Principal(rs.getString(1), rs.getString(2), rs.getBoolean(3)))
            : Optional.empty();
      }
    }
  }

  private void insert(String keyId, String hash, String tenant, boolean admin, String label)
      throws SQLException {
    try (Connection c = db.connection()) {
      insert(c, keyId, hash, tenant, admin, label, false);
    }
  }

  private static void insert(Connection c, String keyId, String hash, String tenant, boolean admin, String label,
      boolean fromEnv) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO rf_api_keys "
        + "(key_id, key_hash, tenant, admin, label, created_at, from_env) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      ps.setString(1, keyId);
      ps.setString(2, hash);
      ps.setString(3, tenant);
      ps.setBoolean(4, admin);
      ps.setString(5, label);
      ps.setLong(6, System.currentTimeMillis());
      ps.setBoolean(7, fromEnv);
      ps.executeUpdate();
    }
  }

  private static void checkTenant(String tenant) {
    if (tenant == null || !TENANT.matcher(tenant).matches()) {
      throw new IllegalArgumentException("tenant '" + tenant
          + "' is not valid: use 1 to 64 letters, digits, '.', '_' or '-'");
    }
  }

  /** SHA-256 of the key, hex-encoded. */
  static String hash(String key) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(key.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
