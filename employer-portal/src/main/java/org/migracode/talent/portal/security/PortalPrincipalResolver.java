package org.migracode.talent.portal.security;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.migracode.talent.index.account.Role;
import org.migracode.talent.index.account.UserAccount;
import org.migracode.talent.index.account.UserAccountRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns the claims of an ID token or access token into a {@link PortalPrincipal}. A person with a
 * {@code user_account} row (looked up by {@code talent.security.username-claim}, then {@code sub})
 * gets role and tenancy from the database; anyone else gets the role from
 * {@code talent.security.role-claim} and, for recruiters, the company from
 * {@code talent.security.company-claim}. No role, a disabled account or a recruiter without a
 * company is refused.
 *
 * <p>With the embedded provider every person it signs in has a {@code user_account} row, so a
 * token naming no row (the account was deleted, or the graduate erased) is refused, whatever role
 * its claims still carry. With an external provider the claims fallback stays for staff, but a
 * graduate without a row is refused too: a graduate profile is only ever bound through
 * {@code user_account}, so such a token speaks for nobody (for instance an erased graduate whose
 * account at the provider still exists).
 */
@Component
class PortalPrincipalResolver {

    private final UserAccountRepository accounts;
    private final TalentSecurityProperties properties;
    private final boolean accountRequired;

    @Autowired
    PortalPrincipalResolver(UserAccountRepository accounts, TalentSecurityProperties properties, Environment environment) {
        this(accounts, properties, !OnEmbeddedIdentityProviderCondition.external(environment));
    }

    /** @param accountRequired true with the embedded provider: only {@code user_account} rows are people */
    PortalPrincipalResolver(UserAccountRepository accounts, TalentSecurityProperties properties, boolean accountRequired) {
        this.accounts = accounts;
        this.properties = properties;
        this.accountRequired = accountRequired;
    }

    /**
     * @throws RefusedIdentityException when the claims do not make a portal user
     */
    @Transactional(readOnly = true)
    PortalIdentity resolve(Map<String, Object> claims) {
        String subject = text(claims.get("sub"));
        String username = Optional.ofNullable(text(claims.get(properties.usernameClaim()))).orElse(subject);
        if (username == null) {
            throw new RefusedIdentityException("the token names no user (no " + properties.usernameClaim() + ", no sub)");
        }
        Optional<UserAccount> account = accounts.findByUsername(username);
        if (account.isPresent()) {
            UserAccount a = account.get();
            if (!a.isEnabled()) {
                throw new RefusedIdentityException("account " + username + " is disabled");
            }
            return new PortalIdentity(username, a.getId(), a.getRole(), a.getCompanyId(), a.getGraduateId(),
                    a.getDisplayName());
        }
        if (accountRequired) {
            throw new RefusedIdentityException("user " + username + " has no account (deleted or erased)");
        }
        Role role = roleFrom(claim(claims, properties.roleClaim()))
                .orElseThrow(() -> new RefusedIdentityException("user " + username + " has no portal role in claim "
                        + properties.roleClaim()));
        if (role == Role.GRADUATE) {
            throw new RefusedIdentityException("graduate " + username + " has no account: a graduate profile is only bound"
                    + " through user_account");
        }
        UUID company = role == Role.RECRUITER ? uuid(claim(claims, properties.companyClaim())) : null;
        if (role == Role.RECRUITER && company == null) {
            throw new RefusedIdentityException("recruiter " + username + " has no company in claim " + properties.companyClaim());
        }
        return new PortalIdentity(username, null, role, company, null, text(claims.get("name")));
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

    /**
     * The most privileged portal role among the claim's values (ADMIN before COACH before
     * RECRUITER before GRADUATE); values that are not portal roles, like Keycloak's
     * {@code offline_access}, are ignored. A {@code ROLE_} prefix and case do not matter.
     */
    static Optional<Role> roleFrom(Object claim) {
        Collection<?> values = claim instanceof Collection<?> c ? c
                : claim instanceof String s ? List.of(s.split("[ ,]+")) : List.of();
        Role best = null;
        for (Object value : values) {
            String name = String.valueOf(value).trim().toUpperCase(Locale.ROOT);
            name = name.startsWith("ROLE_") ? name.substring(5) : name;
            for (Role role : Role.values()) {
                if (role.name().equals(name) && (best == null || role.ordinal() < best.ordinal())) {
                    best = role;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static UUID uuid(Object claim) {
        String text = claim instanceof Collection<?> c && c.size() == 1 ? text(c.iterator().next()) : text(claim);
        if (text == null) {
            return null;
        }
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new RefusedIdentityException("company claim is not a UUID: " + text);
        }
    }

    private static String text(Object value) {
        return value instanceof String s && !s.isBlank() ? s : null;
    }

    /** The claims do not describe someone who may use the portal. */
    static final class RefusedIdentityException extends RuntimeException {
        RefusedIdentityException(String message) {
            super(message);
        }
    }
}
