package org.migracode.talent.portal.accounts;

import java.util.Optional;
import java.util.UUID;
import org.migracode.talent.index.accounts.Role;
import org.migracode.talent.index.accounts.UserAccount;
import org.migracode.talent.index.accounts.UserAccountRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating the first admin of a fresh installation (demo data off) from the one-time page
 * {@code /setup}. The page exists only while no active admin exists, and creating the admin needs
 * the setup token that this class prints to the log at start-up (logger {@code FirstAdminSetup},
 * WARN): whoever can read the server's log owns the installation anyway, and the page stays safe
 * behind a proxy, where "only from localhost" could not be told apart. The token lives only in
 * memory, is new at every start, and is dropped as soon as an admin exists.
 */
@Service
public class FirstAdminSetup {

    private static final Logger log = LoggerFactory.getLogger(FirstAdminSetup.class);
    /** Serialises concurrent set-ups (pg_advisory_xact_lock key). */
    private static final long LOCK = 0x7461_6c65_6e74_0001L;

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final JdbcTemplate jdbc;
    private volatile String token;

    FirstAdminSetup(UserAccountRepository accounts, PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy, JdbcTemplate jdbc) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.jdbc = jdbc;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void announce() {
        if (needed()) {
            token = InvitationTokens.newToken();
            log.warn("No admin account exists yet. Create the first admin at <portal address>/setup with this one-time setup "
                    + "token: {}", token);
        }
    }

    /** True while no active admin exists. */
    @Transactional(readOnly = true)
    public boolean needed() {
        return !accounts.existsByRoleAndEnabledTrue(Role.ADMIN);
    }

    /** The token printed at start-up, while it is still good (for the operator's own tests). */
    public Optional<String> token() {
        return Optional.ofNullable(token).filter(t -> needed());
    }

    /**
     * Creates the first admin.
     *
     * @param password null with an external provider (which checks passwords itself)
     * @throws SetupClosedException     when an admin exists already or the token is wrong
     * @throws PasswordRefusedException when the password is refused
     */
    @Transactional
    public UUID createFirstAdmin(String setupToken, String displayName, String username, String password, String confirmation,
            boolean withPassword) {
        jdbc.queryForList("select pg_advisory_xact_lock(?)", LOCK);
        String expected = token;
        if (!needed() || expected == null || !InvitationTokens.same(expected, setupToken == null ? null : setupToken.strip())) {
            throw new SetupClosedException();
        }
        String name = Fields.required("displayName", displayName, 200);
        String user = Fields.required("username", username, 320).toLowerCase(java.util.Locale.ROOT);
        if (accounts.existsByUsernameIgnoreCase(user)) {
            throw new IllegalStateException("username: taken");
        }
        UserAccount admin = new UserAccount(UUID.randomUUID(), user, name, Role.ADMIN, null, null);
        if (user.contains("@")) {
            admin.setEmail(user);
        }
        if (withPassword) {
            if (password == null || !password.equals(confirmation)) {
                throw new PasswordRefusedException("password.mismatch");
            }
            passwordPolicy.problem(password, user).ifPresent(key -> {
                throw new PasswordRefusedException(key);
            });
            admin.setPasswordHash(passwordEncoder.encode(password));
        }
        accounts.saveAndFlush(admin);
        token = null;
        log.warn("The first admin account was created: {}. The setup page is closed.", user);
        return admin.getId();
    }

    /** The setup page is closed (an admin exists) or the token is wrong: both answer the same. */
    static class SetupClosedException extends RuntimeException {
        SetupClosedException() {
            super("setup is closed or the setup token is wrong");
        }
    }
}
