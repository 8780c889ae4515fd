package org.migracode.talent.core.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Collection;

/**
 * The median of {@code people} values (the mean of the two middle ones when their number is even);
 * null when there are none. Suppressed below {@link Suppression#MIN_GROUP} people.
 */
public record Median(BigDecimal value, int people) {

    public static Median of(Collection<? extends Number> values) {
        double[] sorted = values.stream().mapToDouble(Number::doubleValue).sorted().toArray();
        if (sorted.length == 0) {
            return new Median(null, 0);
        }
        int mid = sorted.length / 2;
        double m = sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
        return new Median(BigDecimal.valueOf(m).setScale(1, RoundingMode.HALF_UP), sorted.length);
    }

    static Median ofInts(int... values) {
        return of(Arrays.stream(values).boxed().toList());
    }

    public boolean suppressed() {
        return Suppression.tooSmall(people);
    }

    public BigDecimal shown() {
        return suppressed() ? null : value;
    }

    /** {@code "42.5"}, {@code "42"} or {@code "<5"}. */
    public String display() {
        return suppressed() ? Suppression.LABEL : value.stripTrailingZeros().toPlainString();
    }
}
