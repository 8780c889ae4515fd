package org.migracode.talent.core.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The int8 form of a sentence embedding the index stores: size, error bound, text form. */
class QuantizedVectorTest {

    private static float[] randomUnit(Random random, int dimensions) {
        float[] v = new float[dimensions];
        for (int i = 0; i < dimensions; i++) {
            v[i] = (float) random.nextGaussian();
        }
        return Vectors.normalised(v);
    }

    @Test
    void theLargestComponentIsAFullStepAndEveryComponentWithinHalfAStep() {
        float[] v = {0.5f, -0.2f, 0.1f, 0f};
        QuantizedVector q = QuantizedVector.of(v);

        assertThat(q.values()).containsExactly((byte) 127, (byte) -51, (byte) 25, (byte) 0);
        assertThat(q.scale()).isEqualTo(0.5f / 127f);
        float[] back = q.toFloats();
        for (int i = 0; i < v.length; i++) {
            assertThat(back[i]).isCloseTo(v[i], within(q.scale() / 2 + 1e-7f));
        }
    }

    @Test
    void dotProductsOfUnitVectorsMoveByAtMostTheRoundingBound() {
        Random random = new Random(7);
        double worst = 0;
        for (int n = 0; n < 200; n++) {
            float[] stored = randomUnit(random, 384);
            float[] query = randomUnit(random, 384);
            QuantizedVector q = QuantizedVector.of(stored);
            double exact = Vectors.cosine(stored, query);
            double l1 = 0;
            for (float x : query) {
                l1 += Math.abs(x);
            }
            double error = Math.abs(q.dot(query) - exact);
            // each component is off by at most half a step, so the dot product by at most that times |query|₁
            assertThat(error).isLessThanOrEqualTo(q.scale() / 2 * l1 + 1e-6);
            worst = Math.max(worst, error);
        }
        // in practice the errors cancel: far below the gaps between candidates that matter
        assertThat(worst).isLessThan(0.003);
    }

    @Test
    void theMatrixFormGivesTheSameProductAtAnyOffset() {
        Random random = new Random(3);
        float[] query = randomUnit(random, 10);
        QuantizedVector a = QuantizedVector.of(randomUnit(random, 10));
        QuantizedVector b = QuantizedVector.of(randomUnit(random, 10));
        byte[] matrix = new byte[20];
        System.arraycopy(a.values(), 0, matrix, 0, 10);
        System.arraycopy(b.values(), 0, matrix, 10, 10);

        assertThat(QuantizedVector.dot(query, matrix, 0, a.scale())).isEqualTo(a.dot(query));
        assertThat(QuantizedVector.dot(query, matrix, 10, b.scale())).isEqualTo(b.dot(query));
    }

    @Test
    void theTextFormRoundTripsAndIsCompact() {
        QuantizedVector q = QuantizedVector.of(randomUnit(new Random(1), 384));
        String text = q.encode();

        assertThat(text).hasSize(518); // base64 of 4 + 384 bytes, no padding
        assertThat(QuantizedVector.decode(text)).isEqualTo(q);
        assertThat(QuantizedVector.decode(text).dot(new float[384])).isZero();
        assertThat(QuantizedVector.decode(null)).isNull();
        assertThat(QuantizedVector.decode(" ")).isNull();
        assertThatThrownBy(() -> QuantizedVector.decode("***")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QuantizedVector.decode("AAA")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theZeroVectorStaysZeroAndNonFiniteComponentsAreRefused() {
        QuantizedVector zero = QuantizedVector.of(new float[3]);

        assertThat(zero.scale()).isZero();
        assertThat(zero.dot(new float[] {1, 2, 3})).isZero();
        assertThatThrownBy(() -> QuantizedVector.of(new float[] {1, Float.NaN})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QuantizedVector.of(new float[] {Float.POSITIVE_INFINITY})).isInstanceOf(IllegalArgumentException.class);
    }
}
