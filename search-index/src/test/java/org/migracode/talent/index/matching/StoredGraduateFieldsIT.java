package org.migracode.talent.index.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.migracode.talent.index.testing.TestGraduates.graduate;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.migracode.talent.core.profile.ListingProfile;
import org.migracode.talent.core.profile.ListingType;
import org.migracode.talent.core.profile.SkillSource;
import org.migracode.talent.index.audit.AuditActor;
import org.migracode.talent.index.company.Company;
import org.migracode.talent.index.graduates.GraduateProfile;
import org.migracode.talent.index.listings.Listing;
import org.migracode.talent.index.privacy.ErasureReason;
import org.migracode.talent.index.privacy.GraduateErasure;
import org.migracode.talent.index.testing.IndexTestBase;
import org.migracode.talent.index.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Stage 1 served from {@link StoredGraduateFields} gives what the index stores, through every
 * way a graduate's document changes: saved, edited, an edit rolled back, the memory emptied
 * (filled again by the next read), and erased. The reference is a retriever that holds nothing
 * and reads every stored field from the index.
 */
@IntegrationTest
class StoredGraduateFieldsIT extends IndexTestBase {

    @Autowired
    StoredGraduateFields stored;

    @Autowired
    Stage1Executor executor;

    @Autowired
    GraduateErasure erasure;

    @Autowired
    SkillVocabulary vocabulary;

    @Test
    void stage1FromMemoryEqualsStage1FromTheIndexThroughEveryChange() {
        resetData();
        UUID ana = UUID.randomUUID();
        tx.executeWithoutResult(s -> graduates.saveAll(List.of(
                graduate("Ana").id(ana).headline("Frontend developer").summary("React and CSS interfaces.")
                        .withSkill("react", 4).withSkill("css", 3).build(),
                graduate("Bo").headline("Web developer").summary("Vue and CSS.").withSkill("css", 4).build())));
        Company company = tx.execute(s -> companies.save(new Company(UUID.randomUUID(), "Memory Labs", "Barcelona")));
        Listing listing = new Listing(UUID.randomUUID(), company.getId(), ListingType.JOB, "Frontend developer");
        listing.setDescription("React components styled with CSS, typed with TypeScript.");
        ListingProfile profile = MatchProfiles.listing(listing, vocabulary);
        CandidateRetriever fromMemory = new CandidateRetriever(entityManager, executor, stored);
        CandidateRetriever fromIndex = new CandidateRetriever(entityManager, executor, new StoredGraduateFields(false));

        assertThat(stored.get(ana.toString())).as("written by the indexing bridge when the save committed").isNotNull();
        assertSameStage1(fromMemory, fromIndex, profile, company.getId());

        tx.executeWithoutResult(s -> {
            GraduateProfile g = graduates.findById(ana).orElseThrow();
            g.setHeadline(" ");
            g.putSkill("typescript", 4, SkillSource.DECLARED);
        });
        StoredGraduateFields.Fields edited = stored.get(ana.toString());
        assertThat(edited.headlinePresent()).isFalse();
        assertThat(edited.matchProfile()).contains("typescript");
        assertSameStage1(fromMemory, fromIndex, profile, company.getId());

        tx.executeWithoutResult(s -> {
            GraduateProfile g = graduates.findById(ana).orElseThrow();
            g.setHeadline("Rolled back");
            g.removeSkill("react");
            graduates.flush();
            s.setRollbackOnly();
        });
        StoredGraduateFields.Fields afterRollback = stored.get(ana.toString());
        assertThat(afterRollback == null ? edited : afterRollback).as("the rolled-back edit is not held").isEqualTo(edited);
        assertSameStage1(fromMemory, fromIndex, profile, company.getId());

        stored.clear();
        assertSameStage1(fromMemory, fromIndex, profile, company.getId());
        assertThat(stored.get(ana.toString())).as("filled again by the read").isEqualTo(edited);

        erasure.erase(ana, ErasureReason.ADMIN_ON_REQUEST, new AuditActor(UUID.randomUUID(), "ADMIN", null));
        assertThat(stored.get(ana.toString())).isNull();
        List<Stage1Hit> after = tx.execute(s -> fromMemory.retrieveWithChannels(profile, company.getId(), 10).hits());
        assertThat(after).extracting(Stage1Hit::id).doesNotContain(ana.toString()).isNotEmpty();
        assertThat(stored.get(ana.toString())).isNull();
    }

    private void assertSameStage1(CandidateRetriever fromMemory, CandidateRetriever fromIndex, ListingProfile profile, UUID companyId) {
        CandidateRetriever.Stage1 expected = tx.execute(s -> fromIndex.retrieveWithChannels(profile, companyId, 10));
        CandidateRetriever.Stage1 actual = tx.execute(s -> fromMemory.retrieveWithChannels(profile, companyId, 10));
        assertThat(expected.hits()).hasSize(2);
        assertThat(actual.hits()).as("hits with their stored fields").isEqualTo(expected.hits());
        assertThat(actual.channels()).isEqualTo(expected.channels());
    }
}
