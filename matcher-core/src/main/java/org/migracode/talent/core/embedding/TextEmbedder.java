package org.migracode.talent.core.embedding;

/**
 * Turns a text into a fixed-length, unit-length vector whose cosine to another text's vector says
 * how close their wording and meaning are. Implementations must be deterministic (same text, same
 * vector) and thread-safe.
 */
public interface TextEmbedder {

    /** The vector of {@code text}, {@link #dimensions()} long, unit length; blank text is not embedded. */
    float[] embed(String text);

    /** Length of every vector. */
    int dimensions();

    /** Names the model and its version: vectors of different models are never compared. */
    String modelId();
}
