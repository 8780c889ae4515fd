package org.migracode.talent.core.occupation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.migracode.talent.core.taxonomy.SkillTaxonomy;
import org.migracode.talent.core.taxonomy.TaxonomyFormatException;

class OccupationVocabularyTests {

    private final OccupationVocabulary vocabulary = OccupationVocabulary.bundled();

    @ParameterizedTest
    @ValueSource(strings = {"programador", "Programadora", "desarrollador", "DESARROLLADORA", "desenvolupador",
            "desenvolupadora", "developer", "dev", "programmer", "Software Engineer"})
    void everyWayOfSayingDeveloperIsOneOccupation(String title) {
        assertThat(vocabulary.find(title)).map(Occupation::id).contains("developer");
    }

    @Test
    void frontendIsADeveloperWhateverItsSpelling() {
        for (String title : List.of("frontend", "front-end", "Front End")) {
            assertThat(vocabulary.find(title)).map(Occupation::id).contains("frontend");
        }
        assertThat(vocabulary.impliedBy("frontend")).containsExactly("developer");
        assertThat(vocabulary.impliedBy("full-stack")).containsExactly("backend", "developer", "frontend");
        assertThat(vocabulary.impliedBy("data")).isEmpty();
    }

    @Test
    void textMentionsAreWholeTermsLongestFirst() {
        assertThat(vocabulary.mentions("Desarrollador/a frontend júnior")).extracting(OccupationMention::occupation)
                .containsExactly("frontend");
        assertThat(vocabulary.mentions("Programadora. Frontend")).extracting(OccupationMention::occupation)
                .containsExactly("developer", "frontend");
        assertThat(vocabulary.mentions("Desarrolladora de apps, analista de datos")).extracting(OccupationMention::occupation)
                .containsExactly("mobile", "data");
        assertThat(vocabulary.mentions("web development and developmental psychology")).isEmpty();
        assertThat(vocabulary.mentions("Full-stack developer")).extracting(OccupationMention::form)
                .containsExactly("full stack developer");
        assertThat(vocabulary.mentions(null)).isEmpty();
    }

    @Test
    void linkedSkillsExistInTheTaxonomy() {
        SkillTaxonomy taxonomy = SkillTaxonomy.bundled();
        assertThat(vocabulary.all()).filteredOn(o -> o.skill() != null)
                .allSatisfy(o -> assertThat(taxonomy.contains(o.skill())).as(o.id() + " -> " + o.skill()).isTrue());
        assertThat(vocabulary.all()).extracting(Occupation::id)
                .contains("developer", "frontend", "backend", "full-stack", "data", "qa", "devops", "support");
    }

    @Test
    void badFilesAreRefusedWithTheirLine() {
        String header = "# version: 1\n" + OccupationVocabulary.HEADER + "\n";
        assertThatThrownBy(() -> OccupationVocabulary.load("o.tsv", header + "a\tA\t\t\tx\tb\t\n"))
                .isInstanceOf(TaxonomyFormatException.class).hasMessageContaining("unknown occupation 'b'");
        assertThatThrownBy(() -> OccupationVocabulary.load("o.tsv", header + "a\tA\t\t\tx\t\t\nb\tB\t\t\tX\t\t\n"))
                .hasMessageContaining("already names 'a'");
        assertThatThrownBy(() -> OccupationVocabulary.load("o.tsv", header + "a\tA\t\t\tx\tb\t\nb\tB\t\t\ty\ta\t\n"))
                .hasMessageContaining("cycle");
    }
}
