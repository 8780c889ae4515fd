package org.migracode.talent.portal.register;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A graduate's follow-up check-ins, as a pure function of the stored facts: 30, 90 and 180 days
 * after graduation until placed (a mark whose day comes after the first placement's start is not
 * scheduled), and after each placement at the school's check-in months (a mark whose day comes
 * after a later placement's start is not scheduled either: the graduate moved on).
 *
 * <p>A check-in is <em>due</em> from its day until {@link #DUE_FOR_DAYS} days later while nobody
 * answered it; after that it is <em>missed</em> (it stays in the register, not on the coach's list).
 */
public final class FollowUpSchedule {

    /** Days after graduation of the check-ins before a placement. */
    public static final List<Integer> GRADUATION_DAYS = List.of(30, 90, 180);

    /** How long a check-in stays on the coaches' due list. */
    public static final int DUE_FOR_DAYS = 60;

    /** Where a check-in stands on a given day. */
    public enum State { UPCOMING, DUE, ANSWERED, MISSED }

    /** A placement's id and start. */
    public record Started(UUID placementId, LocalDate start) {
        public Started {
            Objects.requireNonNull(placementId, "placementId");
            Objects.requireNonNull(start, "start");
        }
    }

    /**
     * One check-in.
     *
     * @param key         unique per student: {@code G30}, or {@code P6:<placement id>}
     * @param mark        {@code G30}, {@code G90}, {@code G180} or {@code P<months>}
     * @param placementId null for a check-in after graduation
     * @param offset      days after graduation, or months after the placement's start
     */
    public record FollowUp(String key, String mark, UUID placementId, int offset, LocalDate dueOn, State state) {

        public boolean afterPlacement() {
            return placementId != null;
        }
    }

    private FollowUpSchedule() {
    }

    /** The key of a check-in, as stored in {@code follow_up_notice}. */
    public static String key(String mark, UUID placementId) {
        return placementId == null ? mark : mark + ":" + placementId;
    }

    /**
     * Every check-in of one graduate, by due date.
     *
     * @param graduatedOn   null: not graduated, no check-ins
     * @param placements    the graduate's placements, any order
     * @param checkInMonths the school's months after a placement (3, 6, 12 by default)
     * @param answered      the keys of the check-ins answered (by the graduate, or a coach's check-in)
     */
    public static List<FollowUp> of(LocalDate graduatedOn, List<Started> placements, List<Integer> checkInMonths,
            Set<String> answered, LocalDate today) {
        List<FollowUp> out = new ArrayList<>();
        if (graduatedOn == null) {
            return out;
        }
        List<Started> byStart = placements.stream().sorted(Comparator.comparing(Started::start)
                .thenComparing(s -> s.placementId().toString())).toList();
        LocalDate firstStart = byStart.isEmpty() ? null : byStart.get(0).start();
        for (int days : GRADUATION_DAYS) {
            LocalDate due = graduatedOn.plusDays(days);
            if (firstStart == null || due.isBefore(firstStart)) {
                String mark = "G" + days;
                out.add(new FollowUp(mark, mark, null, days, due, state(due, answered.contains(mark), today)));
            }
        }
        for (int i = 0; i < byStart.size(); i++) {
            Started p = byStart.get(i);
            LocalDate next = i + 1 < byStart.size() ? byStart.get(i + 1).start() : null;
            for (int months : checkInMonths) {
                LocalDate due = p.start().plusMonths(months);
                if (next == null || due.isBefore(next)) {
                    String mark = "P" + months;
                    String key = key(mark, p.placementId());
                    out.add(new FollowUp(key, mark, p.placementId(), months, due, state(due, answered.contains(key), today)));
                }
            }
        }
        out.sort(Comparator.comparing(FollowUp::dueOn).thenComparing(FollowUp::key));
        return out;
    }

    private static State state(LocalDate due, boolean answered, LocalDate today) {
        if (answered) {
            return State.ANSWERED;
        }
        if (due.isAfter(today)) {
            return State.UPCOMING;
        }
        return due.plusDays(DUE_FOR_DAYS).isBefore(today) ? State.MISSED : State.DUE;
    }
}
