package org.migracode.talent.core.report;

/**
 * A number of people. Shown as {@code "<5"} when below {@link Suppression#MIN_GROUP} (zero too: a
 * zero is also computed from fewer than five people).
 */
public record Count(int value) {

    public Count {
        if (value < 0) {
            throw new IllegalArgumentException("count must be 0 or more, got " + value);
        }
    }

    public boolean suppressed() {
        return Suppression.tooSmall(value);
    }

    /** The value, or {@code "<5"}. */
    public String display() {
        return suppressed() ? Suppression.LABEL : Integer.toString(value);
    }

    /** The value when it may be shown, else null (for JSON). */
    public Integer shown() {
        return suppressed() ? null : value;
    }
}
