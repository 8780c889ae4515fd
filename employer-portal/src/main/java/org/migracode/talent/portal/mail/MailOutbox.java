package org.migracode.talent.portal.mail;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The {@code mail_outbox} table (migration V8). Every state change is one SQL statement; the
 * changes after a send are fenced by state and attempt number, so a worker whose lease ran out
 * cannot overwrite the record of the worker that took its mail over.
 */
@Repository
class MailOutbox {

    /** Longest error text kept per mail. */
    static final int MAX_ERROR_LENGTH = 2000;

    private final JdbcTemplate jdbc;

    MailOutbox(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, String messageId, Mail mail, Instant now) {
        Mail.Attachment a = mail.attachment();
        jdbc.update("""
                insert into mail_outbox (id, message_id, recipient, locale, kind, subject, body, state, attempts,
                                         next_attempt_at, created_at, attachment_name, attachment_type, attachment)
                values (?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?, ?, ?, ?)""",
                id, messageId, mail.to(), mail.locale().toLanguageTag(), mail.kind(), mail.subject(), mail.text(),
                Timestamp.from(now), Timestamp.from(now), a == null ? null : a.fileName(), a == null ? null : a.contentType(),
                a == null ? null : a.content());
    }

    /**
     * Claims up to {@code limit} mails that are due: pending ones whose time has come, and ones
     * left in SENDING by a worker that died (lease over). Each is counted as an attempt and leased
     * until {@code leaseUntil}; rows other workers are claiming at the same moment are skipped
     * ({@code for update skip locked}). Runs in its own short statement, committed before any
     * SMTP traffic.
     */
    List<OutboxMail> claimDue(Instant now, Instant leaseUntil, int limit, int maxAttempts) {
        return jdbc.query("""
                with due as (
                    select id from mail_outbox
                    where (state = 'PENDING' and next_attempt_at <= ?) or (state = 'SENDING' and lease_until <= ? and attempts < ?)
                    order by next_attempt_at, created_at
                    limit ?
                    for update skip locked)
                update mail_outbox m set state = 'SENDING', attempts = m.attempts + 1, lease_until = ?
                from due where m.id = due.id
                returning m.id, m.message_id, m.recipient, m.locale, m.kind, m.subject, m.body, m.attempts,
                          m.attachment_name, m.attachment_type, m.attachment""",
                (rs, i) -> new OutboxMail(rs.getObject("id", UUID.class), rs.getString("message_id"), rs.getString("recipient"),
                        Locale.forLanguageTag(rs.getString("locale")), rs.getString("kind"), rs.getString("subject"),
                        rs.getString("body"), rs.getInt("attempts"), rs.getString("attachment_name") == null ? null
                                : new Mail.Attachment(rs.getString("attachment_name"), rs.getString("attachment_type"),
                                        rs.getBytes("attachment"))),
                Timestamp.from(now), Timestamp.from(now), maxAttempts, limit, Timestamp.from(leaseUntil));
    }

    /** Records the SMTP server's acceptance; false when the lease was lost meanwhile (then the other worker's record stands). */
    boolean markSent(UUID id, int attempt, Instant now) {
        return jdbc.update("""
                update mail_outbox set state = 'SENT', sent_at = ?, lease_until = null, last_error = null
                where id = ? and state = 'SENDING' and attempts = ?""", Timestamp.from(now), id, attempt) == 1;
    }

    /** Back to PENDING until {@code nextAttempt}, with the error that made this attempt fail. */
    boolean markRetry(UUID id, int attempt, Instant nextAttempt, String error) {
        return jdbc.update("""
                update mail_outbox set state = 'PENDING', next_attempt_at = ?, lease_until = null, last_error = ?
                where id = ? and state = 'SENDING' and attempts = ?""", Timestamp.from(nextAttempt), truncate(error), id,
                attempt) == 1;
    }

    /** Given up: FAILED with the last error; stays on the "Outgoing mail" page. */
    boolean markFailed(UUID id, int attempt, Instant now, String error) {
        return jdbc.update("""
                update mail_outbox set state = 'FAILED', next_attempt_at = ?, lease_until = null, last_error = ?
                where id = ? and state = 'SENDING' and attempts = ?""", Timestamp.from(now), truncate(error), id, attempt) == 1;
    }

    /**
     * Mails whose lease ran out after their last allowed attempt: the worker died while sending
     * them. They are not claimed again; they become FAILED so the page shows them.
     */
    int failAbandoned(Instant now, int maxAttempts) {
        return jdbc.update("""
                update mail_outbox set state = 'FAILED', lease_until = null, next_attempt_at = ?,
                       last_error = 'the worker stopped while sending the last allowed attempt; the SMTP server may or may not have accepted it'
                where state = 'SENDING' and lease_until <= ? and attempts >= ?""", Timestamp.from(now), Timestamp.from(now),
                maxAttempts);
    }

    /** Deletes sent mail older than {@code before}, and failed mail whose last attempt is older. */
    int purge(Instant before) {
        return jdbc.update("""
                delete from mail_outbox
                where (state = 'SENT' and sent_at < ?) or (state = 'FAILED' and next_attempt_at < ?)""",
                Timestamp.from(before), Timestamp.from(before));
    }

    /** The newest mails first, optionally of one state, without their bodies. */
    List<OutboxEntry> recent(MailState state, int limit) {
        String columns = "id, message_id, recipient, locale, kind, subject, state, attempts, created_at, next_attempt_at,"
                + " sent_at, last_error, null as body";
        return state == null
                ? jdbc.query("select " + columns + " from mail_outbox order by created_at desc, id limit ?", MailOutbox::entry, limit)
                : jdbc.query("select " + columns + " from mail_outbox where state = ? order by created_at desc, id limit ?",
                        MailOutbox::entry, state.name(), limit);
    }

    /** Counts per state, for the page's summary. */
    java.util.Map<MailState, Long> countsByState() {
        java.util.Map<MailState, Long> counts = new java.util.EnumMap<>(MailState.class);
        for (MailState s : MailState.values()) {
            counts.put(s, 0L);
        }
        jdbc.query("select state, count(*) as n from mail_outbox group by state",
                rs -> {
                    counts.put(MailState.valueOf(rs.getString("state")), rs.getLong("n"));
                });
        return counts;
    }

    Optional<OutboxEntry> find(UUID id) {
        return jdbc.query("""
                select id, message_id, recipient, locale, kind, subject, state, attempts, created_at, next_attempt_at,
                       sent_at, last_error, body
                from mail_outbox where id = ?""", MailOutbox::entry, id).stream().findFirst();
    }

    private static OutboxEntry entry(ResultSet rs, int row) throws SQLException {
        return new OutboxEntry(rs.getObject("id", UUID.class), rs.getString("message_id"), rs.getString("recipient"),
                Locale.forLanguageTag(rs.getString("locale")), rs.getString("kind"), rs.getString("subject"),
                MailState.valueOf(rs.getString("state")), rs.getInt("attempts"), instant(rs, "created_at"),
                instant(rs, "next_attempt_at"), instant(rs, "sent_at"), rs.getString("last_error"), rs.getString("body"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static String truncate(String error) {
        String text = error == null ? "unknown error" : error;
        return text.length() <= MAX_ERROR_LENGTH ? text : text.substring(0, MAX_ERROR_LENGTH);
    }
}
