package org.migracode.talent.index.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.migracode.talent.core.taxonomy.SkillId;
import org.migracode.talent.core.taxonomy.SkillTaxonomy;

class SkillVocabularyTests {

    private static final List<String> NAMES = List.of("ReactJS", "react", "React.js", "postgres", "JS", "Node", "C++", "C#",
            "Kotlin Multiplatform", "  Kotlin   Multiplatform ", "Programación", "  ", "---", "Vue 3", "Spring Boot", "go");

    @Test
    void namesResolveAsTheTaxonomySaysAndUnknownOnesToTheirSlug() {
        SkillVocabulary vocabulary = new SkillVocabulary(SkillTaxonomy.bundled());
        assertThat(vocabulary.resolve("ReactJS")).contains(SkillId.of("react"));
        assertThat(vocabulary.resolve("postgres")).contains(SkillId.of("postgresql"));
        assertThat(vocabulary.resolve("Kotlin Multiplatform")).contains(SkillId.of("kotlin-multiplatform"));
        assertThat(vocabulary.resolve("---")).isEmpty();
        assertThat(vocabulary.resolve(null)).isEmpty();
    }

    /** A remembered answer is the answer: asked again, or after the memory is full, or by a fresh vocabulary. */
    @Test
    void rememberedAnswersEqualFreshOnes() {
        SkillVocabulary warmed = new SkillVocabulary(SkillTaxonomy.bundled());
        List<Optional<SkillId>> first = NAMES.stream().map(warmed::resolve).toList();
        for (int i = 0; i < SkillVocabulary.REMEMBERED_NAMES + 10; i++) {
            warmed.resolve("made-up skill " + i);
        }
        assertThat(warmed.rememberedNames()).isEqualTo(SkillVocabulary.REMEMBERED_NAMES);
        assertThat(warmed.resolve("made-up skill " + (SkillVocabulary.REMEMBERED_NAMES + 5))).contains(
                SkillId.of("made-up-skill-" + (SkillVocabulary.REMEMBERED_NAMES + 5)));
        SkillVocabulary fresh = new SkillVocabulary(SkillTaxonomy.bundled());
        List<Optional<SkillId>> again = new ArrayList<>();
        for (String name : NAMES) {
            again.add(warmed.resolve(name));
            assertThat(warmed.resolve(name)).as(name).isEqualTo(fresh.resolve(name));
        }
        assertThat(again).isEqualTo(first);
    }

    @Test
    void longNamesAreNotRemembered() {
        SkillVocabulary vocabulary = new SkillVocabulary(SkillTaxonomy.bundled());
        String pasted = "Kotlin ".repeat(40);
        assertThat(vocabulary.resolve(pasted)).isEmpty();
        assertThat(vocabulary.rememberedNames()).isZero();
        vocabulary.resolve("Kotlin");
        assertThat(vocabulary.rememberedNames()).isEqualTo(1);
    }
}
