package org.migracode.talent.core.embedding;

import java.nio.ByteBuffer;
import java.util.Base64;

/**
 * A sentence embedding stored compactly: each component as a signed byte, with one scale per
 * vector ({@code component ≈ scale × value}, {@code scale = max |component| / 127}). 384 dimensions
 * take 388 bytes instead of 1,536, and the dot product with a float query costs one multiply-add
 * per dimension. The embedding channel needs only the order of the union's graduates by similarity
 * to a listing, and the rounding error (at most half a step, {@code scale / 2}, per component) moves
 * a cosine by about 10⁻³: {@code QuantizedVectorTest} checks the bound.
 *
 * <p>The text form ({@link #encode()}: base64 of the scale's 4 bytes followed by the values) is
 * what the search index stores per graduate, so stage 2 reads it with the match profile instead of
 * running a kNN query.
 *
 * @param values the quantized components, in [-127, 127]
 * @param scale the value of one step; 0 for the zero vector
 */
public record QuantizedVector(byte[] values, float scale) {

    public QuantizedVector {
        if (values == null) {
            throw new IllegalArgumentException("values");
        }
        if (!(scale >= 0) || Float.isInfinite(scale)) {
            throw new IllegalArgumentException("scale " + scale);
        }
    }

    /** The quantized form of {@code vector}. */
    public static QuantizedVector of(float[] vector) {
        float max = 0;
        for (float x : vector) {
            if (!Float.isFinite(x)) {
                throw new IllegalArgumentException("not a finite vector");
            }
            max = Math.max(max, Math.abs(x));
        }
        byte[] values = new byte[vector.length];
        if (max == 0) {
            return new QuantizedVector(values, 0f);
        }
        float scale = max / 127f;
        for (int i = 0; i < vector.length; i++) {
            values[i] = (byte) Math.max(-127, Math.min(127, Math.round(vector[i] / scale)));
        }
        return new QuantizedVector(values, scale);
    }

    /** The number of components. */
    public int dimensions() {
        return values.length;
    }

    /** The dot product with {@code query}, which must have as many components. */
    public double dot(float[] query) {
        return dot(query, values, 0, scale);
    }

    /**
     * The dot product of {@code query} with the quantized vector at {@code offset} in {@code matrix}
     * ({@code query.length} values from there) of the given scale. Four partial sums, always added
     * in the same order: the result is the same on every run.
     */
    public static double dot(float[] query, byte[] matrix, int offset, float scale) {
        int n = query.length;
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        int i = 0;
        for (; i + 3 < n; i += 4) {
            s0 += query[i] * matrix[offset + i];
            s1 += query[i + 1] * matrix[offset + i + 1];
            s2 += query[i + 2] * matrix[offset + i + 2];
            s3 += query[i + 3] * matrix[offset + i + 3];
        }
        for (; i < n; i++) {
            s0 += query[i] * matrix[offset + i];
        }
        return ((double) s0 + s1 + s2 + s3) * scale;
    }

    /** The components back as floats (each within {@code scale / 2} of the original). */
    public float[] toFloats() {
        float[] out = new float[values.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = values[i] * scale;
        }
        return out;
    }

    /** The stored text form: base64 of the scale (4 bytes, big-endian IEEE 754) and the values. */
    public String encode() {
        ByteBuffer buffer = ByteBuffer.allocate(4 + values.length);
        buffer.putFloat(scale).put(values);
        return Base64.getEncoder().withoutPadding().encodeToString(buffer.array());
    }

    /** The vector {@link #encode()} wrote; null for null or blank text. */
    public static QuantizedVector decode(String encoded) {
        if (encoded == null || encoded.isBlank()) {
            return null;
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(encoded);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a quantized vector: " + e.getMessage(), e);
        }
        if (bytes.length < 4) {
            throw new IllegalArgumentException("not a quantized vector: " + bytes.length + " bytes");
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        float scale = buffer.getFloat();
        byte[] values = new byte[bytes.length - 4];
        buffer.get(values);
        return new QuantizedVector(values, scale);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof QuantizedVector q && q.scale == scale && java.util.Arrays.equals(q.values, values);
    }

    @Override
    public int hashCode() {
        return 31 * java.util.Arrays.hashCode(values) + Float.hashCode(scale);
    }

    @Override
    public String toString() {
        return "QuantizedVector[" + values.length + " dims, scale " + scale + "]";
    }
}
