package org.migracode.talent.portal.notifications;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** The {@link Notifier}: one {@code notification} row per active recipient account. */
@Service
class StoredNotifier implements Notifier {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcTemplate jdbc;
    private final Clock clock;

    StoredNotifier(JdbcTemplate jdbc, ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public int notify(Notice notice) {
        String args = JSON.writeValueAsString(new TreeMap<>(notice.args()));
        Timestamp now = Timestamp.from(clock.instant());
        List<UUID> accounts = accountsOf(notice.to());
        for (UUID account : accounts) {
            jdbc.update("insert into notification (id, account_id, kind, link, args, created_at) "
                            + "values (?, ?, ?, ?, cast(? as jsonb), ?)",
                    UUID.randomUUID(), account, notice.kind(), notice.link(), args, now);
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
