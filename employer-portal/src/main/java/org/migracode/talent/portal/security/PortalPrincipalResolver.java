package org.migracode.talent.portal.security;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.migracode.talent.index.accounts.UserAccount;
import org.migracode.talent.index.accounts.UserAccountRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns the claims of an ID token or access token into a {@link PortalPrincipal}. Role and tenancy
 * always come from a {@code user_account} row, never from the token's claims: the identity
 * provider only authenticates.
 *
 * <p>With the embedded provider the row is looked up by {@code talent.security.username-claim}
 * (then {@code sub}), which that provider fills with our own user name. With an external provider
 * the token's issuer and subject are looked up in {@code external_identity} (linked by invitation,
 * {@link ExternalSignIn}); a user name or e-mail claim is never matched against our accounts,
 * since anyone can register any name at most providers. No row, no link, or a disabled account:
 * refused.
 */
@Component
class PortalPrincipalResolver {

    private final UserAccountRepository accounts;
    private final TalentSecurityProperties properties;
    private final ExternalIdentities identities;
    private final boolean external;

    @Autowired
    PortalPrincipalResolver(UserAccountRepository accounts, TalentSecurityProperties properties, ExternalIdentities identities,
            Environment environment) {
        this(accounts, properties, identities, OnEmbeddedIdentityProviderCondition.external(environment));
    }

    /** @param external true with an external provider: people are found through {@code external_identity} */
    PortalPrincipalResolver(UserAccountRepository accounts, TalentSecurityProperties properties, ExternalIdentities identities,
            boolean external) {
        this.accounts = accounts;
        this.properties = properties;
        this.identities = identities;
        this.external = external;
    }

    /**
     * @throws RefusedIdentityException when the claims do not name an active account
     */
    @Transactional(readOnly = true)
    PortalIdentity resolve(Map<String, Object> claims) {
        String subject = text(claims.get("sub"));
        if (external) {
            Object issuer = claims.get("iss");
            if (issuer == null || subject == null) {
                throw new RefusedIdentityException(ExternalSignIn.Refusal.OTHER, "the token has no iss or no sub");
            }
            UUID account = identities.accountOf(issuer.toString(), subject).orElseThrow(() -> new RefusedIdentityException(
                    ExternalSignIn.Refusal.NOT_INVITED, "identity " + subject + " of " + issuer + " is linked to no account"));
            return forAccount(account);
        }
        String username = Optional.ofNullable(text(claims.get(properties.usernameClaim()))).orElse(subject);
        if (username == null) {
            throw new RefusedIdentityException(ExternalSignIn.Refusal.OTHER,
                    "the token names no user (no " + properties.usernameClaim() + ", no sub)");
        }
        UserAccount account = accounts.findByUsername(username).orElseThrow(() -> new RefusedIdentityException(
                ExternalSignIn.Refusal.OTHER, "user " + username + " has no account (deleted or erased)"));
        return identityOf(account);
    }

    /**
     * The principal of an account, by id.
     *
     * @throws RefusedIdentityException when the account is gone or disabled
     */
    @Transactional(readOnly = true)
    PortalIdentity forAccount(UUID accountId) {
        return identityOf(accounts.findById(accountId).orElseThrow(() -> new RefusedIdentityException(
                ExternalSignIn.Refusal.OTHER, "account " + accountId + " is gone (deleted or erased)")));
    }

    private static PortalIdentity identityOf(UserAccount a) {
        if (!a.isEnabled()) {
            throw new RefusedIdentityException(ExternalSignIn.Refusal.DISABLED, "account " + a.getUsername() + " is disabled");
        }
        return new PortalIdentity(a.getUsername(), a.getId(), a.getRole(), a.getCompanyId(), a.getGraduateId(),
                a.getDisplayName());
    }

    /** Follows a dotted path ({@code realm_access.roles}) through nested claim objects. */
    static Object claim(Map<String, Object> claims, String path) {
        Object value = claims.get(path);
        if (value != null || !path.contains(".")) {
            return value;
        }
        Object current = claims;
        for (String part : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(part);
        }
        return current;
    }

    static String text(Object value) {
        return value instanceof String s && !s.isBlank() ? s : null;
    }

    /** The claims do not describe someone who may use the portal. */
    static final class RefusedIdentityException extends RuntimeException {

        private final ExternalSignIn.Refusal reason;

        RefusedIdentityException(ExternalSignIn.Refusal reason, String message) {
            super(message);
            this.reason = reason;
        }

        ExternalSignIn.Refusal reason() {
            return reason;
        }
    }
}
