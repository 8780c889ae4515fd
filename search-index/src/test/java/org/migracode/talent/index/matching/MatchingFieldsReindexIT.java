package org.migracode.talent.index.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.migracode.talent.core.embedding.QuantizedVector;
import org.migracode.talent.core.profile.CandidateProfile;
import org.migracode.talent.core.profile.CandidateSkill;
import org.migracode.talent.core.profile.ListingType;
import org.migracode.talent.core.profile.SkillSource;
import org.migracode.talent.core.taxonomy.SkillId;
import org.migracode.talent.index.company.Company;
import org.migracode.talent.index.graduates.GraduateIndexFields;
import org.migracode.talent.index.graduates.GraduateProfile;
import org.migracode.talent.index.graduates.PortfolioProject;
import org.migracode.talent.index.listings.Listing;
import org.migracode.talent.index.listings.ListingIndexFields;
import org.migracode.talent.index.testing.IndexTestBase;
import org.migracode.talent.index.testing.IntegrationTest;

/**
 * The matcher-derived fields follow every edit they are computed from: the binders' declared
 * dependencies ({@link GraduateMatchingFieldsBinder}, {@link ListingMatchingFieldsBinder}) make an
 * edit of only that property reindex the document, as the entity getters' derivedFrom paths did.
 */
@IntegrationTest
class MatchingFieldsReindexIT extends IndexTestBase {

    @Test
    void aHeadlineEditReindexesMentionedSkillsOccupationsTextChannelsAndMatchProfile() {
        UUID id = saveGraduate("Ona Fennec");
        String vectorBefore = graduateStored(id, GraduateIndexFields.WORDING_VECTOR);
        assertThat(graduatesWith(GraduateIndexFields.SKILL_MENTIONED, "kotlin")).doesNotContain(id);

        editGraduate(id, g -> g.setHeadline("Desarrolladora Kotlin"));

        assertThat(graduatesWith(GraduateIndexFields.SKILL_MENTIONED, "kotlin")).contains(id);
        assertThat(graduatesWith(GraduateIndexFields.OCCUPATION, "developer")).contains(id);
        assertThat(graduatesWith(GraduateIndexFields.SKILL_BAG, "kotlin")).contains(id);
        assertThat(graduatesWith(GraduateIndexFields.ALL_TEXT_PLAIN, "desarrolladora")).contains(id);
        assertThat(graduatesWith(GraduateIndexFields.ALL_TEXT_ES, "desarrolladora")).contains(id);
        assertThat(matchProfile(id).skills()).contains(CandidateSkill.withoutLevel(SkillId.of("kotlin"), SkillSource.MENTIONED));
        assertThat(graduateStored(id, GraduateIndexFields.WORDING_VECTOR)).isNotEqualTo(vectorBefore);
    }

    /** As a re-embedding with a new model would: only the stored vector changes, no indexed text. */
    @Test
    void aNewEmbeddingAloneReindexesTheWordingVector() {
        UUID id = saveGraduate("Aran Serow");
        float[][] changed = new float[1][];
        editGraduate(id, g -> {
            float[] vector = g.getTextEmbedding();
            assertThat(vector).isNotNull();
            vector[0] = -vector[0];
            g.storeTextEmbedding(vector, g.textEmbeddingKey());
            changed[0] = vector;
        });

        assertThat(graduateStored(id, GraduateIndexFields.WORDING_VECTOR)).isEqualTo(QuantizedVector.of(changed[0]).encode());
    }

    @Test
    void aSkillEditReindexesImpliedSkillsTextChannelsAndMatchProfile() {
        UUID id = saveGraduate("Pau Quoll");
        assertThat(graduatesWith(GraduateIndexFields.SKILL_ANY, "javascript")).doesNotContain(id);

        editGraduate(id, g -> g.putSkill("react", 4, SkillSource.DECLARED));

        assertThat(graduatesWith(GraduateIndexFields.SKILL_ANY, "react")).contains(id);
        assertThat(graduatesWith(GraduateIndexFields.SKILL_ANY, "javascript")).contains(id);
        assertThat(graduatesWith(GraduateIndexFields.SKILL_BAG, "react")).contains(id);
        assertThat(graduatesWith(GraduateIndexFields.ALL_TEXT_EN, "react")).contains(id);
        assertThat(matchProfile(id).skills()).contains(new CandidateSkill(SkillId.of("react"), 4, SkillSource.DECLARED));
    }

    @Test
    void aProjectEditReindexesMentionedSkillsAndMatchProfile() {
        UUID id = saveGraduate("Txell Tenrec");

        editGraduate(id, g -> g.addProject(new PortfolioProject("Shop", "Shipped in containers with Docker", null, List.of("TypeScript"))));

        assertThat(graduatesWith(GraduateIndexFields.SKILL_MENTIONED, "docker")).contains(id);
        assertThat(graduatesWith(GraduateIndexFields.SKILL_MENTIONED, "javascript")).contains(id);
        assertThat(matchProfile(id).projects()).singleElement()
                .satisfies(p -> assertThat(p.technologies()).contains(SkillId.of("typescript"), SkillId.of("docker")));
    }

    @Test
    void cityAndWorkLimitEditsReindexTheMatchProfile() {
        UUID id = saveGraduate("Iker Dugong");

        editGraduate(id, g -> g.setCity("Lleida"));
        assertThat(matchProfile(id).city()).isEqualTo("Lleida");

        editGraduate(id, g -> g.applyWorkLimits(LocalDate.of(2027, 3, 1), null, false));
        CandidateProfile limited = matchProfile(id);
        assertThat(limited.availableFrom()).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(limited.wantedTypes()).containsExactly(ListingType.INTERNSHIP);
    }

    @Test
    void aListingEditReindexesItsMentionedSkillsAndMatchProfile() {
        UUID companyId = UUID.randomUUID();
        UUID id = UUID.randomUUID();
        tx.executeWithoutResult(s -> {
            companies.save(new Company(companyId, "Fennec Works " + companyId, "Lleida"));
            listings.save(new Listing(id, companyId, ListingType.JOB, "Junior developer"));
        });
        assertThat(listingsWith(ListingIndexFields.SKILL_MENTIONED, "kotlin")).doesNotContain(id);

        tx.executeWithoutResult(s -> {
            Listing l = listings.findById(id).orElseThrow();
            l.setDescription("Our apps are written in Kotlin");
            l.setStartDate(LocalDate.of(2027, 1, 11));
        });

        assertThat(listingsWith(ListingIndexFields.SKILL_MENTIONED, "kotlin")).contains(id);
        assertThat(MatchProfileCodec.decodeListing(listingStored(id, ListingIndexFields.MATCH_PROFILE)).startDate())
                .isEqualTo(LocalDate.of(2027, 1, 11));

        tx.executeWithoutResult(s -> listings.findById(id).orElseThrow().replaceNiceToHaveSkills(List.of("docker")));

        assertThat(MatchProfileCodec.decodeListing(listingStored(id, ListingIndexFields.MATCH_PROFILE)).niceToHave())
                .containsExactly(SkillId.of("docker"));
    }

    private UUID saveGraduate(String name) {
        UUID id = UUID.randomUUID();
        tx.executeWithoutResult(s -> {
            GraduateProfile g = new GraduateProfile(id, name);
            g.setSummary("Enjoys gardening and long walks");
            graduates.save(g);
        });
        return id;
    }

    private void editGraduate(UUID id, Consumer<GraduateProfile> edit) {
        tx.executeWithoutResult(s -> edit.accept(graduates.findById(id).orElseThrow()));
    }

    private CandidateProfile matchProfile(UUID id) {
        return MatchProfileCodec.decodeCandidate(graduateStored(id, GraduateIndexFields.MATCH_PROFILE));
    }

    private List<UUID> graduatesWith(String field, String term) {
        return tx.execute(s -> Search.session(entityManager).search(GraduateProfile.class)
                .select(f -> f.id(UUID.class))
                .where(f -> f.match().field(field).matching(term))
                .fetchAllHits());
    }

    private List<UUID> listingsWith(String field, String term) {
        return tx.execute(s -> Search.session(entityManager).search(Listing.class)
                .select(f -> f.id(UUID.class))
                .where(f -> f.match().field(field).matching(term))
                .fetchAllHits());
    }

    private String graduateStored(UUID id, String field) {
        return tx.execute(s -> Search.session(entityManager).search(GraduateProfile.class)
                .select(f -> f.field(field, String.class))
                .where(f -> f.id().matching(id))
                .fetchSingleHit().orElseThrow());
    }

    private String listingStored(UUID id, String field) {
        return tx.execute(s -> Search.session(entityManager).search(Listing.class)
                .select(f -> f.field(field, String.class))
                .where(f -> f.id().matching(id))
                .fetchSingleHit().orElseThrow());
    }
}
