package org.migracode.talent.portal.security;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The {@code external_identity} table: which account an identity at an external OpenID Connect
 * provider (its issuer and subject, exactly as its tokens name them) stands for. Rows are only
 * written by {@link ExternalSignIn} after an invitation was redeemed; nothing links by e-mail.
 */
@Component
class ExternalIdentities {

    private final JdbcTemplate jdbc;

    ExternalIdentities(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<UUID> accountOf(String issuer, String subject) {
        return jdbc.query("select account_id from external_identity where issuer = ? and subject = ?",
                (rs, n) -> rs.getObject(1, UUID.class), issuer, subject).stream().findFirst();
    }

    /**
     * Links the identity to the account.
     *
     * @throws org.springframework.dao.DuplicateKeyException when the identity is linked already
     */
    void link(String issuer, String subject, UUID accountId, String externalName) {
        jdbc.update("insert into external_identity (issuer, subject, account_id, external_name) values (?, ?, ?, ?)",
                issuer, subject, accountId, externalName);
    }
}
