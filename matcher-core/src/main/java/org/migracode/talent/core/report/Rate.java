package org.migracode.talent.core.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * {@code numerator} of {@code denominator} people. Suppressed when either is below
 * {@link Suppression#MIN_GROUP}: a rate over fewer than five people, or a rate that would let a
 * reader work out a count below five ({@code rate × denominator}), is not shown.
 */
public record Rate(int numerator, int denominator) {

    public Rate {
        if (numerator < 0 || denominator < 0 || numerator > denominator) {
            throw new IllegalArgumentException("a rate needs 0 ≤ numerator ≤ denominator, got " + numerator + "/" + denominator);
        }
    }

    public boolean suppressed() {
        return Suppression.tooSmall(numerator) || Suppression.tooSmall(denominator);
    }

    /** The share in percent with one decimal (half up), or null when the denominator is 0. */
    public BigDecimal percent() {
        if (denominator == 0) {
            return null;
        }
        return BigDecimal.valueOf(numerator).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP);
    }

    /** The percent when it may be shown, else null (for JSON and charts). */
    public BigDecimal shownPercent() {
        return suppressed() ? null : percent();
    }

    /** {@code "83.3%"}, or {@code "<5"}. */
    public String display() {
        return suppressed() ? Suppression.LABEL : percent().toPlainString() + "%";
    }

    /** The numerator, or {@code "<5"}. */
    public String displayNumerator() {
        return suppressed() ? Suppression.LABEL : Integer.toString(numerator);
    }

    /** The denominator, or {@code "<5"} when it is below five. */
    public String displayDenominator() {
        return Suppression.tooSmall(denominator) ? Suppression.LABEL : Integer.toString(denominator);
    }
}
