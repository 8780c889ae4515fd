package org.migracode.talent.index.graduates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.migracode.talent.core.profile.Cefr;
import org.migracode.talent.core.profile.SkillSource;
import org.migracode.talent.index.testing.IndexTestBase;
import org.migracode.talent.index.testing.IntegrationTest;

/** Automatic indexing on commit, against a real PostgreSQL and a real Lucene index. */
@IntegrationTest
class GraduateIndexingIT extends IndexTestBase {

    @Test
    void savedProfileIsFoundByFullTextAfterCommit() {
        UUID id = save("Zaynab Quokka", "Built a kanban board in ReactJS with drag and drop");

        assertThat(searchSummary("kanban")).containsExactly(id);
        assertThat(searchSummary("KANBAN boards")).contains(id);
    }

    @Test
    void updatedProfileIsFoundByItsNewTextAndNotItsOld() {
        UUID id = save("Oleksa Wombat", "I love writing marmalade recipes apps");

        tx.executeWithoutResult(s -> graduates.findById(id).orElseThrow().setSummary("Now I build telescope software"));

        assertThat(searchSummary("telescope")).containsExactly(id);
        assertThat(searchSummary("marmalade")).doesNotContain(id);
    }

    @Test
    void deletedProfileIsGoneFromTheIndex() {
        UUID id = save("Ikenna Narwhal", "Experienced with xylophone tuning dashboards");
        assertThat(searchSummary("xylophone")).containsExactly(id);

        tx.executeWithoutResult(s -> graduates.deleteById(id));

        assertThat(searchSummary("xylophone")).isEmpty();
    }

    @Test
    void derivedSkillAndLanguageTokensAreSearchable() {
        UUID id = save("Mireia Pangolin", "Frontend person");
        tx.executeWithoutResult(s -> {
            GraduateProfile g = graduates.findById(id).orElseThrow();
            g.putSkill("react", 3, SkillSource.DECLARED);
            g.putLanguage("en", Cefr.B2);
        });

        assertThat(searchTerm(GraduateIndexFields.SKILL_LEVEL, "react@3")).contains(id);
        assertThat(searchTerm(GraduateIndexFields.SKILL_LEVEL, "react@4")).doesNotContain(id);
        assertThat(searchTerm(GraduateIndexFields.LANGUAGE_LEVEL, "en@B1")).contains(id);
        assertThat(searchTerm(GraduateIndexFields.LANGUAGE_LEVEL, "en@C1")).doesNotContain(id);
    }

    @Test
    void spanishAndCatalanTextIsStemmedAndAccentFolded() {
        UUID id = save("Nil Axolotl", "Desarrolladora con experiencia en programación de aplicaciones; l'aplicació més nova");

        assertThat(searchField(GraduateIndexFields.ALL_TEXT_ES, "aplicacion")).contains(id);
        assertThat(searchField("summary", "programacion")).contains(id);
        assertThat(searchField(GraduateIndexFields.ALL_TEXT_CA, "aplicacio")).contains(id);
        assertThat(searchField(GraduateIndexFields.ALL_TEXT_CA, "aplicació")).contains(id);
    }

    private UUID save(String name, String summary) {
        UUID id = UUID.randomUUID();
        tx.executeWithoutResult(s -> {
            GraduateProfile g = new GraduateProfile(id, name);
            g.setSummary(summary);
            g.setAvailableFrom(LocalDate.of(2026, 12, 1));
            graduates.save(g);
        });
        return id;
    }

    private List<UUID> searchSummary(String text) {
        return searchField("summary", text);
    }

    private List<UUID> searchField(String field, String text) {
        return tx.execute(s -> Search.session(entityManager).search(GraduateProfile.class)
                .select(f -> f.id(UUID.class))
                .where(f -> f.match().field(field).matching(text))
                .fetchAllHits());
    }

    private List<UUID> searchTerm(String field, String token) {
        return tx.execute(s -> Search.session(entityManager).search(GraduateProfile.class)
                .select(f -> f.id(UUID.class))
                .where(f -> f.match().field(field).matching(token))
                .fetchAllHits());
    }
}
