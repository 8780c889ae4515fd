package org.migracode.talent.core.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmbeddingTextTest {

    @Test
    void aListingIsItsTitleAndDescriptionAndAGraduateTheirOwnWords() {
        assertThat(EmbeddingText.listing(" Junior Frontend ", "React and CSS.")).isEqualTo("Junior Frontend\nReact and CSS.");
        assertThat(EmbeddingText.listing("Cook", null)).isEqualTo("Cook");
        assertThat(EmbeddingText.graduate(null, "  ", Arrays.asList("Recipe finder", null, "SPA"))).isEqualTo("Recipe finder\nSPA");
        assertThat(EmbeddingText.graduate("", null, List.of())).isEmpty();
    }

    @Test
    void cosineAndNormalisation() {
        float[] a = {3, 4};
        assertThat(Vectors.normalised(a)).containsExactly(0.6f, 0.8f);
        assertThat(Vectors.cosine(a, new float[] {6, 8})).isCloseTo(1.0, within(1e-9));
        assertThat(Vectors.cosine(a, new float[] {-4, 3})).isCloseTo(0.0, within(1e-9));
        assertThat(Vectors.cosine(a, new float[] {0, 0})).isZero();
        assertThat(Vectors.normalised(new float[] {0, 0})).containsExactly(0f, 0f);
    }
}
