package org.migracode.talent.portal.password;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Password resets of the embedded login ({@code talent.password.*}).
 *
 * @param resetTokenLifetime how long a reset link works; default 1 hour
 * @param resetRequestsPerAccount reset mails one account gets per window; further requests are
 *     answered the same but send nothing; default 3
 * @param resetRequestsPerAddress reset requests one client address may make per window, whatever
 *     names it asks for (a whole classroom may share an address); default 20
 * @param resetRequestWindow the window of both limits; default 1 hour
 */
@ConfigurationProperties("talent.password")
public record PasswordProperties(@DefaultValue("1h") Duration resetTokenLifetime, @DefaultValue("3") int resetRequestsPerAccount,
                                 @DefaultValue("20") int resetRequestsPerAddress, @DefaultValue("1h") Duration resetRequestWindow) {

    public PasswordProperties {
        if (resetRequestsPerAccount < 1 || resetRequestsPerAddress < 1) {
            throw new IllegalArgumentException("talent.password.reset-requests-per-account and -per-address must be at least 1");
        }
        if (resetTokenLifetime == null || resetTokenLifetime.isNegative() || resetTokenLifetime.isZero()
                || resetRequestWindow == null || resetRequestWindow.isNegative() || resetRequestWindow.isZero()) {
            throw new IllegalArgumentException("talent.password.reset-token-lifetime and reset-request-window must be positive");
        }
    }
}
