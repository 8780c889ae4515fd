package org.migracode.talent.core.report;

/** The small-group rule: a figure computed from fewer than {@value #MIN_GROUP} people is not shown. */
public final class Suppression {

    /** Smallest group a figure may be computed from and still be shown. */
    public static final int MIN_GROUP = 5;

    /** What a suppressed figure shows instead of its value. */
    public static final String LABEL = "<5";

    private Suppression() {
    }

    static boolean tooSmall(int people) {
        return people < MIN_GROUP;
    }
}
