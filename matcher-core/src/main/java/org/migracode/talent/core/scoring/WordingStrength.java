package org.migracode.talent.core.scoring;

/**
 * How the explanation words the embedding channel ({@link ComponentName#SIMILAR_WORDING}): from the
 * channel's reciprocal-rank value {@code (k + 1)/(k + r)}, k = 60, i.e. from the candidate's rank r
 * among the retrieved candidates by similarity of wording. Strong: among the 10 closest; moderate:
 * among the 50 closest; weak: further away.
 */
public enum WordingStrength {
    STRONG, MODERATE, WEAK;

    private static final double STRONG_FROM = 61.0 / 70.0;
    private static final double MODERATE_FROM = 61.0 / 110.0;

    public static WordingStrength of(double value) {
        if (value >= STRONG_FROM - 1e-12) {
            return STRONG;
        }
        return value >= MODERATE_FROM - 1e-12 ? MODERATE : WEAK;
    }
}
