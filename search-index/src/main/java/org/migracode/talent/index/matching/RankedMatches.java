package org.migracode.talent.index.matching;

import java.util.List;

/**
 * The best matches for one listing (or one graduate), best first.
 *
 * @param matches at most the requested number, ties broken by id
 * @param considered how many stage 1 retrieved and stage 2 re-scored
 * @param modelVersion the scorer and taxonomy versions that produced the scores
 */
public record RankedMatches(List<RankedMatch> matches, int considered, String modelVersion) {
}
