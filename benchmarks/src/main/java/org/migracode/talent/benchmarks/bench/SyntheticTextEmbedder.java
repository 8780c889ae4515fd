package org.migracode.talent.benchmarks.bench;

import java.util.Locale;
import org.migracode.talent.core.embedding.TextEmbedder;
import org.migracode.talent.core.embedding.Vectors;
import org.migracode.talent.index.embedding.OnnxTextEmbedder;

/**
 * A stand-in for the sentence-embedding model in {@code bench --vectors synthetic}: each word of
 * the text (letters and digits, lower-cased) is hashed to a signed coordinate of a vector of the
 * model's length, and the sum is normalised ("feature hashing"). Deterministic, thread-safe, a few
 * microseconds per text instead of the model's ~15–25 ms of CPU, so that 100k or 1M generated
 * profiles can carry vectors. Texts that share words get close vectors, so the channel's retrieval and
 * the exact re-ranking do the same work on the same index structure as with the model; the
 * <em>quality</em> of these vectors is not the model's and no quality figure comes from them.
 */
final class SyntheticTextEmbedder implements TextEmbedder {

    static final String MODEL_ID = "bench-synthetic-hashed-words";

    @Override
    public float[] embed(String text) {
        if (text == null || text.codePoints().noneMatch(Character::isLetterOrDigit)) {
            throw new IllegalArgumentException("nothing to embed");
        }
        float[] v = new float[dimensions()];
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (word.isEmpty()) {
                continue;
            }
            int h = mix(word.hashCode());
            v[Math.floorMod(h, v.length)] += (h & 0x4000_0000) == 0 ? 1f : -1f;
        }
        if (Vectors.cosine(v, v) == 0) {
            v[0] = 1; // words that cancelled out: still a valid (non-zero) cosine vector
        }
        return Vectors.normalised(v);
    }

    @Override
    public int dimensions() {
        return OnnxTextEmbedder.DIMENSIONS;
    }

    @Override
    public String modelId() {
        return MODEL_ID;
    }

    /** MurmurHash3's 32-bit finaliser: spreads String.hashCode's nearby values over all bits. */
    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85eb_ca6b;
        h ^= h >>> 13;
        h *= 0xc2b2_ae35;
        h ^= h >>> 16;
        return h;
    }
}
