package org.migracode.talent.index.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.migracode.talent.core.taxonomy.SkillId;
import org.migracode.talent.index.matching.SkillVocabulary;

class QueryTextTests {

    private final SkillVocabulary vocabulary = SkillVocabulary.shared();

    @Test
    void skillsAreReadThroughTheTaxonomyInAnyCase() {
        assertThat(QueryText.parse("JS", vocabulary).skills()).containsExactly(SkillId.of("javascript"));
        assertThat(QueryText.parse("Desarrollador/a React", vocabulary).skills()).containsExactly(SkillId.of("react"));
        assertThat(QueryText.parse("react developer", vocabulary).skills()).containsExactly(SkillId.of("react"));
        assertThat(QueryText.parse("Next.js", vocabulary).skills()).containsExactly(SkillId.of("nextjs"));
    }

    @Test
    void jobTitlesAreReadThroughTheOccupationVocabularyInAnyLanguage() {
        QueryText text = QueryText.parse("Programadora React en Girona", vocabulary);

        assertThat(text.skills()).containsExactly(SkillId.of("react"));
        assertThat(text.occupations()).containsExactly("developer");
        assertThat(text.freeWords()).containsExactly("girona");
        assertThat(QueryText.parse("desenvolupador front-end", vocabulary).occupations()).containsExactlyInAnyOrder("developer", "frontend");
        assertThat(QueryText.parse("javscript dev", vocabulary).freeWords()).containsExactly("javscript");
    }

    @Test
    void queryWordsDropFunctionWordsAndSyntax() {
        QueryText text = QueryText.parse("title:( la \"receta\" AND de", vocabulary);

        assertThat(text.words()).containsExactly("title", "receta");
    }

    @Test
    void inputIsBounded() {
        QueryText text = QueryText.parse("w1 w2 w3 ".repeat(5_000) + " java", vocabulary);

        assertThat(text.words().size()).isLessThanOrEqualTo(QueryText.MAX_WORDS);
        assertThat(QueryText.parse("react ".repeat(200) + "kotlin", vocabulary).skills()).hasSizeLessThanOrEqualTo(QueryText.MAX_SKILLS);
    }

    @Test
    void invisibleCharactersDoNotGlueOrSplitWords() {
        assertThat(QueryText.parse("java\u200Bscript", vocabulary).words()).containsExactly("java", "script");
    }
}
