package org.migracode.talent.core.scoring;

/** How a required skill was matched. Order: the preferred kind first when two give the same credit. */
public enum MatchKind {
    /** The graduate declared the skill. */
    DIRECT,
    /** The graduate has a skill that implies it (React for JavaScript). */
    IMPLIED,
    /** A portfolio project used or mentions the skill. */
    PORTFOLIO,
    /** A completed curriculum module teaches the skill. */
    CURRICULUM,
    /** Only the graduate's own text (a CV, a summary) names the skill: the weakest evidence. */
    MENTIONED
}
