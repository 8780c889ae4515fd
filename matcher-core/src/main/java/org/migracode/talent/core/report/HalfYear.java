package org.migracode.talent.core.report;

import java.time.LocalDate;

/**
 * A half-year graduation period as CIRR publishes them: January–June ({@code half == 1}) or
 * July–December ({@code half == 2}).
 */
public record HalfYear(int year, int half) implements Comparable<HalfYear> {

    public HalfYear {
        if (half != 1 && half != 2) {
            throw new IllegalArgumentException("half must be 1 or 2, got " + half);
        }
    }

    public static HalfYear of(LocalDate date) {
        return new HalfYear(date.getYear(), date.getMonthValue() <= 6 ? 1 : 2);
    }

    /** {@code "2025-H1"}: also accepted by {@link #parse}. */
    public String key() {
        return year + "-H" + half;
    }

    public static HalfYear parse(String key) {
        if (key == null || !key.matches("\\d{4}-H[12]")) {
            throw new IllegalArgumentException("period must look like 2025-H1 or 2025-H2, got " + key);
        }
        return new HalfYear(Integer.parseInt(key.substring(0, 4)), key.charAt(6) - '0');
    }

    public LocalDate first() {
        return LocalDate.of(year, half == 1 ? 1 : 7, 1);
    }

    public LocalDate last() {
        return half == 1 ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(first()) && !date.isAfter(last());
    }

    @Override
    public int compareTo(HalfYear o) {
        return year != o.year ? Integer.compare(year, o.year) : Integer.compare(half, o.half);
    }
}
