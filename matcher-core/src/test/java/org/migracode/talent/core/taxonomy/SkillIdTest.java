package org.migracode.talent.core.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SkillIdTest {

    @Test
    void acceptsLowercaseIdsWithDotsPlusHashAndHyphen() {
        assertThat(SkillId.of("spring-boot").value()).isEqualTo("spring-boot");
        assertThat(SkillId.of("c++").toString()).isEqualTo("c++");
        assertThat(SkillId.of("c#")).isEqualTo(new SkillId("c#"));
    }

    @Test
    void rejectsUppercaseSpacesAndEmpty() {
        assertThatThrownBy(() -> SkillId.of("Java Script"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("skill id must match [a-z0-9.+#-]+, got 'Java Script'");
        assertThatThrownBy(() -> SkillId.of(""))
                .hasMessage("skill id must match [a-z0-9.+#-]+, got ''");
        assertThatThrownBy(() -> new SkillId(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("skill id must not be null");
    }

    @Test
    void ordersByValue() {
        assertThat(SkillId.of("css").compareTo(SkillId.of("html"))).isNegative();
    }
}
