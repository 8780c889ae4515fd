package org.migracode.talent.portal.password;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Reset tokens ({@code password_reset_token}, migration V8). The token itself (32 random bytes,
 * base64url) only ever exists in the e-mail; the table holds its SHA-256, so reading the table
 * does not let anyone reset a password. A fast hash is enough here: the token has 256 bits of
 * entropy, nothing to guess.
 */
@Repository
class ResetTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;

    ResetTokens(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A token that is still usable, with its account. */
    record Valid(String hash, UUID accountId, Locale locale) {
    }

    /** A new random token (what goes into the link). */
    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stores a new token and retires the account's earlier unused ones: only the newest link works. */
    void issue(String token, UUID accountId, Locale locale, Instant now, Instant expires) {
        jdbc.update("update password_reset_token set used_at = ? where account_id = ? and used_at is null",
                Timestamp.from(now), accountId);
        jdbc.update("insert into password_reset_token (token_hash, account_id, locale, created_at, expires_at) values (?, ?, ?, ?, ?)",
                hash(token), accountId, locale.toLanguageTag(), Timestamp.from(now), Timestamp.from(expires));
    }

    /** Tokens issued to the account since {@code since} (the per-account limit, valid across instances). */
    int issuedSince(UUID accountId, Instant since) {
        Integer n = jdbc.queryForObject("select count(*) from password_reset_token where account_id = ? and created_at >= ?",
                Integer.class, accountId, Timestamp.from(since));
        return n == null ? 0 : n;
    }

    /** The token if it is known, unused and not expired at {@code now}; {@code lock} takes a row lock for redeeming it. */
    Optional<Valid> findValid(String token, Instant now, boolean lock) {
        if (token == null || token.isEmpty() || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.query("select token_hash, account_id, locale from password_reset_token"
                        + " where token_hash = ? and used_at is null and expires_at > ?" + (lock ? " for update" : ""),
                (rs, i) -> new Valid(rs.getString("token_hash"), rs.getObject("account_id", UUID.class),
                        Locale.forLanguageTag(rs.getString("locale"))),
                hash(token), Timestamp.from(now)).stream().findFirst();
    }

    /** Marks every unused token of the account used (after a reset or a change of password). */
    void retireAll(UUID accountId, Instant now) {
        jdbc.update("update password_reset_token set used_at = ? where account_id = ? and used_at is null",
                Timestamp.from(now), accountId);
    }
}
