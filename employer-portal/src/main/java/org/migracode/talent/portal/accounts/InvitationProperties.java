package org.migracode.talent.portal.accounts;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code talent.invitations.*}.
 *
 * @param validFor how long an invitation link works after it was sent (or resent); default 7 days
 */
@ConfigurationProperties("talent.invitations")
record InvitationProperties(@DefaultValue("7d") Duration validFor) {

    InvitationProperties {
        if (validFor.isNegative() || validFor.isZero()) {
            throw new IllegalArgumentException("talent.invitations.valid-for must be positive, got " + validFor);
        }
    }
}
