package org.migracode.talent.portal.notifications;

import java.util.Locale;
import java.util.UUID;
import org.migracode.talent.portal.school.SchoolSettings;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The language a person's e-mails are written in, for features that mail someone directly (with
 * {@code Mailer}) rather than through a {@link Notifier} notice: the language of the account's
 * notification settings, else of its invitation, else the school's default language — the same
 * rule as notification mails ({@link NotificationPreferences}), so one person never gets one
 * event's mails in two languages.
 */
@Component
public class MailLanguages {

    private final NotificationPreferences preferences;
    private final JdbcTemplate jdbc;
    private final SchoolSettings school;

    MailLanguages(NotificationPreferences preferences, JdbcTemplate jdbc, SchoolSettings school) {
        this.preferences = preferences;
        this.jdbc = jdbc;
        this.school = school;
    }

    /** The language of the account's mails; the school's default for an unknown account. */
    public Locale ofAccount(UUID accountId) {
        return preferences.of(accountId).map(NotificationPreferences.Preference::locale).orElseGet(this::schoolDefault);
    }

    /** The language of the mails of the graduate's own account; the school's default when they have none yet. */
    public Locale ofGraduate(UUID graduateId) {
        return jdbc.queryForList("select id from user_account where role = 'GRADUATE' and graduate_id = ? order by enabled desc, id",
                UUID.class, graduateId).stream().findFirst().map(this::ofAccount).orElseGet(this::schoolDefault);
    }

    private Locale schoolDefault() {
        return Locale.forLanguageTag(NotificationPreferences.language(school.defaultLocale()));
    }
}
