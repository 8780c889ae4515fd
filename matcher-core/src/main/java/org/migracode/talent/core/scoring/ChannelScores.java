package org.migracode.talent.core.scoring;

/**
 * What the text-reading channels of stage 1 say about one candidate for one listing, each already
 * normalised over the listing's candidate pool (reciprocal rank: the pool's best is 1).
 * A channel with no input — the listing names no known skill, or has no text, or one side has no
 * embedding — is {@link Double#NaN}: its component then adds nothing and takes no weight from the others.
 *
 * @param skills  the skills channel: BM25 over the bags of known skills found in both texts
 * @param text    the full-text channel: BM25 over all the candidate's words
 * @param title   the title channel: BM25 of the listing's title over the candidate's headline
 *                (NaN when the listing has no title or the candidate no headline)
 * @param wording the embedding channel: cosine similarity of the two texts' sentence embeddings, as a
 *                reciprocal rank (NaN when either side has no vector, e.g. the channel is switched off)
 */
public record ChannelScores(double skills, double text, double title, double wording) {

    /** No channel has any input. */
    public static final ChannelScores NONE = new ChannelScores(Double.NaN, Double.NaN, Double.NaN, Double.NaN);

    public ChannelScores {
        check("skills", skills);
        check("text", text);
        check("title", title);
        check("wording", wording);
    }

    /** Skills, full-text and title channels; no embedding channel. */
    public ChannelScores(double skills, double text, double title) {
        this(skills, text, title, Double.NaN);
    }

    /** The skills and full-text channels only; no title channel. */
    public ChannelScores(double skills, double text) {
        this(skills, text, Double.NaN);
    }

    /** A copy with the embedding channel's value (NaN: no input). */
    public ChannelScores withWording(double value) {
        return new ChannelScores(skills, text, title, value);
    }

    public boolean hasTitle() {
        return !Double.isNaN(title);
    }

    public boolean hasWording() {
        return !Double.isNaN(wording);
    }

    /** Only a text relevance, as callers before the skills channel gave it. */
    public static ChannelScores textOnly(double text) {
        return new ChannelScores(Double.NaN, text);
    }

    public boolean hasSkills() {
        return !Double.isNaN(skills);
    }

    public boolean hasText() {
        return !Double.isNaN(text);
    }

    private static void check(String name, double v) {
        if (!Double.isNaN(v) && !(v >= 0 && v <= 1)) {
            throw new IllegalArgumentException(name + " channel score must be in [0, 1] or NaN, got " + v);
        }
    }
}
