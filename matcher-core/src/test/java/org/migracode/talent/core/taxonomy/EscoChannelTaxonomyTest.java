package org.migracode.talent.core.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.migracode.talent.core.extraction.SkillExtractor;

class EscoChannelTaxonomyTest {

    private final SkillTaxonomy channel = EscoChannelTaxonomy.get();
    private final SkillExtractor extractor = new SkillExtractor(channel);

    @Test
    void addsEscoDigitalSkillsTheTaxonomyLacks() {
        assertThat(channel.size()).isGreaterThan(SkillTaxonomy.bundled().size() + 1000);
        assertThat(channel.find("Haskell")).isPresent();
        assertThat(channel.find("search engine optimisation")).isPresent();
        assertThat(extractor.distinctSkills("Experience with Wireshark and Nessus for audits")).hasSize(2);
    }

    @Test
    void theTaxonomyWinsAndItsSkillsKeepTheirIds() {
        SkillTaxonomy bundled = SkillTaxonomy.bundled();
        for (Skill s : bundled.all()) {
            assertThat(channel.get(s.id())).isPresent();
        }
        assertThat(channel.find("JavaScript").orElseThrow().id().value()).isEqualTo("javascript");
        // the context rules for ambiguous forms still hold
        assertThat(extractor.distinctSkills("we go to the office and react quickly")).isEmpty();
    }

    @Test
    void ordinaryWordsCompaniesAndShortFormsAreNotSkills() {
        assertThat(channel.find("Google")).isEmpty();
        assertThat(channel.find("Cisco")).isEmpty();
        assertThat(channel.find("scratch")).isEmpty();
        assertThat(channel.find("IT")).isEmpty();
        assertThat(channel.find("AR")).isEmpty();
        assertThat(extractor.distinctSkills("We built it from scratch at Google; el puesto requiere ar y email.")).isEmpty();
        // "use RS" (remote sensing) written together is "users": 127 of dev-3's 341 texts had that skill before
        assertThat(channel.find("users")).isEmpty();
        assertThat(extractor.distinctSkills("Administration of AD Users and Computers for 200 users")).isEmpty();
        // ESCO lists "Subversion" under computer programming; the taxonomy says it is version control
        assertThat(extractor.distinctSkills("Version control with Subversion (SVN)").stream().map(SkillId::value))
                .containsOnly("version-control");
        // "Ada" is a first name, and in US job ads "ADA compliance" is accessibility, not the Ada language
        assertThat(extractor.distinctSkills("Ada Lovelace Scholarship, 2021")).isEmpty();
        assertThat(extractor.distinctSkills("CSS optimization and ADA compliance, Section 508").stream().map(SkillId::value))
                .containsOnly("css", "accessibility");
    }
}
