package org.migracode.talent.index.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.migracode.talent.index.testing.TestGraduates.graduate;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.migracode.talent.index.company.Company;
import org.migracode.talent.index.graduates.GraduateProfile;
import org.migracode.talent.index.testing.IndexTestBase;
import org.migracode.talent.index.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The one rule of {@link GraduateAccess} in its two forms, on a real database and index: the
 * entity rule and the index filter that search and matching use must select exactly the same
 * graduates, for every company and for none.
 */
@IntegrationTest
class GraduateAccessIT extends IndexTestBase {

    static final UUID COMPANY_A = UUID.fromString("00000000-0000-0000-0000-00000000aaaa");
    static final UUID COMPANY_B = UUID.fromString("00000000-0000-0000-0000-00000000bbbb");

    @Autowired GraduateAccess access;

    List<GraduateProfile> everyone;

    @BeforeEach
    void seed() {
        resetData();
        GraduateProfile shown = graduate("Shown").build();
        GraduateProfile hidden = graduate("Hidden").notVisible().build();
        GraduateProfile inactive = graduate("Inactive").inactive().build();
        GraduateProfile blocksA = graduate("Blocks A").build();
        blocksA.blockCompany(COMPANY_A);
        GraduateProfile blocksBoth = graduate("Blocks both").build();
        blocksBoth.blockCompany(COMPANY_A);
        blocksBoth.blockCompany(COMPANY_B);
        GraduateProfile hiddenBlocksB = graduate("Hidden, blocks B").notVisible().build();
        hiddenBlocksB.blockCompany(COMPANY_B);
        everyone = List.of(shown, hidden, inactive, blocksA, blocksBoth, hiddenBlocksB);
        tx.executeWithoutResult(s -> {
            companies.save(new Company(COMPANY_A, "Alfa Apps", "Barcelona"));
            companies.save(new Company(COMPANY_B, "Beta Bytes", "Girona"));
            graduates.saveAll(everyone);
        });
    }

    @Test
    void theEntityRuleAndTheIndexFilterSelectTheSameGraduatesForEveryCompany() {
        for (UUID company : Arrays.asList(COMPANY_A, COMPANY_B, UUID.randomUUID(), null)) {
            Set<UUID> byRule = everyone.stream().filter(g -> GraduateAccess.shownTo(g, company)).map(GraduateProfile::getId)
                    .collect(Collectors.toSet());
            Set<UUID> byIndex = tx.execute(s -> Search.session(entityManager).search(GraduateProfile.class)
                    .select(f -> f.id(UUID.class)).where(f -> GraduateAccess.shownTo(f, company)).fetchAllHits().stream()
                    .collect(Collectors.toSet()));
            assertThat(byIndex).as("company %s", company).isEqualTo(byRule);
        }
        assertThat(names(COMPANY_A)).containsExactlyInAnyOrder("Shown");
        assertThat(names(COMPANY_B)).containsExactlyInAnyOrder("Shown", "Blocks A");
        assertThat(names(null)).containsExactlyInAnyOrder("Shown", "Blocks A", "Blocks both");
    }

    @Test
    void aGraduateTheCompanyMayNotSeeIsNotFoundLikeAnUnknownId() {
        for (GraduateProfile g : everyone) {
            assertThat(access.findShownTo(COMPANY_A, g.getId()).isPresent()).as(g.getDisplayName())
                    .isEqualTo(g.getDisplayName().equals("Shown"));
        }
        assertThat(access.findShownTo(COMPANY_A, UUID.randomUUID())).isEmpty();
        assertThat(access.findShownTo(COMPANY_A, null)).isEmpty();
    }

    @Test
    void aBlockClosesTheDoorToThatCompanyOnlyAndHidingClosesNone() {
        GraduateProfile blocksA = everyone.get(3);
        assertThat(GraduateAccess.openTo(blocksA, COMPANY_A)).isFalse();
        assertThat(GraduateAccess.openTo(blocksA, COMPANY_B)).isTrue();
        assertThat(GraduateAccess.openTo(everyone.get(1), COMPANY_A)).as("hidden").isTrue();
        assertThat(GraduateAccess.openTo(null, COMPANY_A)).as("erased").isFalse();
        GraduateAccess.Disclosure toA = tx.execute(s -> access.onProposals(graduates.findById(blocksA.getId()).orElseThrow(), COMPANY_A));
        GraduateAccess.Disclosure toB = tx.execute(s -> access.onProposals(graduates.findById(blocksA.getId()).orElseThrow(), COMPANY_B));
        assertThat(toA).isEqualTo(GraduateAccess.Disclosure.WITHDRAWN);
        assertThat(toB).as("no accepted proposal").isEqualTo(GraduateAccess.Disclosure.NAME);
    }

    private List<String> names(UUID company) {
        return everyone.stream().filter(g -> GraduateAccess.shownTo(g, company)).map(GraduateProfile::getDisplayName).toList();
    }
}
