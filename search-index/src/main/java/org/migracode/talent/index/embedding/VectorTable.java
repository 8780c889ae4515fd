package org.migracode.talent.index.embedding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.migracode.talent.core.embedding.QuantizedVector;

/**
 * Every graduate's sentence embedding in memory, for the embedding channel's retrieval without a kNN
 * index: per graduate one sign bit per dimension (384 bits = 6 longs) and the int8 vector
 * ({@link QuantizedVector}), in flat arrays. {@link #nearest} scans the sign bits of all rows (Hamming
 * distance: a popcount over 6 longs per row, about a millisecond for 100,000 rows) for a shortlist
 * of {@value #SHORTLIST_FACTOR} × n, then orders the shortlist by the exact int8 dot product. Exact
 * and ordered by (distance, id), so the same rows give the same answer on every run.
 *
 * <p>Not thread-safe: {@link GraduateVectorStore} guards it.
 */
final class VectorTable {

    /** How many rows the sign-bit scan keeps per wanted row, for the int8 re-ranking. */
    static final int SHORTLIST_FACTOR = 4;

    /** The version of a vector that was not read from the database (a write of this instance). */
    static final long UNKNOWN = Long.MIN_VALUE;

    private final int dimensions;
    private final int words;
    private final Map<UUID, Integer> slots = new HashMap<>();
    private UUID[] ids = new UUID[0];
    private long[] signs = new long[0];
    private byte[] values = new byte[0];
    /** A row's scale; NaN: the slot is empty (its graduate lost their vector). */
    private float[] scales = new float[0];
    /** The version of the row each slot was read from ({@link #UNKNOWN} after a write of this instance). */
    private long[] versions = new long[0];
    private int used;
    private int present;

    VectorTable(int dimensions) {
        if (dimensions < 1) {
            throw new IllegalArgumentException("dimensions " + dimensions);
        }
        this.dimensions = dimensions;
        this.words = (dimensions + 63) / 64;
    }

    int dimensions() {
        return dimensions;
    }

    /** Rows that hold a vector. */
    int size() {
        return present;
    }

    /** Stores {@code id}'s vector as written by this instance, its version unknown; null, or a vector of another length, removes it. */
    void put(UUID id, float[] vector) {
        put(id, vector, UNKNOWN);
    }

    /**
     * Stores {@code id}'s vector as read from its row at {@code version} (the row's
     * {@code updated_at}); null, or a vector of another length, removes it.
     */
    void put(UUID id, float[] vector, long version) {
        Integer slot = slots.get(id);
        if (vector == null || vector.length != dimensions) {
            if (slot != null) {
                versions[slot] = version;
                if (!Float.isNaN(scales[slot])) {
                    scales[slot] = Float.NaN;
                    present--;
                }
            }
            return;
        }
        if (slot == null) {
            slot = used++;
            grow(used);
            ids[slot] = id;
            slots.put(id, slot);
            scales[slot] = Float.NaN;
        }
        if (Float.isNaN(scales[slot])) {
            present++;
        }
        QuantizedVector q = QuantizedVector.of(vector);
        System.arraycopy(q.values(), 0, values, slot * dimensions, dimensions);
        Arrays.fill(signs, slot * words, slot * words + words, 0L);
        setSigns(vector, signs, slot * words);
        scales[slot] = q.scale();
        versions[slot] = version;
    }

    /**
     * True when {@code id}'s slot was last set from its row at {@code version}: that row has not
     * changed since, whether it held a vector or not. False for an unknown version or an id never held.
     */
    boolean isAt(UUID id, long version) {
        Integer slot = slots.get(id);
        return slot != null && version != UNKNOWN && versions[slot] == version;
    }

    /**
     * The ids of the (at most) {@code n} rows most similar to {@code query}, best first: the
     * {@value #SHORTLIST_FACTOR} × n nearest by sign bits (equal distances by id), ordered by their
     * int8 dot product with {@code query} (equal products by id).
     */
    List<UUID> nearest(float[] query, int n) {
        if (query.length != dimensions || n < 1 || present == 0) {
            return List.of();
        }
        long[] q = new long[words];
        setSigns(query, q, 0);
        int[] distance = new int[used];
        int[] histogram = new int[dimensions + 2];
        for (int row = 0; row < used; row++) {
            if (Float.isNaN(scales[row])) {
                distance[row] = dimensions + 1;
                continue;
            }
            int d = 0;
            int base = row * words;
            for (int w = 0; w < words; w++) {
                d += Long.bitCount(signs[base + w] ^ q[w]);
            }
            distance[row] = d;
            histogram[d]++;
        }
        // the smallest distance t such that the rows at most t away are at least the shortlist's length
        int wanted = (int) Math.min((long) n * SHORTLIST_FACTOR, present);
        int threshold = 0;
        int within = histogram[0];
        while (within < wanted) {
            within += histogram[++threshold];
        }
        // every row nearer than the threshold, and of the rows at it the smallest ids: the
        // shortlist's order does not matter (it is ordered by dot product below), so only the
        // rows at the threshold are sorted, by id
        int[] shortlist = new int[wanted];
        int taken = 0;
        List<Integer> atThreshold = new ArrayList<>();
        for (int row = 0; row < used; row++) {
            if (distance[row] < threshold) {
                shortlist[taken++] = row;
            } else if (distance[row] == threshold) {
                atThreshold.add(row);
            }
        }
        atThreshold.sort((a, b) -> ids[a].compareTo(ids[b]));
        for (int i = 0; taken < wanted; i++) {
            shortlist[taken++] = atThreshold.get(i);
        }
        record Scored(UUID id, double dot) {
        }
        List<Scored> scored = new ArrayList<>(wanted);
        for (int slot : shortlist) {
            scored.add(new Scored(ids[slot], QuantizedVector.dot(query, values, slot * dimensions, scales[slot])));
        }
        scored.sort((a, b) -> a.dot != b.dot ? Double.compare(b.dot, a.dot) : a.id.compareTo(b.id));
        return scored.subList(0, Math.min(n, scored.size())).stream().map(Scored::id).toList();
    }

    private void setSigns(float[] vector, long[] target, int offset) {
        for (int i = 0; i < dimensions; i++) {
            if (vector[i] > 0) {
                target[offset + i / 64] |= 1L << (i % 64);
            }
        }
    }

    private void grow(int rows) {
        if (rows <= ids.length) {
            return;
        }
        int capacity = Math.max(rows, Math.max(16, ids.length + (ids.length >> 1)));
        ids = Arrays.copyOf(ids, capacity);
        signs = Arrays.copyOf(signs, capacity * words);
        values = Arrays.copyOf(values, capacity * dimensions);
        scales = Arrays.copyOf(scales, capacity);
        versions = Arrays.copyOf(versions, capacity);
    }
}
