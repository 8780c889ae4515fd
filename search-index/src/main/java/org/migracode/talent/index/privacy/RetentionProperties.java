package org.migracode.talent.index.privacy;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Retention of inactive profiles ({@code talent.retention.*}).
 *
 * @param inactiveAfter a profile whose graduate neither signed in nor edited it for this long is
 *     flagged to coaches (default 24 months, {@code P24M})
 * @param gracePeriod   a flagged profile still inactive this long after the flag is anonymised
 *     (default 3 months, {@code P3M})
 * @param batchSize     profiles anonymised per transaction (default 50)
 * @param cron          when the job runs (default 03:30 every day; {@code -} disables it)
 */
@ConfigurationProperties("talent.retention")
public record RetentionProperties(
        @DefaultValue("P24M") Period inactiveAfter,
        @DefaultValue("P3M") Period gracePeriod,
        @DefaultValue("50") int batchSize,
        @DefaultValue("0 30 3 * * *") String cron) {

    public RetentionProperties {
        if (inactiveAfter.isNegative() || inactiveAfter.isZero() || gracePeriod.isNegative()) {
            throw new IllegalArgumentException("talent.retention needs a positive inactive-after and a grace-period of 0 or more");
        }
        if (batchSize < 1 || batchSize > 1_000) {
            throw new IllegalArgumentException("talent.retention.batch-size must be between 1 and 1000, got " + batchSize);
        }
    }
}
