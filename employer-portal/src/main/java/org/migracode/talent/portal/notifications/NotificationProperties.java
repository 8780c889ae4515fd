package org.migracode.talent.portal.notifications;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Notifications ({@code talent.notifications.*}). The schedules are read by the jobs themselves:
 * {@code talent.notifications.digest-cron} (default {@code 0 0 7 * * *}, in
 * {@code talent.notifications.digest-zone}, default {@code talent.school.zone}) and
 * {@code talent.notifications.reminder-cron} (default {@code 0 20 * * * *}, every hour).
 *
 * @param waitingDays a proposal in an open stage for more than this many days reminds its coach,
 *     once per stage it entered; default 5
 * @param pageSize notifications per page on {@code /notifications}; default 20
 */
@ConfigurationProperties("talent.notifications")
public record NotificationProperties(@DefaultValue("5") int waitingDays, @DefaultValue("20") int pageSize) {

    public NotificationProperties {
        if (waitingDays < 1) {
            throw new IllegalArgumentException("talent.notifications.waiting-days must be at least 1, got " + waitingDays);
        }
        if (pageSize < 1 || pageSize > 100) {
            throw new IllegalArgumentException("talent.notifications.page-size must be between 1 and 100, got " + pageSize);
        }
    }
}
