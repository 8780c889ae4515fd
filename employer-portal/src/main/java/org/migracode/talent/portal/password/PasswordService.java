package org.migracode.talent.portal.password;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.migracode.talent.index.accounts.UserAccount;
import org.migracode.talent.index.accounts.UserAccountRepository;
import org.migracode.talent.portal.mail.Mail;
import org.migracode.talent.portal.mail.Mailer;
import org.migracode.talent.portal.school.SchoolSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forgotten and changed passwords of the embedded login. Passwords are stored with the
 * application's {@link PasswordEncoder} (Spring Security's delegating encoder: new hashes are
 * {@code {bcrypt}…}, and every stored hash keeps working whatever its {@code {id}}).
 *
 * <p>A reset request is answered the same whether or not the account exists, has an e-mail
 * address, or is over its limit: only the mail differs, and it is sent later by the outbox worker,
 * so neither the page nor its timing tells. The token is single-use, only the newest one of an
 * account works, and it expires after {@code talent.password.reset-token-lifetime}.
 */
@Service
public class PasswordService {

    private static final Logger log = LoggerFactory.getLogger(PasswordService.class);

    /** Most accounts one request mails (several accounts may share an address). */
    static final int MAX_ACCOUNTS_PER_REQUEST = 5;

    /** The outcome of setting a password. */
    public sealed interface Outcome {
        record Changed() implements Outcome {
        }

        record Refused(PasswordPolicy.Violation violation) implements Outcome {
        }

        record Mismatch() implements Outcome {
        }

        record WrongCurrentPassword() implements Outcome {
        }

        /** Unknown, used, superseded or expired reset token. */
        record InvalidToken() implements Outcome {
        }
    }

    private final ResetTokens tokens;
    private final UserAccountRepository accounts;
    private final JdbcTemplate jdbc;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final Mailer mailer;
    private final MessageSource messages;
    private final SchoolSettings school;
    private final PasswordProperties properties;
    private final Clock clock;
    private final AddressLimiter addresses;

    PasswordService(ResetTokens tokens, UserAccountRepository accounts, JdbcTemplate jdbc, PasswordEncoder encoder,
            PasswordPolicy policy, Mailer mailer, MessageSource messages, SchoolSettings school, PasswordProperties properties,
            ObjectProvider<Clock> clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.policy = policy;
        this.mailer = mailer;
        this.messages = messages;
        this.school = school;
        this.properties = properties;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        this.addresses = new AddressLimiter(properties.resetRequestsPerAddress(), properties.resetRequestWindow(), this.clock);
    }

    /**
     * Mails a reset link to every enabled account whose user name is {@code nameOrEmail} or whose
     * e-mail address it is (case-insensitive), in {@code locale}, unless a limit is reached.
     * Returns nothing on purpose: the caller answers the same in every case.
     */
    @Transactional
    public void requestReset(String nameOrEmail, Locale locale, String clientAddress, String linkBase) {
        String wanted = nameOrEmail == null ? "" : nameOrEmail.strip();
        if (wanted.isEmpty() || wanted.length() > 320) {
            return;
        }
        if (!addresses.tryAcquire(clientAddress)) {
            log.info("password reset: request from {} over the per-address limit, nothing sent", clientAddress);
            return;
        }
        List<UUID> ids = jdbc.queryForList("""
                select id from user_account
                where enabled and email is not null and (username = ? or lower(email) = lower(?))
                order by created_at limit ?""", UUID.class, wanted, wanted, MAX_ACCOUNTS_PER_REQUEST);
        Instant now = clock.instant();
        for (UUID id : ids) {
            if (tokens.issuedSince(id, now.minus(properties.resetRequestWindow())) >= properties.resetRequestsPerAccount()) {
                log.info("password reset: account {} over the per-account limit, nothing sent", id);
                continue;
            }
            UserAccount account = accounts.findById(id).orElseThrow();
            String token = ResetTokens.newToken();
            tokens.issue(token, id, locale, now, now.plus(properties.resetTokenLifetime()));
            String link = linkBase + "/password/reset?token=" + token + "&lang=" + locale.getLanguage();
            long minutes = properties.resetTokenLifetime().toMinutes();
            mailer.send(new Mail(account.getEmail(), locale,
                    messages.getMessage("password.mail.reset.subject", new Object[] {school.name()}, locale),
                    messages.getMessage("password.mail.reset.body",
                            new Object[] {account.getDisplayName(), account.getUsername(), link, minutes, school.name()}, locale),
                    "password-reset"));
        }
    }

    /** The locale the token was requested in, when the token is usable now. */
    @Transactional(readOnly = true)
    public Optional<Locale> checkToken(String token) {
        return tokens.findValid(token, clock.instant(), false).map(ResetTokens.Valid::locale);
    }

    /** Sets a new password with a reset token, which is then used up (also when two requests race: the row is locked). */
    @Transactional
    public Outcome reset(String token, String password, String confirmation) {
        Instant now = clock.instant();
        Optional<ResetTokens.Valid> valid = tokens.findValid(token, now, true);
        if (valid.isEmpty()) {
            return new Outcome.InvalidToken();
        }
        Optional<UserAccount> account = accounts.findById(valid.get().accountId()).filter(UserAccount::isEnabled);
        if (account.isEmpty()) {
            return new Outcome.InvalidToken();
        }
        Outcome outcome = setPassword(account.get(), password, confirmation, valid.get().locale());
        if (outcome instanceof Outcome.Changed) {
            tokens.retireAll(account.get().getId(), now);
        }
        return outcome;
    }

    /** A signed-in user's change of password: the current one is required. */
    @Transactional
    public Outcome change(UUID accountId, String current, String password, String confirmation, Locale locale) {
        UserAccount account = accounts.findById(accountId).orElseThrow(() -> new IllegalStateException("no such account"));
        if (current == null || account.getPasswordHash() == null || !encoder.matches(current, account.getPasswordHash())) {
            return new Outcome.WrongCurrentPassword();
        }
        Outcome outcome = setPassword(account, password, confirmation, locale);
        if (outcome instanceof Outcome.Changed) {
            tokens.retireAll(accountId, clock.instant());
        }
        return outcome;
    }

    private Outcome setPassword(UserAccount account, String password, String confirmation, Locale locale) {
        Optional<PasswordPolicy.Violation> violation = policy.check(password, account.getUsername(), account.getEmail());
        if (violation.isPresent()) {
            return new Outcome.Refused(violation.get());
        }
        if (!password.equals(confirmation)) {
            return new Outcome.Mismatch();
        }
        account.setPasswordHash(encoder.encode(password));
        accounts.save(account);
        if (account.getEmail() != null) {
            mailer.send(new Mail(account.getEmail(), locale,
                    messages.getMessage("password.mail.changed.subject", new Object[] {school.name()}, locale),
                    messages.getMessage("password.mail.changed.body",
                            new Object[] {account.getDisplayName(), account.getUsername(), school.name()}, locale),
                    "password-changed"));
        }
        log.info("password of account {} changed", account.getId());
        return new Outcome.Changed();
    }
}
