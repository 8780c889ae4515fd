package org.migracode.talent.index.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.migracode.talent.core.embedding.TextEmbedder;
import org.migracode.talent.core.embedding.Vectors;

/** The real ONNX model (no stand-in) and the write-time rule of {@link TextEmbeddingListener}. */
class TextEmbeddingTests {

    private static final OnnxTextEmbedder MODEL = new OnnxTextEmbedder();

    @Test
    void theModelGivesDeterministicUnitVectorsWhoseCosineFollowsMeaning() {
        float[] frontend = MODEL.embed("Junior frontend developer: React, JavaScript and CSS");
        float[] webUi = MODEL.embed("I build web user interfaces with React and TypeScript");
        float[] cook = MODEL.embed("Line cook for a busy restaurant kitchen, weekend shifts");

        assertThat(frontend).hasSize(OnnxTextEmbedder.DIMENSIONS);
        assertThat(Vectors.cosine(frontend, frontend)).isCloseTo(1.0, within(1e-5));
        double norm = 0;
        for (float x : frontend) {
            norm += x * x;
        }
        assertThat(norm).isCloseTo(1.0, within(1e-4));
        assertThat(Vectors.cosine(frontend, webUi)).isGreaterThan(Vectors.cosine(frontend, cook) + 0.2);
        assertThat(MODEL.embed("Junior frontend developer: React, JavaScript and CSS")).containsExactly(frontend);
    }

    @Test
    void everyInstanceUsesTheJvmsOneModel() {
        // one instance per cached Spring context in a test JVM: each loaded its own model before
        OnnxTextEmbedder other = new OnnxTextEmbedder();
        assertThat(other.embed("Junior frontend developer: React, JavaScript and CSS"))
                .containsExactly(MODEL.embed("Junior frontend developer: React, JavaScript and CSS"));
        assertThat(other.model()).isNotNull().isSameAs(MODEL.model());
    }

    @Test
    void aVectorIsComputedOnWriteKeptWhileTheTextIsUnchangedAndClearedWhenSwitchedOff() {
        Entity e = new Entity("Geriatric caregiver");
        CountingEmbedder counting = new CountingEmbedder();

        TextEmbeddingListener.update(e, counting);
        assertThat(e.vector).hasSize(OnnxTextEmbedder.DIMENSIONS);
        assertThat(e.key).startsWith("all-minilm-l6-v2-q:");
        TextEmbeddingListener.update(e, counting);
        assertThat(counting.calls).isEqualTo(1);

        e.text = "Backend developer";
        TextEmbeddingListener.update(e, counting);
        assertThat(counting.calls).isEqualTo(2);

        TextEmbeddingListener.update(e, null);
        assertThat(e.vector).isNull();
        assertThat(e.key).isNull();

        e.text = "  ";
        TextEmbeddingListener.update(e, counting);
        assertThat(e.vector).isNull();
        assertThat(counting.calls).isEqualTo(2);
    }

    @Test
    void theKeyNamesTheModelAndTheText() {
        assertThat(TextEmbeddingListener.key("m", "a")).isNotEqualTo(TextEmbeddingListener.key("m", "b"))
                .isNotEqualTo(TextEmbeddingListener.key("n", "a")).isEqualTo(TextEmbeddingListener.key("m", "a"));
    }

    /** The real model, counting how often it is asked. */
    static final class CountingEmbedder implements TextEmbedder {
        int calls;

        @Override
        public float[] embed(String text) {
            calls++;
            return MODEL.embed(text);
        }

        @Override
        public int dimensions() {
            return MODEL.dimensions();
        }

        @Override
        public String modelId() {
            return MODEL.modelId();
        }
    }

    /** An entity with a text to embed; BlankTextEmbeddingTests uses it too. */
    static final class Entity implements EmbeddedText {
        String text;
        float[] vector;
        String key;

        Entity(String text) {
            this.text = text;
        }

        @Override
        public String embeddingText() {
            return text;
        }

        @Override
        public String textEmbeddingKey() {
            return key;
        }

        @Override
        public void storeTextEmbedding(float[] vector, String key) {
            this.vector = vector;
            this.key = key;
        }
    }
}
