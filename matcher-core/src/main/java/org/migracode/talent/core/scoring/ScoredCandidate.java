package org.migracode.talent.core.scoring;

import java.util.Objects;

/**
 * A candidate id with its score, as ranked by {@link MatchRanking} (when listings are ranked for a
 * graduate, the id is the listing's).
 */
public record ScoredCandidate(String candidateId, double score) {

    public ScoredCandidate {
        Objects.requireNonNull(candidateId, "candidateId");
        if (!(score >= 0 && score <= 100)) {
            throw new IllegalArgumentException("score must be in [0, 100], got " + score);
        }
    }
}
