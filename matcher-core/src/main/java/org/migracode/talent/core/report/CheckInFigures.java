package org.migracode.talent.core.report;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How hires are doing at the 3-, 6- and 12-month employer check-ins: per month mark, how many
 * were still employed, promoted, or had left.
 */
public record CheckInFigures(Map<Integer, Map<CheckInStatus, Count>> byMonths) {

    public static final List<Integer> MONTHS = List.of(3, 6, 12);

    /** One check-in. */
    public record CheckIn(int months, CheckInStatus status) {
    }

    public static CheckInFigures compute(List<CheckIn> checkIns) {
        return compute(checkIns, MONTHS);
    }

    /** Figures at the school's own check-in schedule ({@code months}, ascending). */
    public static CheckInFigures compute(List<CheckIn> checkIns, List<Integer> schedule) {
        Map<Integer, Map<CheckInStatus, Count>> out = new LinkedHashMap<>();
        for (int months : schedule) {
            Map<CheckInStatus, Count> row = new EnumMap<>(CheckInStatus.class);
            for (CheckInStatus status : CheckInStatus.values()) {
                int n = (int) checkIns.stream().filter(c -> c.months() == months && c.status() == status).count();
                row.put(status, new Count(n));
            }
            out.put(months, row);
        }
        return new CheckInFigures(out);
    }
}
