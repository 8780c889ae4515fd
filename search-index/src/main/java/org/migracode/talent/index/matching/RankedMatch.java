package org.migracode.talent.index.matching;

import org.migracode.talent.core.scoring.MatchExplanation;

/**
 * One ranked match with its explanation.
 *
 * @param graduateId the graduate's id
 * @param listingId the listing's id
 * @param explanation the score and why, whose components add up to the score
 */
public record RankedMatch(String graduateId, String listingId, MatchExplanation explanation) {
}
