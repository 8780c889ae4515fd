package org.migracode.talent.portal.interviews;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A proposal's interview as stored: the offered slots (at most {@link #MAX_SLOTS}), which one the
 * graduate picked, and the iCalendar {@code SEQUENCE} of its invitation (UID {@link #uid()}).
 *
 * @param bookedOnce a slot was booked at least once: a later booking is a reschedule ("moved")
 */
record Interview(UUID id, UUID proposalId, State state, int sequence, Integer chosenSlot, boolean bookedOnce, Instant updatedAt,
        List<Slot> slots) {

    static final int MAX_SLOTS = 3;

    enum State { SLOTS_OFFERED, BOOKED, CANCELLED }

    /** One time offered: when (an instant), how long, and where (an address or a video link). */
    record Slot(Instant start, int minutes, String place) {

        public Instant end() {
            return start.plusSeconds(60L * minutes);
        }
    }

    /** The booked slot, or null. */
    public Slot booked() {
        return state == State.BOOKED && chosenSlot != null && chosenSlot < slots.size() ? slots.get(chosenSlot) : null;
    }

    /** The invitation's UID: stable for the interview's whole life, so a reschedule or a cancel replaces it in calendars. */
    String uid() {
        return "interview-" + id + "@migracode-talent";
    }
}
