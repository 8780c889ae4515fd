package org.migracode.talent.index.embedding;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import org.migracode.talent.core.embedding.TextEmbedder;
import org.migracode.talent.core.embedding.Vectors;

/**
 * The quantized all-MiniLM-L6-v2 sentence embedding model (langchain4j's in-process ONNX build,
 * 384 dimensions, about 23 MB in the jar), run on the CPU. The model is loaded once per JVM, on the
 * first text to embed (about 2 s), and shared by all threads and all instances; texts longer than
 * the model's 256-token window are split and their vectors averaged by langchain4j. Vectors are
 * unit length, so cosine is a dot product.
 *
 * <p>Once per JVM rather than per instance: an application has one instance, but a test JVM has one
 * per cached Spring context (about twenty in the portal's integration tests), and each held its own
 * copy of the weights in an ONNX Runtime session. (Only the JVM's first load is slow, about 2 s,
 * mostly the native library; a second instance loaded in tens of milliseconds.) The model is
 * immutable and never closed, so sharing it changes no vector.
 */
public final class OnnxTextEmbedder implements TextEmbedder {

    /** The model's vector length; what the stored vectors hold. */
    public static final int DIMENSIONS = 384;
    /** Recorded in each vector's key: a different model re-embeds every text on its next write. */
    public static final String MODEL_ID = "all-minilm-l6-v2-q";

    /** The JVM's one model, loaded on first use; a failed load is tried again by the next text. */
    private static volatile EmbeddingModel model;

    @Override
    public float[] embed(String text) {
        if (text == null || text.codePoints().noneMatch(Character::isLetterOrDigit)) {
            throw new IllegalArgumentException("nothing to embed");
        }
        return Vectors.normalised(model().embed(text).content().vector());
    }

    @Override
    public int dimensions() {
        return DIMENSIONS;
    }

    @Override
    public String modelId() {
        return MODEL_ID;
    }

    /** This instance's model: the JVM's one (package-private for the test that every instance gets the same). */
    EmbeddingModel model() {
        return shared();
    }

    private static EmbeddingModel shared() {
        EmbeddingModel m = model;
        if (m == null) {
            synchronized (OnnxTextEmbedder.class) {
                m = model;
                if (m == null) {
                    m = new AllMiniLmL6V2QuantizedEmbeddingModel();
                    model = m;
                }
            }
        }
        return m;
    }
}
