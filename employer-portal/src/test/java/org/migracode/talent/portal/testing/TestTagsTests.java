package org.migracode.talent.portal.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TestTagsTests {

    @Test
    void everyTagIsSixLettersAToF() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 20_000; i++) {
            String tag = TestTags.letters();
            assertThat(tag).matches("[a-f]{6}");
            seen.add(tag);
        }
        assertThat(seen).hasSizeGreaterThan(15_000); // 46,656 possible tags
    }
}
