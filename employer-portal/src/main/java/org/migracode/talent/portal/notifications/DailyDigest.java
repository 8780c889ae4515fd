package org.migracode.talent.portal.notifications;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.migracode.talent.portal.mail.Mailer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The daily digest: for every account with notifications waiting for it ({@code digest_pending}),
 * one mail with those still unread, in one transaction per account that also clears the mark and
 * sets {@code mailed_at}. So the digest is sent once: a restart after the commit finds nothing, a
 * crash before it rolls back mail and mark together, and a second instance skips rows the first has
 * locked ({@code for update skip locked}). Read ones are dropped from the digest; an account that
 * switched to OFF meanwhile gets no mail and its marks are cleared.
 */
@Component
class DailyDigest {

    private static final Logger log = LoggerFactory.getLogger(DailyDigest.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, String>> ARGS = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final NotificationPreferences preferences;
    private final NotificationMails mails;
    private final Mailer mailer;

    DailyDigest(JdbcTemplate jdbc, TransactionTemplate tx, NotificationPreferences preferences, NotificationMails mails, Mailer mailer) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.preferences = preferences;
        this.mails = mails;
        this.mailer = mailer;
    }

    @Scheduled(cron = "${talent.notifications.digest-cron:0 0 7 * * *}",
            zone = "${talent.notifications.digest-zone:${talent.school.zone:UTC}}")
    void scheduled() {
        int sent = send();
        if (sent > 0) {
            log.info("Daily notification digest: {} mail(s) queued", sent);
        }
    }

    /** Sends every waiting digest; returns how many mails were queued. */
    int send() {
        int sent = 0;
        for (UUID account : jdbc.queryForList("select distinct account_id from notification where digest_pending", UUID.class)) {
            Boolean mailed = tx.execute(status -> sendTo(account));
            if (Boolean.TRUE.equals(mailed)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean sendTo(UUID account) {
        List<NotificationMails.Item> unread = new ArrayList<>();
        List<UUID> all = new ArrayList<>();
        jdbc.query("select id, kind, args::text as args, created_at, read_at from notification where account_id = ? and digest_pending "
                + "order by created_at, id for update skip locked", rs -> {
                    UUID id = rs.getObject("id", UUID.class);
                    all.add(id);
                    if (rs.getTimestamp("read_at") == null) {
                        unread.add(new NotificationMails.Item(id, rs.getString("kind"), JSON.readValue(rs.getString("args"), ARGS),
                                rs.getTimestamp("created_at").toInstant()));
                    }
                }, account);
        if (all.isEmpty()) {
            return false;
        }
        Optional<NotificationPreferences.Preference> to = preferences.withToken(account)
                .filter(p -> p.mode() == EmailMode.DAILY && p.address() != null);
        boolean mail = to.isPresent() && !unread.isEmpty();
        if (mail) {
            mailer.send(mails.digest(to.get(), unread));
        }
        Timestamp now = Timestamp.from(Instant.now());
        for (UUID id : all) {
            boolean carried = mail && unread.stream().anyMatch(i -> i.id().equals(id));
            jdbc.update("update notification set digest_pending = false, mailed_at = ? where id = ?", carried ? now : null, id);
        }
        return mail;
    }
}
