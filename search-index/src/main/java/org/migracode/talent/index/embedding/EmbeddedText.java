package org.migracode.talent.index.embedding;

/**
 * An entity whose text gets a sentence embedding when it is written: a graduate profile, a listing.
 * The key records which model embedded which text, so an unchanged text is not embedded again.
 */
public interface EmbeddedText {

    /** The text to embed ({@link org.migracode.talent.core.embedding.EmbeddingText}); blank: no vector. */
    String embeddingText();

    /** The key of the stored vector, null when there is none. */
    String textEmbeddingKey();

    /** Stores a vector and its key; both null to clear it. */
    void storeTextEmbedding(float[] vector, String key);
}
