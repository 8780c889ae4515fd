package org.migracode.talent.core.scoring;

/**
 * One non-negative weight per {@link ComponentName}; at least one must be positive. Only ratios
 * matter: the score divides by the sum. Defaults (sum 1.35) are justified in docs/matching.md.
 */
public record MatchWeights(
        double requiredSkills,
        double niceToHave,
        double portfolio,
        double skillsInText,
        double textRelevance,
        double titleHeadline,
        double similarWording,
        double languages,
        double location,
        double availability,
        double type) {

    private static final MatchWeights DEFAULTS = new MatchWeights(0.12, 0.03, 0.05, 0.30, 0.30, 0.05, 0.30, 0.10, 0.05, 0.025, 0.025);

    public MatchWeights {
        check(ComponentName.REQUIRED_SKILLS, requiredSkills);
        check(ComponentName.NICE_TO_HAVE, niceToHave);
        check(ComponentName.PORTFOLIO, portfolio);
        check(ComponentName.SKILLS_IN_TEXT, skillsInText);
        check(ComponentName.TEXT_RELEVANCE, textRelevance);
        check(ComponentName.TITLE_HEADLINE, titleHeadline);
        check(ComponentName.SIMILAR_WORDING, similarWording);
        check(ComponentName.LANGUAGES, languages);
        check(ComponentName.LOCATION, location);
        check(ComponentName.AVAILABILITY, availability);
        check(ComponentName.TYPE, type);
        double sum = requiredSkills + niceToHave + portfolio + skillsInText + textRelevance + titleHeadline + similarWording + languages + location + availability + type;
        if (!(sum > 0)) {
            throw new IllegalArgumentException("weights must not all be zero");
        }
    }

    /**
     * REQUIRED_SKILLS 0.12, NICE_TO_HAVE 0.03, PORTFOLIO 0.05, SKILLS_IN_TEXT 0.30, TEXT_RELEVANCE 0.30,
     * TITLE_HEADLINE 0.05, SIMILAR_WORDING 0.30, LANGUAGES 0.10, LOCATION 0.05, AVAILABILITY 0.025, TYPE 0.025: the three
     * text channels (skills, full text, embeddings) weigh the same (an untuned equal-weight reciprocal-rank fusion);
     * see docs/matching.md for how the rest were chosen.
     */
    public static MatchWeights defaults() {
        return DEFAULTS;
    }

    public double weight(ComponentName name) {
        return switch (name) {
            case REQUIRED_SKILLS -> requiredSkills;
            case NICE_TO_HAVE -> niceToHave;
            case PORTFOLIO -> portfolio;
            case SKILLS_IN_TEXT -> skillsInText;
            case TEXT_RELEVANCE -> textRelevance;
            case TITLE_HEADLINE -> titleHeadline;
            case SIMILAR_WORDING -> similarWording;
            case LANGUAGES -> languages;
            case LOCATION -> location;
            case AVAILABILITY -> availability;
            case TYPE -> type;
        };
    }

    /** Sum of all weights, always positive. */
    public double sum() {
        double s = 0;
        for (ComponentName n : ComponentName.values()) {
            s += weight(n);
        }
        return s;
    }

    /** A copy with one weight changed. */
    public MatchWeights with(ComponentName name, double weight) {
        double[] w = new double[ComponentName.values().length];
        for (ComponentName n : ComponentName.values()) {
            w[n.ordinal()] = n == name ? weight : weight(n);
        }
        return of(w);
    }

    /** Weights in {@link ComponentName} order. */
    public static MatchWeights of(double... w) {
        if (w.length != ComponentName.values().length) {
            throw new IllegalArgumentException("need " + ComponentName.values().length + " weights, got " + w.length);
        }
        return new MatchWeights(w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7], w[8], w[9], w[10]);
    }

    private static void check(ComponentName name, double w) {
        if (!Double.isFinite(w) || w < 0) {
            throw new IllegalArgumentException("weight " + name + " must be a finite non-negative number, got " + w);
        }
    }
}
