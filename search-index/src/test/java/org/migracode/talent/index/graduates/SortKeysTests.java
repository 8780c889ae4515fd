package org.migracode.talent.index.graduates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Stage 1 breaks equal scores by {@link SortKeys} on numeric sort fields; stage 2 and the docs
 * say "equal scores by id", meaning the id's text. The two orders must be the same.
 */
class SortKeysTests {

    @Test
    void signedOrderOfTheTwoKeysIsTheOrderOfTheIdsText() {
        Random random = new Random(42);
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            ids.add(new UUID(random.nextLong(), random.nextLong()));
        }
        // the edges of signed and unsigned order, and ids equal in their first half
        ids.add(new UUID(0L, 0L));
        ids.add(new UUID(-1L, -1L));
        ids.add(new UUID(Long.MIN_VALUE, Long.MAX_VALUE));
        ids.add(new UUID(Long.MAX_VALUE, Long.MIN_VALUE));
        ids.add(new UUID(7L, -3L));
        ids.add(new UUID(7L, 3L));
        ids.add(UUID.randomUUID());

        List<UUID> byText = new ArrayList<>(ids);
        byText.sort(Comparator.comparing(UUID::toString));
        List<UUID> byKeys = new ArrayList<>(ids);
        byKeys.sort(Comparator.comparingLong(SortKeys::high).thenComparingLong(SortKeys::low));

        assertThat(byKeys).containsExactlyElementsOf(byText);
    }

    @Test
    void differentIdsNeverShareBothKeys() {
        UUID a = new UUID(7L, -3L);
        UUID b = new UUID(7L, 3L);

        assertThat(SortKeys.high(a)).isEqualTo(SortKeys.high(b));
        assertThat(SortKeys.low(a)).isNotEqualTo(SortKeys.low(b));
    }
}
