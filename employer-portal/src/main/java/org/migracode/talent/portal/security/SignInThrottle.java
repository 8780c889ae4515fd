package org.migracode.talent.portal.security;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Slows down password guessing at the embedded provider's login form: after
 * {@code maxFailuresPerAccount} failed sign-ins for one user name, or {@code maxFailuresPerAddress}
 * from one client address, within {@code window}, that name (or address) is locked for
 * {@code lockDuration}; during the lock every attempt is refused before the password is checked,
 * the right password included.
 *
 * <p>The user name is counted as typed (normalised: trimmed, NFKC, lower case), whether or not an
 * account has it, so an unknown name is locked and answered exactly like a known one and the
 * throttle tells nobody which names exist. Failures are counted in a window that starts with the
 * first failure; a successful sign-in clears the name's count (not the address's). Memory is
 * bounded: at most {@code maxTracked} names and {@code maxTracked} addresses are remembered, the
 * least recently seen forgotten first. The state is in memory, per process.
 */
final class SignInThrottle {

    /** Longest normalised user name kept as a key; longer ones are cut (they are not real names). */
    static final int MAX_NAME_LENGTH = 128;

    private final SignInThrottleProperties limits;
    private final Clock clock;
    private final Counters names;
    private final Counters addresses;

    SignInThrottle(SignInThrottleProperties limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
        this.names = new Counters(limits.maxTracked());
        this.addresses = new Counters(limits.maxTracked());
    }

    /** Until when sign-ins for this name or from this address are refused; empty when they are not. */
    public Optional<Instant> lockedUntil(String username, String address) {
        Instant now = clock.instant();
        Instant name = names.lockedUntil(normalise(username), now);
        Instant from = address == null ? null : addresses.lockedUntil(address, now);
        if (name == null) {
            return Optional.ofNullable(from);
        }
        return Optional.of(from == null || name.isAfter(from) ? name : from);
    }

    /**
     * Counts a failed sign-in.
     *
     * @return what this failure locked, if anything
     */
    public Lock failed(String username, String address) {
        Instant now = clock.instant();
        boolean name = names.fail(normalise(username), now, limits.maxFailuresPerAccount(), limits.window(), limits.lockDuration());
        boolean from = address != null
                && addresses.fail(address, now, limits.maxFailuresPerAddress(), limits.window(), limits.lockDuration());
        return name && from ? Lock.NAME_AND_ADDRESS : name ? Lock.NAME : from ? Lock.ADDRESS : Lock.NONE;
    }

    /** A successful sign-in: the name's failures are forgotten. */
    public void succeeded(String username) {
        names.clear(normalise(username));
    }

    /** How many names and addresses are remembered now (for tests of the memory bound). */
    int tracked() {
        return names.size() + addresses.size();
    }

    /** The key of a user name: trimmed, NFKC, lower case, control characters replaced, at most 128 characters. */
    static String normalise(String username) {
        if (username == null) {
            return "";
        }
        String name = Normalizer.normalize(username.strip(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("\\p{Cntrl}", "?");
        return name.length() > MAX_NAME_LENGTH ? name.substring(0, MAX_NAME_LENGTH) : name;
    }

    /** What a failure locked. */
    public enum Lock {
        NONE, NAME, ADDRESS, NAME_AND_ADDRESS;

        public boolean any() {
            return this != NONE;
        }
    }

    /** Failure counts by key in a bounded map, least recently used forgotten first. */
    private static final class Counters {

        private final Map<String, Entry> entries;

        Counters(int maxTracked) {
            this.entries = new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                    return size() > maxTracked;
                }
            };
        }

        synchronized Instant lockedUntil(String key, Instant now) {
            Entry entry = entries.get(key);
            return entry != null && entry.lockedUntil != null && now.isBefore(entry.lockedUntil) ? entry.lockedUntil : null;
        }

        /** @return true when this failure starts a lock */
        synchronized boolean fail(String key, Instant now, int max, Duration window, Duration lock) {
            Entry entry = entries.computeIfAbsent(key, k -> new Entry());
            if (entry.lockedUntil != null) {
                if (now.isBefore(entry.lockedUntil)) {
                    return false;
                }
                entry.lockedUntil = null;
                entry.failures = 0;
            }
            if (entry.failures == 0 || !now.isBefore(entry.windowStart.plus(window))) {
                entry.windowStart = now;
                entry.failures = 0;
            }
            entry.failures++;
            if (entry.failures >= max) {
                entry.lockedUntil = now.plus(lock);
                entry.failures = 0;
                return true;
            }
            return false;
        }

        synchronized void clear(String key) {
            entries.remove(key);
        }

        synchronized int size() {
            return entries.size();
        }
    }

    private static final class Entry {
        int failures;
        Instant windowStart;
        Instant lockedUntil;
    }
}
