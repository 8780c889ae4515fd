package org.migracode.talent.portal.notifications;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.migracode.talent.index.privacy.PersonalDataContributor;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Notifications as a graduate's personal data (section {@code notifications}). The download lists
 * the notifications of the graduate's own account. Erasure deletes those and every other account's
 * notifications about the graduate's proposals (a recruiter's or coach's notice carries the
 * graduate's name in its arguments). It runs before the proposals' own erasure
 * ({@link Ordered#HIGHEST_PRECEDENCE}), while the proposals still say which links are theirs.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class NotificationPersonalData implements PersonalDataContributor {

    private final JdbcTemplate jdbc;

    NotificationPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One notification of the graduate's account. */
    record ExportedNotification(String kind, String link, String arguments, Instant createdAt, Instant readAt, Instant mailedAt) {
    }

    @Override
    public String section() {
        return "notifications";
    }

    @Override
    public Object export(UUID graduateId) {
        List<ExportedNotification> own = jdbc.query("""
                select n.kind, n.link, n.args::text as args, n.created_at, n.read_at, n.mailed_at from notification n
                join user_account u on u.id = n.account_id where u.graduate_id = ? order by n.created_at desc""",
                (rs, i) -> new ExportedNotification(rs.getString("kind"), rs.getString("link"), rs.getString("args"),
                        rs.getTimestamp("created_at").toInstant(), instant(rs.getTimestamp("read_at")),
                        instant(rs.getTimestamp("mailed_at"))), graduateId);
        return own;
    }

    @Override
    public void erase(UUID graduateId) {
        jdbc.update("delete from notification where account_id in (select id from user_account where graduate_id = ?)", graduateId);
        jdbc.update("delete from notification where link in (select '/proposals/' || p.id from proposal p where p.graduate_id = ?)",
                graduateId);
    }

    private static Instant instant(java.sql.Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
