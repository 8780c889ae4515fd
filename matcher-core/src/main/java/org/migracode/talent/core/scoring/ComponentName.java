package org.migracode.talent.core.scoring;

/** The named parts of a match score, in the order they are summed and shown. */
public enum ComponentName {
    /** Level-aware coverage of the required skills, squared so that a missing skill is costly. */
    REQUIRED_SKILLS,
    /** Coverage of the nice-to-have skills. */
    NICE_TO_HAVE,
    /** Required skills evidenced by portfolio projects. */
    PORTFOLIO,
    /** Skills channel: the known skills found in both texts, rarer skills weighing more (BM25 over skill bags). */
    SKILLS_IN_TEXT,
    /** Full-text channel: BM25 of the listing's words over the candidate's whole text. */
    TEXT_RELEVANCE,
    /** Title channel: BM25 of the listing's title words over the candidate's headline (no headline: no input). */
    TITLE_HEADLINE,
    /**
     * Embedding channel (matcher-4): how close the two texts' sentence embeddings are, as a rank among
     * the retrieved candidates (no vector on either side: no input). Never used alone.
     */
    SIMILAR_WORDING,
    /** CEFR fit of the required spoken languages. */
    LANGUAGES,
    /** Remote policy against preference, and city. */
    LOCATION,
    /** Availability date against the start date. */
    AVAILABILITY,
    /** Listing type (job, internship) among the types wanted. */
    TYPE
}
