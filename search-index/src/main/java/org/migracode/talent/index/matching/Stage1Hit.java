package org.migracode.talent.index.matching;

/**
 * One document stage 1 retrieved: its id, its retrieval score, and its stored match profile.
 *
 * @param id the entity id (graduate or listing)
 * @param retrievalScore the Lucene score of the retrieval query (skills and title)
 * @param matchProfile the encoded matcher view, see {@link MatchProfileCodec}
 */
public record Stage1Hit(String id, float retrievalScore, String matchProfile) {
}
