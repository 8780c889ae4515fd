package org.migracode.talent.portal.accounts;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.migracode.talent.index.accounts.Invitation;
import org.migracode.talent.index.accounts.InvitationRepository;
import org.migracode.talent.index.accounts.Role;
import org.migracode.talent.index.accounts.UserAccount;
import org.migracode.talent.index.accounts.UserAccountRepository;
import org.migracode.talent.index.company.Company;
import org.migracode.talent.index.company.CompanyRepository;
import org.migracode.talent.index.graduates.GraduateRepository;
import org.migracode.talent.portal.mail.Mail;
import org.migracode.talent.portal.mail.Mailer;
import org.migracode.talent.portal.security.Viewer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations: staff (and a company's recruiters, for their colleagues) invite people by e-mail or
 * by a link they send themselves; the invitee opens the link, sets a password (embedded login) or
 * signs in at the external provider ({@link #redeem}), and only then does the account exist.
 *
 * <p>Who may invite whom: an admin anyone; a coach coaches, recruiters and graduates (not admins);
 * a recruiter only recruiters of their own company. Recruiters see and manage only their company's
 * invitations; anything else answers as if it did not exist.
 *
 * <p>The token is 256 random bits; only its SHA-256 is stored. A link works once, until it expires
 * ({@code talent.invitations.valid-for}, 7 days), unless it was revoked or replaced by a resend.
 *
 * <p>The rules on who may invite whom, and on what an invitation must say, are {@link InvitationRules}'.
 */
@Service
public class InvitationService implements InvitationRedemption {

    private final InvitationRepository invitations;
    private final UserAccountRepository accounts;
    private final CompanyRepository companies;
    private final GraduateRepository graduates;
    private final Mailer mailer;
    private final MessageSource messages;
    private final School school;
    private final InvitationLinks links;
    private final InvitationProperties properties;
    private final PasswordPolicy passwordPolicy;
    private final PasswordEncoder passwordEncoder;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final InvitationRules rules;

    InvitationService(InvitationRepository invitations, UserAccountRepository accounts, CompanyRepository companies,
            GraduateRepository graduates, Mailer mailer, MessageSource messages, School school, InvitationLinks links,
            InvitationProperties properties, PasswordPolicy passwordPolicy, PasswordEncoder passwordEncoder, JdbcTemplate jdbc,
            ObjectProvider<Clock> clock, InvitationRules rules) {
        this.rules = rules;
        this.invitations = invitations;
        this.accounts = accounts;
        this.companies = companies;
        this.graduates = graduates;
        this.mailer = mailer;
        this.messages = messages;
        this.school = school;
        this.links = links;
        this.properties = properties;
        this.passwordPolicy = passwordPolicy;
        this.passwordEncoder = passwordEncoder;
        this.jdbc = jdbc;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    // --- staff and recruiters -------------------------------------------------------------------

    @PreAuthorize("hasAnyRole('ADMIN','COACH','RECRUITER')")
    @Transactional
    public IssuedInvitation invite(Viewer viewer, InvitationRequest r) {
        Viewer actor = viewer;
        InvitationRules.Invitee invitee = rules.invitee(r, actor);
        String email = invitee.email();
        if (accounts.existsByUsernameIgnoreCase(email)) {
            throw new IllegalStateException("email: an account with this address exists already");
        }
        Instant now = clock.instant();
        if (invitations.existsByEmailIgnoreCaseAndUsedAtIsNullAndRevokedAtIsNullAndExpiresAtAfter(email, now)) {
            throw new IllegalStateException("email: a pending invitation for this address exists; resend or revoke it");
        }
        String token = InvitationTokens.newToken();
        Invitation invitation = invitations.saveAndFlush(new Invitation(UUID.randomUUID(), InvitationTokens.hash(token), email,
                invitee.name(), invitee.role(), invitee.companyId(), invitee.graduateId(), invitee.locale(), actor.accountId(), now,
                now.plus(properties.validFor())));
        return issue(invitation, token, r.sendEmail() == null || r.sendEmail());
    }

    /** Every invitation an admin or coach may see; a recruiter's company's only. Newest first. */
    @PreAuthorize("hasAnyRole('ADMIN','COACH','RECRUITER')")
    @Transactional(readOnly = true)
    public List<InvitationView> list(Viewer viewer) {
        Viewer actor = viewer;
        List<Invitation> found = actor.role() == Role.RECRUITER ? invitations.findByCompanyIdOrderByCreatedAtDesc(actor.companyId())
                : invitations.findAllByOrderByCreatedAtDesc();
        Map<UUID, String> names = companies.findAll().stream().collect(Collectors.toMap(Company::getId, Company::getName));
        Instant now = clock.instant();
        return found.stream().map(i -> InvitationView.of(i, i.getCompanyId() == null ? null : names.get(i.getCompanyId()), now))
                .toList();
    }

    /** A new token (the old link stops working) and a new expiry; e-mailed again unless {@code sendEmail} is false. */
    @PreAuthorize("hasAnyRole('ADMIN','COACH','RECRUITER')")
    @Transactional
    public IssuedInvitation resend(Viewer viewer, UUID id, boolean sendEmail) {
        Invitation i = rules.manageable(viewer, id);
        if (i.getUsedAt() != null) {
            throw new IllegalStateException("the invitation was used already");
        }
        String token = InvitationTokens.newToken();
        Instant now = clock.instant();
        i.renew(InvitationTokens.hash(token), now, now.plus(properties.validFor()));
        invitations.flush();
        return issue(i, token, sendEmail);
    }

    @PreAuthorize("hasAnyRole('ADMIN','COACH','RECRUITER')")
    @Transactional
    public InvitationView revoke(Viewer viewer, UUID id) {
        Invitation i = rules.manageable(viewer, id);
        i.revoke(clock.instant());
        invitations.flush();
        return view(i);
    }

    /** Imported graduates with an e-mail address, no account and no pending invitation, by name. */
    @PreAuthorize("hasAnyRole('ADMIN','COACH')")
    @Transactional(readOnly = true)
    public List<GraduateToInvite> graduatesToInvite() {
        return jdbc.query("""
                select g.id, g.display_name, g.email from graduate_profile g
                where g.active and g.email is not null and g.email <> ''
                  and not exists (select 1 from user_account a where a.graduate_id = g.id)
                  and not exists (select 1 from invitation i where i.graduate_id = g.id and i.used_at is null
                                  and i.revoked_at is null and i.expires_at > now())
                order by lower(g.display_name) limit 500""",
                (rs, n) -> new GraduateToInvite(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)));
    }

    /** A graduate who can be invited. */
    public record GraduateToInvite(UUID id, String displayName, String email) {
    }

    // --- the invitee ----------------------------------------------------------------------------

    /** The pending invitation behind a link; refuses a link that is unknown, used, expired or revoked. */
    @Transactional(readOnly = true)
    public InvitationView open(String rawToken) {
        return view(usable(rawToken));
    }

    /**
     * Creates the invited account with a password for the embedded login and uses the invitation.
     *
     * @return the new account's user name (the invitation's e-mail address)
     * @throws InvitationUnusableException when the link cannot be used (any more)
     * @throws PasswordRefusedException    when the password is too weak or the two do not match
     */
    @Transactional
    public String acceptWithPassword(String rawToken, String password, String confirmation) {
        Invitation i = usable(rawToken);
        if (password == null || !password.equals(confirmation)) {
            throw new PasswordRefusedException("password.mismatch");
        }
        passwordPolicy.problem(password, i.getEmail()).ifPresent(key -> {
            throw new PasswordRefusedException(key);
        });
        UserAccount account = createAccount(i);
        account.setPasswordHash(passwordEncoder.encode(password));
        accounts.flush();
        return account.getUsername();
    }

    /** Creates the invited account without a password (an external provider authenticates them). */
    @Override
    @Transactional
    public Optional<UUID> redeem(String rawToken) {
        try {
            return Optional.of(createAccount(usable(rawToken)).getId());
        } catch (InvitationUnusableException e) {
            return Optional.empty();
        }
    }

    // --- inside ---------------------------------------------------------------------------------

    private UserAccount createAccount(Invitation i) {
        if (accounts.existsByUsernameIgnoreCase(i.getEmail())) {
            throw InvitationUnusableException.taken("an account with this address exists already");
        }
        if (i.getGraduateId() != null && accounts.existsByGraduateId(i.getGraduateId())) {
            throw InvitationUnusableException.taken("this graduate has an account already");
        }
        if (i.getCompanyId() != null && !companies.findById(i.getCompanyId()).map(Company::isActive).orElse(false)) {
            throw new InvitationUnusableException(Invitation.State.REVOKED);
        }
        UserAccount account = new UserAccount(UUID.randomUUID(), i.getEmail(), i.getDisplayName(), i.getRole(), i.getCompanyId(),
                i.getGraduateId());
        account.setEmail(i.getEmail());
        // the id is assigned, so save() merges: go on with the managed copy it returns
        UserAccount saved = accounts.saveAndFlush(account);
        i.markUsed(saved.getId(), clock.instant());
        invitations.flush();
        return saved;
    }

    private Invitation usable(String rawToken) {
        if (rawToken == null || rawToken.isBlank() || rawToken.length() > 200) {
            throw new InvitationUnusableException(null);
        }
        Invitation i = invitations.findByTokenHash(InvitationTokens.hash(rawToken))
                .orElseThrow(() -> new InvitationUnusableException(null));
        Invitation.State state = i.state(clock.instant());
        if (state != Invitation.State.PENDING) {
            throw new InvitationUnusableException(state);
        }
        return i;
    }

    private IssuedInvitation issue(Invitation i, String token, boolean sendEmail) {
        String link = links.link(token);
        if (sendEmail) {
            Locale locale = Locale.forLanguageTag(i.getLocale());
            String expires = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(locale)
                    .format(i.getExpiresAt().atZone(school.settings().zone()));
            String role = messages.getMessage("accounts.role." + i.getRole().name(), null, i.getRole().name(), locale);
            Object[] args = {i.getDisplayName(), school.settings().name(), link, role, expires};
            mailer.send(new Mail(i.getEmail(), locale, messages.getMessage("invitation.mail.subject", args, locale),
                    messages.getMessage("invitation.mail.text", args, locale), "invitation"));
        }
        return new IssuedInvitation(view(i), link, sendEmail);
    }

    private InvitationView view(Invitation i) {
        String company = i.getCompanyId() == null ? null : companies.findById(i.getCompanyId()).map(Company::getName).orElse(null);
        return InvitationView.of(i, company, clock.instant());
    }


}
