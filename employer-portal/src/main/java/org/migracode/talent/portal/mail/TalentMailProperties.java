package org.migracode.talent.portal.mail;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the outbox sends ({@code talent.mail.*}). The SMTP server itself is Spring Boot's
 * {@code spring.mail.*}; without {@code spring.mail.host} an in-process server runs
 * ({@link EmbeddedSmtpConfiguration}).
 *
 * @param from the {@code From} address, e.g. {@code "Migracode Talent <talent@school.example>"}
 * @param maxAttempts attempts before a mail is given up (state FAILED); default 8
 * @param firstRetryDelay wait after the first failed attempt; each further failure doubles it; default 30 s
 * @param maxRetryDelay the longest wait between two attempts; default 1 hour
 * @param lease how long a worker may take to hand one mail to the SMTP server before another worker
 *     may take it over (it must exceed the SMTP timeouts); default 2 minutes
 * @param batchSize mails claimed at once; default 20
 * @param pollInterval how often the worker looks for due mail; default 2 s
 * @param keepSent how long sent mail stays on the "Outgoing mail" page before it is deleted (it is
 *     personal data); failed mail is kept as long, counted from its last attempt; default 30 days
 * @param linkBaseUrl the portal's public URL for links in e-mails (password reset, invitations).
 *     Unset: {@code talent.security.embedded-issuer} if set, else the origin of the request that
 *     caused the mail (fine on a laptop, wrong behind a proxy; see docs/operations.md)
 * @param embeddedSmtpPort port of the in-process SMTP server; 0 (default) is any free port
 */
@ConfigurationProperties("talent.mail")
public record TalentMailProperties(@DefaultValue("Migracode Talent <no-reply@talent.localhost>") String from,
                                   @DefaultValue("8") int maxAttempts, @DefaultValue("30s") Duration firstRetryDelay,
                                   @DefaultValue("1h") Duration maxRetryDelay, @DefaultValue("2m") Duration lease,
                                   @DefaultValue("20") int batchSize, @DefaultValue("2s") Duration pollInterval,
                                   @DefaultValue("30d") Duration keepSent, URI linkBaseUrl,
                                   @DefaultValue("0") int embeddedSmtpPort) {

    public TalentMailProperties {
        if (maxAttempts < 1 || batchSize < 1) {
            throw new IllegalArgumentException("talent.mail.max-attempts and talent.mail.batch-size must be at least 1");
        }
        if (!positive(firstRetryDelay) || !positive(maxRetryDelay) || !positive(lease) || !positive(pollInterval)
                || !positive(keepSent)) {
            throw new IllegalArgumentException("talent.mail: first-retry-delay, max-retry-delay, lease, poll-interval and"
                    + " keep-sent must be positive durations");
        }
    }

    private static boolean positive(Duration d) {
        return d != null && !d.isNegative() && !d.isZero();
    }

    /** The wait after failed attempt number {@code attempt} (1-based): first-retry-delay doubled per failure, capped. */
    Duration retryDelayAfter(int attempt) {
        Duration delay = firstRetryDelay;
        for (int i = 1; i < attempt && delay.compareTo(maxRetryDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxRetryDelay) > 0 ? maxRetryDelay : delay;
    }
}
