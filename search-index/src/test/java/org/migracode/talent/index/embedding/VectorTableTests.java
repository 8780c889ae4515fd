package org.migracode.talent.index.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.migracode.talent.core.embedding.QuantizedVector;
import org.migracode.talent.core.embedding.Vectors;

/** The in-memory vectors behind the embedding channel's retrieval: exact order, ties, updates, removals. */
class VectorTableTests {

    private static final int DIMS = 384;

    private static float[] randomUnit(Random random) {
        float[] v = new float[DIMS];
        for (int i = 0; i < DIMS; i++) {
            v[i] = (float) random.nextGaussian();
        }
        return Vectors.normalised(v);
    }

    private static float[] near(float[] v, Random random, double noise) {
        float[] out = v.clone();
        for (int i = 0; i < DIMS; i++) {
            out[i] += (float) (random.nextGaussian() * noise / Math.sqrt(DIMS));
        }
        return Vectors.normalised(out);
    }

    @Test
    void whenTheShortlistCoversEveryRowTheOrderIsTheInt8DotProductWithTiesById() {
        Random random = new Random(11);
        VectorTable table = new VectorTable(DIMS);
        List<UUID> ids = new ArrayList<>();
        List<float[]> vectors = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            UUID id = UUID.nameUUIDFromBytes(("g" + i).getBytes());
            float[] v = randomUnit(random);
            ids.add(id);
            vectors.add(v);
            table.put(id, v);
        }
        // two graduates with the very same vector: equal products, ordered by id
        UUID twinA = UUID.fromString("00000000-0000-0000-0000-000000000001");
        UUID twinB = UUID.fromString("00000000-0000-0000-0000-000000000002");
        float[] twin = randomUnit(random);
        table.put(twinB, twin);
        table.put(twinA, twin);
        ids.add(twinA);
        vectors.add(twin);
        ids.add(twinB);
        vectors.add(twin);
        float[] query = near(twin, random, 0.5);

        List<UUID> expected = new ArrayList<>();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.<Integer>comparingDouble(i -> -QuantizedVector.of(vectors.get(i)).dot(query))
                .thenComparing(i -> ids.get(i)));
        order.forEach(i -> expected.add(ids.get(i)));

        List<UUID> nearest = table.nearest(query, 8); // shortlist 32 = every row
        assertThat(nearest).containsExactlyElementsOf(expected.subList(0, 8));
        assertThat(nearest.subList(0, 2)).containsExactly(twinA, twinB);
    }

    @Test
    void findsTheCloseNeighboursAmongManyRandomVectorsWhateverTheInsertionOrder() {
        Random random = new Random(5);
        float[] query = randomUnit(random);
        List<UUID> planted = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            UUID id = UUID.randomUUID();
            planted.add(id);
            rows.add(new Object[] {id, near(query, random, 0.4 + 0.1 * i)});
        }
        for (int i = 0; i < 5000; i++) {
            rows.add(new Object[] {UUID.randomUUID(), randomUnit(random)});
        }
        VectorTable forward = new VectorTable(DIMS);
        rows.forEach(r -> forward.put((UUID) r[0], (float[]) r[1]));
        Collections.shuffle(rows, new Random(9));
        VectorTable shuffled = new VectorTable(DIMS);
        rows.forEach(r -> shuffled.put((UUID) r[0], (float[]) r[1]));

        List<UUID> nearest = forward.nearest(query, 5);
        assertThat(nearest).containsExactlyInAnyOrderElementsOf(planted);
        assertThat(shuffled.nearest(query, 5)).isEqualTo(nearest);
        assertThat(forward.nearest(query, 300)).hasSize(300).startsWith(nearest.toArray(UUID[]::new));
    }

    @Test
    void anUpdateReplacesAVectorAndNullOrAnotherLengthRemovesIt() {
        Random random = new Random(2);
        float[] query = randomUnit(random);
        VectorTable table = new VectorTable(DIMS);
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        table.put(a, query);
        table.put(b, randomUnit(random));
        assertThat(table.nearest(query, 1)).containsExactly(a);

        table.put(a, randomUnit(random));
        table.put(b, query);
        assertThat(table.nearest(query, 1)).containsExactly(b);
        assertThat(table.size()).isEqualTo(2);

        table.put(b, null);
        assertThat(table.size()).isEqualTo(1);
        assertThat(table.nearest(query, 5)).containsExactly(a);
        table.put(a, new float[3]);
        assertThat(table.size()).isZero();
        assertThat(table.nearest(query, 5)).isEmpty();

        table.put(b, query); // a removed row can come back
        assertThat(table.nearest(query, 5)).containsExactly(b);
        assertThat(table.nearest(new float[3], 5)).isEmpty();
    }

    @Test
    void eachSlotKnowsTheVersionOfTheRowItWasReadFrom() {
        Random random = new Random(3);
        VectorTable table = new VectorTable(DIMS);
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        assertThat(table.isAt(a, 10)).as("never held").isFalse();

        table.put(a, randomUnit(random), 10);
        assertThat(table.isAt(a, 10)).isTrue();
        assertThat(table.isAt(a, 11)).as("a newer row").isFalse();

        table.put(a, null, 12); // the row lost its vector: still at a known version
        assertThat(table.isAt(a, 12)).isTrue();
        assertThat(table.size()).isZero();

        table.put(a, randomUnit(random)); // this instance's own write: its row's version is unknown
        assertThat(table.isAt(a, 12)).isFalse();
        assertThat(table.isAt(a, VectorTable.UNKNOWN)).as("an unknown version never counts as read").isFalse();

        table.put(b, null, 5); // an id without a slot keeps none
        assertThat(table.isAt(b, 5)).isFalse();
    }
}
