package org.migracode.talent.index.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.migracode.talent.core.occupation.OccupationVocabulary;
import org.migracode.talent.core.taxonomy.SkillId;
import org.migracode.talent.core.taxonomy.SkillTaxonomy;

class SpellingCorrectorTests {

    private final SpellingCorrector corrector = new SpellingCorrector(SkillTaxonomy.bundled(), OccupationVocabulary.bundled());

    @Test
    void editsAllowedGrowWithTheWord() {
        assertThat(List.of(1, 3, 4, 7, 8, 20)).extracting(SpellingCorrector::maxEdits).containsExactly(0, 0, 1, 1, 2, 2);
    }

    @Test
    void misspeltSkillsAndTitlesAreReadAsTheirName() {
        assertThat(corrector.correct("reakt")).get().extracting(Correction::skill, Correction::replacement)
                .containsExactly(SkillId.of("react"), "React");
        assertThat(corrector.correct("javscript")).get().extracting(Correction::replacement).isEqualTo("JavaScript");
        assertThat(corrector.correct("javascritp")).get().extracting(Correction::skill).isEqualTo(SkillId.of("javascript"));
        assertThat(corrector.correct("programdor")).get().extracting(Correction::occupation, Correction::replacement)
                .containsExactly("developer", "programador");
        assertThat(corrector.correctPair("reakt", "native")).get().extracting(Correction::skill, Correction::word)
                .containsExactly(SkillId.of("react-native"), "reakt native");
    }

    @Test
    void shortWordsNamesAndFarWordsAreLeftAlone() {
        assertThat(corrector.correct("go")).isEmpty();
        assertThat(corrector.correct("jav")).isEmpty();
        assertThat(corrector.correct("java")).isEmpty();
        assertThat(corrector.correct("javascript")).isEmpty();
        assertThat(corrector.correct("receta")).isEmpty();
        assertThat(corrector.correct("2024")).isEmpty();
        // one edit from Java, five from JavaScript
        assertThat(corrector.correct("javva")).get().extracting(Correction::skill).isEqualTo(SkillId.of("java"));
    }

    @Test
    void theSuggestionReplacesWholeWordsInAnyCase() {
        Correction reakt = corrector.correct("reakt").orElseThrow();
        Correction pair = corrector.correctPair("reakt", "native").orElseThrow();

        assertThat(SpellingCorrector.apply("Reakt developer, reaktor", List.of(reakt))).isEqualTo("React developer, reaktor");
        assertThat(SpellingCorrector.apply("Reakt  Native", List.of(pair))).isEqualTo("React Native");
    }

    @Test
    void distanceCountsASwapOfNeighboursAsOneEdit() {
        assertThat(SpellingCorrector.distance("bakrey", "bakery", 2)).isEqualTo(1);
        assertThat(SpellingCorrector.distance("java", "javascript", 2)).isGreaterThan(2);
    }
}
