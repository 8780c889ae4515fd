package org.migracode.talent.core.scoring;

import java.util.Objects;

/**
 * One part of a match score.
 *
 * @param name         which component
 * @param weight       its weight (non-negative)
 * @param value        how well the candidate does on it, in [0, 1]
 * @param contribution points it adds to the score: {@code 100 × weight × value / Σ weights}, in [0, 100]
 */
public record ScoreComponent(ComponentName name, double weight, double value, double contribution) {

    public ScoreComponent {
        Objects.requireNonNull(name, "name");
        if (!Double.isFinite(weight) || weight < 0) {
            throw new IllegalArgumentException("component weight must be a finite non-negative number, got " + weight);
        }
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException("component value must be in [0, 1], got " + value);
        }
        if (!(contribution >= 0 && contribution <= 100)) {
            throw new IllegalArgumentException("component contribution must be in [0, 100], got " + contribution);
        }
    }
}
