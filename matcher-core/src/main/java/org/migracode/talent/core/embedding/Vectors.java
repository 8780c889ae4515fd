package org.migracode.talent.core.embedding;

/** Small vector helpers of the embedding channel. */
public final class Vectors {

    private Vectors() {
    }

    /** Cosine similarity in [-1, 1]; 0 when either vector is zero. Lengths must match. */
    public static double cosine(float[] a, float[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("vectors of length " + a.length + " and " + b.length);
        }
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += (double) a[i] * b[i];
            na += (double) a[i] * a[i];
            nb += (double) b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }

    /** A unit-length copy (the zero vector stays zero). */
    public static float[] normalised(float[] v) {
        double n = 0;
        for (float x : v) {
            n += (double) x * x;
        }
        float[] out = v.clone();
        if (n > 0) {
            double len = Math.sqrt(n);
            for (int i = 0; i < out.length; i++) {
                out[i] = (float) (out[i] / len);
            }
        }
        return out;
    }
}
