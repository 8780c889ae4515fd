package org.migracode.talent.core.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Computes {@link OutcomeFigures} from students' facts. Cost: linear in students and placements.
 *
 * <p>"Placed in field within N days" counts a graduate (graduated within 150%) whose earliest
 * in-field placement starts at most N calendar days after their own graduation date (a start on
 * or before that date counts as day 0). Days are calendar days, so 29 February counts as a day.
 */
public final class OutcomeCalculator {

    /** The school's promise: up to 90% of a class working in tech or in an internship. */
    public static final int GOAL_PERCENT = 90;

    /** Upper bounds (inclusive) of the time-to-placement buckets; the last bucket is open. */
    static final int[] BUCKET_ENDS = {30, 60, 90, 120, 180};

    private OutcomeCalculator() {
    }

    /**
     * @param asOf the date the report is made: decides whether the 90- and 180-day windows are still open
     */
    public static OutcomeFigures compute(List<StudentFacts> students, LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        int enrolled = students.size();
        int intends = 0;
        int onTime = 0;
        List<StudentFacts> graduates = new ArrayList<>();
        for (StudentFacts s : students) {
            if (s.intendsToSeek()) {
                intends++;
            }
            if (s.graduatedOnTime()) {
                onTime++;
            }
            if (s.graduatedWithin150()) {
                graduates.add(s);
            }
        }
        int g = graduates.size();
        int notSeeking = (int) graduates.stream().filter(s -> s.status() == OutcomeStatus.NOT_SEEKING).count();
        int seeking = g - notSeeking;

        int in90 = 0;
        int in90Seeking = 0;
        int in180 = 0;
        int in180Seeking = 0;
        Map<OutcomeStatus, Integer> byStatus = new EnumMap<>(OutcomeStatus.class);
        Map<NotSeekingReason, Integer> reasons = new EnumMap<>(NotSeekingReason.class);
        Map<EmploymentKind, Integer> kinds = new EnumMap<>(EmploymentKind.class);
        List<Integer> days = new ArrayList<>();
        List<SalaryBand> bands = new ArrayList<>();
        int internships = 0;
        int hiredBySchool = 0;
        int[] buckets = new int[BUCKET_ENDS.length + 1];
        boolean open90 = false;
        boolean open180 = false;
        for (StudentFacts s : graduates) {
            boolean counted = s.status() != OutcomeStatus.NOT_SEEKING;
            byStatus.merge(s.status(), 1, Integer::sum);
            if (s.status() == OutcomeStatus.NOT_SEEKING && s.notSeekingReason() != null) {
                reasons.merge(s.notSeekingReason(), 1, Integer::sum);
            }
            open90 |= asOf.isBefore(s.graduatedOn().plusDays(90));
            open180 |= asOf.isBefore(s.graduatedOn().plusDays(180));
            if (s.placedInFieldWithin(90)) {
                in90++;
                in90Seeking += counted ? 1 : 0;
            }
            if (s.placedInFieldWithin(180)) {
                in180++;
                in180Seeking += counted ? 1 : 0;
                PlacementFact first = s.firstInField();
                kinds.merge(first.kind(), 1, Integer::sum);
                internships += first.kind().internship() ? 1 : 0;
                days.add(s.daysToInFieldPlacement());
                if (first.salaryBand() != null) {
                    bands.add(first.salaryBand());
                }
            }
            Integer d = s.daysToInFieldPlacement();
            if (d != null) {
                buckets[bucketOf(d)]++;
            }
            if (s.placements().stream().anyMatch(PlacementFact::hiredBySchool)) {
                hiredBySchool++;
            }
        }
        // "not seeking" graduates placed anyway are not in the seeking denominator: keep numerator ≤ denominator
        Map<OutcomeStatus, Rate> statusRates = new EnumMap<>(OutcomeStatus.class);
        for (OutcomeStatus status : OutcomeStatus.values()) {
            statusRates.put(status, new Rate(byStatus.getOrDefault(status, 0), g));
        }
        Map<NotSeekingReason, Count> reasonCounts = new EnumMap<>(NotSeekingReason.class);
        for (NotSeekingReason reason : NotSeekingReason.values()) {
            reasonCounts.put(reason, new Count(reasons.getOrDefault(reason, 0)));
        }
        Map<EmploymentKind, Rate> kindRates = new EnumMap<>(EmploymentKind.class);
        for (EmploymentKind kind : EmploymentKind.values()) {
            kindRates.put(kind, new Rate(kinds.getOrDefault(kind, 0), in180));
        }
        Rate headline = new Rate(in180Seeking, seeking);
        return new OutcomeFigures(new Count(enrolled), new Rate(intends, enrolled), new Rate(onTime, enrolled),
                new Rate(g, enrolled), new Count(g), new Count(notSeeking), new Count(seeking),
                new Rate(in90, g), new Rate(in90Seeking, seeking), new Rate(in180, g), headline,
                statusRates, reasonCounts, kindRates, new Rate(internships, in180), new Rate(in180 - internships, in180),
                new Count(hiredBySchool), Median.of(days), bandMedian(bands), buckets(buckets),
                new OutcomeFigures.Goal(headline, GOAL_PERCENT), open90, open180);
    }

    static int bucketOf(int days) {
        for (int i = 0; i < BUCKET_ENDS.length; i++) {
            if (days <= BUCKET_ENDS[i]) {
                return i;
            }
        }
        return BUCKET_ENDS.length;
    }

    private static List<OutcomeFigures.Bucket> buckets(int[] counts) {
        List<OutcomeFigures.Bucket> out = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < counts.length; i++) {
            Integer to = i < BUCKET_ENDS.length ? BUCKET_ENDS[i] : null;
            String label = to == null ? ">" + BUCKET_ENDS[BUCKET_ENDS.length - 1] : from + "–" + to;
            out.add(new OutcomeFigures.Bucket(label, from, to, new Count(counts[i])));
            from = to == null ? from : to + 1;
        }
        return List.copyOf(out);
    }

    /** Lower median by band order: the ⌈n/2⌉-th smallest band. */
    static OutcomeFigures.BandMedian bandMedian(List<SalaryBand> bands) {
        if (bands.isEmpty()) {
            return new OutcomeFigures.BandMedian(null, 0);
        }
        List<SalaryBand> sorted = bands.stream().sorted().toList();
        return new OutcomeFigures.BandMedian(sorted.get((sorted.size() + 1) / 2 - 1), sorted.size());
    }
}
