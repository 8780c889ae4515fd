package org.migracode.talent.benchmarks.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.migracode.talent.core.embedding.Vectors;

class SyntheticTextEmbedderTests {

    private final SyntheticTextEmbedder embedder = new SyntheticTextEmbedder();

    @Test
    void sameTextSameUnitVectorOfTheModelsLength() {
        float[] a = embedder.embed("Junior React developer, Barcelona");
        float[] b = new SyntheticTextEmbedder().embed("Junior React developer, Barcelona");

        assertThat(a).hasSize(384).containsExactly(b);
        assertThat(Vectors.cosine(a, a)).isCloseTo(1.0, within(1e-6));
    }

    @Test
    void textsSharingWordsAreCloserThanTextsSharingNone() {
        float[] listing = embedder.embed("Frontend developer: React, TypeScript and CSS");
        float[] close = embedder.embed("I build React apps in TypeScript with CSS modules");
        float[] far = embedder.embed("Contable con experiencia en nóminas y facturación");

        assertThat(Vectors.cosine(listing, close)).isGreaterThan(Vectors.cosine(listing, far));
    }

    @Test
    void refusesTextWithoutLetterOrDigitAsTheModelDoes() {
        assertThatThrownBy(() -> embedder.embed(" \u00a0— ")).isInstanceOf(IllegalArgumentException.class);
    }
}
