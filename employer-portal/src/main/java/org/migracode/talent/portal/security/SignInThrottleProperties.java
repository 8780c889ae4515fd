package org.migracode.talent.portal.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of the embedded provider's sign-in throttle ({@code talent.security.sign-in-throttle.*},
 * see {@link SignInThrottle}).
 *
 * @param maxFailuresPerAccount failed sign-ins for one user name within {@code window} that lock it;
 *     default 10
 * @param maxFailuresPerAddress failed sign-ins from one client address within {@code window} that
 *     lock it, whatever user names were tried; higher than the per-account limit because a whole
 *     classroom may share one address; default 50
 * @param window how long a failure counts; default 10 minutes
 * @param lockDuration how long a lock lasts; default 15 minutes
 * @param maxTracked most user names and most addresses remembered (each), so memory stays bounded;
 *     the least recently seen are forgotten first; default 10,000
 */
@ConfigurationProperties("talent.security.sign-in-throttle")
public record SignInThrottleProperties(@DefaultValue("10") int maxFailuresPerAccount, @DefaultValue("50") int maxFailuresPerAddress,
        @DefaultValue("10m") Duration window, @DefaultValue("15m") Duration lockDuration, @DefaultValue("10000") int maxTracked) {

    public SignInThrottleProperties {
        if (maxFailuresPerAccount < 1 || maxFailuresPerAddress < 1 || maxTracked < 1) {
            throw new IllegalArgumentException("talent.security.sign-in-throttle: max-failures-per-account, max-failures-per-address"
                    + " and max-tracked must be at least 1");
        }
        if (window == null || window.isNegative() || window.isZero() || lockDuration == null || lockDuration.isNegative()
                || lockDuration.isZero()) {
            throw new IllegalArgumentException("talent.security.sign-in-throttle: window and lock-duration must be positive");
        }
    }

    /** The defaults, as documented. */
    static SignInThrottleProperties defaults() {
        return new SignInThrottleProperties(10, 50, Duration.ofMinutes(10), Duration.ofMinutes(15), 10_000);
    }
}
