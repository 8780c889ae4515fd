package org.migracode.talent.index.matching;

/**
 * One document stage 1 retrieved: its id, its retrieval score, and its stored match profile.
 *
 * @param id the entity id (graduate or listing)
 * @param retrievalScore the Lucene score of the query that retrieved it (skills and title, or one channel's)
 * @param matchProfile the encoded matcher view, see {@link MatchProfileCodec}
 * @param headlinePresent whether the graduate has a non-blank headline (read from the index with the
 *     match profile; always false for listings)
 * @param wordingVector the graduate's int8 sentence embedding as the index stores it
 *     ({@link org.migracode.talent.core.embedding.QuantizedVector#encode()}), read with the match
 *     profile; null when the graduate has none, and for listings
 */
public record Stage1Hit(String id, float retrievalScore, String matchProfile, boolean headlinePresent, String wordingVector) {

    public Stage1Hit(String id, float retrievalScore, String matchProfile, boolean headlinePresent) {
        this(id, retrievalScore, matchProfile, headlinePresent, null);
    }

    public Stage1Hit(String id, float retrievalScore, String matchProfile) {
        this(id, retrievalScore, matchProfile, false, null);
    }
}
