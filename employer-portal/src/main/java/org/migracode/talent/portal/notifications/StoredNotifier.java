package org.migracode.talent.portal.notifications;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.migracode.talent.portal.mail.Mailer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@link Notifier}: one {@code notification} row per active recipient account and, in the same
 * transaction, what the recipient's e-mail setting asks for: a {@link Mailer} mail now
 * ({@link EmailMode#IMMEDIATELY}, the row is marked mailed), a mark for tomorrow's digest
 * ({@link EmailMode#DAILY}, see {@link DailyDigest}), or nothing ({@link EmailMode#OFF}, or no
 * address). If the event's transaction rolls back, neither row nor mail exists.
 */
@Service
class StoredNotifier implements Notifier {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final NotificationPreferences preferences;
    private final NotificationMails mails;
    private final Mailer mailer;

    StoredNotifier(JdbcTemplate jdbc, ObjectProvider<Clock> clock, NotificationPreferences preferences, NotificationMails mails,
            Mailer mailer) {
        this.jdbc = jdbc;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        this.preferences = preferences;
        this.mails = mails;
        this.mailer = mailer;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public int notify(Notice notice) {
        String args = JSON.writeValueAsString(new TreeMap<>(notice.args()));
        Timestamp now = Timestamp.from(clock.instant());
        List<UUID> accounts = accountsOf(notice.to());
        for (UUID account : accounts) {
            UUID id = UUID.randomUUID();
            Optional<NotificationPreferences.Preference> preference = preferences.of(account)
                    .filter(p -> p.mode() != EmailMode.OFF && p.address() != null);
            boolean mailNow = preference.map(p -> p.mode() == EmailMode.IMMEDIATELY).orElse(false);
            boolean digest = preference.map(p -> p.mode() == EmailMode.DAILY).orElse(false);
            jdbc.update("insert into notification (id, account_id, kind, link, args, created_at, mailed_at, digest_pending) "
                            + "values (?, ?, ?, ?, cast(? as jsonb), ?, ?, ?)",
                    id, account, notice.kind(), notice.link(), args, now, mailNow ? now : null, digest);
            if (mailNow) {
                preferences.withToken(account).ifPresent(p -> mailer.send(mails.immediate(p, id, notice.kind(), notice.args())));
            }
        }
        return accounts.size();
    }

    private List<UUID> accountsOf(Recipients to) {
        if (to instanceof Recipients.Account a) {
            return jdbc.queryForList("select id from user_account where id = ? and enabled", UUID.class, a.accountId());
        }
        if (to instanceof Recipients.CompanyRecruiters c) {
            return jdbc.queryForList("select id from user_account where role = 'RECRUITER' and company_id = ? "
                    + "and enabled order by id", UUID.class, c.companyId());
        }
        if (to instanceof Recipients.Graduate g) {
            return jdbc.queryForList("select id from user_account where role = 'GRADUATE' and graduate_id = ? "
                    + "and enabled order by id", UUID.class, g.graduateId());
        }
        return jdbc.queryForList("select id from user_account where role = 'COACH' and enabled order by id", UUID.class);
    }
}
