package org.migracode.talent.index.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.migracode.talent.core.extraction.SkillBag;
import org.migracode.talent.core.occupation.OccupationVocabulary;
import org.migracode.talent.core.profile.PortfolioProject;
import org.migracode.talent.core.taxonomy.SkillTaxonomy;
import org.migracode.talent.core.taxonomy.TokenizedText;
import org.migracode.talent.index.graduates.GraduateProfile;

/** One tokenization of a graduate's words gives what each extractor found on its own string before. */
class GraduateTextTests {

    private static final SkillVocabulary VOCABULARY = new SkillVocabulary(SkillTaxonomy.bundled());

    private static GraduateProfile graduate() {
        GraduateProfile g = new GraduateProfile(UUID.fromString("00000000-0000-0000-0000-000000000042"), "Test Graduate");
        g.setHeadline("Desarrolladora frontend · React, Go");
        g.setSummary("Experience with React Native and Node.js.\n- APIs in Go with gRPC and Docker\n(C# / .NET) — col·laboració amb l'equip");
        g.addProject(new org.migracode.talent.index.graduates.PortfolioProject("Go", "we go to the office; react quickly", null, List.of("TypeScript")));
        g.addProject(new org.migracode.talent.index.graduates.PortfolioProject("Shop in Vue.js", null, null, List.of()));
        g.addProject(new org.migracode.talent.index.graduates.PortfolioProject("Data: R, Python and SQL", "Express, HTML/CSS/R", null, List.of("Spring Boot")));
        return g;
    }

    @Test
    void eachPartReadsAsItsOwnString() {
        GraduateProfile g = graduate();
        GraduateText text = GraduateText.of(g);
        assertThat(text.headline()).isEqualTo(TokenizedText.of(g.getHeadline()));
        assertThat(text.summary()).isEqualTo(TokenizedText.of(g.getSummary()));
        for (int i = 0; i < g.getProjects().size(); i++) {
            var p = g.getProjects().get(i);
            String alone = p.getTitle() + "\n" + Objects.toString(p.getDescription(), "");
            assertThat(text.project(i).tokens()).isEqualTo(TokenizedText.of(alone).tokens());
        }
    }

    @Test
    void skillsSkillBagAndOccupationsAreWhatTheStringsGave() {
        GraduateProfile g = graduate();
        GraduateText text = GraduateText.of(g);
        String joined = Stream.concat(Stream.of(g.getHeadline(), g.getSummary()),
                        g.getProjects().stream().flatMap(p -> Stream.of(p.getTitle(), p.getDescription())))
                .filter(Objects::nonNull).collect(Collectors.joining("\n"));

        assertThat(MatchProfiles.mentionedSkills(g, VOCABULARY)).containsAll(VOCABULARY.extractor().distinctSkills(joined));
        assertThat(VOCABULARY.extractor().distinctSkills(text.whole())).containsExactlyElementsOf(VOCABULARY.extractor().distinctSkills(joined));
        assertThat(SkillBag.of(text.whole())).containsExactlyElementsOf(SkillBag.of(joined));
        OccupationVocabulary occupations = OccupationVocabulary.bundled();
        assertThat(occupations.mentions(text.headline())).isEqualTo(occupations.mentions(g.getHeadline()));

        List<PortfolioProject> projects = MatchProfiles.candidate(g, VOCABULARY).projects();
        for (int i = 0; i < projects.size(); i++) {
            var p = g.getProjects().get(i);
            var expected = new java.util.LinkedHashSet<org.migracode.talent.core.taxonomy.SkillId>();
            p.getTechnologies().forEach(t -> VOCABULARY.resolve(t).ifPresent(expected::add));
            expected.addAll(VOCABULARY.extractor().distinctSkills(p.getTitle() + "\n" + Objects.toString(p.getDescription(), "")));
            assertThat(projects.get(i).technologies()).containsExactlyInAnyOrderElementsOf(expected);
        }
        assertThat(VOCABULARY.extractor().distinctSkills(text.whole())).isNotEmpty();
    }
}
