package org.migracode.talent.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The throttle's arithmetic with a clock the test moves: locks, their end, the window, the memory bound. */
class SignInThrottleTests {

    /** A clock that stands still until the test moves it. */
    static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-03-01T10:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    private final MovableClock clock = new MovableClock();
    private final SignInThrottle throttle = new SignInThrottle(SignInThrottleProperties.defaults(), clock);

    private SignInThrottle.Lock failTimes(int times, String username, String address) {
        SignInThrottle.Lock last = SignInThrottle.Lock.NONE;
        for (int i = 0; i < times; i++) {
            last = throttle.failed(username, address);
        }
        return last;
    }

    @Test
    void tenFailuresLockTheNameForFifteenMinutesAndTheLockThenExpires() {
        assertThat(failTimes(9, "anna", "10.0.0.1")).isEqualTo(SignInThrottle.Lock.NONE);
        assertThat(throttle.lockedUntil("anna", "10.0.0.1")).isEmpty();

        assertThat(throttle.failed("anna", "10.0.0.1")).isEqualTo(SignInThrottle.Lock.NAME);
        assertThat(throttle.lockedUntil("anna", "10.0.0.2")).as("from any address").contains(clock.now.plus(Duration.ofMinutes(15)));
        assertThat(throttle.lockedUntil(" ANNA ", null)).as("the name is normalised").isPresent();
        assertThat(throttle.lockedUntil("bilal", "10.0.0.1")).as("the address is not locked yet").isEmpty();

        clock.advance(Duration.ofMinutes(14).plusSeconds(59));
        assertThat(throttle.lockedUntil("anna", "10.0.0.1")).isPresent();
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.lockedUntil("anna", "10.0.0.1")).as("the lock expires").isEmpty();
        assertThat(throttle.failed("anna", "10.0.0.1")).as("and counting starts again").isEqualTo(SignInThrottle.Lock.NONE);
    }

    @Test
    void failuresOlderThanTheWindowDoNotCount() {
        failTimes(9, "carla", "10.0.0.3");
        clock.advance(Duration.ofMinutes(10));
        assertThat(failTimes(9, "carla", "10.0.0.3")).isEqualTo(SignInThrottle.Lock.NONE);
        assertThat(throttle.lockedUntil("carla", "10.0.0.3")).isEmpty();
    }

    @Test
    void aSuccessClearsTheNamesFailures() {
        failTimes(9, "dani", "10.0.0.4");
        throttle.succeeded("Dani");
        assertThat(failTimes(9, "dani", "10.0.0.4")).isEqualTo(SignInThrottle.Lock.NONE);
    }

    @Test
    void fiftyFailuresFromOneAddressLockItForEveryName() {
        for (int i = 0; i < 49; i++) {
            assertThat(throttle.failed("name-" + i, "192.0.2.7")).isEqualTo(SignInThrottle.Lock.NONE);
        }
        assertThat(throttle.failed("name-49", "192.0.2.7")).isEqualTo(SignInThrottle.Lock.ADDRESS);
        assertThat(throttle.lockedUntil("someone-new", "192.0.2.7")).isPresent();
        assertThat(throttle.lockedUntil("someone-new", "192.0.2.8")).isEmpty();
        clock.advance(Duration.ofMinutes(15));
        assertThat(throttle.lockedUntil("someone-new", "192.0.2.7")).isEmpty();
    }

    @Test
    void memoryStaysBoundedWhateverNamesAreTried() {
        SignInThrottle small = new SignInThrottle(new SignInThrottleProperties(10, 50, Duration.ofMinutes(10), Duration.ofMinutes(15), 100),
                clock);
        for (int i = 0; i < 10_000; i++) {
            small.failed("guess-" + i + "x".repeat(1000), "203.0.113." + (i % 250));
        }
        assertThat(small.tracked()).isLessThanOrEqualTo(200);
        assertThat(SignInThrottle.normalise("x".repeat(10_000))).hasSize(SignInThrottle.MAX_NAME_LENGTH);
        assertThat(SignInThrottle.normalise(" Ana\u0000\n")).isEqualTo("ana?");
        assertThat(SignInThrottle.normalise("Ａｎａ")).as("NFKC: full-width letters are the same name").isEqualTo("ana");
    }
}
