package org.migracode.talent.index.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.migracode.talent.core.embedding.TextEmbedder;

/**
 * Text without a letter or digit (here Unicode blanks that {@code String.isBlank} keeps) gets no
 * vector instead of an exception: the robustness corpus saw a listing of such text answer 500.
 */
class BlankTextEmbeddingTests {

    @Test
    void textOfUnicodeBlanksGetsNoVectorAndNoError() {
        TextEmbeddingTests.Entity text = new TextEmbeddingTests.Entity("\u00a0\u2007\u202f");
        TextEmbedder refusing = new TextEmbedder() {
            @Override
            public float[] embed(String t) {
                throw new IllegalArgumentException("Cannot embed empty or whitespace-only text");
            }

            @Override
            public int dimensions() {
                return 3;
            }

            @Override
            public String modelId() {
                return "refusing";
            }
        };
        TextEmbeddingListener.update(text, refusing);
        assertThat(text.vector).isNull();
        assertThat(text.key).isNull();
    }
}
