package org.migracode.talent.portal.notifications;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.migracode.talent.core.input.Paging;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * One account's notifications: read, count, mark read. Every method takes the signed-in account's
 * id (from the principal, never from the request) and touches only that account's rows; another
 * account's notification is answered exactly like one that does not exist.
 */
@Service
@Transactional
class NotificationInbox {

    static final int MAX_PAGE_SIZE = 100;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, String>> ARGS = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final NoticeTexts texts;

    NotificationInbox(JdbcTemplate jdbc, NoticeTexts texts) {
        this.jdbc = jdbc;
        this.texts = texts;
    }

    /** A notification in the viewer's language. */
    record NotificationView(UUID id, String kind, String title, String text, String link, Instant createdAt, boolean unread) {
    }

    record NotificationPage(List<NotificationView> items, int page, int size, long total, long unread) {
        public int totalPages() {
            return (int) ((total + size - 1) / size);
        }

        public boolean hasNext() {
            return (long) (page + 1) * size < total;
        }
    }

    /** The account's notifications, newest first. */
    @Transactional(readOnly = true)
    NotificationPage page(UUID account, Paging paging, boolean unreadOnly, Locale locale) {
        String unread = unreadOnly ? " and read_at is null" : "";
        List<NotificationView> items = jdbc.query("select id, kind, link, args::text as args, created_at, read_at from notification "
                        + "where account_id = ?" + unread + " order by created_at desc, id limit ? offset ?",
                (rs, i) -> {
                    Map<String, String> args = JSON.readValue(rs.getString("args"), ARGS);
                    String kind = rs.getString("kind");
                    return new NotificationView(rs.getObject("id", UUID.class), kind, texts.title(kind, args, locale),
                            texts.text(kind, args, locale), rs.getString("link"), rs.getTimestamp("created_at").toInstant(),
                            rs.getTimestamp("read_at") == null);
                }, account, paging.size(), paging.offset());
        Long total = jdbc.queryForObject("select count(*) from notification where account_id = ?" + unread, Long.class, account);
        return new NotificationPage(items, paging.page(), paging.size(), total == null ? 0 : total, unread(account));
    }

    @Transactional(readOnly = true)
    long unread(UUID account) {
        Long n = jdbc.queryForObject("select count(*) from notification where account_id = ? and read_at is null", Long.class, account);
        return n == null ? 0 : n;
    }

    /** Marks one of the account's notifications read; its link, or empty when the account has no such notification. */
    Optional<String> markRead(UUID account, UUID id) {
        List<String> link = jdbc.queryForList("update notification set read_at = coalesce(read_at, ?) where id = ? and account_id = ? "
                + "returning link", String.class, Timestamp.from(Instant.now()), id, account);
        return link.stream().findFirst();
    }

    /** Marks all of the account's notifications read; how many were unread. */
    int markAllRead(UUID account) {
        return jdbc.update("update notification set read_at = ? where account_id = ? and read_at is null", Timestamp.from(Instant.now()),
                account);
    }
}
