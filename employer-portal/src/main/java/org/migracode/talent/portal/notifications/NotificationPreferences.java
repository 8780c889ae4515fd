package org.migracode.talent.portal.notifications;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.migracode.talent.portal.school.SchoolSettings;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Each account's e-mail setting, language and unsubscribe token ({@code notification_preference},
 * V12). Without a row the defaults apply: {@link EmailMode#IMMEDIATELY} for recruiters, coaches and
 * graduates, {@link EmailMode#OFF} for admins; the language of the account's invitation, else the
 * school's default language. The row (with a new random token) is written when the person saves
 * their settings or when the first mail needs the token.
 */
@Repository
class NotificationPreferences {

    /** The languages mails and settings offer. */
    static final Set<String> LANGUAGES = Set.of("en", "es", "ca");

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;
    private final SchoolSettings school;

    NotificationPreferences(JdbcTemplate jdbc, SchoolSettings school) {
        this.jdbc = jdbc;
        this.school = school;
    }

    /**
     * An account's setting and where to write to it.
     *
     * @param address the account's e-mail address (the graduate profile's for a graduate without one
     *     on the account; the user name if it is an address); null when there is none
     * @param token the unsubscribe token; null until a row exists
     */
    record Preference(UUID accountId, EmailMode mode, Locale locale, String address, String token) {
    }

    /** The account's preference (defaults if it never saved one); empty for an unknown account. */
    Optional<Preference> of(UUID accountId) {
        List<Preference> found = jdbc.query("""
                select u.id, u.role, u.username, coalesce(u.email, g.email) as email, p.email_mode, p.locale, p.unsubscribe_token,
                       (select i.locale from invitation i where i.account_id = u.id order by i.created_at desc limit 1) as invited
                from user_account u
                left join graduate_profile g on g.id = u.graduate_id
                left join notification_preference p on p.account_id = u.id
                where u.id = ?""", this::preference, accountId);
        return found.stream().findFirst();
    }

    /** The preference with a token: writes the default row first if the account has none. */
    Optional<Preference> withToken(UUID accountId) {
        Optional<Preference> current = of(accountId);
        if (current.isEmpty() || current.get().token() != null) {
            return current;
        }
        Preference p = current.get();
        jdbc.update("insert into notification_preference (account_id, email_mode, locale, unsubscribe_token) values (?, ?, ?, ?) "
                + "on conflict (account_id) do nothing", accountId, p.mode().name(), p.locale().getLanguage(), newToken());
        return of(accountId);
    }

    /** Saves the account's choice (a new row gets a new token). */
    void save(UUID accountId, EmailMode mode, Locale locale) {
        jdbc.update("""
                insert into notification_preference (account_id, email_mode, locale, unsubscribe_token, updated_at)
                values (?, ?, ?, ?, now())
                on conflict (account_id) do update set email_mode = excluded.email_mode, locale = excluded.locale,
                    updated_at = excluded.updated_at""", accountId, mode.name(), language(locale), newToken());
    }

    /** The account a token belongs to, if any. */
    Optional<UUID> accountOf(String token) {
        if (token == null || token.length() < 32 || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.queryForList("select account_id from notification_preference where unsubscribe_token = ?", UUID.class, token)
                .stream().findFirst();
    }

    /** Switches e-mail off for the token's account; false for an unknown token. */
    boolean switchOff(String token) {
        Optional<UUID> account = accountOf(token);
        account.ifPresent(id -> jdbc.update("update notification_preference set email_mode = 'OFF', updated_at = now() "
                + "where account_id = ?", id));
        return account.isPresent();
    }

    private Preference preference(ResultSet rs, int row) throws SQLException {
        String role = rs.getString("role");
        String stored = rs.getString("email_mode");
        EmailMode mode = stored != null ? EmailMode.valueOf(stored) : "ADMIN".equals(role) ? EmailMode.OFF : EmailMode.IMMEDIATELY;
        String locale = rs.getString("locale");
        if (locale == null) {
            locale = rs.getString("invited");
        }
        if (locale == null) {
            locale = language(school.defaultLocale());
        }
        String address = rs.getString("email");
        String username = rs.getString("username");
        if ((address == null || address.isBlank()) && username != null && username.contains("@")) {
            address = username;
        }
        return new Preference(rs.getObject("id", UUID.class), mode, Locale.forLanguageTag(locale),
                address == null || address.isBlank() ? null : address.strip(), rs.getString("unsubscribe_token"));
    }

    /** One of the offered languages: {@code locale}'s if offered, else English. */
    static String language(Locale locale) {
        String language = locale == null ? "en" : locale.getLanguage();
        return LANGUAGES.contains(language) ? language : "en";
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
