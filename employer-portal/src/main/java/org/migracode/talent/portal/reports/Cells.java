package org.migracode.talent.portal.reports;

import java.math.BigDecimal;
import org.migracode.talent.core.report.Count;
import org.migracode.talent.core.report.Median;
import org.migracode.talent.core.report.OutcomeFigures;
import org.migracode.talent.core.report.Rate;

/**
 * The small-group rule with the school's own threshold ({@code SchoolSettings.suppressionThreshold()},
 * at least 3, 5 by default): a figure computed from fewer than {@code min} people shows
 * {@code "<min"} and carries no number, in every format. matcher-core's figures carry the raw
 * counts; this decides what may be shown.
 */
record Cells(int min) {

    Cells {
        if (min < 3) {
            throw new IllegalArgumentException("the suppression threshold is at least 3, got " + min);
        }
    }

    String label() {
        return "<" + min;
    }

    boolean small(int people) {
        return people < min;
    }

    boolean suppressed(Rate r) {
        return small(r.numerator()) || small(r.denominator());
    }

    CellView of(Count c) {
        boolean s = small(c.value());
        return new CellView(s ? label() : Integer.toString(c.value()), s, s ? null : BigDecimal.valueOf(c.value()), null, null);
    }

    CellView of(Rate r) {
        if (suppressed(r)) {
            return new CellView(label(), true, null, null, null);
        }
        return new CellView(display(r) + " (" + r.numerator() + "/" + r.denominator() + ")", false, r.percent(), r.numerator(),
                r.denominator());
    }

    CellView of(Median m) {
        boolean s = small(m.people()) || m.value() == null;
        return new CellView(s ? label() : m.value().stripTrailingZeros().toPlainString(), s, s ? null : m.value(), null, null);
    }

    CellView of(OutcomeFigures.BandMedian b) {
        boolean s = small(b.people()) || b.band() == null;
        return new CellView(s ? label() : b.band().label(), s, null, null, null);
    }

    CellView suppressedCell() {
        return new CellView(label(), true, null, null, null);
    }

    /** The percent when it may be shown, else null (charts). */
    BigDecimal shownPercent(Rate r) {
        return suppressed(r) ? null : r.percent();
    }

    String display(Rate r) {
        return suppressed(r) ? label() : r.percent().toPlainString() + "%";
    }

    BigDecimal shown(Count c) {
        return small(c.value()) ? null : BigDecimal.valueOf(c.value());
    }

    String display(Count c) {
        return small(c.value()) ? label() : Integer.toString(c.value());
    }

    /**
     * Percentage points the rate is short of the goal (negative: above it), or null when the rate
     * may not be shown.
     */
    BigDecimal gapPoints(Rate rate, int goalPercent) {
        BigDecimal shown = shownPercent(rate);
        return shown == null ? null : BigDecimal.valueOf(goalPercent).subtract(shown);
    }
}
