package org.migracode.talent.portal.password;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Counts reset requests per client address in a sliding window, in memory (one instance's view;
 * the per-account limit is in the database and holds across instances). At most
 * {@value #MAX_TRACKED} addresses are remembered, the least recently seen forgotten first.
 */
final class AddressLimiter {

    static final int MAX_TRACKED = 10_000;

    private final int limit;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> seen = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Deque<Instant>> eldest) {
            return size() > MAX_TRACKED;
        }
    };

    AddressLimiter(int limit, Duration window, Clock clock) {
        this.limit = limit;
        this.window = window;
        this.clock = clock;
    }

    /** Records a request from {@code address}; false when it is over the limit (then it is not counted). */
    synchronized boolean tryAcquire(String address) {
        Instant now = clock.instant();
        Deque<Instant> times = seen.computeIfAbsent(address == null ? "" : address, a -> new ArrayDeque<>());
        while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(window))) {
            times.pollFirst();
        }
        if (times.size() >= limit) {
            return false;
        }
        times.addLast(now);
        return true;
    }
}
